package io.github.loopbaan.benchmarks.lifecycle;

import io.github.loopbaan.core.trajectory.FundingRegime;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryLifecycle;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The limit: the trajectory process hand-written as a {@code switch} over the stage enum with the
 * guards inline, on a minimal immutable value that holds only the stage and the facts the guards
 * need. No table, no lambdas, no reasons, no events, no history: the least any implementation of
 * the same rules must do. Every ratio in the report is taken against this, measured in the same
 * run.
 *
 * <p>Same rules as {@link TrajectoryLifecycle}: the transitions of the path, pause, resume and
 * early stop, the three guards, the training attest in the open stages after the synthesis, the
 * outcome recorded once in any stage, and the date order checks (not before the opening day, not
 * before the last event).
 *
 * @param stage the stage
 * @param stageBeforePause where a resume leads (the stage before the pause)
 * @param openedOn the opening day
 * @param lastEvent the day of the last event, or null
 * @param agreementSigned whether the intake agreement is signed
 * @param inDepthHeld in-depth conversations held
 * @param synthesis the day of the synthesis, or null
 * @param otherQuestion whether the intake recorded a career question besides obtaining a training
 *     benefit
 * @param attested whether the training attest was issued
 * @param outcomeRecorded whether the outcome was recorded
 */
public record Baseline(
    TrajectoryStage stage,
    TrajectoryStage stageBeforePause,
    LocalDate openedOn,
    LocalDate lastEvent,
    boolean agreementSigned,
    int inDepthHeld,
    LocalDate synthesis,
    boolean otherQuestion,
    boolean attested,
    boolean outcomeRecorded) {

  /**
   * @param openedOn the opening day
   * @return a trajectory just opened
   */
  public static Baseline open(LocalDate openedOn) {
    return new Baseline(
        TrajectoryStage.OPENED, null, openedOn, null, false, 0, null, false, false, false);
  }

  /**
   * Decides: is a command of this kind allowed on this day, and where does it lead?
   *
   * @param kind the command kind
   * @param on the day
   * @return the target stage, or null when the command is not allowed
   */
  public TrajectoryStage decide(TrajectoryCommandKind kind, LocalDate on) {
    if (on.isBefore(openedOn) || (lastEvent != null && on.isBefore(lastEvent))) {
      return null;
    }
    if (kind == TrajectoryCommandKind.RECORD_OUTCOME) {
      return outcomeRecorded ? null : stage;
    }
    switch (stage) {
      case OPENED:
        switch (kind) {
          case HOLD_INTRODUCTORY_CONVERSATION:
            return TrajectoryStage.OPENED;
          case HOLD_INTAKE:
            return TrajectoryStage.INTAKE;
          case PAUSE:
            return TrajectoryStage.PAUSED;
          case STOP_EARLY:
            return TrajectoryStage.CLOSED;
          default:
            return null;
        }
      case INTAKE:
      case IN_DEPTH:
        switch (kind) {
          case HOLD_IN_DEPTH_CONVERSATION:
            return agreementSigned ? TrajectoryStage.IN_DEPTH : null;
          case HOLD_SYNTHESIS:
            return stage == TrajectoryStage.IN_DEPTH && inDepthHeld > 0
                ? TrajectoryStage.SYNTHESIS
                : null;
          case PAUSE:
            return TrajectoryStage.PAUSED;
          case STOP_EARLY:
            return TrajectoryStage.CLOSED;
          default:
            return null;
        }
      case SYNTHESIS:
        switch (kind) {
          case INVITE_EVALUATION:
            return TrajectoryStage.EVALUATION;
          case ISSUE_TRAINING_ATTEST:
            return attestPossible(on) ? stage : null;
          case PAUSE:
            return TrajectoryStage.PAUSED;
          case STOP_EARLY:
            return TrajectoryStage.CLOSED;
          default:
            return null;
        }
      case EVALUATION:
      case AFTERCARE:
        switch (kind) {
          case HOLD_AFTERCARE:
            return synthesis != null
                    && !on.isAfter(
                        synthesis.plus(FundingRegime.VDAB_004.getAftercareWindow().orElseThrow()))
                ? TrajectoryStage.AFTERCARE
                : null;
          case CLOSE:
            return TrajectoryStage.CLOSED;
          case ISSUE_TRAINING_ATTEST:
            return attestPossible(on) ? stage : null;
          case PAUSE:
            return TrajectoryStage.PAUSED;
          case STOP_EARLY:
            return TrajectoryStage.CLOSED;
          default:
            return null;
        }
      case PAUSED:
        switch (kind) {
          case RESUME:
            return stageBeforePause;
          case STOP_EARLY:
            return TrajectoryStage.CLOSED;
          default:
            return null;
        }
      case CLOSED:
      default:
        return null;
    }
  }

  /** The training attest's guards: after the synthesis, issued once, another career question. */
  private boolean attestPossible(LocalDate on) {
    return synthesis != null && !on.isBefore(synthesis) && !attested && otherQuestion;
  }

  /**
   * @param on the day
   * @return the command kinds allowed on that day
   */
  public Set<TrajectoryCommandKind> possible(LocalDate on) {
    Set<TrajectoryCommandKind> result = EnumSet.noneOf(TrajectoryCommandKind.class);
    for (TrajectoryCommandKind kind : TrajectoryCommandKind.values()) {
      if (decide(kind, on) != null) {
        result.add(kind);
      }
    }
    return result;
  }

  /**
   * Applies a command: a new value, this one unchanged.
   *
   * @param command the command
   * @return the new value, or null when the command is not allowed
   */
  public Baseline apply(TrajectoryCommand command) {
    TrajectoryStage target = decide(command.getKind(), command.getDate());
    if (target == null) {
      return null;
    }
    LocalDate day = command.getDate();
    TrajectoryCommandKind kind = command.getKind();
    TrajectoryCommand.HoldIntake intake =
        command instanceof TrajectoryCommand.HoldIntake held ? held : null;
    return new Baseline(
        target,
        kind == TrajectoryCommandKind.PAUSE ? stage : stageBeforePause,
        openedOn,
        day,
        intake != null ? intake.getAgreement().isSigned() : agreementSigned,
        kind == TrajectoryCommandKind.HOLD_IN_DEPTH_CONVERSATION ? inDepthHeld + 1 : inDepthHeld,
        kind == TrajectoryCommandKind.HOLD_SYNTHESIS ? day : synthesis,
        intake != null
            ? intake.getQuestion().isPresent() && !intake.getAgreement().isOnlyForTrainingBenefit()
            : otherQuestion,
        attested || kind == TrajectoryCommandKind.ISSUE_TRAINING_ATTEST,
        outcomeRecorded || kind == TrajectoryCommandKind.RECORD_OUTCOME);
  }
}
