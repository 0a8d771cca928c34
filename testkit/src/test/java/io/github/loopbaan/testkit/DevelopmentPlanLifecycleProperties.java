package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.lifecycle.StateMachine;
import io.github.loopbaan.core.plan.ActionStatus;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanCommand;
import io.github.loopbaan.core.plan.DevelopmentPlanCommandKind;
import io.github.loopbaan.core.plan.DevelopmentPlanLifecycle;
import io.github.loopbaan.core.plan.DevelopmentPlanStatus;
import io.github.loopbaan.core.plan.PlanRevision;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The POP lifecycle holds its invariants over random command sequences. The table intentionally has
 * no final state (a growth document is never closed), so instead of "final states reject
 * everything" the properties check that an evaluated plan accepts nothing but revisions.
 */
class DevelopmentPlanLifecycleProperties
    extends LifecycleContract<
        DevelopmentPlan,
        DevelopmentPlanStatus,
        DevelopmentPlanCommandKind,
        DevelopmentPlanCommand> {

  DevelopmentPlanLifecycleProperties() {
    super(DevelopmentPlanLifecycle.MACHINE);
  }

  @Override
  protected void observe(LifecycleWalks.Walk<DevelopmentPlan, DevelopmentPlanCommand> walk) {
    Statistics.label("end status").collect(walk.end().getStatus());
  }

  static final StateMachine<
          DevelopmentPlan,
          DevelopmentPlanStatus,
          DevelopmentPlanCommandKind,
          DevelopmentPlanCommand>
      MACHINE = DevelopmentPlanLifecycle.MACHINE;

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void evaluatedPlansAcceptOnlyRevisions(
      @ForAll("walks") LifecycleWalks.Walk<DevelopmentPlan, DevelopmentPlanCommand> walk) {
    assertThat(MACHINE.getFinals()).isEmpty();
    for (LifecycleWalks.Step<DevelopmentPlan, DevelopmentPlanCommand> step : walk.steps()) {
      if (step.before().getStatus() == DevelopmentPlanStatus.EVALUATED) {
        assertThat(MACHINE.possible(step.before(), step.command().getDate()))
            .isSubsetOf(DevelopmentPlanCommandKind.REVISE);
        if (step.outcome().isApplied()) {
          assertThat(step.command().getKind()).isEqualTo(DevelopmentPlanCommandKind.REVISE);
          assertThat(step.after().getStatus()).isEqualTo(DevelopmentPlanStatus.EVALUATED);
        }
      }
    }
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void the_evaluation_only_follows_settled_actions_and_revisions_stay_numbered(
      @ForAll("walks") LifecycleWalks.Walk<DevelopmentPlan, DevelopmentPlanCommand> walk) {
    for (LifecycleWalks.Step<DevelopmentPlan, DevelopmentPlanCommand> step : walk.steps()) {
      if (step.outcome().isApplied()
          && step.command().getKind() == DevelopmentPlanCommandKind.EVALUATE) {
        assertThat(step.before().getActionPlan().getActions())
            .allSatisfy(
                a -> assertThat(a.getStatus()).isIn(ActionStatus.DONE, ActionStatus.DROPPED));
      }
    }
    List<PlanRevision> revisions = walk.end().getRevisions();
    for (int i = 0; i < revisions.size(); i++) {
      assertThat(revisions.get(i).getNumber()).isEqualTo(i + 1);
    }
    walk.end()
        .getGeneralData()
        .getFinalisedOn()
        .ifPresent(
            finalised -> {
              for (PlanRevision revision : revisions) {
                assertThat(revision.getRevisedOn()).isAfterOrEqualTo(finalised);
              }
            });
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void every_plan_can_still_reach_evaluated_or_is_there(
      @ForAll("walks") LifecycleWalks.Walk<DevelopmentPlan, DevelopmentPlanCommand> walk) {
    DevelopmentPlan end = walk.end();
    LocalDate far = LocalDate.of(2100, 1, 1);
    switch (end.getStatus()) {
      case DRAFT:
        assertThat(end.possibleCommands(far)).contains(DevelopmentPlanCommandKind.FINALISE);
        break;
      case FINALISED:
        assertThat(end.possibleCommands(far)).contains(DevelopmentPlanCommandKind.REVISE);
        break;
      default:
        assertThat(end.possibleCommands(far)).containsExactly(DevelopmentPlanCommandKind.REVISE);
    }
  }

  @Override
  @Provide
  public Arbitrary<LifecycleWalks.Walk<DevelopmentPlan, DevelopmentPlanCommand>> walks() {
    return PlanArbitraries.developmentPlanWalks();
  }
}
