package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.phase.CoachingGoal;
import io.github.loopbaan.core.phase.ContentPhase;
import io.github.loopbaan.core.phase.Movement;
import io.github.loopbaan.core.phase.PhaseSelection;
import io.github.loopbaan.core.phase.PlanAmendment;
import io.github.loopbaan.core.phase.TrajectoryPlan;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/**
 * Generated trajectory plans are sound: rebuildable, private in toString, ordered, and broken ones
 * rejected.
 */
@Domain(LoopbaanDomain.class)
class PhaseProperties {

  @Property
  void a_trajectory_plan_rebuilt_from_its_builder_is_equal(@ForAll TrajectoryPlan plan) {
    assertThat(TrajectoryPlan.builder().from(plan).build()).isEqualTo(plan).hasSameHashCodeAs(plan);
  }

  @Property
  void goals_and_amendments_rebuilt_from_their_builders_are_equal(
      @ForAll CoachingGoal goal,
      @ForAll PlanAmendment amendment,
      @ForAll PhaseSelection selection) {
    assertThat(CoachingGoal.builder().from(goal).build()).isEqualTo(goal);
    assertThat(PlanAmendment.builder().from(amendment).build()).isEqualTo(amendment);
    assertThat(PhaseSelection.builder().from(selection).build()).isEqualTo(selection);
  }

  @Property
  void toString_never_contains_goal_descriptions_or_amendment_reasons(@ForAll TrajectoryPlan plan) {
    String text = plan.toString();
    plan.getGoals().forEach(goal -> assertThat(text).doesNotContain(goal.getDescription()));
    plan.getAmendments()
        .forEach(amendment -> assertThat(text).doesNotContain(amendment.getReason()));
  }

  @Property
  void phases_never_holds_a_phase_twice_and_lists_selection_then_amendments(
      @ForAll TrajectoryPlan plan) {
    List<ContentPhase> phases = plan.phases();
    assertThat(phases)
        .doesNotHaveDuplicates()
        .hasSize(plan.getSelectedPhases().size() + plan.getAmendments().size());
    for (int i = 0; i < plan.getSelectedPhases().size(); i++) {
      assertThat(phases.get(i)).isEqualTo(plan.getSelectedPhases().get(i).getPhase());
    }
    for (ContentPhase phase : ContentPhase.values()) {
      assertThat(plan.isSelected(phase)).isEqualTo(phases.contains(phase));
      assertThat(plan.attentionFor(phase).isPresent()).isEqualTo(phases.contains(phase));
    }
  }

  @Property
  void the_intake_order_keeps_farewell_first_and_effective_functioning_after_outward(
      @ForAll TrajectoryPlan plan) {
    List<PhaseSelection> selected = plan.getSelectedPhases();
    int effective = -1;
    for (int i = 0; i < selected.size(); i++) {
      ContentPhase phase = selected.get(i).getPhase();
      if (phase == ContentPhase.FAREWELL_TO_WORK) {
        assertThat(i).isZero();
      }
      if (phase == ContentPhase.EFFECTIVE_FUNCTIONING) {
        effective = i;
      }
      if (effective >= 0 && i > effective) {
        assertThat(phase.movement()).isNotEqualTo(Movement.OUTWARD);
      }
    }
  }

  @Property
  void adding_any_missing_phase_on_or_after_the_last_date_is_accepted(
      @ForAll TrajectoryPlan plan, @ForAll PlanAmendment candidate) {
    EnumSet<ContentPhase> missing = EnumSet.allOf(ContentPhase.class);
    missing.removeAll(plan.phases());
    LocalDate last =
        plan.getAmendments().isEmpty()
            ? plan.getDecidedOn()
            : plan.getAmendments().get(plan.getAmendments().size() - 1).getAmendedOn();
    for (ContentPhase phase : missing) {
      TrajectoryPlan amended =
          plan.withAmendment(candidate.withPhase(phase).withAmendedOn(last.plusDays(3)));
      assertThat(amended.phases()).endsWith(phase).doesNotHaveDuplicates();
      assertThat(amended.attentionFor(phase)).contains(candidate.getAttention());
    }
    for (ContentPhase phase : plan.phases()) {
      assertThatThrownBy(() -> plan.withAmendment(candidate.withPhase(phase).withAmendedOn(last)))
          .isInstanceOf(InvalidValueException.class);
    }
  }

  @Property
  void every_broken_phase_value_is_rejected_for_its_rule(@ForAll("broken") Broken broken) {
    assertThatThrownBy(broken::attempt)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getType()).isEqualTo(broken.type());
              assertThat(e.getAttribute()).isEqualTo(broken.attribute());
              assertThat(e.getRule()).isEqualTo(broken.rule());
            });
  }

  @Provide
  Arbitrary<Broken> broken() {
    return PhaseArbitraries.broken();
  }
}
