package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.StateMachine;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryLifecycle;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The trajectory process holds its invariants over random command sequences. */
class TrajectoryLifecycleProperties
    extends LifecycleContract<
        Trajectory, TrajectoryStage, TrajectoryCommandKind, TrajectoryCommand> {

  TrajectoryLifecycleProperties() {
    super(TrajectoryLifecycle.MACHINE);
  }

  @Override
  protected void observe(LifecycleWalks.Walk<Trajectory, TrajectoryCommand> walk) {
    Statistics.label("end stage").collect(walk.end().getStage());
    if (!MutationTriesCap
        .active()) { // a share of the tries: meaningless under mutation testing's cap
      Statistics.label("end stage")
          .coverage(
              checker -> {
                checker.check(TrajectoryStage.CLOSED).percentage(p -> p >= 5.0);
                checker.check(TrajectoryStage.IN_DEPTH).count(n -> n >= 1);
                checker.check(TrajectoryStage.AFTERCARE).count(n -> n >= 1);
              });
    }
  }

  static final StateMachine<Trajectory, TrajectoryStage, TrajectoryCommandKind, TrajectoryCommand>
      MACHINE = TrajectoryLifecycle.MACHINE;

  @Property(tries = 1000)
  void no_aftercare_is_ever_given_outside_the_regimes_window_after_the_synthesis(
      @ForAll("walks") LifecycleWalks.Walk<Trajectory, TrajectoryCommand> walk) {
    Trajectory end = walk.end();
    List<LocalDate> aftercare =
        end.getHistory().asList().stream()
            .filter(e -> e.getCommand().getKind() == TrajectoryCommandKind.HOLD_AFTERCARE)
            .map(e -> e.getDate())
            .collect(Collectors.toList());
    for (LocalDate day : aftercare) {
      LocalDate synthesis = end.synthesisDate().orElseThrow();
      assertThat(day).isAfterOrEqualTo(synthesis);
      end.getFunding()
          .getRegime()
          .aftercareUntil(synthesis)
          .ifPresent(until -> assertThat(day).isBeforeOrEqualTo(until));
    }
    boolean afterClosing = false;
    for (Event<TrajectoryStage, TrajectoryCommand> e : end.getHistory()) {
      if (e.getFrom() == TrajectoryStage.CLOSED
          && e.getCommand().getKind() == TrajectoryCommandKind.HOLD_AFTERCARE) {
        afterClosing = true;
      }
    }
    if (afterClosing) {
      assertThat(end.getFunding().getRegime().getAftercareWindow()).isPresent();
    }
  }

  @Property(tries = 1000)
  void every_open_trajectory_can_still_be_closed(
      @ForAll("walks") LifecycleWalks.Walk<Trajectory, TrajectoryCommand> walk) {
    Trajectory end = walk.end();
    LocalDate later =
        end.getHistory().isEmpty() ? end.getOpenedOn() : end.getHistory().last().getDate();
    if (end.getStage() != TrajectoryStage.CLOSED) {
      assertThat(end.possibleCommands(later)).contains(TrajectoryCommandKind.STOP_EARLY);
    }
  }

  @Property(tries = 1000)
  void in_depth_work_never_happens_without_a_signed_agreement(
      @ForAll("walks") LifecycleWalks.Walk<Trajectory, TrajectoryCommand> walk) {
    for (LifecycleWalks.Step<Trajectory, TrajectoryCommand> step : walk.steps()) {
      if (step.command().getKind() == TrajectoryCommandKind.HOLD_IN_DEPTH_CONVERSATION
          && step.before().getFunding().getRegime().isAgreementBeforeInDepth()
          && step.before().getIntakeAgreement().map(a -> !a.isSigned()).orElse(false)) {
        assertThat(step.outcome().isApplied()).isFalse();
        if (step.before().getStage() == TrajectoryStage.INTAKE) {
          assertThat(step.outcome().getReasons())
              .extracting(Reason::getCode)
              .contains(TrajectoryLifecycle.AGREEMENT_NOT_SIGNED);
        }
      }
    }
  }

  @Property(tries = 200)
  void toString_of_any_trajectory_never_contains_the_client_name(
      @ForAll("walks") LifecycleWalks.Walk<Trajectory, TrajectoryCommand> walk) {
    Trajectory end = walk.end();
    end.getClient().getName().ifPresent(name -> assertThat(end.toString()).doesNotContain(name));
    end.getAftercareRequests()
        .forEach(r -> assertThat(end.toString()).doesNotContain(r.getQuestion()));
  }

  @Override
  @Provide
  public Arbitrary<LifecycleWalks.Walk<Trajectory, TrajectoryCommand>> walks() {
    return TrajectoryArbitraries.walks();
  }
}
