package io.github.loopbaan.examples.quarkus;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loopbaan.serialization.jackson2.LoopbaanModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Registers Loopbaan's Jackson 2 module in Quarkus's own {@link ObjectMapper}, so that the
 * application's types that hold model values (an answer with a trajectory inside, say) are written
 * in the wire format. Quarkus does not register a module it finds by service loading: without this
 * bean its mapper writes a trajectory as a plain bean (every getter, enums by name, nulls).
 */
@Singleton
public class LoopbaanJacksonCustomizer implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(new LoopbaanModule());
  }
}
