package io.github.loopbaan.core.phase;

import static io.github.loopbaan.core.phase.ContentPhase.EFFECTIVE_FUNCTIONING;
import static io.github.loopbaan.core.phase.ContentPhase.EMPOWERMENT;
import static io.github.loopbaan.core.phase.ContentPhase.FAREWELL_TO_WORK;
import static io.github.loopbaan.core.phase.ContentPhase.IN_DEPTH_SELF_EXPLORATION;
import static io.github.loopbaan.core.phase.ContentPhase.LABOUR_MARKET_ACTION;
import static io.github.loopbaan.core.phase.ContentPhase.LABOUR_MARKET_EXPLORATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.StateMachine;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The content phase lifecycle: every guard allowed and rejected, excursions, amendments, new work,
 * invariants.
 */
class PhaseLifecycleTest {

  static final LocalDate INTAKE = LocalDate.of(2025, 3, 3);

  static TrajectoryPlan plan(ContentPhase... phases) {
    TrajectoryPlan.Builder b = TrajectoryPlan.builder().decidedOn(INTAKE);
    for (ContentPhase phase : phases) {
      b.addSelectedPhase(PhaseSelection.of(phase));
    }
    return b.build();
  }

  static PhaseProgress walk(PhaseProgress p, ContentPhase... phases) {
    LocalDate day = INTAKE;
    for (ContentPhase phase : phases) {
      day = day.plusWeeks(1);
      p = p.apply(PhaseCommand.enter(phase, day)).orElseThrow();
    }
    return p;
  }

  static List<String> codes(Outcome<?> outcome) {
    return outcome.getReasons().stream().map(Reason::getCode).collect(Collectors.toList());
  }

  static void assertRule(ThrowingCallable construction, String attribute, String rule) {
    assertThatThrownBy(construction)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getAttribute()).isEqualTo(attribute);
              assertThat(e.getRule()).isEqualTo(rule);
            });
  }

  static final LocalDate LATER = INTAKE.plusMonths(6);

  @Test
  void started_progress_offers_the_first_phase_amendments_and_new_work() {
    PhaseProgress p =
        PhaseProgress.start(plan(IN_DEPTH_SELF_EXPLORATION, LABOUR_MARKET_EXPLORATION));
    assertThat(p.getState()).isEqualTo(PhaseState.NOT_STARTED);
    assertThat(p.getHistory().isEmpty()).isTrue();
    assertThat(p.possibleCommands(INTAKE))
        .containsExactlyInAnyOrder(
            PhaseCommandKind.ENTER_IN_DEPTH_SELF_EXPLORATION,
                PhaseCommandKind.AMEND_PLAN_FAREWELL_TO_WORK,
            PhaseCommandKind.AMEND_PLAN_EMPOWERMENT,
                PhaseCommandKind.AMEND_PLAN_LABOUR_MARKET_ACTION,
            PhaseCommandKind.AMEND_PLAN_EFFECTIVE_FUNCTIONING, PhaseCommandKind.RECORD_NEW_JOB);
  }

  @Test
  void moving_forward_skips_the_phases_the_plan_does_not_hold() {
    PhaseProgress p =
        walk(
            PhaseProgress.start(plan(IN_DEPTH_SELF_EXPLORATION, LABOUR_MARKET_EXPLORATION)),
            IN_DEPTH_SELF_EXPLORATION,
            LABOUR_MARKET_EXPLORATION);
    assertThat(p.getState()).isEqualTo(PhaseState.LABOUR_MARKET_EXPLORATION);
    assertThat(p.getHistory().asList())
        .extracting(Event::getTo)
        .containsExactly(
            PhaseState.IN_DEPTH_SELF_EXPLORATION, PhaseState.LABOUR_MARKET_EXPLORATION);
  }

  @Test
  void next_on_route_rejects_a_phase_outside_the_plan_and_a_phase_out_of_order() {
    PhaseProgress p =
        PhaseProgress.start(
            plan(IN_DEPTH_SELF_EXPLORATION, EMPOWERMENT, LABOUR_MARKET_EXPLORATION));
    Outcome<PhaseProgress> outside = p.apply(PhaseCommand.enter(LABOUR_MARKET_ACTION, INTAKE));
    assertThat(codes(outside)).containsExactly(PhaseLifecycle.PHASE_NOT_IN_PLAN);
    Outcome<PhaseProgress> early = p.apply(PhaseCommand.enter(EMPOWERMENT, INTAKE));
    assertThat(codes(early)).containsExactly(PhaseLifecycle.NOT_NEXT_PHASE);
    assertThat(early.getReasons().get(0).getFacts())
        .containsEntry("next", "in_depth_self_exploration");
    assertThat(early.getReasons().get(0).message(Locale.ENGLISH))
        .contains("in_depth_self_exploration");
    assertThat(p.apply(PhaseCommand.enter(IN_DEPTH_SELF_EXPLORATION, INTAKE)).isApplied()).isTrue();
  }

  @Test
  void after_the_last_phase_no_phase_can_follow() {
    PhaseProgress p =
        walk(
            PhaseProgress.start(plan(IN_DEPTH_SELF_EXPLORATION, EMPOWERMENT)),
            IN_DEPTH_SELF_EXPLORATION,
            EMPOWERMENT);
    assertThat(codes(p.apply(PhaseCommand.enter(IN_DEPTH_SELF_EXPLORATION, LATER))))
        .containsExactly(PhaseLifecycle.NO_NEXT_PHASE);
  }

  @Test
  void farewell_to_work_can_only_come_first() {
    PhaseProgress p = PhaseProgress.start(plan(FAREWELL_TO_WORK, IN_DEPTH_SELF_EXPLORATION));
    PhaseProgress farewell = p.apply(PhaseCommand.enter(FAREWELL_TO_WORK, INTAKE)).orElseThrow();
    assertThat(farewell.getState()).isEqualTo(PhaseState.FAREWELL_TO_WORK);
    PhaseProgress inDepth =
        farewell.apply(PhaseCommand.enter(IN_DEPTH_SELF_EXPLORATION, LATER)).orElseThrow();
    assertThat(codes(inDepth.apply(PhaseCommand.enter(FAREWELL_TO_WORK, LATER))))
        .containsExactly(StateMachine.NOT_IN_STATE);
  }

  @Test
  void farewell_added_late_stands_first_on_the_route_and_is_reached_by_an_excursion_only() {
    PhaseProgress p =
        walk(
            PhaseProgress.start(plan(IN_DEPTH_SELF_EXPLORATION, LABOUR_MARKET_EXPLORATION)),
            IN_DEPTH_SELF_EXPLORATION);
    PhaseProgress amended =
        p.apply(
                PhaseCommand.amendPlan(
                    PlanAmendment.of(
                        FAREWELL_TO_WORK, LATER, "De afdeling wordt gesloten; de baan valt weg.")))
            .orElseThrow();
    assertThat(amended.route())
        .containsExactly(FAREWELL_TO_WORK, IN_DEPTH_SELF_EXPLORATION, LABOUR_MARKET_EXPLORATION);
    assertThat(amended.nextPhase()).contains(LABOUR_MARKET_EXPLORATION);
    PhaseProgress grief =
        amended
            .apply(PhaseCommand.stepBack(FAREWELL_TO_WORK, LATER, "Boosheid over het ontslag."))
            .orElseThrow();
    assertThat(grief.getState()).isEqualTo(PhaseState.FAREWELL_TO_WORK);
    assertThat(grief.getExcursionFrom()).contains(IN_DEPTH_SELF_EXPLORATION);
  }

  @Test
  void effective_functioning_needs_new_work_recorded() {
    PhaseProgress action =
        walk(
            PhaseProgress.start(plan(LABOUR_MARKET_ACTION, EFFECTIVE_FUNCTIONING)),
            LABOUR_MARKET_ACTION);
    Outcome<PhaseProgress> tooSoon = action.apply(PhaseCommand.enter(EFFECTIVE_FUNCTIONING, LATER));
    assertThat(codes(tooSoon)).containsExactly(PhaseLifecycle.NO_NEW_JOB);
    PhaseProgress hired =
        action
            .apply(PhaseCommand.recordNewJob(NewJob.of(NewJobKind.JOB_FOUND, LATER)))
            .orElseThrow();
    assertThat(hired.getState()).isEqualTo(PhaseState.LABOUR_MARKET_ACTION);
    assertThat(
            hired.apply(PhaseCommand.enter(EFFECTIVE_FUNCTIONING, LATER)).orElseThrow().getState())
        .isEqualTo(PhaseState.EFFECTIVE_FUNCTIONING);
  }

  @Test
  void a_client_already_in_a_new_role_may_start_with_effective_functioning() {
    PhaseProgress p =
        PhaseProgress.start(plan(EFFECTIVE_FUNCTIONING))
            .apply(PhaseCommand.recordNewJob(NewJob.of(NewJobKind.NEW_ROLE_STARTED, INTAKE)))
            .orElseThrow();
    assertThat(p.possibleCommands(INTAKE)).contains(PhaseCommandKind.ENTER_EFFECTIVE_FUNCTIONING);
  }

  @Test
  void an_excursion_to_the_under_current_is_recorded_and_returns_to_where_it_left() {
    PhaseProgress action =
        walk(
            PhaseProgress.start(
                plan(
                    IN_DEPTH_SELF_EXPLORATION,
                    EMPOWERMENT,
                    LABOUR_MARKET_EXPLORATION,
                    LABOUR_MARKET_ACTION)),
            IN_DEPTH_SELF_EXPLORATION,
            EMPOWERMENT,
            LABOUR_MARKET_EXPLORATION,
            LABOUR_MARKET_ACTION);
    PhaseProgress excursion =
        action
            .apply(
                PhaseCommand.stepBack(
                    EMPOWERMENT, LATER, "Faalangst voor het sollicitatiegesprek."))
            .orElseThrow();
    assertThat(excursion.getState()).isEqualTo(PhaseState.EMPOWERMENT);
    assertThat(excursion.mainLinePhase()).contains(LABOUR_MARKET_ACTION);
    PhaseProgress deeper =
        excursion
            .apply(PhaseCommand.stepBack(IN_DEPTH_SELF_EXPLORATION, LATER, "Waarden."))
            .orElseThrow();
    assertThat(deeper.getExcursionFrom()).contains(LABOUR_MARKET_ACTION);
    Outcome<PhaseProgress> complete = deeper.apply(PhaseCommand.complete(LATER));
    assertThat(codes(complete)).containsExactly(PhaseLifecycle.EXCURSION_OPEN);
    assertThat(complete.getReasons().get(0).getFacts())
        .containsEntry("return_to", "labour_market_action");
    PhaseProgress back = deeper.apply(PhaseCommand.returnFromExcursion(LATER)).orElseThrow();
    assertThat(back.getState()).isEqualTo(PhaseState.LABOUR_MARKET_ACTION);
    assertThat(back.isOnExcursion()).isFalse();
    assertThat(back.apply(PhaseCommand.complete(LATER)).orElseThrow().getState())
        .isEqualTo(PhaseState.COMPLETED);
  }

  @Test
  void entering_a_phase_waits_for_the_end_of_an_excursion() {
    PhaseProgress p =
        walk(
                PhaseProgress.start(
                    plan(IN_DEPTH_SELF_EXPLORATION, EMPOWERMENT, LABOUR_MARKET_ACTION)),
                IN_DEPTH_SELF_EXPLORATION,
                EMPOWERMENT)
            .apply(
                PhaseCommand.stepBack(IN_DEPTH_SELF_EXPLORATION, LATER, "Terug naar de waarden."))
            .orElseThrow();
    assertThat(codes(p.apply(PhaseCommand.enter(LABOUR_MARKET_ACTION, LATER))))
        .containsExactly(PhaseLifecycle.EXCURSION_OPEN);
  }

  @Test
  void earlier_on_route_rejects_later_phases_and_phases_outside_the_plan() {
    PhaseProgress p =
        walk(
            PhaseProgress.start(plan(IN_DEPTH_SELF_EXPLORATION, LABOUR_MARKET_EXPLORATION)),
            IN_DEPTH_SELF_EXPLORATION);
    assertThat(codes(p.apply(PhaseCommand.stepBack(LABOUR_MARKET_EXPLORATION, LATER, "Vooruit?"))))
        .containsExactly(PhaseLifecycle.NOT_EARLIER_PHASE);
    assertThat(codes(p.apply(PhaseCommand.stepBack(EMPOWERMENT, LATER, "Patronen."))))
        .containsExactly(PhaseLifecycle.PHASE_NOT_IN_PLAN);
  }

  @Test
  void returning_needs_an_open_excursion() {
    PhaseProgress p =
        walk(PhaseProgress.start(plan(IN_DEPTH_SELF_EXPLORATION)), IN_DEPTH_SELF_EXPLORATION);
    assertThat(codes(p.apply(PhaseCommand.returnFromExcursion(LATER))))
        .containsExactly(PhaseLifecycle.NO_EXCURSION);
  }

  @Test
  void an_amendment_adds_a_phase_not_in_the_plan_and_it_joins_the_route() {
    PhaseProgress p =
        walk(
            PhaseProgress.start(plan(IN_DEPTH_SELF_EXPLORATION, LABOUR_MARKET_EXPLORATION)),
            IN_DEPTH_SELF_EXPLORATION);
    Outcome<PhaseProgress> twice =
        p.apply(
            PhaseCommand.amendPlan(
                PlanAmendment.of(LABOUR_MARKET_EXPLORATION, LATER, "Nog eens.")));
    assertThat(codes(twice)).containsExactly(PhaseLifecycle.PHASE_ALREADY_IN_PLAN);
    PhaseProgress amended =
        p.apply(
                PhaseCommand.amendPlan(
                    PlanAmendment.of(
                        EMPOWERMENT, LATER, "Belemmerende overtuigingen kwamen boven.")))
            .orElseThrow();
    assertThat(amended.getState()).isEqualTo(PhaseState.IN_DEPTH_SELF_EXPLORATION);
    assertThat(amended.getPlan().isSelected(EMPOWERMENT)).isTrue();
    assertThat(amended.route())
        .containsExactly(IN_DEPTH_SELF_EXPLORATION, LABOUR_MARKET_EXPLORATION, EMPOWERMENT);
  }

  @Test
  void completing_needs_the_last_phase_of_the_route() {
    PhaseProgress p =
        walk(
            PhaseProgress.start(plan(IN_DEPTH_SELF_EXPLORATION, LABOUR_MARKET_EXPLORATION)),
            IN_DEPTH_SELF_EXPLORATION);
    Outcome<PhaseProgress> early = p.apply(PhaseCommand.complete(LATER));
    assertThat(codes(early)).containsExactly(PhaseLifecycle.PHASES_REMAINING);
    assertThat(early.getReasons().get(0).getFacts())
        .containsEntry("next", "labour_market_exploration");
  }

  @Test
  void completed_phases_reject_everything_with_final_state() {
    PhaseProgress done =
        walk(PhaseProgress.start(plan(EMPOWERMENT)), EMPOWERMENT)
            .apply(PhaseCommand.complete(LATER))
            .orElseThrow();
    assertThat(done.nextCommands(LATER))
        .hasSize(PhaseCommandKind.values().length)
        .allSatisfy(
            v ->
                assertThat(v.getReasons())
                    .extracting(Reason::getCode)
                    .containsExactly(StateMachine.FINAL_STATE));
  }

  @Test
  void no_command_may_be_dated_before_the_intake_or_the_last_amendment() {
    PhaseProgress p = PhaseProgress.start(plan(EMPOWERMENT));
    assertThat(codes(p.apply(PhaseCommand.enter(EMPOWERMENT, INTAKE.minusDays(1)))))
        .containsExactly(StateMachine.BEFORE_START);
    PhaseProgress amended =
        PhaseProgress.start(
            plan(EMPOWERMENT)
                .withAmendment(
                    PlanAmendment.of(LABOUR_MARKET_ACTION, INTAKE.plusDays(10), "Solliciteren.")));
    assertThat(
            codes(
                amended.apply(
                    PhaseCommand.amendPlan(
                        PlanAmendment.of(
                            IN_DEPTH_SELF_EXPLORATION, INTAKE.plusDays(5), "Te vroeg.")))))
        .containsExactly(StateMachine.BEFORE_START);
  }

  @Test
  void an_excursion_needs_a_reason() {
    assertRule(() -> PhaseCommand.stepBack(EMPOWERMENT, INTAKE, " "), "reason", "not_blank");
  }

  @Test
  void commands_show_kind_and_date_only() {
    assertThat(PhaseCommand.stepBack(EMPOWERMENT, INTAKE, "Faalangst").toString())
        .isEqualTo("step_back_to_empowerment@2025-03-03");
    assertThat(PhaseCommand.amendPlan(PlanAmendment.of(EMPOWERMENT, INTAKE, "Geheim")).getKind())
        .isEqualTo(PhaseCommandKind.AMEND_PLAN_EMPOWERMENT);
  }

  @Test
  void replaying_the_history_reproduces_the_progress() {
    PhaseProgress start =
        PhaseProgress.start(plan(IN_DEPTH_SELF_EXPLORATION, LABOUR_MARKET_ACTION));
    PhaseProgress p =
        walk(start, IN_DEPTH_SELF_EXPLORATION, LABOUR_MARKET_ACTION)
            .apply(PhaseCommand.stepBack(IN_DEPTH_SELF_EXPLORATION, LATER, "Twijfel."))
            .orElseThrow();
    List<PhaseCommand> commands =
        p.getHistory().asList().stream().map(Event::getCommand).collect(Collectors.toList());
    assertThat(PhaseLifecycle.MACHINE.replay(start, commands)).isEqualTo(p);
  }

  @Test
  void the_table_is_well_formed_and_the_diagram_shows_the_guards() {
    assertThat(PhaseLifecycle.MACHINE.unreachableStates()).isEmpty();
    assertThat(PhaseLifecycle.MACHINE.statesWithoutWayOut()).isEmpty();
    String diagram = PhaseLifecycle.MACHINE.toMermaid(Locale.ENGLISH);
    assertThat(diagram)
        .contains(
            "not_started --> farewell_to_work : enter_farewell_to_work [next_on_route, not_on_excursion]")
        .contains(
            "labour_market_action --> effective_functioning : enter_effective_functioning "
                + "[next_on_route, not_on_excursion, new_job_recorded]")
        .contains(
            "labour_market_action --> empowerment : step_back_to_empowerment [earlier_on_route]")
        .contains("empowerment --> labour_market_action : return_from_excursion [on_excursion]")
        .contains("empowerment --> empowerment : amend_plan_labour_market_action [not_in_plan]")
        .contains(
            "labour_market_action --> completed : complete [last_phase_reached, not_on_excursion]")
        .contains("completed --> [*]")
        .doesNotContain("in_depth_self_exploration --> farewell_to_work : enter");
    assertThat(PhaseLifecycle.MACHINE.toMermaid(Locale.forLanguageTag("nl")))
        .contains("Arbeidsmarkt bewerking");
  }

  @Test
  void every_reason_code_has_a_text_in_both_languages() throws IllegalAccessException {
    for (Field field : PhaseLifecycle.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        String code = (String) field.get(null);
        assertThat(Reason.texts("en")).containsKey(code);
        assertThat(Reason.texts("nl")).containsKey(code);
      }
    }
  }

  @Test
  void the_current_phase_must_be_in_the_plan() {
    assertRule(
        () ->
            PhaseProgress.builder()
                .plan(plan(EMPOWERMENT))
                .state(PhaseState.LABOUR_MARKET_ACTION)
                .build(),
        "state",
        "phase_in_plan");
  }

  @Test
  void an_excursion_returns_forward_from_a_phase() {
    TrajectoryPlan plan = plan(IN_DEPTH_SELF_EXPLORATION, EMPOWERMENT);
    assertThat(
            PhaseProgress.builder()
                .plan(plan)
                .state(PhaseState.IN_DEPTH_SELF_EXPLORATION)
                .excursionFrom(EMPOWERMENT)
                .build()
                .isOnExcursion())
        .isTrue();
    assertRule(
        () ->
            PhaseProgress.builder()
                .plan(plan)
                .state(PhaseState.EMPOWERMENT)
                .excursionFrom(IN_DEPTH_SELF_EXPLORATION)
                .build(),
        "excursionFrom",
        "excursion_returns_forward");
    assertRule(
        () -> PhaseProgress.builder().plan(plan).excursionFrom(EMPOWERMENT).build(),
        "excursionFrom",
        "excursion_returns_forward");
  }

  @Test
  void effective_functioning_without_new_work_is_rejected() {
    assertRule(
        () ->
            PhaseProgress.builder()
                .plan(plan(EFFECTIVE_FUNCTIONING))
                .state(PhaseState.EFFECTIVE_FUNCTIONING)
                .build(),
        "newJobs",
        "effective_functioning_needs_new_job");
  }

  @Test
  void new_work_is_recorded_in_date_order() {
    assertRule(
        () ->
            PhaseProgress.builder()
                .plan(plan(EMPOWERMENT))
                .addNewJob(NewJob.of(NewJobKind.JOB_FOUND, LATER))
                .addNewJob(NewJob.of(NewJobKind.NEW_ROLE_STARTED, INTAKE))
                .build(),
        "newJobs",
        "chronological");
  }

  @Test
  void the_state_matches_the_history_and_the_history_is_numbered() {
    PhaseProgress p =
        walk(PhaseProgress.start(plan(EMPOWERMENT, LABOUR_MARKET_ACTION)), EMPOWERMENT);
    assertRule(
        () -> p.withState(PhaseState.LABOUR_MARKET_ACTION),
        "state,history",
        "status_matches_history");
    Event<PhaseState, PhaseCommand> second =
        new Event<>(
            2,
            "content_phases",
            PhaseState.NOT_STARTED,
            PhaseState.EMPOWERMENT,
            PhaseCommand.enter(EMPOWERMENT, INTAKE));
    assertRule(() -> p.withHistory(History.of(List.of(second))), "history[0]", "history_sequence");
    assertThat(
            PhaseProgress.builder()
                .plan(plan(EMPOWERMENT))
                .state(PhaseState.EMPOWERMENT)
                .build()
                .getState())
        .isEqualTo(PhaseState.EMPOWERMENT);
    assertThat(p.getHistory().size()).isEqualTo(1);
  }
}
