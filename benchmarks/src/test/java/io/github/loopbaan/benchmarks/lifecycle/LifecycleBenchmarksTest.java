package io.github.loopbaan.benchmarks.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.lifecycle.CommandRejectedException;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each lifecycle benchmark's setup produces the intended state, so a broken benchmark fails the
 * build. No timing is asserted.
 */
class LifecycleBenchmarksTest {

  private static final Blackhole BH =
      new Blackhole(
          "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  private static final TrajectoryPath SIGNED = TrajectoryPath.create(true);
  private static final TrajectoryPath UNSIGNED = TrajectoryPath.create(false);

  @Test
  void everyApplyContenderClosesThePath() {
    LifecycleApply bench = new LifecycleApply();
    bench.setup();
    Trajectory closed = bench.loopbaan();
    assertThat(closed.getStage()).isEqualTo(TrajectoryStage.CLOSED);
    assertThat(closed.getHistory().size()).isEqualTo(7);
    assertThat(closed.getSessions()).hasSize(5);
    assertThat(bench.baseline().stage()).isEqualTo(TrajectoryStage.CLOSED);
    assertThat(bench.stateless4j()).isEqualTo(TrajectoryStage.CLOSED);
    assertThat(bench.cola()).isEqualTo(TrajectoryStage.CLOSED);
    assertThat(bench.squirrel()).isEqualTo(TrajectoryStage.CLOSED);
    assertThat(bench.spring()).isEqualTo(TrajectoryStage.CLOSED);
    // every run starts afresh: a second run gives the same
    assertThat(bench.stateless4j()).isEqualTo(TrajectoryStage.CLOSED);
    assertThat(bench.squirrel()).isEqualTo(TrajectoryStage.CLOSED);
    assertThat(bench.spring()).isEqualTo(TrajectoryStage.CLOSED);
  }

  @Test
  void everyApplyContenderEvaluatesTheAgreementGuard() {
    assertThatThrownBy(() -> Path.loopbaan(UNSIGNED)).isInstanceOf(CommandRejectedException.class);
    assertThat(Path.baseline(UNSIGNED)).isNull();
    assertThatThrownBy(() -> new Stateless4jLifecycle().run(UNSIGNED.commands()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new ColaLifecycle().run(UNSIGNED.commands()))
        .isInstanceOf(RuntimeException.class);
    assertThat(new SquirrelLifecycle().run(UNSIGNED.commands())).isEqualTo(TrajectoryStage.INTAKE);
    assertThatThrownBy(() -> new SpringLifecycle().run(UNSIGNED.commands()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("hold_in_depth_conversation");
  }

  @Test
  void everyApplyContenderEvaluatesTheAftercareWindow() {
    // the same path with the aftercare more than a year after the synthesis: every contender must
    // refuse it
    TrajectoryCommand[] late = SIGNED.commands().toArray(new TrajectoryCommand[0]);
    TrajectoryCommand.HoldAftercare aftercare = (TrajectoryCommand.HoldAftercare) late[5];
    late[5] =
        TrajectoryCommand.holdAftercare(
            aftercare.getRequest(),
            aftercare.getSession().withDate(aftercare.getSession().getDate().plusYears(1)));
    late[6] = TrajectoryCommand.close(late[5].getDate().plusDays(1));
    List<TrajectoryCommand> commands = List.of(late);
    assertThatThrownBy(() -> new Stateless4jLifecycle().run(commands))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new ColaLifecycle().run(commands))
        .isInstanceOf(RuntimeException.class);
    assertThat(new SquirrelLifecycle().run(commands.subList(0, 6)))
        .isEqualTo(TrajectoryStage.EVALUATION);
    assertThatThrownBy(() -> new SpringLifecycle().run(commands))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void everyDecideContenderAllowsEachStepOfThePath() {
    LifecycleDecide bench = new LifecycleDecide();
    bench.setup();
    assertThat(bench.baseline(BH)).isEqualTo(7);
    assertThat(bench.loopbaan(BH)).isEqualTo(7);
    assertThat(bench.stateless4j(BH)).isEqualTo(7);
    assertThat(bench.cola(BH)).isEqualTo(7);
    assertThat(bench.squirrel(BH)).isEqualTo(7);
  }

  @Test
  void decideContendersWithGuardsRejectInDepthWithoutAgreement() {
    LifecycleDecide bench = new LifecycleDecide();
    bench.setup(UNSIGNED);
    assertThat(bench.baseline(BH)).isLessThan(7);
    assertThat(bench.loopbaan(BH)).isLessThan(7);
    assertThat(bench.stateless4j(BH)).isLessThan(7);
    assertThat(bench.squirrel(BH)).isLessThan(7);
    // COLA's verify looks the transition up only, whatever the agreement: documented as a lower
    // bound
    assertThat(
            new ColaLifecycle()
                .decide(TrajectoryStage.INTAKE, TrajectoryCommandKind.HOLD_IN_DEPTH_CONVERSATION))
        .isTrue();
  }

  @Test
  void possibleAgreesBetweenTheLimitAndLoopbaan() {
    LifecyclePossible bench = new LifecyclePossible();
    bench.setup();
    for (int i = 0; i < 7; i++) {
      assertThat(EnumSet.copyOf(bench.baselineAt(i)))
          .isEqualTo(EnumSet.copyOf(bench.loopbaanAt(i)));
      assertThat(bench.stateless4jAt(i)).contains(SIGNED.commands().get(i).getKind());
    }
    assertThat(bench.baseline(BH)).isEqualTo(bench.loopbaan(BH)).isGreaterThan(7);
    assertThat(bench.stateless4j(BH)).isGreaterThanOrEqualTo(7);
  }

  @Test
  void historyGrowthBuildsTheIntendedTrajectories() {
    for (int events : new int[] {10, 100}) {
      HistoryGrowth bench = new HistoryGrowth();
      bench.events = events;
      bench.setup(true, true);
      Trajectory pauses = bench.historyOnlyTrajectory();
      assertThat(pauses.getHistory().size()).isEqualTo(events);
      assertThat(pauses.getSessions()).hasSize(2);
      assertThat(pauses.getStage()).isEqualTo(TrajectoryStage.IN_DEPTH);
      Trajectory conversations = bench.historyAndSessionsTrajectory();
      assertThat(conversations.getHistory().size()).isEqualTo(events);
      assertThat(conversations.getSessions()).hasSize(events);
      assertThat(conversations.getStage()).isEqualTo(TrajectoryStage.IN_DEPTH);

      assertThat(bench.historyOnly().orElseThrow().getHistory().size()).isEqualTo(events + 1);
      Trajectory longer = bench.historyAndSessions().orElseThrow();
      assertThat(longer.getSessions()).hasSize(events + 1);
      assertThat(longer.getSessions().registeredOn(1)).hasSize(1);
      assertThat(longer.voucherUse(1)).isPresent();
      assertThat(bench.historyAppend().size()).isEqualTo(events + 1);
      assertThat(bench.baseline().stage()).isEqualTo(TrajectoryStage.IN_DEPTH);
    }
  }
}
