package io.github.loopbaan.serialization;

import static io.github.loopbaan.serialization.ClientJsonTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.standards.CompetenceAssessment;
import io.github.loopbaan.core.standards.CompetenceRef;
import io.github.loopbaan.core.standards.EscoUri;
import io.github.loopbaan.core.standards.IscoCode;
import io.github.loopbaan.core.standards.OccupationRef;
import io.github.loopbaan.core.standards.OnetSocCode;
import io.github.loopbaan.core.standards.ProficiencyLevel;
import io.github.loopbaan.core.standards.RiasecProfile;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import org.junit.jupiter.api.Test;

/** The exact JSON shape of the standards types. */
class StandardsJsonTest {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();
  private static final String ESCO_OCCUPATION =
      "http://data.europa.eu/esco/occupation/f2b15a0e-e65a";
  private static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/a1b2";

  @Test
  void an_occupation_links_as_plain_strings() {
    OccupationRef ref =
        OccupationRef.builder()
            .label("loopbaancoach")
            .esco(EscoUri.of(ESCO_OCCUPATION))
            .isco(IscoCode.of("2423"))
            .onetSoc(OnetSocCode.of("21-1012.00"))
            .build();
    assertThat(JSON.write(ref))
        .isEqualTo(
            "{\"esco\":\""
                + ESCO_OCCUPATION
                + "\",\"isco\":\"2423\","
                + "\"label\":\"loopbaancoach\",\"onetSoc\":\"21-1012.00\"}");
    assertThat(JSON.read(JSON.write(ref), OccupationRef.class)).isEqualTo(ref);
  }

  @Test
  void code_values_alone_are_json_strings() {
    assertThat(JSON.write(IscoCode.of("24"))).isEqualTo("\"24\"");
    assertThat(JSON.read("\"21-1012.00\"", OnetSocCode.class))
        .isEqualTo(OnetSocCode.of("21-1012.00"));
    assertThat(JSON.read("\"" + ESCO_SKILL + "\"", EscoUri.class))
        .isEqualTo(EscoUri.of(ESCO_SKILL));
  }

  @Test
  void a_competence_assessment_nests_its_competence() {
    CompetenceAssessment assessment =
        CompetenceAssessment.builder()
            .competence(
                CompetenceRef.builder().label("netwerken").esco(EscoUri.of(ESCO_SKILL)).build())
            .level(ProficiencyLevel.ADVANCED)
            .build();
    assertThat(JSON.write(assessment))
        .isEqualTo(
            "{\"competence\":{\"esco\":\""
                + ESCO_SKILL
                + "\",\"label\":\"netwerken\"},\"level\":\"advanced\"}");
    assertThat(JSON.read(JSON.write(assessment), CompetenceAssessment.class)).isEqualTo(assessment);
  }

  @Test
  void a_riasec_profile_is_six_scores_by_type_code_without_the_holland_code() {
    RiasecProfile profile = RiasecProfile.of(10, 80, 35, 90, 20, 5);
    assertThat(JSON.write(profile))
        .isEqualTo(
            "{\"realistic\":10,\"investigative\":80,\"artistic\":35,"
                + "\"social\":90,\"enterprising\":20,\"conventional\":5}");
    assertThat(JSON.read(JSON.write(profile), RiasecProfile.class)).isEqualTo(profile);
  }

  @Test
  void a_riasec_profile_needs_all_six_scores_in_range_and_known_codes() {
    assertProblem(JSON, "{\"realistic\":10}", RiasecProfile.class, Problem.INVALID_VALUE, "$");
    assertProblem(
        JSON,
        "{\"realistic\":10,\"investigative\":80,\"artistic\":35,\"social\":90,"
            + "\"enterprising\":20,\"conventional\":500}",
        RiasecProfile.class,
        Problem.INVALID_VALUE,
        "$");
    assertProblem(
        JSON, "{\"R\":10}", RiasecProfile.class, Problem.UNKNOWN_CODE, "$[unknown property #1]");
    assertProblem(
        JSON, "{\"realistic\":\"10\"}", RiasecProfile.class, Problem.WRONG_TYPE, "$.realistic");
  }

  @Test
  void code_values_the_model_rejects_are_invalid_values() {
    assertProblem(
        JSON,
        "{\"label\":\"x\",\"isco\":\"24231\"}",
        OccupationRef.class,
        Problem.INVALID_VALUE,
        "$.isco");
    assertProblem(
        JSON,
        "{\"label\":\"x\",\"esco\":\"" + ESCO_SKILL + "\"}",
        OccupationRef.class,
        Problem.INVALID_VALUE,
        "$.esco");
    assertProblem(
        JSON,
        "{\"label\":\"x\",\"onetSoc\":2423}",
        OccupationRef.class,
        Problem.WRONG_TYPE,
        "$.onetSoc");
  }
}
