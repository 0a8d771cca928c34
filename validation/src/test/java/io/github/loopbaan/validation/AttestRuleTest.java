package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.party.EducationLevel;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.testkit.RuleArbitraries;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code vch_attest_training_named} reads the client's education level (004 §5): the training
 * of the attest must be named in the POP for a highly educated client and, by choice, for a client
 * whose level is not recorded; for a lower or middle level the attest stands without it. The
 * message names neither the training nor the level.
 */
class AttestRuleTest {

  static final LoopbaanValidator RULES = LoopbaanValidator.create();
  static final String CODE = "vch_attest_training_named";

  @AfterAll
  static void close() {
    RULES.close();
  }

  /** A complete voucher trajectory whose POP names no training, for a client of a given level. */
  private static Trajectory unnamed(Optional<EducationLevel> level) {
    Trajectory t =
        RuleArbitraries.complete(LocalDate.of(2025, 2, 3), 1, true, "Wat nu?", "Els Peeters");
    assertThat(t.getTrainingAttest()).isPresent();
    DevelopmentPlan pop = t.getDevelopmentPlan().orElseThrow();
    return Trajectory.builder()
        .from(t)
        .client(t.getClient().withEducationLevel(level))
        .developmentPlan(pop.withNamedTrainings(List.of()))
        .build();
  }

  @Test
  void a_highly_educated_client_or_an_unrecorded_level_needs_the_training_named() {
    for (Optional<EducationLevel> level :
        List.of(Optional.of(EducationLevel.HIGH), Optional.<EducationLevel>empty())) {
      ValidationReport report = RULES.validate(unnamed(level), RuleSet.FLEMISH_VOUCHER);
      assertThat(report.errors())
          .as(level.toString())
          .filteredOn(v -> v.code().equals(CODE))
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.path()).isEqualTo("trainingAttest");
                assertThat(v.message(Locale.forLanguageTag("nl")))
                    .contains("POP")
                    .doesNotContain("high")
                    .doesNotContain("hooggeschoold");
              });
    }
  }

  @Test
  void a_lower_or_middle_education_level_needs_no_named_training() {
    for (EducationLevel level : List.of(EducationLevel.LOW, EducationLevel.MEDIUM)) {
      Trajectory t = unnamed(Optional.of(level));
      assertThat(t.attestNeedsNamedTraining()).isFalse();
      assertThat(RULES.validate(t, RuleSet.FLEMISH_VOUCHER).has(CODE)).as(level.code()).isFalse();
    }
  }

  @Test
  void the_complete_trajectory_names_its_training_and_passes() {
    Trajectory t =
        RuleArbitraries.complete(LocalDate.of(2025, 2, 3), 1, true, "Wat nu?", "Els Peeters");
    assertThat(t.getClient().getEducationLevel()).contains(EducationLevel.HIGH);
    assertThat(RULES.validate(t, RuleSet.FLEMISH_VOUCHER).has(CODE)).isFalse();
  }
}
