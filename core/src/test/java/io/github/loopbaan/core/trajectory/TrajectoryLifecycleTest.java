package io.github.loopbaan.core.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.CommandRejectedException;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.StateMachine;
import io.github.loopbaan.core.lifecycle.Verdict;
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
import io.github.loopbaan.core.plan.GeneralData;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionCommand;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The trajectory process: every guard allowed and rejected, pause and resume, closing, replay,
 * invariants.
 */
class TrajectoryLifecycleTest {

  static final LocalDate OPENED = LocalDate.of(2025, 1, 6);
  static int ids;

  static Session session(SessionKind kind, LocalDate date) {
    return Session.builder()
        .id(SessionId.of("s-" + (++ids)))
        .kind(kind)
        .date(date)
        .duration(
            kind == SessionKind.INTRODUCTORY ? Duration.ofMinutes(30) : Duration.ofMinutes(90))
        .build();
  }

  static Trajectory opened() {
    return Trajectory.open(
        TrajectoryId.of("t-1"),
        Client.builder().id(ClientId.of("c-1")).build(),
        Coach.of(CoachId.of("k-1")),
        CommissioningParty.self(CommissionerId.of("self")),
        Funding.careerVouchers(VoucherId.of("v-1"), VoucherId.of("v-2")),
        OPENED);
  }

  static IntakeAgreement agreement(boolean signed, LocalDate on) {
    IntakeAgreement.Builder b =
        IntakeAgreement.builder()
            .addAllExplainedTopics(EnumSet.allOf(IntakeTopic.class))
            .heldOn(on);
    return signed ? b.signedOn(on).build() : b.build();
  }

  static TrajectoryPlan plan(LocalDate on) {
    return TrajectoryPlan.builder()
        .decidedOn(on)
        .addSelectedPhases(PhaseSelection.of(ContentPhase.values()[1]))
        .build();
  }

  static Trajectory afterIntake(boolean signed) {
    LocalDate d = OPENED.plusDays(7);
    return opened()
        .apply(
            TrajectoryCommand.holdIntake(
                session(SessionKind.INTAKE, d), agreement(signed, d), plan(d), Optional.empty()))
        .orElseThrow();
  }

  static Trajectory afterSynthesis(LocalDate synthesisOn) {
    Trajectory t =
        afterIntake(true)
            .apply(
                TrajectoryCommand.holdInDepthConversation(
                    session(SessionKind.IN_DEPTH, OPENED.plusDays(21))))
            .orElseThrow();
    return t.apply(
            TrajectoryCommand.holdSynthesis(
                session(SessionKind.SYNTHESIS, synthesisOn),
                DevelopmentPlan.draft(DevelopmentPlanId.of("pop-1"))))
        .orElseThrow();
  }

  static List<String> codes(Outcome<?> outcome) {
    return outcome.getReasons().stream().map(Reason::getCode).collect(Collectors.toList());
  }

  @Test
  void a_new_trajectory_is_opened_with_an_empty_history() {
    Trajectory t = opened();
    assertThat(t.getStage()).isEqualTo(TrajectoryStage.OPENED);
    assertThat(t.getHistory().isEmpty()).isTrue();
    assertThat(t.possibleCommands(OPENED))
        .containsExactlyInAnyOrder(
            TrajectoryCommandKind.HOLD_INTRODUCTORY_CONVERSATION,
            TrajectoryCommandKind.HOLD_INTAKE,
            TrajectoryCommandKind.PAUSE,
            TrajectoryCommandKind.STOP_EARLY,
            TrajectoryCommandKind.RECORD_OUTCOME);
  }

  @Test
  void the_introductory_conversation_keeps_the_stage_and_never_counts_toward_registered_hours() {
    Trajectory t =
        opened()
            .apply(
                TrajectoryCommand.holdIntroductoryConversation(
                    session(SessionKind.INTRODUCTORY, OPENED)))
            .orElseThrow();
    assertThat(t.getStage()).isEqualTo(TrajectoryStage.OPENED);
    assertThat(t.getSessions())
        .singleElement()
        .extracting(Session::getStatus)
        .isEqualTo(SessionStatus.HELD);
    assertThat(t.registeredDuration()).isEqualTo(Duration.ZERO);
  }

  @Test
  void the_intake_records_agreement_plan_and_session() {
    Trajectory t = afterIntake(true);
    assertThat(t.getStage()).isEqualTo(TrajectoryStage.INTAKE);
    assertThat(t.getIntakeAgreement()).isPresent();
    assertThat(t.getPlan()).isPresent();
    assertThat(t.intakeDate()).contains(OPENED.plusDays(7));
    assertThat(t.registeredDuration()).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void in_depth_work_needs_a_signed_agreement() {
    Outcome<Trajectory> rejected =
        afterIntake(false)
            .apply(
                TrajectoryCommand.holdInDepthConversation(
                    session(SessionKind.IN_DEPTH, OPENED.plusDays(14))));
    assertThat(codes(rejected)).containsExactly(TrajectoryLifecycle.AGREEMENT_NOT_SIGNED);
    Outcome<Trajectory> allowed =
        afterIntake(true)
            .apply(
                TrajectoryCommand.holdInDepthConversation(
                    session(SessionKind.IN_DEPTH, OPENED.plusDays(14))));
    assertThat(allowed.orElseThrow().getStage()).isEqualTo(TrajectoryStage.IN_DEPTH);
  }

  @Test
  void synthesis_needs_an_in_depth_conversation_held() {
    Trajectory inDepth =
        afterIntake(true)
            .apply(
                TrajectoryCommand.holdInDepthConversation(
                    session(SessionKind.IN_DEPTH, OPENED.plusDays(14))))
            .orElseThrow();
    Trajectory edited =
        inDepth.withSessions(
            inDepth.getSessions().stream()
                .filter(s -> s.getKind() != SessionKind.IN_DEPTH)
                .collect(Collectors.toList()));
    Verdict<TrajectoryStage, TrajectoryCommandKind> verdict =
        TrajectoryLifecycle.MACHINE.decide(
            edited, TrajectoryCommandKind.HOLD_SYNTHESIS, OPENED.plusDays(30));
    assertThat(verdict.getReasons())
        .extracting(Reason::getCode)
        .containsExactly(TrajectoryLifecycle.NO_IN_DEPTH_CONVERSATION);
    assertThat(
            TrajectoryLifecycle.MACHINE
                .decide(inDepth, TrajectoryCommandKind.HOLD_SYNTHESIS, OPENED.plusDays(30))
                .getTarget())
        .contains(TrajectoryStage.SYNTHESIS);
  }

  @Test
  void synthesis_is_not_possible_straight_after_the_intake() {
    Outcome<Trajectory> outcome =
        afterIntake(true)
            .apply(
                TrajectoryCommand.holdSynthesis(
                    session(SessionKind.SYNTHESIS, OPENED.plusDays(20)),
                    DevelopmentPlan.draft(DevelopmentPlanId.of("p"))));
    assertThat(codes(outcome)).containsExactly(StateMachine.NOT_IN_STATE);
  }

  @Test
  void evaluation_follows_synthesis_and_aftercare_follows_evaluation() {
    LocalDate synthesisOn = OPENED.plusDays(60);
    Trajectory synthesis = afterSynthesis(synthesisOn);
    assertThat(synthesis.getDevelopmentPlan()).isPresent();
    AftercareRequest request =
        AftercareRequest.of(synthesisOn.plusMonths(3), "Hoe pak ik de opleiding aan?");
    Outcome<Trajectory> tooEarly =
        synthesis.apply(
            TrajectoryCommand.holdAftercare(
                request, session(SessionKind.AFTERCARE, synthesisOn.plusMonths(3))));
    assertThat(codes(tooEarly)).containsExactly(TrajectoryLifecycle.EVALUATION_NOT_SENT);
    Trajectory evaluation =
        synthesis
            .apply(
                TrajectoryCommand.inviteEvaluation(
                    EvaluationInvitation.builder().sentOn(synthesisOn.plusDays(1)).build()))
            .orElseThrow();
    assertThat(evaluation.getStage()).isEqualTo(TrajectoryStage.EVALUATION);
    Trajectory aftercare =
        evaluation
            .apply(
                TrajectoryCommand.holdAftercare(
                    request, session(SessionKind.AFTERCARE, synthesisOn.plusMonths(3))))
            .orElseThrow();
    assertThat(aftercare.getStage()).isEqualTo(TrajectoryStage.AFTERCARE);
    assertThat(aftercare.getAftercareRequests()).containsExactly(request);
  }

  @Test
  void aftercare_is_possible_up_to_one_year_after_the_synthesis_and_not_a_day_later() {
    LocalDate synthesisOn = OPENED.plusDays(60);
    Trajectory evaluation =
        afterSynthesis(synthesisOn)
            .apply(
                TrajectoryCommand.inviteEvaluation(
                    EvaluationInvitation.builder().sentOn(synthesisOn).build()))
            .orElseThrow();
    LocalDate lastDay = synthesisOn.plusYears(1);
    assertThat(evaluation.possibleCommands(lastDay)).contains(TrajectoryCommandKind.HOLD_AFTERCARE);
    Outcome<Trajectory> late =
        evaluation.apply(
            TrajectoryCommand.holdAftercare(
                AftercareRequest.of(lastDay, "Vraag over mijn POP"),
                session(SessionKind.AFTERCARE, lastDay.plusDays(1))));
    assertThat(codes(late)).containsExactly(TrajectoryLifecycle.AFTERCARE_WINDOW_CLOSED);
    assertThat(late.getReasons().get(0).getFacts()).containsEntry("until", lastDay.toString());
    assertThat(late.getReasons().get(0).message(Locale.ENGLISH)).contains(lastDay.toString());
  }

  @Test
  void aftercare_needs_a_request_that_precedes_the_session() {
    assertThatThrownBy(
            () ->
                TrajectoryCommand.holdAftercare(
                    AftercareRequest.of(OPENED.plusDays(10), "Vraag"),
                    session(SessionKind.AFTERCARE, OPENED.plusDays(9))))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("not_before"));
  }

  @Test
  void a_conversation_command_needs_a_session_of_its_kind() {
    assertThatThrownBy(
            () -> TrajectoryCommand.holdInDepthConversation(session(SessionKind.INTAKE, OPENED)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("session_kind"));
  }

  @Test
  void pause_and_resume_return_to_the_stage_before_and_close_the_referral() {
    Trajectory inDepth =
        afterIntake(true)
            .apply(
                TrajectoryCommand.holdInDepthConversation(
                    session(SessionKind.IN_DEPTH, OPENED.plusDays(14))))
            .orElseThrow();
    Referral referral =
        Referral.of(ReferralId.of("r-1"), ReferralTarget.PSYCHOLOGIST, OPENED.plusDays(20));
    Trajectory paused =
        inDepth
            .apply(
                TrajectoryCommand.pause(
                    OPENED.plusDays(20), PauseReason.REFERRAL, Optional.of(referral)))
            .orElseThrow();
    assertThat(paused.getStage()).isEqualTo(TrajectoryStage.PAUSED);
    assertThat(paused.possibleCommands(OPENED.plusDays(21)))
        .containsExactlyInAnyOrder(
            TrajectoryCommandKind.RESUME,
            TrajectoryCommandKind.STOP_EARLY,
            TrajectoryCommandKind.RECORD_OUTCOME);
    Trajectory resumed = paused.apply(TrajectoryCommand.resume(OPENED.plusDays(50))).orElseThrow();
    assertThat(resumed.getStage()).isEqualTo(TrajectoryStage.IN_DEPTH);
    assertThat(resumed.getReferrals())
        .singleElement()
        .satisfies(r -> assertThat(r.getReturnedOn()).contains(OPENED.plusDays(50)));
  }

  @Test
  void a_pause_with_a_referral_must_give_referral_as_its_reason() {
    Referral referral = Referral.of(ReferralId.of("r-1"), ReferralTarget.PSYCHOLOGIST, OPENED);
    assertThatThrownBy(
            () -> TrajectoryCommand.pause(OPENED, PauseReason.OTHER, Optional.of(referral)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("referral_reason"));
  }

  @Test
  void a_closed_trajectory_rejects_everything_but_a_correction_aftercare_attest_and_outcome() {
    Trajectory closed =
        opened()
            .apply(TrajectoryCommand.stopEarly(OPENED, StopReason.CLIENT_WITHDREW))
            .orElseThrow();
    assertThat(closed.getStage()).isEqualTo(TrajectoryStage.CLOSED);
    assertThat(closed.nextCommands(OPENED))
        .filteredOn(
            v ->
                v.getKind() != TrajectoryCommandKind.CORRECT
                    && v.getKind() != TrajectoryCommandKind.HOLD_AFTERCARE
                    && v.getKind() != TrajectoryCommandKind.ISSUE_TRAINING_ATTEST
                    && v.getKind() != TrajectoryCommandKind.RECORD_OUTCOME)
        .hasSize(TrajectoryCommandKind.values().length - 4)
        .allSatisfy(
            v ->
                assertThat(v.getReasons())
                    .extracting(Reason::getCode)
                    .containsExactly(StateMachine.FINAL_STATE));
    assertThat(closed.possibleCommands(OPENED))
        .containsExactlyInAnyOrder(
            TrajectoryCommandKind.CORRECT, TrajectoryCommandKind.RECORD_OUTCOME);
    assertThat(
            closed.nextCommands(OPENED).stream()
                .filter(v -> v.getKind() == TrajectoryCommandKind.HOLD_AFTERCARE)
                .flatMap(v -> v.getReasons().stream())
                .map(Reason::getCode))
        .containsExactly(TrajectoryLifecycle.EVALUATION_NOT_SENT, TrajectoryLifecycle.NO_SYNTHESIS);
    assertThat(
            closed.nextCommands(OPENED).stream()
                .filter(v -> v.getKind() == TrajectoryCommandKind.ISSUE_TRAINING_ATTEST)
                .flatMap(v -> v.getReasons().stream())
                .map(Reason::getCode))
        .containsExactly(
            TrajectoryLifecycle.NO_SYNTHESIS, TrajectoryLifecycle.ONLY_FOR_TRAINING_BENEFIT);
  }

  @Test
  void close_is_possible_after_the_evaluation_invitation_only() {
    assertThat(afterIntake(true).possibleCommands(OPENED.plusDays(8)))
        .doesNotContain(TrajectoryCommandKind.CLOSE);
    LocalDate synthesisOn = OPENED.plusDays(60);
    Trajectory evaluation =
        afterSynthesis(synthesisOn)
            .apply(
                TrajectoryCommand.inviteEvaluation(
                    EvaluationInvitation.builder().sentOn(synthesisOn).build()))
            .orElseThrow();
    assertThat(
            evaluation
                .apply(TrajectoryCommand.close(synthesisOn.plusDays(1)))
                .orElseThrow()
                .getStage())
        .isEqualTo(TrajectoryStage.CLOSED);
  }

  @Test
  void replaying_the_history_from_the_opened_trajectory_reproduces_it_exactly() {
    Trajectory t = afterSynthesis(OPENED.plusDays(60));
    List<TrajectoryCommand> commands =
        t.getHistory().asList().stream().map(Event::getCommand).collect(Collectors.toList());
    assertThat(TrajectoryLifecycle.MACHINE.replay(opened(), commands)).isEqualTo(t);
  }

  @Test
  void a_rejected_command_leaves_the_trajectory_unchanged_and_orElseThrow_explains() {
    Trajectory t = afterIntake(false);
    Outcome<Trajectory> outcome =
        t.apply(
            TrajectoryCommand.holdInDepthConversation(
                session(SessionKind.IN_DEPTH, OPENED.plusDays(14))));
    assertThat(outcome.getValue()).isEmpty();
    assertThat(t.getStage()).isEqualTo(TrajectoryStage.INTAKE);
    assertThatThrownBy(outcome::orElseThrow)
        .isInstanceOf(CommandRejectedException.class)
        .hasMessageContaining("agreement_not_signed")
        .hasMessageContaining("hold_in_depth_conversation");
  }

  @Test
  void the_table_is_well_formed() {
    assertThat(TrajectoryLifecycle.MACHINE.unreachableStates()).isEmpty();
    assertThat(TrajectoryLifecycle.MACHINE.statesWithoutWayOut()).isEmpty();
  }

  @Test
  void a_session_before_the_opening_is_rejected() {
    assertThatThrownBy(
            () -> opened().withSessions(List.of(session(SessionKind.INTAKE, OPENED.minusDays(1)))))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("not_before"));
  }

  @Test
  void two_sessions_with_the_same_identifier_are_rejected() {
    Session s = session(SessionKind.IN_DEPTH, OPENED);
    assertThatThrownBy(() -> opened().withSessions(List.of(s, s)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("unique"));
  }

  @Test
  void a_pop_finalised_before_the_intake_is_rejected() {
    Trajectory t = afterIntake(true);
    DevelopmentPlan early =
        DevelopmentPlan.builder()
            .id(DevelopmentPlanId.of("p"))
            .generalData(GeneralData.builder().finalisedOn(OPENED.plusDays(6)).build())
            .build();
    assertThatThrownBy(() -> t.withDevelopmentPlan(early))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getRule()).isEqualTo("finalised_before_intake"));
    DevelopmentPlan onTime =
        early.withGeneralData(GeneralData.builder().finalisedOn(OPENED.plusDays(7)).build());
    assertThat(t.withDevelopmentPlan(onTime).getDevelopmentPlan()).contains(onTime);
  }

  @Test
  void an_aftercare_request_before_the_synthesis_is_rejected() {
    Trajectory t = afterSynthesis(OPENED.plusDays(60));
    assertThatThrownBy(
            () ->
                t.withAftercareRequests(List.of(AftercareRequest.of(OPENED.plusDays(59), "Vraag"))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getRule()).isEqualTo("aftercare_before_synthesis"));
    assertThatThrownBy(
            () -> opened().withAftercareRequests(List.of(AftercareRequest.of(OPENED, "Vraag"))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getRule()).isEqualTo("aftercare_before_synthesis"));
  }

  @Test
  void toString_shows_no_personal_data_and_commands_show_kind_and_date_only() {
    Trajectory t =
        opened()
            .withClient(
                Client.builder().id(ClientId.of("c-1")).name("Annelies Verstraeten").build());
    assertThat(t.toString()).doesNotContain("Annelies");
    assertThat(TrajectoryCommand.close(OPENED).toString()).isEqualTo("close@2025-01-06");
  }

  @Test
  void the_mermaid_diagram_names_every_guard() {
    String diagram = TrajectoryLifecycle.MACHINE.toMermaid(Locale.ENGLISH);
    assertThat(diagram)
        .contains("intake --> in_depth : hold_in_depth_conversation [agreement_signed]")
        .contains("in_depth --> synthesis : hold_synthesis [in_depth_held]")
        .contains(
            "evaluation --> aftercare : hold_aftercare [evaluation_sent, within_aftercare_window]")
        .contains("closed --> closed : hold_aftercare [evaluation_sent, within_aftercare_window]")
        .contains("paused --> in_depth : resume");
  }

  @Test
  void no_command_may_be_dated_before_the_opening() {
    Outcome<Trajectory> outcome =
        opened()
            .apply(
                TrajectoryCommand.holdIntroductoryConversation(
                    session(SessionKind.INTRODUCTORY, OPENED.minusDays(1))));
    assertThat(codes(outcome)).containsExactly(StateMachine.BEFORE_START);
    assertThat(outcome.getReasons().get(0).getFacts()).containsEntry("start", OPENED.toString());
  }

  @Test
  void a_cancelled_session_cannot_be_held_as_a_conversation() {
    Session cancelled =
        session(SessionKind.IN_DEPTH, OPENED.plusDays(30))
            .apply(SessionCommand.cancelByClient(OPENED.plusDays(29)))
            .orElseThrow();
    assertThatThrownBy(() -> TrajectoryCommand.holdInDepthConversation(cancelled))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("session_held"));
  }

  @Test
  void a_planned_session_is_held_through_its_own_lifecycle() {
    Trajectory t = afterIntake(true);
    Session intake = t.heldSessions(SessionKind.INTAKE).get(0);
    assertThat(intake.getHistory().size()).isEqualTo(1);
    assertThat(intake.getHistory().last().getTo()).isEqualTo(SessionStatus.HELD);
  }

  @Test
  void aftercare_without_a_held_synthesis_is_rejected_with_no_synthesis() {
    LocalDate synthesisOn = OPENED.plusDays(60);
    Trajectory evaluation =
        afterSynthesis(synthesisOn)
            .apply(
                TrajectoryCommand.inviteEvaluation(
                    EvaluationInvitation.builder().sentOn(synthesisOn).build()))
            .orElseThrow();
    Trajectory edited =
        evaluation.withSessions(
            evaluation.getSessions().stream()
                .filter(s -> s.getKind() != SessionKind.SYNTHESIS)
                .collect(Collectors.toList()));
    assertThat(
            TrajectoryLifecycle.MACHINE
                .decide(edited, TrajectoryCommandKind.HOLD_AFTERCARE, synthesisOn.plusDays(9))
                .getReasons())
        .extracting(Reason::getCode)
        .containsExactly(TrajectoryLifecycle.NO_SYNTHESIS);
  }

  @Test
  void
      a_conversation_with_a_session_identifier_already_recorded_is_rejected_by_its_payload_check() {
    Trajectory t = afterIntake(true);
    Session again = t.getSessions().get(0).withKind(SessionKind.IN_DEPTH);
    Outcome<Trajectory> outcome =
        t.apply(
            TrajectoryCommand.holdInDepthConversation(
                Session.builder()
                    .from(again)
                    .history(History.empty())
                    .status(SessionStatus.PLANNED)
                    .build()));
    assertThat(t.possibleCommands(again.getDate()))
        .contains(TrajectoryCommandKind.HOLD_IN_DEPTH_CONVERSATION);
    assertThat(codes(outcome)).containsExactly(TrajectoryLifecycle.SESSION_ID_TAKEN);
  }

  @Test
  void an_aftercare_request_dated_before_the_synthesis_is_rejected_not_thrown() {
    LocalDate synthesisOn = OPENED.plusDays(60);
    Trajectory evaluation =
        afterSynthesis(synthesisOn)
            .apply(
                TrajectoryCommand.inviteEvaluation(
                    EvaluationInvitation.builder().sentOn(synthesisOn).build()))
            .orElseThrow();
    Outcome<Trajectory> outcome =
        evaluation.apply(
            TrajectoryCommand.holdAftercare(
                AftercareRequest.of(synthesisOn.minusDays(3), "Vraag over mijn POP"),
                session(SessionKind.AFTERCARE, synthesisOn.plusDays(5))));
    assertThat(codes(outcome)).containsExactly(TrajectoryLifecycle.REQUEST_BEFORE_SYNTHESIS);
    assertThat(outcome.getReasons().get(0).message(Locale.forLanguageTag("nl"))).contains("nazorg");
  }
}
