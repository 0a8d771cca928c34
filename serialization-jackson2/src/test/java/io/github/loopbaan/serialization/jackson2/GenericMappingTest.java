package io.github.loopbaan.serialization.jackson2;

import static io.github.loopbaan.serialization.jackson2.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.serializationfixture.Part;
import io.github.loopbaan.core.serializationfixture.Sample;
import io.github.loopbaan.core.serializationfixture.Trail;
import io.github.loopbaan.core.standards.RiasecProfile;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generic mapping on a fixture value type with the kinds of attributes model packages added
 * later will have: defaults, derived getters, booleans, ints, nested lists, maps keyed by codes,
 * identifiers, dates, durations, sequence values and an accessor inherited from an interface.
 */
class GenericMappingTest {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();

  private static final Sample SAMPLE =
      Sample.builder()
          .label("Levenslijn")
          .active(true)
          .count(2)
          .priority(7)
          .addPart(Part.of("start"))
          .addPart(Part.builder().name("einde").weight(4).build())
          .putTally(Visibility.SHARED_WITH_CLIENT, 3)
          .addClient(ClientId.of("c-1"))
          .length(Duration.ofMinutes(90))
          .dueOn(LocalDate.of(2025, 3, 1))
          .year(Year.of(1973))
          .profile(RiasecProfile.of(1, 2, 3, 4, 5, 6))
          .trail(Trail.of(List.of("intake", "onderzoek")))
          .visibility(Visibility.PRIVATE_TO_COACH)
          .build();

  // The shape and the round trip use an instance of their own: a shared mapper keeps the
  // (de)serializers it built
  // first, so only a new one builds them again under the test (mutation testing reuses one JVM).
  @Test
  void every_kind_of_attribute_has_its_shape() throws Exception {
    assertThat(LoopbaanJson.builder().build().write(SAMPLE))
        .isEqualTo(
            "{\"active\":true,\"clients\":[\"c-1\"],\"count\":2,"
                + "\"dueOn\":\"2025-03-01\",\"label\":\"Levenslijn\",\"length\":\"PT1H30M\","
                + "\"parts\":[{\"name\":\"start\"},{\"name\":\"einde\",\"weight\":4}],\"priority\":7,"
                + "\"profile\":{\"realistic\":1,\"investigative\":2,\"artistic\":3,\"social\":4,\"enterprising\":5,"
                + "\"conventional\":6},\"tallies\":{\"shared_with_client\":3},\"trail\":[\"intake\",\"onderzoek\"],"
                + "\"visibility\":\"private_to_coach\",\"year\":\"1973\"}");
  }

  @Test
  void every_kind_of_attribute_reads_back_equal() throws Exception {
    LoopbaanJson json = LoopbaanJson.builder().build();
    assertThat(json.read(json.write(SAMPLE), Sample.class)).isEqualTo(SAMPLE);
  }

  @Test
  void derived_getters_are_not_written_and_not_accepted() throws Exception {
    assertThat(JSON.write(SAMPLE)).doesNotContain("urgent").doesNotContain("summary");
    assertProblem(
        JSON,
        minimal("\"urgent\":true"),
        Sample.class,
        Problem.UNKNOWN_PROPERTY,
        "$[unknown property #5]");
  }

  @Test
  void a_default_attribute_may_be_absent_and_then_takes_its_default() throws Exception {
    Sample read = JSON.read(minimal(null), Sample.class);
    assertThat(read.getPriority()).isEqualTo(3);
  }

  @Test
  void a_map_key_is_a_code_and_an_unknown_key_code_is_rejected_at_its_path() throws Exception {
    assertProblem(
        JSON,
        minimal("\"tallies\":{\"PRIVATE\":1}"),
        Sample.class,
        Problem.UNKNOWN_CODE,
        "$.tallies[unknown property #1]");
  }

  @Test
  void a_nested_value_failure_points_into_the_list() throws Exception {
    assertProblem(
        JSON,
        minimal("\"parts\":[{\"name\":\"a\"},{\"name\":\"b\",\"weight\":11}]"),
        Sample.class,
        Problem.INVALID_VALUE,
        "$.parts[1].weight");
  }

  @Test
  void dates_and_durations_are_iso_text_only() throws Exception {
    assertProblem(
        JSON, minimal("\"dueOn\":\"01-03-2025\""), Sample.class, Problem.INVALID_VALUE, "$.dueOn");
    assertProblem(
        JSON, minimal("\"dueOn\":[2025,3,1]"), Sample.class, Problem.WRONG_TYPE, "$.dueOn");
    assertProblem(JSON, minimal("\"length\":5400"), Sample.class, Problem.WRONG_TYPE, "$.length");
    assertProblem(JSON, minimal("\"year\":1973"), Sample.class, Problem.WRONG_TYPE, "$.year");
  }

  @Test
  void a_sequence_value_is_an_array_read_through_its_factory() throws Exception {
    assertProblem(JSON, minimal("\"trail\":[]"), Sample.class, Problem.INVALID_VALUE, "$.trail");
    assertProblem(
        JSON, minimal("\"trail\":\"intake\""), Sample.class, Problem.WRONG_TYPE, "$.trail");
  }

  @Test
  void booleans_and_ints_are_not_coerced_from_text() throws Exception {
    assertProblem(
        JSON,
        minimal(null).replace("\"active\":false", "\"active\":\"true\""),
        Sample.class,
        Problem.WRONG_TYPE,
        "$.active");
    assertProblem(
        JSON,
        minimal(null).replace("\"count\":0", "\"count\":\"0\""),
        Sample.class,
        Problem.WRONG_TYPE,
        "$.count");
    assertProblem(
        JSON,
        minimal(null).replace("\"count\":0", "\"count\":1.5"),
        Sample.class,
        Problem.WRONG_TYPE,
        "$.count");
  }

  @Test
  void numbers_out_of_range_for_their_type_are_wrong_types() throws Exception {
    assertProblem(
        JSON,
        minimal(null).replace("\"count\":0", "\"count\":99999999999"),
        Sample.class,
        Problem.WRONG_TYPE,
        "$.count");
    assertProblem(
        JSON,
        minimal(null).replace("\"count\":0", "\"count\":null"),
        Sample.class,
        Problem.MISSING_VALUE,
        "$.count");
  }

  @Test
  void a_required_primitive_must_be_present() throws Exception {
    assertProblem(
        JSON,
        "{\"label\":\"x\",\"visibility\":\"private_to_coach\",\"count\":0}",
        Sample.class,
        Problem.MISSING_VALUE,
        "$");
  }

  private static String minimal(String extra) {
    return "{\"label\":\"x\",\"active\":false,\"count\":0,\"visibility\":\"shared_with_client\""
        + (extra == null ? "" : "," + extra)
        + "}";
  }
}
