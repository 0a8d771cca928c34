package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.phase.ContentPhase;
import io.github.loopbaan.core.phase.PhaseSelection;
import io.github.loopbaan.core.phase.TrajectoryPlan;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanId;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.trajectory.AftercareRequest;
import io.github.loopbaan.core.trajectory.EvaluationInvitation;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.IntakeTopic;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryId;
import io.github.loopbaan.core.trajectory.TrajectoryLifecycle;
import io.github.loopbaan.core.trajectory.VoucherId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 4: a value that constructs answers every public operation. Dates at the end of the
 * calendar and huge durations are legal; every computation on them saturates instead of throwing.
 */
class ExtremeValuesTest {

  private static final LocalDate LAST_YEAR = LocalDate.of(999_999_999, 1, 4);
  private static int ids;

  private static Session session(SessionKind kind, LocalDate day) {
    return Session.builder()
        .id(SessionId.of("s-" + (++ids)))
        .kind(kind)
        .date(day)
        .duration(Duration.ofMinutes(90))
        .build();
  }

  /**
   * A voucher trajectory in the calendar's last year, up to the evaluation invitation after the
   * synthesis.
   */
  private static Trajectory invitedInTheLastYear() {
    Trajectory t =
        Trajectory.open(
            TrajectoryId.of("t-1"),
            Client.builder().id(ClientId.of("c-1")).build(),
            Coach.of(CoachId.of("k-1")),
            CommissioningParty.self(CommissionerId.of("c-1")),
            Funding.careerVouchers(VoucherId.of("v-1")),
            LAST_YEAR);
    LocalDate intake = LAST_YEAR.plusDays(1);
    t =
        t.apply(
                TrajectoryCommand.holdIntake(
                    session(SessionKind.INTAKE, intake),
                    IntakeAgreement.builder()
                        .addAllExplainedTopics(EnumSet.allOf(IntakeTopic.class))
                        .heldOn(intake)
                        .signedOn(intake)
                        .build(),
                    TrajectoryPlan.builder()
                        .decidedOn(intake)
                        .addSelectedPhases(
                            PhaseSelection.of(ContentPhase.IN_DEPTH_SELF_EXPLORATION))
                        .build(),
                    Optional.empty()))
            .orElseThrow();
    t =
        t.apply(
                TrajectoryCommand.holdInDepthConversation(
                    session(SessionKind.IN_DEPTH, intake.plusDays(7))))
            .orElseThrow();
    LocalDate synthesis = intake.plusDays(30);
    t =
        t.apply(
                TrajectoryCommand.holdSynthesis(
                    session(SessionKind.SYNTHESIS, synthesis),
                    DevelopmentPlan.draft(DevelopmentPlanId.of("pop-1"))))
            .orElseThrow();
    return t.apply(TrajectoryCommand.inviteEvaluation(EvaluationInvitation.sentOn(synthesis)))
        .orElseThrow();
  }

  @Test
  void a_synthesis_in_the_last_year_of_the_calendar_leaves_every_operation_answering() {
    Trajectory t = invitedInTheLastYear();
    assertThat(t.nextCommands(LocalDate.MAX)).hasSize(TrajectoryCommandKind.values().length);
    assertThat(t.possibleCommands(LocalDate.MAX)).contains(TrajectoryCommandKind.HOLD_AFTERCARE);
    LocalDate lastDay = LocalDate.MAX;
    Trajectory aftercare =
        t.apply(
                TrajectoryCommand.holdAftercare(
                    AftercareRequest.of(lastDay, "Nog een vraag"),
                    session(SessionKind.AFTERCARE, lastDay)))
            .orElseThrow();
    assertThat(aftercare.getAftercareRequests()).hasSize(1);
    assertThat(
            TrajectoryLifecycle.MACHINE
                .decide(aftercare, TrajectoryCommandKind.HOLD_AFTERCARE, LocalDate.MAX)
                .getReasons())
        .extracting(Reason::getCode)
        .doesNotContain(TrajectoryLifecycle.AFTERCARE_WINDOW_CLOSED);
    try (LoopbaanValidator validator = LoopbaanValidator.create()) {
      assertThatCode(() -> validator.validate(aftercare, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER))
          .doesNotThrowAnyException();
      assertThat(validator.validate(aftercare, RuleSet.FLEMISH_VOUCHER).codes())
          .doesNotContain("vch_aftercare_window");
    }
  }

  @Test
  void aftercare_durations_whose_sum_overflows_are_a_finding_not_an_exception() {
    Trajectory t = invitedInTheLastYear();
    LocalDate synthesis = t.synthesisDate().orElseThrow();
    Duration half = Duration.ofSeconds(Long.MAX_VALUE / 2 + 1);
    Trajectory huge =
        Trajectory.builder()
            .from(t)
            .aftercareRequests(
                List.of(
                    AftercareRequest.builder()
                        .requestedOn(synthesis)
                        .question("Eén")
                        .duration(half)
                        .build(),
                    AftercareRequest.builder()
                        .requestedOn(synthesis)
                        .question("Twee")
                        .duration(half)
                        .build()))
            .build();
    try (LoopbaanValidator validator = LoopbaanValidator.create()) {
      ValidationReport report = validator.validate(huge, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER);
      assertThat(report.codes()).contains("vch_aftercare_minutes");
    }
    assertThat(huge.registeredDuration()).isPositive();
  }
}
