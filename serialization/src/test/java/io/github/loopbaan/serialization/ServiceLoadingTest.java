package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.format.LoopbaanJsonException;
import java.time.Year;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The module registers explicitly and by Jackson 3's service loading. */
class ServiceLoadingTest {

  private static final Client CLIENT =
      Client.builder()
          .id(ClientId.of("c-17"))
          .birthYear(Year.of(1973))
          .employment(EmploymentSituation.SCHOOL_LEAVER)
          .build();
  private static final String SHAPE =
      "{\"birthYear\":\"1973\",\"employment\":\"school_leaver\","
          + "\"healthConcerns\":[],\"id\":\"c-17\",\"privateSituation\":[]}";

  @Test
  void jackson_finds_the_module_through_its_service_file() {
    assertThat(MapperBuilder.findModules())
        .extracting(JacksonModule::getModuleName)
        .contains("loopbaan");
  }

  @Test
  void a_mapper_with_found_modules_writes_and_reads_the_wire_format() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.writeValueAsString(CLIENT)).isEqualTo(SHAPE);
    assertThat(mapper.readValue(SHAPE, Client.class)).isEqualTo(CLIENT);
  }

  @Test
  void a_mapper_with_the_module_added_explicitly_does_the_same() {
    JsonMapper mapper = JsonMapper.builder().addModule(new LoopbaanModule()).build();
    assertThat(mapper.writeValueAsString(CLIENT)).isEqualTo(SHAPE);
    assertThat(mapper.readValue(SHAPE, Client.class)).isEqualTo(CLIENT);
    assertThat(new LoopbaanModule().getModuleName()).isEqualTo("loopbaan");
    assertThat(new LoopbaanModule().version().getArtifactId()).isEqualTo("loopbaan-serialization");
  }

  @Test
  void the_ready_made_mapper_is_the_standard_one() {
    assertThat(LoopbaanJson.mapper()).isSameAs(LoopbaanJson.standard().jsonMapper());
    assertThat(LoopbaanJson.mapper().writeValueAsString(CLIENT)).isEqualTo(SHAPE);
  }

  @Test
  void jackson_exceptions_from_the_bare_mapper_translate_to_loopbaan_exceptions() {
    try {
      LoopbaanJson.mapper().readValue("{\"id\":\"c\",\"employment\":\"pilot\"}", Client.class);
    } catch (JacksonException e) {
      LoopbaanJsonException translated = LoopbaanJson.standard().translate(e);
      assertThat(translated.getProblem()).isEqualTo(LoopbaanJsonException.Problem.UNKNOWN_CODE);
      assertThat(translated.getPath()).isEqualTo("$.employment");
      return;
    }
    throw new AssertionError("expected a Jackson exception");
  }
}
