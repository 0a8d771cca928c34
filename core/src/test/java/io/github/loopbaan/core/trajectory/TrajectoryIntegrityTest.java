package io.github.loopbaan.core.trajectory;

import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.OPENED;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.afterIntake;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.afterSynthesis;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.agreement;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.opened;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.plan;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.Verdict;
import io.github.loopbaan.core.phase.PhaseCommand;
import io.github.loopbaan.core.plan.ActionCommand;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanCommand;
import io.github.loopbaan.core.plan.DevelopmentPlanId;
import io.github.loopbaan.core.plan.GeneralData;
import io.github.loopbaan.core.question.CareerQuestionCommand;
import io.github.loopbaan.core.session.AssignmentCommand;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionCommand;
import io.github.loopbaan.core.session.SessionKind;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, "only what a sequence of commands could produce": guards compare dates, histories are
 * walks through the table whatever door a trajectory comes in by, decide and apply agree, and
 * commands are the library's own.
 */
class TrajectoryIntegrityTest {

  private static final LocalDate INTAKE = OPENED.plusDays(7);

  private static List<String> codes(Outcome<?> outcome) {
    return outcome.getReasons().stream().map(Reason::getCode).collect(Collectors.toList());
  }

  private static void assertRefused(Supplier<?> construction, String attribute, String rule) {
    assertThatThrownBy(construction::get)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getRule()).isEqualTo(rule);
              assertThat(e.getAttribute()).isEqualTo(attribute);
            });
  }

  private static Trajectory signedLater(LocalDate signedOn) {
    IntakeAgreement agreement = agreement(false, INTAKE).withSignedOn(signedOn);
    return opened()
        .apply(
            TrajectoryCommand.holdIntake(
                session(SessionKind.INTAKE, INTAKE), agreement, plan(INTAKE), Optional.empty()))
        .orElseThrow();
  }

  // ---- guards see time, not presence (rule agreement_signed and the other date guards) ----

  @Test
  void
      agreement_signed_an_in_depth_conversation_before_the_signature_is_refused_and_on_its_day_applied() {
    LocalDate signature = INTAKE.plusDays(10);
    Trajectory t = signedLater(signature);
    Outcome<Trajectory> early =
        t.apply(
            TrajectoryCommand.holdInDepthConversation(
                session(SessionKind.IN_DEPTH, signature.minusDays(1))));
    assertThat(codes(early)).containsExactly(TrajectoryLifecycle.AGREEMENT_NOT_SIGNED);
    assertThat(early.getReasons().get(0).getFacts())
        .containsEntry("signed_on", signature.toString());
    assertThat(
            t.apply(
                    TrajectoryCommand.holdInDepthConversation(
                        session(SessionKind.IN_DEPTH, signature)))
                .isApplied())
        .isTrue();
  }

  @Test
  void in_depth_held_counts_only_a_conversation_held_by_the_day_of_the_synthesis() {
    LocalDate inDepth = OPENED.plusDays(21);
    Trajectory t =
        afterIntake(true)
            .apply(
                TrajectoryCommand.holdInDepthConversation(session(SessionKind.IN_DEPTH, inDepth)))
            .orElseThrow();
    // A stored trajectory whose in-depth session was rectified to a later day than the synthesis
    // would be held.
    List<Session> sessions = new ArrayList<>(t.getSessions());
    Session moved = sessions.get(1).withDate(inDepth.plusDays(30));
    sessions.set(1, moved);
    Trajectory restored = Trajectory.builder().from(t).sessions(sessions).build();
    Verdict<TrajectoryStage, TrajectoryCommandKind> verdict =
        TrajectoryLifecycle.MACHINE.decide(
            restored, TrajectoryCommandKind.HOLD_SYNTHESIS, inDepth.plusDays(7));
    assertThat(verdict.getReasons())
        .extracting(Reason::getCode)
        .containsExactly(TrajectoryLifecycle.NO_IN_DEPTH_CONVERSATION);
    assertThat(
            TrajectoryLifecycle.MACHINE
                .decide(restored, TrajectoryCommandKind.HOLD_SYNTHESIS, inDepth.plusDays(30))
                .isAllowed())
        .isTrue();
  }

  @Test
  void after_synthesis_the_evaluation_invitation_is_not_dated_before_the_synthesis() {
    LocalDate synthesis = OPENED.plusDays(40);
    Trajectory t = afterSynthesis(synthesis);
    List<Session> sessions = new ArrayList<>(t.getSessions());
    int last = sessions.size() - 1;
    sessions.set(last, sessions.get(last).withDate(synthesis.plusDays(20)));
    Trajectory rectified = Trajectory.builder().from(t).sessions(sessions).build();
    Outcome<Trajectory> early =
        rectified.apply(
            TrajectoryCommand.inviteEvaluation(EvaluationInvitation.sentOn(synthesis.plusDays(1))));
    assertThat(codes(early)).containsExactly(TrajectoryLifecycle.BEFORE_SYNTHESIS);
    assertThat(
            t.apply(TrajectoryCommand.inviteEvaluation(EvaluationInvitation.sentOn(synthesis)))
                .isApplied())
        .isTrue();
  }

  @Test
  void after_referral_the_trajectory_does_not_resume_before_an_open_referral_was_made() {
    LocalDate pause = INTAKE.plusDays(3);
    Referral referral =
        Referral.of(ReferralId.of("r-1"), ReferralTarget.GENERAL_PRACTITIONER, pause.plusDays(5));
    Trajectory paused =
        afterIntake(true)
            .apply(TrajectoryCommand.pause(pause, PauseReason.REFERRAL, Optional.of(referral)))
            .orElseThrow();
    assertThat(codes(paused.apply(TrajectoryCommand.resume(pause.plusDays(2)))))
        .containsExactly(TrajectoryLifecycle.RESUME_BEFORE_REFERRAL);
    Trajectory resumed = paused.apply(TrajectoryCommand.resume(pause.plusDays(5))).orElseThrow();
    assertThat(resumed.getReferrals().get(0).getReturnedOn()).contains(pause.plusDays(5));
    assertThat(resumed.getStage()).isEqualTo(TrajectoryStage.INTAKE);
  }

  // ---- decide and apply agree (payload check pop_before_intake) ----

  @Test
  void
      pop_before_intake_a_synthesis_whose_pop_is_finalised_before_the_intake_is_rejected_not_thrown() {
    Trajectory t =
        afterIntake(true)
            .apply(
                TrajectoryCommand.holdInDepthConversation(
                    session(SessionKind.IN_DEPTH, OPENED.plusDays(21))))
            .orElseThrow();
    DevelopmentPlan early =
        DevelopmentPlan.draft(DevelopmentPlanId.of("pop-1"))
            .withGeneralData(GeneralData.builder().finalisedOn(INTAKE.minusDays(1)).build());
    TrajectoryCommand synthesis =
        TrajectoryCommand.holdSynthesis(session(SessionKind.SYNTHESIS, OPENED.plusDays(40)), early);
    assertThat(TrajectoryLifecycle.MACHINE.decide(t, synthesis).isAllowed()).isFalse();
    assertThat(codes(t.apply(synthesis))).containsExactly(TrajectoryLifecycle.POP_BEFORE_INTAKE);
  }

  // ---- histories are walks through the table (rules history_*) ----

  private static Event<TrajectoryStage, TrajectoryCommand> event(
      long sequence, TrajectoryStage from, TrajectoryStage to, TrajectoryCommand command) {
    return new Event<>(sequence, "trajectory", from, to, command);
  }

  private static Trajectory withEvents(
      Trajectory base, List<Event<TrajectoryStage, TrajectoryCommand>> events) {
    return Trajectory.builder().from(base).history(History.of(events)).build();
  }

  @Test
  void history_transition_a_closed_trajectory_cannot_be_reopened_or_paused() {
    Trajectory closed =
        afterIntake(true)
            .apply(TrajectoryCommand.stopEarly(INTAKE.plusDays(1), StopReason.CLIENT_WITHDREW))
            .orElseThrow();
    List<Event<TrajectoryStage, TrajectoryCommand>> events =
        new ArrayList<>(closed.getHistory().asList());
    events.add(
        event(
            3,
            TrajectoryStage.CLOSED,
            TrajectoryStage.PAUSED,
            TrajectoryCommand.pause(
                INTAKE.plusDays(2), PauseReason.CLIENT_REQUEST, Optional.empty())));
    assertRefused(() -> withEvents(closed, events), "history[2]", "history_transition");
    assertRefused(
        () ->
            Trajectory.builder()
                .from(closed)
                .history(
                    closed
                        .getHistory()
                        .append(
                            event(
                                3,
                                TrajectoryStage.CLOSED,
                                TrajectoryStage.INTAKE,
                                TrajectoryCommand.resume(INTAKE.plusDays(2)))))
                .build(),
        "history[2]",
        "history_transition");
  }

  // ---- closed is closed (rule closed_unchanged; corrections recorded) ----

  @Test
  void closed_unchanged_every_with_edit_of_a_closed_trajectory_is_refused_and_nothing_changes() {
    Trajectory closed =
        afterIntake(true)
            .apply(TrajectoryCommand.stopEarly(INTAKE.plusDays(1), StopReason.CLIENT_WITHDREW))
            .orElseThrow();
    Session extra = session(SessionKind.IN_DEPTH, INTAKE.plusDays(1));
    List<Runnable> edits =
        List.of(
            () -> closed.withSessions(extra),
            () -> closed.withDevelopmentPlan(DevelopmentPlan.draft(DevelopmentPlanId.of("pop-2"))),
            () -> closed.withCareerQuestion(Optional.empty()),
            () -> closed.withNotes(List.of()),
            () -> closed.withHistory(closed.getHistory()),
            () -> closed.withOpenedOn(OPENED));
    for (Runnable edit : edits) {
      assertThatThrownBy(edit::run)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("closed_unchanged");
    }
    assertThat(closed.registeredDuration()).isEqualTo(afterIntake(true).registeredDuration());
    // An open trajectory is edited as before.
    assertThat(afterIntake(true).withSessions(List.of()).getSessions()).isEmpty();
  }

  @Test
  void a_correction_of_a_closed_trajectory_is_recorded_with_its_date_and_reason() {
    Trajectory closed =
        afterIntake(true)
            .apply(TrajectoryCommand.stopEarly(INTAKE.plusDays(1), StopReason.CLIENT_WITHDREW))
            .orElseThrow();
    LocalDate on = INTAKE.plusDays(30);
    Trajectory corrected =
        closed
            .correct(
                on,
                CorrectionReason.ERASURE,
                b -> b.notes(List.of()).careerQuestion(Optional.empty()))
            .orElseThrow();
    Event<TrajectoryStage, TrajectoryCommand> last = corrected.getHistory().last();
    assertThat(last.getFrom()).isEqualTo(TrajectoryStage.CLOSED);
    assertThat(last.getTo()).isEqualTo(TrajectoryStage.CLOSED);
    assertThat(last.getCommand())
        .isEqualTo(TrajectoryCommand.correct(on, CorrectionReason.ERASURE));
    assertThat(corrected.getHistory().size()).isEqualTo(closed.getHistory().size() + 1);
    assertThat(corrected.getStage()).isEqualTo(TrajectoryStage.CLOSED);
    // Restored from its parts, the corrected trajectory is accepted (the correct row leaves the
    // final state).
    assertThat(Trajectory.builder().from(corrected).build()).isEqualTo(corrected);
    // Dated before the last event: rejected; on an open trajectory: not in state; a history
    // rewrite: refused.
    assertThat(codes(closed.correct(INTAKE, CorrectionReason.RECTIFICATION, b -> b)))
        .containsExactly("before_last_event");
    assertThat(codes(afterIntake(true).correct(on, CorrectionReason.RECTIFICATION, b -> b)))
        .containsExactly("not_in_state");
    assertThatThrownBy(
            () ->
                closed.correct(on, CorrectionReason.RECTIFICATION, b -> b.history(History.empty())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("correction_keeps_history");
  }

  @Test
  void history_transition_no_evaluation_without_intake() {
    assertRefused(
        () ->
            withEvents(
                opened(),
                List.of(
                    event(
                        1,
                        TrajectoryStage.OPENED,
                        TrajectoryStage.EVALUATION,
                        TrajectoryCommand.inviteEvaluation(EvaluationInvitation.sentOn(INTAKE))))),
        "history[0]",
        "history_transition");
  }

  @Test
  void history_walk_each_event_starts_where_the_previous_one_ended_and_the_first_at_opened() {
    Trajectory t = afterIntake(true);
    Event<TrajectoryStage, TrajectoryCommand> intake = t.getHistory().last();
    assertRefused(
        () ->
            withEvents(
                t,
                List.of(
                    intake,
                    event(
                        2,
                        TrajectoryStage.IN_DEPTH,
                        TrajectoryStage.PAUSED,
                        TrajectoryCommand.pause(INTAKE, PauseReason.OTHER, Optional.empty())))),
        "history[1]",
        "history_walk");
    assertRefused(
        () ->
            withEvents(
                t,
                List.of(
                    event(
                        1,
                        TrajectoryStage.INTAKE,
                        TrajectoryStage.PAUSED,
                        TrajectoryCommand.pause(INTAKE, PauseReason.OTHER, Optional.empty())))),
        "history[0]",
        "history_walk");
  }

  @Test
  void history_order_dates_never_go_backwards() {
    Trajectory t = afterIntake(true);
    Event<TrajectoryStage, TrajectoryCommand> intake = t.getHistory().last();
    assertRefused(
        () ->
            withEvents(
                t,
                List.of(
                    intake,
                    event(
                        2,
                        TrajectoryStage.INTAKE,
                        TrajectoryStage.PAUSED,
                        TrajectoryCommand.pause(
                            INTAKE.minusDays(1), PauseReason.OTHER, Optional.empty())))),
        "history[1]",
        "history_order");
  }

  @Test
  void history_start_no_event_before_the_opening_and_history_sequence_numbered_from_one() {
    Trajectory pausedAtOnce =
        opened()
            .apply(TrajectoryCommand.pause(OPENED, PauseReason.OTHER, Optional.empty()))
            .orElseThrow();
    assertRefused(
        () -> pausedAtOnce.withOpenedOn(OPENED.plusDays(1)), "history[0]", "history_start");
    Trajectory t = afterIntake(true);
    Event<TrajectoryStage, TrajectoryCommand> intake = t.getHistory().last();
    assertRefused(
        () ->
            withEvents(
                t,
                List.of(
                    new Event<>(
                        2, "trajectory", intake.getFrom(), intake.getTo(), intake.getCommand()))),
        "history[0]",
        "history_sequence");
    assertRefused(
        () ->
            withEvents(
                t,
                List.of(
                    new Event<>(
                        1, "session", intake.getFrom(), intake.getTo(), intake.getCommand()))),
        "history[0]",
        "history_lifecycle");
  }

  @Test
  void history_transition_resume_returns_to_the_stage_before_the_pause() {
    Trajectory paused =
        afterIntake(true)
            .apply(TrajectoryCommand.pause(INTAKE.plusDays(1), PauseReason.OTHER, Optional.empty()))
            .orElseThrow();
    assertRefused(
        () ->
            paused.withHistory(
                paused
                    .getHistory()
                    .append(
                        event(
                            3,
                            TrajectoryStage.PAUSED,
                            TrajectoryStage.SYNTHESIS,
                            TrajectoryCommand.resume(INTAKE.plusDays(2))))),
        "history[2]",
        "history_transition");
    Trajectory resumed =
        paused.withHistory(
            paused
                .getHistory()
                .append(
                    event(
                        3,
                        TrajectoryStage.PAUSED,
                        TrajectoryStage.INTAKE,
                        TrajectoryCommand.resume(INTAKE.plusDays(2)))));
    assertThat(resumed)
        .isEqualTo(paused.apply(TrajectoryCommand.resume(INTAKE.plusDays(2))).orElseThrow());
  }

  @Test
  void a_history_restored_through_the_builder_is_operable() {
    Trajectory paused =
        afterIntake(true)
            .apply(TrajectoryCommand.pause(INTAKE.plusDays(1), PauseReason.OTHER, Optional.empty()))
            .orElseThrow();
    Trajectory restored =
        Trajectory.builder().from(paused).history(History.of(paused.getHistory().asList())).build();
    assertThat(restored.nextCommands(INTAKE.plusDays(2)))
        .hasSize(TrajectoryCommandKind.values().length);
    assertThat(
            restored.apply(TrajectoryCommand.resume(INTAKE.plusDays(2))).orElseThrow().getStage())
        .isEqualTo(TrajectoryStage.INTAKE);
  }

  // ---- commands are the library's own (item 5) ----

  @Test
  void every_command_hierarchy_is_sealed_with_final_implementations() {
    for (Class<?> type :
        List.of(
            TrajectoryCommand.class,
            TrajectoryCommand.Conversation.class,
            SessionCommand.class,
            AssignmentCommand.class,
            ActionCommand.class,
            DevelopmentPlanCommand.class,
            CareerQuestionCommand.class,
            PhaseCommand.class)) {
      assertThat(type.isSealed()).as(type.getName()).isTrue();
      for (Class<?> permitted : type.getPermittedSubclasses()) {
        assertThat(
                permitted.isInterface()
                    ? permitted.isSealed()
                    : Modifier.isFinal(permitted.getModifiers()))
            .as(permitted.getName())
            .isTrue();
      }
    }
    assertThat(Command.class.isSealed())
        .as("the engine stays open for lifecycles of the user's own")
        .isFalse();
  }

  /**
   * Calls every public with… edit with the attribute's current value, as the closure gate sees each
   * of them.
   */
  private static void everyEdit(Trajectory t, BiConsumer<String, Supplier<Object>> check)
      throws ReflectiveOperationException {
    int edits = 0;
    for (Method m : Trajectory.class.getMethods()) {
      if (!m.getName().startsWith("with")
          || m.getParameterCount() != 1
          || m.getDeclaringClass() != Trajectory.class) {
        continue;
      }
      Object current = Trajectory.class.getMethod("get" + m.getName().substring(4)).invoke(t);
      Class<?> type = m.getParameterTypes()[0];
      Object argument;
      if (type.isArray()) {
        List<?> list = (List<?>) current;
        argument = list.toArray((Object[]) Array.newInstance(type.getComponentType(), 0));
      } else if (!type.isInstance(current) && current instanceof Optional) {
        if (((Optional<?>) current).isEmpty()) {
          continue;
        }
        argument = ((Optional<?>) current).get();
      } else {
        argument = current;
      }
      edits++;
      check.accept(
          m.getName() + "(" + type.getSimpleName() + ")",
          () -> {
            try {
              return m.invoke(t, argument);
            } catch (InvocationTargetException e) {
              throw (RuntimeException) e.getCause();
            } catch (IllegalAccessException e) {
              throw new IllegalStateException(e);
            }
          });
    }
    assertThat(edits).isGreaterThan(25);
  }

  @Test
  void closed_unchanged_every_with_edit_is_the_plain_copy_while_open_and_refused_once_closed()
      throws Exception {
    Trajectory open =
        afterSynthesis(OPENED.plusDays(40))
            .apply(
                TrajectoryCommand.inviteEvaluation(
                    EvaluationInvitation.sentOn(OPENED.plusDays(41))))
            .orElseThrow();
    everyEdit(open, (edit, call) -> assertThat(call.get()).as(edit).isEqualTo(open));
    Trajectory closed = open.apply(TrajectoryCommand.close(OPENED.plusDays(42))).orElseThrow();
    everyEdit(
        closed,
        (edit, call) -> {
          if (edit.startsWith("withConsents(")) {
            // The client's say over the data changes in every stage (a withdrawal after closing).
            assertThat(call.get()).as(edit).isEqualTo(closed);
            return;
          }
          assertThatThrownBy(call::get)
              .as(edit)
              .isInstanceOf(IllegalStateException.class)
              .hasMessageContaining("closed_unchanged");
        });
  }
}
