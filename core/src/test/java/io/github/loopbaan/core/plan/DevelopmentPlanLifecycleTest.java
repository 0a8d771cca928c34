package io.github.loopbaan.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.StateMachine;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The POP lifecycle: finalise, revise as a growth document, evaluate at the end; invariants. */
class DevelopmentPlanLifecycleTest {

  static final LocalDate SYNTHESIS = LocalDate.of(2025, 6, 12);
  static final DevelopmentPlanId ID = DevelopmentPlanId.of("pop-1");

  static Action action(String id, ActionStatus status) {
    Action.Builder b =
        Action.builder()
            .id(ActionId.of(id))
            .subject(ActionSubject.NETWORKING)
            .description("Drie netwerkgesprekken voeren")
            .status(status);
    if (status == ActionStatus.DROPPED) {
      b.dropReason("Geen tijd meer");
    }
    return b.build();
  }

  static DevelopmentPlan draft(ActionStatus... statuses) {
    ActionPlan.Builder actions = ActionPlan.builder();
    for (int i = 0; i < statuses.length; i++) {
      actions.addAction(action("a-" + i, statuses[i]));
    }
    return DevelopmentPlan.builder()
        .id(ID)
        .careerQuestion("Wat wil ik na twintig jaar bij de bank?")
        .actionPlan(actions.build())
        .build();
  }

  static DevelopmentPlan finalised(ActionStatus... statuses) {
    return draft(statuses).apply(DevelopmentPlanCommand.finalise(SYNTHESIS, true)).orElseThrow();
  }

  static ActionPlanEvaluation evaluation(LocalDate on) {
    return ActionPlanEvaluation.of(on, GoalAttainment.PARTLY_REACHED);
  }

  static List<String> codes(Outcome<?> outcome) {
    return outcome.getReasons().stream().map(Reason::getCode).collect(Collectors.toList());
  }

  static void assertRule(ThrowingCallable construction, String attribute, String rule) {
    assertThatThrownBy(construction)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getType()).isEqualTo("DevelopmentPlan");
              assertThat(e.getAttribute()).isEqualTo(attribute);
              assertThat(e.getRule()).isEqualTo(rule);
            });
  }

  @Test
  void a_draft_can_only_be_finalised() {
    DevelopmentPlan draft = draft();
    assertThat(draft.getStatus()).isEqualTo(DevelopmentPlanStatus.DRAFT);
    assertThat(draft.possibleCommands(SYNTHESIS))
        .containsExactly(DevelopmentPlanCommandKind.FINALISE);
    assertThat(codes(draft.apply(DevelopmentPlanCommand.revise(SYNTHESIS, "Te vroeg"))))
        .containsExactly(StateMachine.NOT_IN_STATE);
  }

  @Test
  void finalising_dates_the_plan_and_records_the_signature() {
    DevelopmentPlan signed = finalised();
    assertThat(signed.getStatus()).isEqualTo(DevelopmentPlanStatus.FINALISED);
    assertThat(signed.getGeneralData().getFinalisedOn()).contains(SYNTHESIS);
    assertThat(signed.getGeneralData().getSignedOn()).contains(SYNTHESIS);
    DevelopmentPlan unsigned =
        draft().apply(DevelopmentPlanCommand.finalise(SYNTHESIS, false)).orElseThrow();
    assertThat(unsigned.getGeneralData().getSignedOn()).isEmpty();
    assertThat(unsigned.getHistory().last().getTo()).isEqualTo(DevelopmentPlanStatus.FINALISED);
  }

  @Test
  void revisions_are_numbered_and_every_one_is_kept() {
    DevelopmentPlan p =
        finalised()
            .apply(
                DevelopmentPlanCommand.revise(SYNTHESIS.plusMonths(1), "Loopbaanvraag verschoven"))
            .orElseThrow()
            .apply(DevelopmentPlanCommand.revise(SYNTHESIS.plusMonths(2), "Opleiding gekozen"))
            .orElseThrow();
    assertThat(p.getRevisions()).extracting(PlanRevision::getNumber).containsExactly(1, 2);
    assertThat(p.getStatus()).isEqualTo(DevelopmentPlanStatus.FINALISED);
    assertThat(p.getHistory().size()).isEqualTo(3);
  }

  @Test
  void revise_goes_through_the_lifecycle_and_keeps_its_structural_contract() {
    DevelopmentPlan revised = finalised().revise(SYNTHESIS.plusDays(3), "Doel bijgesteld");
    assertThat(revised.getHistory().last().getCommand().getKind())
        .isEqualTo(DevelopmentPlanCommandKind.REVISE);
    assertRule(
        () -> draft().revise(SYNTHESIS, "Wijziging"), "revisions", "revision_needs_finalised_plan");
    assertRule(
        () -> finalised().revise(SYNTHESIS.minusDays(1), "Te vroeg"), "revisions", "not_before");
  }

  @Test
  void no_command_may_be_dated_before_the_finalisation() {
    DevelopmentPlan restored =
        DevelopmentPlan.builder()
            .id(ID)
            .generalData(GeneralData.builder().finalisedOn(SYNTHESIS).build())
            .build();
    Outcome<DevelopmentPlan> early =
        restored.apply(DevelopmentPlanCommand.evaluate(evaluation(SYNTHESIS.minusDays(1))));
    assertThat(codes(early)).containsExactly(StateMachine.BEFORE_START);
  }

  @Test
  void the_evaluation_needs_every_action_settled() {
    Outcome<DevelopmentPlan> open =
        finalised(ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.PLANNED)
            .apply(DevelopmentPlanCommand.evaluate(evaluation(SYNTHESIS.plusMonths(6))));
    assertThat(codes(open)).containsExactly(DevelopmentPlanLifecycle.ACTIONS_OPEN);
    assertThat(open.getReasons().get(0).getFacts()).containsEntry("open", "2");
    assertThat(open.getReasons().get(0).message(Locale.forLanguageTag("nl")))
        .contains("2 actie(s)");
    DevelopmentPlan evaluated =
        finalised(ActionStatus.DONE, ActionStatus.DROPPED)
            .apply(DevelopmentPlanCommand.evaluate(evaluation(SYNTHESIS.plusMonths(6))))
            .orElseThrow();
    assertThat(evaluated.getStatus()).isEqualTo(DevelopmentPlanStatus.EVALUATED);
    assertThat(evaluated.getActionPlan().getEvaluation())
        .contains(evaluation(SYNTHESIS.plusMonths(6)));
  }

  @Test
  void an_evaluated_plan_accepts_nothing_but_revisions_and_stays_evaluated() {
    DevelopmentPlan evaluated =
        finalised()
            .apply(DevelopmentPlanCommand.evaluate(evaluation(SYNTHESIS.plusMonths(6))))
            .orElseThrow();
    LocalDate later = SYNTHESIS.plusMonths(8);
    assertThat(evaluated.possibleCommands(later))
        .containsExactly(DevelopmentPlanCommandKind.REVISE);
    DevelopmentPlan revised =
        evaluated
            .apply(DevelopmentPlanCommand.revise(later, "Nieuw doel na evaluatie"))
            .orElseThrow();
    assertThat(revised.getStatus()).isEqualTo(DevelopmentPlanStatus.EVALUATED);
    assertThat(codes(revised.apply(DevelopmentPlanCommand.evaluate(evaluation(later)))))
        .containsExactly(StateMachine.NOT_IN_STATE);
  }

  @Test
  void a_revision_needs_a_summary_and_commands_show_kind_and_date_only() {
    assertThatThrownBy(() -> DevelopmentPlanCommand.revise(SYNTHESIS, "  "))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("not_blank"));
    assertThat(DevelopmentPlanCommand.revise(SYNTHESIS, "Geheim").toString())
        .isEqualTo("revise@2025-06-12");
  }

  @Test
  void the_table_has_no_final_state_and_every_state_leads_to_evaluated() {
    assertThat(DevelopmentPlanLifecycle.MACHINE.getFinals()).isEmpty();
    assertThat(DevelopmentPlanLifecycle.MACHINE.unreachableStates()).isEmpty();
    for (DevelopmentPlanStatus status : DevelopmentPlanStatus.values()) {
      assertThat(reachable(status)).contains(DevelopmentPlanStatus.EVALUATED);
    }
    assertThat(reachable(DevelopmentPlanStatus.EVALUATED))
        .containsExactly(DevelopmentPlanStatus.EVALUATED);
  }

  @Test
  void the_diagram_shows_the_guard_and_the_self_loops() {
    assertThat(DevelopmentPlanLifecycle.MACHINE.toMermaid(Locale.ENGLISH))
        .contains("draft --> finalised : finalise [kept_in_full]\n")
        .contains("finalised --> evaluated : evaluate [kept_in_full, actions_settled]")
        .contains("finalised --> finalised : revise")
        .contains("evaluated --> evaluated : revise")
        .doesNotContain("--> [*]");
  }

  @Test
  void replaying_the_history_reproduces_the_plan() {
    DevelopmentPlan start = draft(ActionStatus.DONE);
    DevelopmentPlan p =
        start
            .apply(DevelopmentPlanCommand.finalise(SYNTHESIS, true))
            .orElseThrow()
            .revise(SYNTHESIS.plusDays(9), "Bijgesteld")
            .apply(DevelopmentPlanCommand.evaluate(evaluation(SYNTHESIS.plusMonths(3))))
            .orElseThrow();
    List<DevelopmentPlanCommand> commands =
        p.getHistory().asList().stream().map(Event::getCommand).collect(Collectors.toList());
    assertThat(DevelopmentPlanLifecycle.MACHINE.replay(start, commands)).isEqualTo(p);
  }

  @Test
  void only_a_finalised_plan_has_an_evaluation_and_not_before_the_finalisation() {
    assertRule(
        () ->
            draft().withActionPlan(ActionPlan.builder().evaluation(evaluation(SYNTHESIS)).build()),
        "actionPlan.evaluation",
        "evaluation_needs_finalised_plan");
    assertRule(
        () ->
            finalised()
                .withActionPlan(
                    ActionPlan.builder().evaluation(evaluation(SYNTHESIS.minusDays(1))).build()),
        "actionPlan.evaluation",
        "not_before");
  }

  @Test
  void the_status_matches_the_history_and_the_history_is_numbered() {
    DevelopmentPlan p = finalised();
    assertRule(
        () -> p.withGeneralData(GeneralData.empty()), "status,history", "status_matches_history");
    Event<DevelopmentPlanStatus, DevelopmentPlanCommand> second =
        new Event<>(
            2,
            "development_plan",
            DevelopmentPlanStatus.DRAFT,
            DevelopmentPlanStatus.FINALISED,
            DevelopmentPlanCommand.finalise(SYNTHESIS, true));
    assertRule(() -> p.withHistory(History.of(List.of(second))), "history[0]", "history_sequence");
  }

  private static Set<DevelopmentPlanStatus> reachable(DevelopmentPlanStatus from) {
    Set<DevelopmentPlanStatus> seen = EnumSet.noneOf(DevelopmentPlanStatus.class);
    ArrayDeque<DevelopmentPlanStatus> todo = new ArrayDeque<>(List.of(from));
    while (!todo.isEmpty()) {
      DevelopmentPlanStatus s = todo.pop();
      DevelopmentPlanLifecycle.MACHINE.getTransitions().stream()
          .filter(t -> t.getFrom().contains(s))
          .flatMap(t -> t.getTargets().stream())
          .filter(seen::add)
          .forEach(todo::push);
    }
    return seen;
  }
}
