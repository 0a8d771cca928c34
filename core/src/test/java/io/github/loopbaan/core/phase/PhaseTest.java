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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Content phases, the trajectory plan the intake sets, and its structural rules. */
class PhaseTest {

  private static final LocalDate INTAKE = LocalDate.of(2025, 3, 4);

  private static TrajectoryPlan plan(ContentPhase... phases) {
    TrajectoryPlan.Builder builder = TrajectoryPlan.builder().decidedOn(INTAKE);
    Arrays.stream(phases).forEach(p -> builder.addSelectedPhase(PhaseSelection.of(p)));
    return builder.build();
  }

  private static void assertRule(
      ThrowingCallable construction, String type, String attribute, String rule) {
    assertThatThrownBy(construction)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getType()).isEqualTo(type);
              assertThat(e.getAttribute()).isEqualTo(attribute);
              assertThat(e.getRule()).isEqualTo(rule);
            });
  }

  @Test
  void the_six_phases_are_numbered_in_source_order_with_their_movement() {
    assertThat(ContentPhase.values())
        .extracting(ContentPhase::number)
        .containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(ContentPhase.values())
        .extracting(ContentPhase::movement)
        .containsExactly(
            Movement.ADDITIONAL,
            Movement.INWARD,
            Movement.INWARD,
            Movement.OUTWARD,
            Movement.OUTWARD,
            Movement.ADDITIONAL);
    assertThat(ContentPhase.ofNumber(4)).isEqualTo(LABOUR_MARKET_EXPLORATION);
    assertThatThrownBy(() -> ContentPhase.ofNumber(7)).isInstanceOf(IllegalArgumentException.class);
    assertThat(LABOUR_MARKET_ACTION.label(Locale.forLanguageTag("nl")))
        .isEqualTo("Arbeidsmarkt bewerking");
    assertThat(Attention.BRIEF.label(Locale.forLanguageTag("nl"))).isEqualTo("Kort op de kaart");
  }

  @Test
  void a_single_phase_trajectory_is_a_plan() {
    TrajectoryPlan plan = plan(LABOUR_MARKET_ACTION);
    assertThat(plan.phases()).containsExactly(LABOUR_MARKET_ACTION);
    assertThat(plan.getGoals()).isEmpty();
  }

  @Test
  void the_plan_records_the_roles_the_coach_takes_on_as_named_in_003() {
    TrajectoryPlan growth =
        plan(EMPOWERMENT)
            .withCoachRoles(CoachRole.STIMULATING, CoachRole.BINDING, CoachRole.COACHING);
    assertThat(growth.getCoachRoles())
        .containsExactlyInAnyOrder(CoachRole.STIMULATING, CoachRole.BINDING, CoachRole.COACHING);
    assertThat(plan(EMPOWERMENT).getCoachRoles()).isEmpty();
    assertThat(CoachRole.values())
        .extracting(CoachRole::code)
        .containsExactly(
            "measuring_expert",
            "analysing",
            "advising",
            "coaching",
            "mediating",
            "stimulating",
            "binding");
    assertThat(CoachRole.MEDIATING.label(Locale.forLanguageTag("nl"))).isEqualTo("Bemiddelend");
  }

  @Test
  void a_plan_without_phases_is_rejected() {
    assertRule(
        () -> TrajectoryPlan.builder().decidedOn(INTAKE).build(),
        "TrajectoryPlan",
        "selectedPhases",
        "at_least_one_phase");
  }

  @Test
  void a_phase_selected_twice_is_rejected() {
    assertRule(
        () -> plan(EMPOWERMENT, LABOUR_MARKET_ACTION, EMPOWERMENT),
        "TrajectoryPlan",
        "selectedPhases",
        "unique");
  }

  @Test
  void the_intake_may_put_outward_before_inward_phases() {
    TrajectoryPlan plan = plan(LABOUR_MARKET_EXPLORATION, EMPOWERMENT, LABOUR_MARKET_ACTION);
    assertThat(plan.phases())
        .containsExactly(LABOUR_MARKET_EXPLORATION, EMPOWERMENT, LABOUR_MARKET_ACTION);
  }

  @Test
  void farewell_to_work_comes_first_when_selected() {
    assertThat(plan(FAREWELL_TO_WORK, IN_DEPTH_SELF_EXPLORATION).phases())
        .startsWith(FAREWELL_TO_WORK);
    assertRule(
        () -> plan(IN_DEPTH_SELF_EXPLORATION, FAREWELL_TO_WORK),
        "TrajectoryPlan",
        "selectedPhases",
        "farewell_first");
  }

  @Test
  void effective_functioning_comes_after_every_selected_outward_phase() {
    assertRule(
        () -> plan(LABOUR_MARKET_EXPLORATION, EFFECTIVE_FUNCTIONING, LABOUR_MARKET_ACTION),
        "TrajectoryPlan",
        "selectedPhases",
        "effective_functioning_after_outward");
    assertRule(
        () -> plan(EFFECTIVE_FUNCTIONING, LABOUR_MARKET_EXPLORATION),
        "TrajectoryPlan",
        "selectedPhases",
        "effective_functioning_after_outward");
    assertThat(plan(LABOUR_MARKET_ACTION, EFFECTIVE_FUNCTIONING).phases())
        .endsWith(EFFECTIVE_FUNCTIONING);
  }

  @Test
  void effective_functioning_may_precede_an_inward_phase() {
    assertThat(plan(EFFECTIVE_FUNCTIONING, EMPOWERMENT).phases())
        .containsExactly(EFFECTIVE_FUNCTIONING, EMPOWERMENT);
  }

  @Test
  void the_full_palette_in_source_order_is_a_plan() {
    TrajectoryPlan plan = plan(ContentPhase.values());
    assertThat(plan.phases()).containsExactly(ContentPhase.values());
  }

  @Test
  void amendments_are_appended_and_count_as_selected_with_their_attention() {
    TrajectoryPlan plan =
        TrajectoryPlan.builder()
            .decidedOn(INTAKE)
            .addSelectedPhase(PhaseSelection.of(IN_DEPTH_SELF_EXPLORATION, Attention.EXTENSIVE))
            .addSelectedPhase(PhaseSelection.of(LABOUR_MARKET_EXPLORATION, Attention.BRIEF))
            .build();
    assertThat(plan.isSelected(EMPOWERMENT)).isFalse();
    assertThat(plan.attentionFor(EMPOWERMENT)).isEmpty();
    TrajectoryPlan amended =
        plan.withAmendment(
            PlanAmendment.builder()
                .phase(EMPOWERMENT)
                .attention(Attention.EXTENSIVE)
                .amendedOn(INTAKE.plusWeeks(3))
                .reason("Faalangst kwam twee keer boven.")
                .build());
    assertThat(amended.phases())
        .containsExactly(IN_DEPTH_SELF_EXPLORATION, LABOUR_MARKET_EXPLORATION, EMPOWERMENT);
    assertThat(amended.isSelected(EMPOWERMENT)).isTrue();
    assertThat(amended.attentionFor(EMPOWERMENT)).contains(Attention.EXTENSIVE);
    assertThat(amended.attentionFor(LABOUR_MARKET_EXPLORATION)).contains(Attention.BRIEF);
    assertThat(plan.getAmendments()).isEmpty();
  }

  @Test
  void an_amendment_may_add_farewell_to_work_later() {
    TrajectoryPlan plan =
        plan(LABOUR_MARKET_ACTION)
            .withAmendment(
                PlanAmendment.of(
                    FAREWELL_TO_WORK, INTAKE.plusDays(20), "De afdeling wordt gesloten."));
    assertThat(plan.phases()).containsExactly(LABOUR_MARKET_ACTION, FAREWELL_TO_WORK);
  }

  @Test
  void an_amendment_never_adds_a_phase_already_selected() {
    assertRule(
        () -> plan(EMPOWERMENT).withAmendment(PlanAmendment.of(EMPOWERMENT, INTAKE, "Nogmaals.")),
        "TrajectoryPlan",
        "amendments",
        "not_already_selected");
  }

  @Test
  void two_amendments_adding_the_same_phase_are_rejected() {
    TrajectoryPlan once =
        plan(EMPOWERMENT)
            .withAmendment(
                PlanAmendment.of(LABOUR_MARKET_ACTION, INTAKE.plusDays(1), "Vacature gezien."));
    assertRule(
        () ->
            once.withAmendment(
                PlanAmendment.of(LABOUR_MARKET_ACTION, INTAKE.plusDays(2), "Nog eens.")),
        "TrajectoryPlan",
        "amendments",
        "unique");
  }

  @Test
  void an_amendment_before_the_intake_is_rejected() {
    assertRule(
        () ->
            plan(EMPOWERMENT)
                .withAmendment(
                    PlanAmendment.of(LABOUR_MARKET_ACTION, INTAKE.minusDays(1), "Te vroeg.")),
        "TrajectoryPlan",
        "amendments",
        "not_before");
  }

  @Test
  void amendments_are_listed_in_the_order_they_were_made() {
    TrajectoryPlan once =
        plan(EMPOWERMENT)
            .withAmendment(
                PlanAmendment.of(LABOUR_MARKET_ACTION, INTAKE.plusDays(10), "Vacature gezien."));
    assertRule(
        () ->
            once.withAmendment(
                PlanAmendment.of(
                    LABOUR_MARKET_EXPLORATION, INTAKE.plusDays(5), "Eerder besloten.")),
        "TrajectoryPlan",
        "amendments",
        "chronological");
    assertThat(
            once.withAmendment(
                    PlanAmendment.of(LABOUR_MARKET_EXPLORATION, INTAKE.plusDays(10), "Zelfde dag."))
                .phases())
        .endsWith(LABOUR_MARKET_EXPLORATION);
  }

  @Test
  void goals_and_amendment_reasons_are_not_blank_and_never_shown() {
    assertRule(
        () -> CoachingGoal.of("  ", GoalTerm.SHORT_TERM),
        "CoachingGoal",
        "description",
        "not_blank");
    assertRule(
        () -> PlanAmendment.of(EMPOWERMENT, INTAKE, "\t"), "PlanAmendment", "reason", "not_blank");
    TrajectoryPlan plan =
        TrajectoryPlan.builder()
            .from(plan(EMPOWERMENT))
            .addGoal(
                CoachingGoal.builder()
                    .description("Binnen een jaar werken als zelfstandig coach")
                    .term(GoalTerm.LONG_TERM)
                    .targetDate(INTAKE.plusYears(1))
                    .build())
            .build()
            .withAmendment(
                PlanAmendment.of(LABOUR_MARKET_ACTION, INTAKE, "Ontslag aangekondigd op het werk"));
    assertThat(plan.toString())
        .doesNotContain("zelfstandig coach", "Ontslag")
        .contains("EMPOWERMENT");
    assertThat(plan.getGoals().get(0).getTerm()).isEqualTo(GoalTerm.LONG_TERM);
  }

  @Test
  void a_phase_selection_defaults_to_normal_attention() {
    assertThat(PhaseSelection.of(EMPOWERMENT).getAttention()).isEqualTo(Attention.NORMAL);
    assertThat(PlanAmendment.of(EMPOWERMENT, INTAKE, "Reden.").getAttention())
        .isEqualTo(Attention.NORMAL);
  }
}
