package io.github.loopbaan.benchmarks.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.plan.ActionStatus;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionStatus;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import io.github.loopbaan.validation.LoopbaanValidator;
import io.github.loopbaan.validation.RuleSet;
import io.github.loopbaan.validation.ValidationReport;
import io.github.loopbaan.validation.Violation;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins the shape of the standard inputs, so every benchmark that uses them measures the documented
 * payload.
 */
class StandardInputsTest {

  private static Trajectory medium;
  private static Trajectory large;
  private static LoopbaanValidator validator;

  @BeforeAll
  static void build() {
    medium = StandardInputs.mediumTrajectory();
    large = StandardInputs.largeTrajectory();
    validator = LoopbaanValidator.create();
  }

  @AfterAll
  static void close() {
    validator.close();
  }

  @Test
  void theClientHasEveryAttribute() {
    assertThat(StandardInputs.client().getName()).isPresent();
    assertThat(StandardInputs.client().getBirthYear()).isPresent();
    assertThat(StandardInputs.client().getEmployment()).isPresent();
    assertThat(StandardInputs.client().getEducationLevel()).isPresent();
  }

  @Test
  void theMediumTrajectoryHasTwelveSessionsThreeInsightsAndTwentyActions() {
    assertThat(medium.getSessions()).hasSize(12);
    DevelopmentPlan pop = medium.getDevelopmentPlan().orElseThrow();
    assertThat(pop.getInsights()).hasSize(3);
    assertThat(pop.getActionPlan().getActions()).hasSize(20);
    assertThat(medium.getStage()).isEqualTo(TrajectoryStage.CLOSED);
    assertThat(medium.heldSessions(SessionKind.IN_DEPTH)).hasSize(8);
    assertThat(pop.getActionPlan().actionsWithStatus(ActionStatus.DONE)).hasSize(6);
  }

  @Test
  void theLargeTrajectoryHasAThousandSessionsAndTwoThousandActions() {
    assertThat(large.getSessions()).hasSize(1_000);
    assertThat(large.getSessions()).allMatch(s -> s.getStatus() == SessionStatus.HELD);
    DevelopmentPlan pop = large.getDevelopmentPlan().orElseThrow();
    assertThat(pop.getInsights()).hasSize(3);
    assertThat(pop.getActionPlan().getActions()).hasSize(2_000);
    assertThat(large.getStage()).isEqualTo(TrajectoryStage.CLOSED);
  }

  @Test
  void theInputsAreDeterministic() {
    assertThat(StandardInputs.mediumTrajectory()).isEqualTo(medium);
    assertThat(StandardInputs.largeTrajectory()).isEqualTo(large);
    assertThat(StandardInputs.client()).isEqualTo(StandardInputs.client());
  }

  @Test
  void theMediumTrajectoryIsACompleteCareerVoucherTrajectory() {
    ValidationReport report = validator.validate(medium, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER);
    assertThat(report.errors()).as(codes(report)).isEmpty();
  }

  private static String codes(ValidationReport report) {
    return report.violations().stream().map(Violation::code).collect(Collectors.joining(", "));
  }
}
