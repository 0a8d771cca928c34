package io.github.loopbaan.serialization.jackson2;

import static io.github.loopbaan.serialization.jackson2.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import org.junit.jupiter.api.Test;

/** Strict reading by default; lenient reading ignores unknown properties and nothing else. */
class StrictLenientTest {

  private static final LoopbaanJson STRICT = LoopbaanJson.standard();
  private static final LoopbaanJson LENIENT = LoopbaanJson.builder().lenient().build();

  @Test
  void the_default_is_strict() throws Exception {
    assertThat(STRICT.isStrict()).isTrue();
    assertThat(LENIENT.isStrict()).isFalse();
    assertThat(LoopbaanJson.builder().lenient().strict().build().isStrict()).isTrue();
  }

  @Test
  void strict_reading_rejects_an_unknown_property_at_its_path() throws Exception {
    assertProblem(
        STRICT,
        "{\"id\":\"c\",\"shoeSize\":43}",
        Client.class,
        Problem.UNKNOWN_PROPERTY,
        "$[unknown property #2]");
  }

  @Test
  void lenient_reading_ignores_an_unknown_property_even_a_nested_one() throws Exception {
    Client read =
        LENIENT.read(
            "{\"id\":\"c\",\"shoeSize\":43,\"extra\":{\"deep\":[1,2,{\"x\":null}]}}", Client.class);
    assertThat(read).isEqualTo(Client.builder().id(ClientId.of("c")).build());
  }

  @Test
  void class_names_in_type_fields_are_never_instantiated() throws Exception {
    String hostile =
        "{\"id\":\"c\",\"@class\":\"java.lang.ProcessBuilder\",\"@type\":\"java.net.URL\"}";
    assertProblem(
        STRICT, hostile, Client.class, Problem.UNKNOWN_PROPERTY, "$[unknown property #2]");
    assertThat(LENIENT.read(hostile, Client.class))
        .isEqualTo(Client.builder().id(ClientId.of("c")).build());
  }

  @Test
  void duplicate_keys_are_an_error_in_both_modes() throws Exception {
    assertProblem(
        STRICT, "{\"id\":\"c\",\"id\":\"d\"}", Client.class, Problem.DUPLICATE_KEY, "$.id");
    assertProblem(
        LENIENT,
        "{\"id\":\"c\",\"x\":1,\"x\":2}",
        Client.class,
        Problem.DUPLICATE_KEY,
        "$[unknown property #3]");
  }

  @Test
  void lenient_reading_still_rejects_wrong_types_unknown_codes_and_trailing_content()
      throws Exception {
    assertProblem(
        LENIENT,
        "{\"id\":\"c\",\"employment\":\"astronaut\"}",
        Client.class,
        Problem.UNKNOWN_CODE,
        "$.employment");
    assertProblem(
        LENIENT,
        "{\"id\":\"c\",\"birthYear\":1973}",
        Client.class,
        Problem.WRONG_TYPE,
        "$.birthYear");
    assertProblem(LENIENT, "{\"id\":\"c\"}{\"id\":\"d\"}", Client.class, Problem.MALFORMED, "$");
  }

  @Test
  void truncated_and_malformed_input_is_reported_as_such() throws Exception {
    assertProblem(
        STRICT, "{\"id\":\"c\",\"name\":\"Els", Client.class, Problem.TRUNCATED, "$.name");
    assertProblem(STRICT, "{\"id\":\"c\",", Client.class, Problem.TRUNCATED, "$.id");
    assertProblem(STRICT, "{\"id\":'c'}", Client.class, Problem.MALFORMED, "$.id");
    assertProblem(STRICT, "", Client.class, Problem.TRUNCATED, "$");
  }
}
