package io.github.loopbaan.serialization.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.conformance.Examples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The module in an application's own Jackson 2 mapper (registered here by service loading, {@code
 * findAndRegisterModules()}; Quarkus and Spring Boot 3 register it as a bean, see {@code
 * examples/quarkus}): it writes and reads the model's values exactly as {@link LoopbaanJson} does
 * (a trajectory's history is its events, not a bean's {@code {"empty": false}}), and leaves the
 * application's own types exactly as without it.
 */
class ModuleScopeTest {

  /** An application's own request type, outside the model. */
  public record Upload(String name, List<Integer> sizes, byte[] data) {}

  @Test
  void service_loading_finds_the_module() {
    assertThat(ObjectMapper.findModules())
        .extracting(Module::getModuleName)
        .contains(new LoopbaanModule().getModuleName());
  }

  @Test
  void an_applications_mapper_writes_and_reads_the_model_as_loopbaan_json_does() throws Exception {
    ObjectMapper application = new ObjectMapper().findAndRegisterModules();
    Trajectory trajectory = Examples.trajectory();
    String written = application.writeValueAsString(trajectory);
    assertThat(written)
        .isEqualTo(LoopbaanJson.standard().write(trajectory))
        .doesNotContain("\"empty\"");
    assertThat(application.readValue(written, Trajectory.class)).isEqualTo(trajectory);
    Map<String, Trajectory> byId = Map.of("t", trajectory);
    assertThat(application.writeValueAsString(byId)).isEqualTo("{\"t\":" + written + "}");
  }

  @Test
  void an_applications_own_types_are_written_and_read_as_without_the_module() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    ObjectMapper withModule = new ObjectMapper().registerModule(new LoopbaanModule());
    Upload upload = new Upload("cv.pdf", List.of(1, 2, 3), new byte[20_000]);
    String expected = plain.writeValueAsString(upload);
    assertThat(withModule.writeValueAsString(upload)).isEqualTo(expected);
    Upload back = withModule.readValue(expected, Upload.class);
    assertThat(back.data()).hasSize(20_000);
    assertThat(back.sizes()).containsExactly(1, 2, 3);
    List<Integer> many = new ArrayList<>();
    for (int i = 0; i < 10_001; i++) {
      many.add(i);
    }
    assertThat(withModule.readValue(plain.writeValueAsString(many), List.class)).hasSize(10_001);
  }
}
