package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.session.Assignment;
import io.github.loopbaan.core.session.AssignmentCommand;
import io.github.loopbaan.core.session.AssignmentCommandKind;
import io.github.loopbaan.core.session.AssignmentLifecycle;
import io.github.loopbaan.core.session.AssignmentStatus;
import io.github.loopbaan.testkit.LifecycleWalks.Walk;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Random walks through the assignment lifecycle pass every lifecycle check, and its dates stay
 * coherent.
 */
class AssignmentLifecycleProperties
    extends LifecycleContract<
        Assignment, AssignmentStatus, AssignmentCommandKind, AssignmentCommand> {

  AssignmentLifecycleProperties() {
    super(AssignmentLifecycle.MACHINE);
  }

  @Override
  protected void observe(LifecycleWalks.Walk<Assignment, AssignmentCommand> walk) {
    Statistics.label("end").collect(walk.end().getStatus().code());
    if (!MutationTriesCap
        .active()) { // a share of the tries: meaningless under mutation testing's cap
      Statistics.label("end")
          .coverage(coverage -> coverage.check("discussed").percentage(p -> p >= 2));
    }
  }

  private static final int MAX_STEPS = 30;

  @Property
  void the_discussion_date_is_the_day_of_the_last_evaluation_of_the_current_round(
      @ForAll("walks") Walk<Assignment, AssignmentCommand> walk) {
    Assignment end = walk.end();
    if (end.getHistory().isEmpty()) {
      return;
    }
    Event<AssignmentStatus, AssignmentCommand> last = end.getHistory().last();
    if (end.getStatus().isDiscussed()) {
      assertThat(end.getDiscussedOn()).contains(last.getDate());
    } else {
      assertThat(end.getDiscussedOn()).isEmpty();
    }
    assertThat(last.getDate()).isAfterOrEqualTo(end.getGivenOn());
    end.getDueOn().ifPresent(due -> assertThat(due).isAfterOrEqualTo(end.getGivenOn()));
  }

  @Override
  @Provide
  public Arbitrary<LifecycleWalks.Walk<Assignment, AssignmentCommand>> walks() {
    Arbitrary<Assignment> starts =
        Arbitraries.frequencyOf(
            Tuple.of(4, SessionArbitraries.givenAssignments()),
            Tuple.of(1, SessionArbitraries.assignments()));
    return LifecycleWalks.walks(
        AssignmentLifecycle.MACHINE,
        starts,
        Assignment::getGivenOn,
        SessionArbitraries::assignmentCommand,
        MAX_STEPS);
  }
}
