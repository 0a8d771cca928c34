package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.StateMachine;
import io.github.loopbaan.core.plan.Action;
import io.github.loopbaan.core.plan.ActionCommand;
import io.github.loopbaan.core.plan.ActionCommandKind;
import io.github.loopbaan.core.plan.ActionLifecycle;
import io.github.loopbaan.core.plan.ActionStatus;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The action lifecycle holds its invariants over random command sequences. Reopening makes every
 * state reachable again, so the table intentionally has no final state; instead of "final states
 * reject everything" the properties check that done and dropped actions accept nothing but a
 * reopen.
 */
class ActionLifecycleProperties
    extends LifecycleContract<Action, ActionStatus, ActionCommandKind, ActionCommand> {

  ActionLifecycleProperties() {
    super(ActionLifecycle.MACHINE);
  }

  @Override
  protected void observe(LifecycleWalks.Walk<Action, ActionCommand> walk) {
    Statistics.label("end status").collect(walk.end().getStatus());
  }

  static final StateMachine<Action, ActionStatus, ActionCommandKind, ActionCommand> MACHINE =
      ActionLifecycle.MACHINE;

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void settledActionsAcceptOnlyReopen(
      @ForAll("walks") LifecycleWalks.Walk<Action, ActionCommand> walk) {
    assertThat(MACHINE.getFinals()).isEmpty();
    for (LifecycleWalks.Step<Action, ActionCommand> step : walk.steps()) {
      ActionStatus before = step.before().getStatus();
      if (before == ActionStatus.DONE || before == ActionStatus.DROPPED) {
        assertThat(MACHINE.possible(step.before(), step.command().getDate()))
            .isSubsetOf(ActionCommandKind.REOPEN);
        if (step.outcome().isApplied()) {
          assertThat(step.after().getStatus())
              .isEqualTo(
                  before == ActionStatus.DONE ? ActionStatus.IN_PROGRESS : ActionStatus.PLANNED);
        }
      }
    }
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void the_facts_follow_the_last_event(
      @ForAll("walks") LifecycleWalks.Walk<Action, ActionCommand> walk) {
    Action end = walk.end();
    if (end.getHistory().isEmpty()) {
      return;
    }
    Event<ActionStatus, ActionCommand> last = end.getHistory().last();
    if (end.getStatus() == ActionStatus.DONE) {
      assertThat(end.getCompletedOn()).contains(last.getDate());
    } else {
      assertThat(end.getCompletedOn()).isEmpty();
    }
    if (end.getStatus() == ActionStatus.DROPPED) {
      assertThat(end.getDropReason())
          .contains(((ActionCommand.Drop) last.getCommand()).getReason());
      assertThat(end.toString()).doesNotContain(end.getDropReason().get());
    } else {
      assertThat(end.getDropReason()).isEmpty();
    }
  }

  @Override
  @Provide
  public Arbitrary<LifecycleWalks.Walk<Action, ActionCommand>> walks() {
    return PlanArbitraries.actionWalks();
  }
}
