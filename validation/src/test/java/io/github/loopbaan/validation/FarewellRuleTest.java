package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.phase.Attention;
import io.github.loopbaan.core.phase.ContentPhase;
import io.github.loopbaan.core.phase.PhaseSelection;
import io.github.loopbaan.core.question.OrganisationalQuestion;
import io.github.loopbaan.core.question.OrganisationalQuestionSubtype;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.testkit.RuleArbitraries;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code base_farewell_forced_mobility} (000 phase 1), a warning: farewell to work in the plan
 * fits forced mobility, recorded as the client's employment situation or as an organisational
 * question of reorganisation; without either the validator warns, and the message names no
 * employment situation.
 */
class FarewellRuleTest {

  static final LoopbaanValidator RULES = LoopbaanValidator.create();

  @AfterAll
  static void close() {
    RULES.close();
  }

  private static Trajectory withFarewell() {
    Trajectory t =
        RuleArbitraries.complete(LocalDate.of(2025, 2, 3), 1, false, "Wat nu?", "Els Peeters");
    return Trajectory.builder()
        .from(t)
        .phaseProgress(
            t.getPhaseProgress()
                .orElseThrow()
                .withPlan(
                    t.getPlan()
                        .orElseThrow()
                        .withSelectedPhases(
                            PhaseSelection.of(ContentPhase.FAREWELL_TO_WORK, Attention.BRIEF),
                            PhaseSelection.of(
                                ContentPhase.IN_DEPTH_SELF_EXPLORATION, Attention.EXTENSIVE))))
        .build();
  }

  @Test
  void farewell_without_forced_mobility_is_a_warning_that_names_no_situation() {
    ValidationReport report = RULES.validate(withFarewell(), RuleSet.BASE);
    assertThat(report.warnings())
        .filteredOn(v -> v.code().equals("base_farewell_forced_mobility"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.WARNING);
              assertThat(v.path()).isEqualTo("phaseProgress.plan");
              assertThat(v.message(Locale.forLanguageTag("nl")))
                  .contains("afscheid van werk")
                  .doesNotContain("employed");
            });
    assertThat(report.errors()).noneMatch(v -> v.code().equals("base_farewell_forced_mobility"));
  }

  @Test
  void forced_mobility_recorded_as_employment_or_as_reorganisation_satisfies_the_rule() {
    Trajectory t = withFarewell();
    Trajectory forced =
        Trajectory.builder()
            .from(t)
            .client(t.getClient().withEmployment(EmploymentSituation.FORCED_MOBILITY))
            .build();
    assertThat(RULES.validate(forced, RuleSet.BASE).has("base_farewell_forced_mobility")).isFalse();
    Trajectory reorganisation =
        Trajectory.builder()
            .from(t)
            .careerQuestion(
                t.getCareerQuestion()
                    .orElseThrow()
                    .withOrganisationalQuestion(
                        OrganisationalQuestion.of(
                            OrganisationalQuestionSubtype.MOBILITY_TRAJECTORY_OUTSIDE)))
            .build();
    assertThat(reorganisation.recordsForcedMobility()).isTrue();
    assertThat(RULES.validate(reorganisation, RuleSet.BASE).has("base_farewell_forced_mobility"))
        .isFalse();
    Trajectory noFarewell =
        RuleArbitraries.complete(LocalDate.of(2025, 2, 3), 1, false, "Wat nu?", "Els Peeters");
    assertThat(RULES.validate(noFarewell, RuleSet.BASE).has("base_farewell_forced_mobility"))
        .isFalse();
  }
}
