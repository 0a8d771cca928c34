package io.github.loopbaan.benchmarks.coldstart;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.phase.CoachingGoal;
import io.github.loopbaan.core.phase.ContentPhase;
import io.github.loopbaan.core.phase.GoalTerm;
import io.github.loopbaan.core.phase.PhaseSelection;
import io.github.loopbaan.core.phase.TrajectoryPlan;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.IntakeTopic;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryId;
import io.github.loopbaan.core.trajectory.VoucherId;
import io.github.loopbaan.serialization.LoopbaanJson;
import io.github.loopbaan.validation.LoopbaanValidator;
import io.github.loopbaan.validation.RuleSet;
import io.github.loopbaan.validation.ValidationReport;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Loopbaan's first validated round trip: take the ready-made {@link LoopbaanJson#standard()} (its
 * first use builds it) and create a {@link LoopbaanValidator}, build a small voucher trajectory
 * (opened, introductory conversation and intake held, the intake agreement explained but not
 * signed), write it as a document, read it back and validate it under the base and Flemish voucher
 * rule sets. The unsigned agreement makes exactly one rule fail ({@code vch_agreement_signed}), so
 * the validation provably ran. Nothing here is touched before the measured call.
 */
public final class LoopbaanRoundTrip {

  /** The day the small trajectory is opened. */
  static final LocalDate START = LocalDate.of(2025, 3, 3);

  private LoopbaanRoundTrip() {}

  /**
   * @return the round trip
   */
  public static RoundTrip run() {
    LoopbaanJson json = LoopbaanJson.standard();
    try (LoopbaanValidator validator = LoopbaanValidator.create()) {
      Trajectory trajectory = smallTrajectory();
      String document = json.writeDocument(trajectory);
      Trajectory read = json.readDocument(document, Trajectory.class);
      ValidationReport report = validator.validate(read, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER);
      return new RoundTrip(trajectory, document, read, new ArrayList<>(report.codes()));
    }
  }

  /**
   * @return the small trajectory: two sessions, an unsigned intake agreement, a plan with one goal
   */
  static Trajectory smallTrajectory() {
    Client client =
        Client.builder()
            .id(ClientId.of("c-cold-1"))
            .birthYear(Year.of(1980))
            .employment(EmploymentSituation.EMPLOYED)
            .build();
    Trajectory t =
        Trajectory.open(
            TrajectoryId.of("t-cold-1"),
            client,
            Coach.of(CoachId.of("k-cold")),
            CommissioningParty.self(CommissionerId.of("c-cold-1")),
            Funding.careerVouchers(VoucherId.of("lc-1")),
            START);
    LocalDate intake = START.plusDays(7);
    t =
        t.apply(
                TrajectoryCommand.holdIntroductoryConversation(
                    session("s-1", SessionKind.INTRODUCTORY, START, 30)))
            .orElseThrow();
    IntakeAgreement agreement =
        IntakeAgreement.builder()
            .addAllExplainedTopics(EnumSet.allOf(IntakeTopic.class))
            .heldOn(intake)
            .build();
    TrajectoryPlan plan =
        TrajectoryPlan.builder()
            .decidedOn(intake)
            .addSelectedPhases(PhaseSelection.of(ContentPhase.IN_DEPTH_SELF_EXPLORATION))
            .addGoals(CoachingGoal.of("Weten welke richting bij mij past", GoalTerm.SHORT_TERM))
            .build();
    return t.apply(
            TrajectoryCommand.holdIntake(
                session("s-2", SessionKind.INTAKE, intake, 90), agreement, plan, Optional.empty()))
        .orElseThrow();
  }

  private static Session session(String id, SessionKind kind, LocalDate day, int minutes) {
    Session.Builder b =
        Session.builder()
            .id(SessionId.of(id))
            .kind(kind)
            .date(day)
            .duration(Duration.ofMinutes(minutes));
    // Every session but the free introductory conversation is registered on the voucher (004).
    return kind.countsTowardRegisteredHours() ? b.voucher(1).build() : b.build();
  }
}
