package io.github.loopbaan.serialization.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.serializationfixture.Sample;
import io.github.loopbaan.core.serializationfixture.Trail;
import io.github.loopbaan.core.session.SessionCommand;
import io.github.loopbaan.core.standards.RiasecProfile;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The module's answer to Jackson's question "do you have a deserializer for this type, without
 * building it" ({@code Deserializers.hasDeserializerFor}, which other modules and type validators
 * may ask) agrees with the deserializers it actually supplies: yes for coded enums, identifiers,
 * {@code java.time} values, RIASEC profiles, sequence values, histories, events, the command
 * interface of each lifecycle, and concrete command records and narrower command interfaces (a
 * deserializer that refuses them: commands are read through their lifecycle's interface), and value
 * types (read through their builder by the format's own reader); no for enums without codes and JDK
 * types.
 */
class DeserializerLookupTest {

  @Test
  void the_module_says_it_has_a_deserializer_exactly_for_the_types_it_supplies_one_for()
      throws Exception {
    JsonMapper mapper = LoopbaanJson.builder().build().jsonMapper();
    DeserializationConfig config = mapper.getDeserializationConfig();
    ModelDeserializers deserializers =
        new ModelDeserializers(LoopbaanJson.DEFAULT_MAX_COLLECTION_SIZE, Catalogue.standard());
    Map<Class<?>, Boolean> expected = new LinkedHashMap<>();
    for (Class<?> supplied :
        List.of(
            HealthConcern.class,
            ClientId.class,
            RiasecProfile.class,
            Trail.class,
            History.class,
            Event.class,
            Client.class,
            Sample.class,
            TrajectoryCommand.class,
            SessionCommand.class,
            TrajectoryCommand.HoldIntake.class,
            TrajectoryCommand.Conversation.class)) {
      expected.put(supplied, true);
    }
    for (Class<?> notSupplied :
        // java.time types are the mapper's: the model reads its own java.time attributes by a
        // reader set on the property (ModuleScopeTest).
        List.of(DayOfWeek.class, String.class, List.class, LocalDate.class, Duration.class)) {
      expected.put(notSupplied, false);
    }
    for (Map.Entry<Class<?>, Boolean> entry : expected.entrySet()) {
      Class<?> type = entry.getKey();
      JavaType javaType = mapper.constructType(type);
      boolean supplies =
          (type.isEnum()
                  ? deserializers.findEnumDeserializer(type, config, null)
                  : deserializers.findBeanDeserializer(javaType, config, null))
              != null;
      assertThat(supplies)
          .as("supplies a deserializer for %s", type.getSimpleName())
          .isEqualTo(entry.getValue());
      assertThat(deserializers.hasDeserializerFor(config, type))
          .as("says it has one for %s", type.getSimpleName())
          .isEqualTo(entry.getValue());
    }
  }
}
