package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LoopbaanJson#read(String, Class)} never returns {@code null}: a bare JSON {@code null}
 * (alone or padded with whitespace) is a {@code missing_value} at {@code $}, for a value type, a
 * string value and from bytes alike, so a caller never meets a null it was not told about.
 */
class BareNullTest {

  @Test
  void a_bare_null_is_a_missing_value_at_the_root_for_every_kind_of_type() {
    LoopbaanJson json = LoopbaanJson.standard();
    for (Class<?> type : List.of(Client.class, ClientId.class, DevelopmentPlan.class)) {
      for (String input : List.of("null", "  null\n")) {
        assertThatThrownBy(() -> json.read(input, type))
            .as(type.getSimpleName())
            .isInstanceOfSatisfying(
                LoopbaanJsonException.class,
                e -> {
                  assertThat(e.getProblem()).isEqualTo(Problem.MISSING_VALUE);
                  assertThat(e.getPath()).isEqualTo("$");
                });
        assertThatThrownBy(() -> json.read(input.getBytes(StandardCharsets.UTF_8), type))
            .isInstanceOfSatisfying(
                LoopbaanJsonException.class,
                e -> assertThat(e.getProblem()).isEqualTo(Problem.MISSING_VALUE));
      }
    }
  }

  @Test
  void a_lenient_reader_rejects_a_bare_null_too_and_still_reads_a_value() {
    LoopbaanJson lenient = LoopbaanJson.builder().lenient().build();
    assertThatThrownBy(() -> lenient.read("null", ClientId.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> assertThat(e.getProblem()).isEqualTo(Problem.MISSING_VALUE));
    assertThat(lenient.read("\"c-17\"", ClientId.class)).isEqualTo(ClientId.of("c-17"));
  }

  @Test
  void a_primitive_type_reads_to_its_box_and_its_null_is_a_missing_value() {
    int five = LoopbaanJson.standard().read("5", int.class);
    assertThat(five).isEqualTo(5);
    assertThatThrownBy(() -> LoopbaanJson.standard().read("null", int.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> assertThat(e.getProblem()).isEqualTo(Problem.MISSING_VALUE));
  }
}
