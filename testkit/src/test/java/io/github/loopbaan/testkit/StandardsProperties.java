package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.standards.CompetenceAssessment;
import io.github.loopbaan.core.standards.CompetenceRef;
import io.github.loopbaan.core.standards.EscoUri;
import io.github.loopbaan.core.standards.IscoCode;
import io.github.loopbaan.core.standards.OccupationRef;
import io.github.loopbaan.core.standards.OnetSocCode;
import io.github.loopbaan.core.standards.RiasecProfile;
import io.github.loopbaan.core.standards.RiasecType;
import java.util.Arrays;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/** Generated classification references are sound and every broken one is rejected for its rule. */
@Domain(LoopbaanDomain.class)
class StandardsProperties {

  @Property
  void code_values_round_trip_through_their_text(
      @ForAll EscoUri esco, @ForAll IscoCode isco, @ForAll OnetSocCode onet) {
    assertThat(EscoUri.of(esco.getValue())).isEqualTo(esco).hasSameHashCodeAs(esco);
    assertThat(IscoCode.of(isco.getValue())).isEqualTo(isco);
    assertThat(isco.level()).isBetween(1, 4);
    assertThat(OnetSocCode.of(onet.getValue())).isEqualTo(onet);
    assertThat(esco.isOccupation()).isNotEqualTo(esco.isSkill());
  }

  @Property
  void an_occupation_rebuilt_from_its_builder_is_equal(@ForAll OccupationRef occupation) {
    assertThat(OccupationRef.builder().from(occupation).build()).isEqualTo(occupation);
  }

  @Property
  void a_competence_rebuilt_from_its_builder_is_equal(@ForAll CompetenceRef competence) {
    assertThat(CompetenceRef.builder().from(competence).build()).isEqualTo(competence);
  }

  @Property
  void an_assessment_rebuilt_from_its_builder_is_equal(@ForAll CompetenceAssessment assessment) {
    assertThat(CompetenceAssessment.builder().from(assessment).build()).isEqualTo(assessment);
  }

  @Property
  void assessment_toString_never_contains_the_evidence(@ForAll CompetenceAssessment assessment) {
    assessment
        .getEvidence()
        .ifPresent(evidence -> assertThat(assessment.toString()).doesNotContain(evidence));
  }

  @Property
  void a_profile_rebuilt_from_its_scores_is_equal(@ForAll RiasecProfile profile) {
    assertThat(RiasecProfile.of(profile.getScores())).isEqualTo(profile).hasSameHashCodeAs(profile);
  }

  @Property
  void the_holland_code_lists_three_distinct_types_in_descending_score(
      @ForAll RiasecProfile profile) {
    String code = profile.hollandCode();
    assertThat(code).hasSize(3).matches("[RIASEC]{3}");
    assertThat(code.chars().distinct().count()).isEqualTo(3);
    RiasecType[] types = code.chars().mapToObj(c -> typeOf((char) c)).toArray(RiasecType[]::new);
    assertThat(profile.score(types[0])).isGreaterThanOrEqualTo(profile.score(types[1]));
    assertThat(profile.score(types[1])).isGreaterThanOrEqualTo(profile.score(types[2]));
    for (RiasecType other : RiasecType.values()) {
      if (!Arrays.asList(types).contains(other)) {
        assertThat(profile.score(other)).isLessThanOrEqualTo(profile.score(types[2]));
      }
    }
  }

  @Property
  void every_broken_reference_is_rejected_for_its_rule(@ForAll("broken") Broken broken) {
    assertThatThrownBy(broken::attempt)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getType()).isEqualTo(broken.type());
              assertThat(e.getAttribute()).isEqualTo(broken.attribute());
              assertThat(e.getRule()).isEqualTo(broken.rule());
            });
  }

  private static RiasecType typeOf(char letter) {
    return Arrays.stream(RiasecType.values())
        .filter(t -> t.letter() == letter)
        .findFirst()
        .orElseThrow();
  }

  @Provide
  Arbitrary<Broken> broken() {
    return StandardsArbitraries.broken();
  }
}
