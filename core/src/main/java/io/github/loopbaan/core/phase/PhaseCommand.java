package io.github.loopbaan.core.phase;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.lifecycle.BaseCommand;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A command of the {@link PhaseLifecycle content phases}: enter the next phase, make an excursion back, return,
 * amend the plan, record new work, complete. Build one with the static factories; apply it with
 * {@link PhaseProgress#apply(PhaseCommand)}.
 *
 * <p>Each command is an immutable value whose payload is checked on construction: an excursion needs a reason
 * ({@code not_blank}). Its {@code toString()} shows only the kind and the date, never the payload.
 */
public sealed interface PhaseCommand extends Command<PhaseCommandKind> {

  /**
   * @param phase the phase to move forward into: the next phase of the plan
   * @param date the day the phase starts
   * @return the command, of kind {@link PhaseCommandKind#enter(ContentPhase)}
   */
  static PhaseCommand enter(ContentPhase phase, LocalDate date) {
    return new Simple(PhaseCommandKind.enter(phase), date);
  }

  /**
   * An excursion back to an earlier phase of the plan, such as the "uitstapje naar de onderstroom" during labour
   * market action when fear or critical inner voices come up (000). Dutch: uitstapje.
   *
   * @param phase the earlier phase to step back to
   * @param date the day of the step back
   * @param reason why (personal data); not blank
   * @return the command, of kind {@link PhaseCommandKind#stepBackTo(ContentPhase)}
   * @throws io.github.loopbaan.core.InvalidValueException when the reason is blank ({@code not_blank})
   */
  static PhaseCommand stepBack(ContentPhase phase, LocalDate date, String reason) {
    return new StepBack(PhaseCommandKind.stepBackTo(phase), date, reason);
  }

  /**
   * @param date the day the excursion ends and the phase it left resumes
   * @return the command
   */
  static PhaseCommand returnFromExcursion(LocalDate date) {
    return new Simple(PhaseCommandKind.RETURN_FROM_EXCURSION, date);
  }

  /**
   * @param amendment the phase added to the plan, when and why; the command is dated on the amendment's day
   * @return the command, of kind {@link PhaseCommandKind#amendPlan(ContentPhase)} for the amendment's phase
   */
  static PhaseCommand amendPlan(PlanAmendment amendment) {
    return new AmendPlan(amendment);
  }

  /**
   * @param job the new work; the command is dated on the job's day
   * @return the command
   */
  static PhaseCommand recordNewJob(NewJob job) {
    return new RecordNewJob(job);
  }

  /**
   * @param date the day the phases are finished
   * @return the command
   */
  static PhaseCommand complete(LocalDate date) {
    return new Simple(PhaseCommandKind.COMPLETE, date);
  }

  /** An excursion back to an earlier phase, with its reason. */
  final class StepBack extends BaseCommand<PhaseCommandKind> implements PhaseCommand {
    private final String reason;

    StepBack(PhaseCommandKind kind, LocalDate date, String reason) {
      super(kind, date);
      Require.notBlank(reason, "PhaseCommand", "reason");
      this.reason = reason;
    }

    /** @return the phase stepped back to */
    public ContentPhase getPhase() {
      return getKind().phase().orElseThrow();
    }

    /** @return why the coach stepped back (personal data) */
    @PersonalData
    public String getReason() {
      return reason;
    }

    @Override
    protected Object[] payload() {
      return new Object[] {reason};
    }
  }

  /** A phase added to the plan. */
  final class AmendPlan extends BaseCommand<PhaseCommandKind> implements PhaseCommand {
    private final PlanAmendment amendment;

    AmendPlan(PlanAmendment amendment) {
      super(PhaseCommandKind.amendPlan(amendment.getPhase()), amendment.getAmendedOn());
      this.amendment = amendment;
    }

    /** @return the amendment */
    public PlanAmendment getAmendment() {
      return amendment;
    }

    @Override
    protected Object[] payload() {
      return new Object[] {amendment};
    }
  }

  /** New work recorded. */
  final class RecordNewJob extends BaseCommand<PhaseCommandKind> implements PhaseCommand {
    private final NewJob job;

    RecordNewJob(NewJob job) {
      super(PhaseCommandKind.RECORD_NEW_JOB, job.getDate());
      this.job = job;
    }

    /** @return the new job */
    public NewJob getJob() {
      return job;
    }

    @Override
    protected Object[] payload() {
      return new Object[] {job};
    }
  }

  /** A command with a kind and a date only: enter, return, complete. */
  final class Simple extends BaseCommand<PhaseCommandKind> implements PhaseCommand {
    Simple(PhaseCommandKind kind, LocalDate date) {
      super(kind, date);
    }

  }

}
