package io.github.loopbaan.core.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import java.util.EnumMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Formats, structural rules and derived facts of the classification references. */
class StandardsTest {

  private static final String OCCUPATION =
      "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1";
  private static final String SKILL =
      "http://data.europa.eu/esco/skill/0a0d2a0e-6d6f-4b6a-8f0e-2c4b6f1d3e9a";

  private static void rejected(
      ThrowingCallable construction, String type, String attribute, String rule) {
    assertThatThrownBy(construction)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getType()).isEqualTo(type);
              assertThat(e.getAttribute()).isEqualTo(attribute);
              assertThat(e.getRule()).isEqualTo(rule);
            });
  }

  @Test
  void esco_uris_tell_occupations_from_skills() {
    EscoUri occupation = EscoUri.of(OCCUPATION);
    assertThat(occupation.isOccupation()).isTrue();
    assertThat(occupation.isSkill()).isFalse();
    assertThat(EscoUri.of(SKILL).isSkill()).isTrue();
    assertThat(occupation)
        .isEqualTo(EscoUri.of(OCCUPATION))
        .hasSameHashCodeAs(EscoUri.of(OCCUPATION));
    assertThat(occupation.getValue()).isEqualTo(OCCUPATION);
    assertThat(occupation).hasToString("EscoUri[" + OCCUPATION + "]");
  }

  @Test
  void other_esco_concepts_and_other_hosts_are_rejected_and_the_message_hides_the_value() {
    for (String bad :
        new String[] {
          "https://data.europa.eu/esco/occupation/abc",
          "http://data.europa.eu/esco/isco/C2423",
          "http://data.europa.eu/esco/skill/",
          "http://example.org/skill/x",
          "http://data.europa.eu/esco/skill/a b",
          ""
        }) {
      rejected(() -> EscoUri.of(bad), "EscoUri", "value", "format");
    }
    assertThatThrownBy(() -> EscoUri.of("http://example.org/secret-name"))
        .hasMessageNotContaining("secret-name");
  }

  @Test
  void isco_codes_have_one_to_four_digits_and_a_level() {
    assertThat(IscoCode.of("2423").level()).isEqualTo(4);
    assertThat(IscoCode.of("2").level()).isEqualTo(1);
    assertThat(IscoCode.of("242").level()).isEqualTo(3);
    for (String bad : new String[] {"", "24230", "24a3", " 2423", "-242"}) {
      rejected(() -> IscoCode.of(bad), "IscoCode", "value", "format");
    }
  }

  @Test
  void onet_soc_codes_follow_nn_nnnn_nn() {
    assertThat(OnetSocCode.of("21-1012.00").getValue()).isEqualTo("21-1012.00");
    for (String bad :
        new String[] {"21-1012", "211012.00", "21-101.00", "21-1012.0", "AB-1012.00"}) {
      rejected(() -> OnetSocCode.of(bad), "OnetSocCode", "value", "format");
    }
  }

  @Test
  void code_values_of_different_types_never_compare_equal() {
    assertThat(IscoCode.of("2423")).isNotEqualTo(OnetSocCode.of("21-1012.00")).isNotEqualTo("2423");
  }

  @Test
  void an_occupation_links_only_an_esco_occupation() {
    OccupationRef ref =
        OccupationRef.builder()
            .label("loopbaancoach")
            .esco(EscoUri.of(OCCUPATION))
            .isco(IscoCode.of("2423"))
            .onetSoc(OnetSocCode.of("21-1012.00"))
            .build();
    assertThat(ref.getIsco()).contains(IscoCode.of("2423"));
    rejected(() -> OccupationRef.of(" "), "OccupationRef", "label", "not_blank");
    rejected(
        () -> OccupationRef.builder().label("loopbaancoach").esco(EscoUri.of(SKILL)).build(),
        "OccupationRef",
        "esco",
        "esco_occupation");
  }

  @Test
  void a_competence_links_only_an_esco_skill() {
    assertThat(CompetenceRef.builder().label("netwerken").esco(EscoUri.of(SKILL)).build().getEsco())
        .isPresent();
    rejected(() -> CompetenceRef.of(""), "CompetenceRef", "label", "not_blank");
    rejected(
        () -> CompetenceRef.builder().label("presenteren").esco(EscoUri.of(OCCUPATION)).build(),
        "CompetenceRef",
        "esco",
        "esco_skill");
  }

  @Test
  void competence_evidence_is_never_blank_and_never_in_toString() {
    CompetenceAssessment a =
        CompetenceAssessment.builder()
            .competence(CompetenceRef.of("presenteren"))
            .level(ProficiencyLevel.INTERMEDIATE)
            .evidence("Gaf een presentatie voor de raad van bestuur")
            .build();
    assertThat(a.toString())
        .doesNotContain("raad van bestuur")
        .contains("presenteren", "<redacted>");
    rejected(
        () ->
            CompetenceAssessment.builder()
                .competence(CompetenceRef.of("presenteren"))
                .level(ProficiencyLevel.BASIC)
                .evidence("  ")
                .build(),
        "CompetenceAssessment",
        "evidence",
        "not_blank");
  }

  @Test
  void proficiency_levels_are_ordered() {
    assertThat(ProficiencyLevel.EXPERT.compareTo(ProficiencyLevel.BASIC)).isPositive();
  }

  @Test
  void the_holland_code_takes_the_three_highest_types_highest_first() {
    assertThat(RiasecProfile.of(10, 80, 20, 95, 60, 5).hollandCode()).isEqualTo("SIE");
    assertThat(RiasecProfile.of(90, 10, 10, 10, 10, 95).hollandCode()).isEqualTo("CRI");
  }

  @Test
  void ties_in_the_holland_code_keep_riasec_order() {
    assertThat(RiasecProfile.of(50, 50, 50, 50, 50, 50).hollandCode()).isEqualTo("RIA");
    assertThat(RiasecProfile.of(0, 0, 0, 70, 70, 70).hollandCode()).isEqualTo("SEC");
  }

  @Test
  void scores_lie_between_0_and_100_naming_the_type() {
    assertThat(RiasecProfile.of(0, 100, 0, 0, 0, 0).score(RiasecType.INVESTIGATIVE)).isEqualTo(100);
    rejected(() -> RiasecProfile.of(0, 0, 101, 0, 0, 0), "RiasecProfile", "artistic", "in_range");
    rejected(
        () -> RiasecProfile.of(0, 0, 0, 0, 0, -1), "RiasecProfile", "conventional", "in_range");
  }

  @Test
  void a_profile_from_a_map_needs_every_type_and_equals_the_positional_one() {
    Map<RiasecType, Integer> scores = new EnumMap<>(RiasecType.class);
    int score = 10;
    for (RiasecType type : RiasecType.values()) {
      scores.put(type, score);
      score += 10;
    }
    RiasecProfile fromMap = RiasecProfile.of(scores);
    assertThat(fromMap)
        .isEqualTo(RiasecProfile.of(10, 20, 30, 40, 50, 60))
        .hasSameHashCodeAs(RiasecProfile.of(10, 20, 30, 40, 50, 60));
    assertThat(fromMap.getScores()).isEqualTo(scores);
    assertThat(fromMap.toString()).isEqualTo("RiasecProfile[R=10, I=20, A=30, S=40, E=50, C=60]");
    scores.remove(RiasecType.SOCIAL);
    rejected(() -> RiasecProfile.of(scores), "RiasecProfile", "social", "complete");
  }

  @Test
  void the_scores_map_is_a_copy() {
    RiasecProfile profile = RiasecProfile.of(1, 2, 3, 4, 5, 6);
    profile.getScores().put(RiasecType.REALISTIC, 99);
    assertThat(profile.score(RiasecType.REALISTIC)).isEqualTo(1);
  }
}
