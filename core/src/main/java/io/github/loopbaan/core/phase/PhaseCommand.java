package io.github.loopbaan.core.phase;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A command of the {@link PhaseLifecycle content phases}: enter the next phase, make an excursion
 * back, return, amend the plan, record new work, complete. Build one with the static factories;
 * apply it with {@link PhaseProgress#apply(PhaseCommand)}.
 *
 * <p>Each command is an immutable value whose payload is checked on construction: an excursion
 * needs a reason ({@code not_blank}). Its {@code toString()} shows only the kind and the date,
 * never the payload.
 */
public sealed interface PhaseCommand extends Command<PhaseCommandKind> {

  /**
   * @param phase the phase to move forward into: the next phase of the plan
   * @param date the day the phase starts
   * @return the command, of kind {@link PhaseCommandKind#enter(ContentPhase)}
   */
  static PhaseCommand enter(ContentPhase phase, LocalDate date) {
    return new Enter(phase, date);
  }

  /**
   * An excursion back to an earlier phase of the plan, such as the "uitstapje naar de onderstroom"
   * during labour market action when fear or critical inner voices come up (000). Dutch: uitstapje.
   *
   * @param phase the earlier phase to step back to
   * @param date the day of the step back
   * @param reason why (personal data); not blank
   * @return the command, of kind {@link PhaseCommandKind#stepBackTo(ContentPhase)}
   * @throws io.github.loopbaan.core.InvalidValueException when the reason is blank ({@code
   *     not_blank})
   */
  static PhaseCommand stepBack(ContentPhase phase, LocalDate date, String reason) {
    return new StepBack(phase, date, reason);
  }

  /**
   * @param date the day the excursion ends and the phase it left resumes
   * @return the command
   */
  static PhaseCommand returnFromExcursion(LocalDate date) {
    return new ReturnFromExcursion(date);
  }

  /**
   * @param amendment the phase added to the plan, when and why; the command is dated on the
   *     amendment's day
   * @return the command, of kind {@link PhaseCommandKind#amendPlan(ContentPhase)} for the
   *     amendment's phase
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
    return new Complete(date);
  }

  /**
   * The move forward into a phase.
   *
   * @param phase the phase entered
   * @param date the day it starts
   */
  record Enter(ContentPhase phase, LocalDate date) implements PhaseCommand {
    /**
     * Checks the payload.
     *
     * @param phase the phase entered
     * @param date the day it starts
     */
    public Enter {
      Objects.requireNonNull(phase, "phase");
      Objects.requireNonNull(date, "date");
    }

    /**
     * @return the kind that enters the phase
     */
    @Override
    public PhaseCommandKind getKind() {
      return PhaseCommandKind.enter(phase);
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    /**
     * @return the phase entered
     */
    public ContentPhase getPhase() {
      return phase;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * An excursion back to an earlier phase, with the reason.
   *
   * @param phase the phase stepped back to
   * @param date the day of the step back
   * @param reason why, in the coach's words: personal data; not blank
   */
  record StepBack(ContentPhase phase, LocalDate date, @PersonalData String reason)
      implements PhaseCommand {
    /**
     * Checks the payload (rule {@code not_blank}).
     *
     * @param phase the phase stepped back to
     * @param date the day of the step back
     * @param reason why, in the coach's words: personal data; not blank
     */
    public StepBack {
      Objects.requireNonNull(phase, "phase");
      Objects.requireNonNull(date, "date");
      Require.notBlank(reason, "PhaseCommand", "reason");
    }

    /**
     * @return the kind that steps back to the phase
     */
    @Override
    public PhaseCommandKind getKind() {
      return PhaseCommandKind.stepBackTo(phase);
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    /**
     * @return the phase stepped back to
     */
    public ContentPhase getPhase() {
      return phase;
    }

    /**
     * @return why: personal data
     */
    @PersonalData
    public String getReason() {
      return reason;
    }

    /**
     * @return the kind and date only: the reason is personal data
     */
    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * The end of an excursion: back to the phase it left.
   *
   * @param date the day of the return
   */
  record ReturnFromExcursion(LocalDate date) implements PhaseCommand {
    /**
     * Checks the payload.
     *
     * @param date the day of the return
     */
    public ReturnFromExcursion {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public PhaseCommandKind getKind() {
      return PhaseCommandKind.RETURN_FROM_EXCURSION;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * A phase added to the trajectory plan.
   *
   * @param amendment the amendment; its day is the command's date
   */
  record AmendPlan(PlanAmendment amendment) implements PhaseCommand {
    /**
     * Checks the payload.
     *
     * @param amendment the amendment; its day is the command's date
     */
    public AmendPlan {
      Objects.requireNonNull(amendment, "amendment");
    }

    /**
     * @return the kind that adds the amendment's phase
     */
    @Override
    public PhaseCommandKind getKind() {
      return PhaseCommandKind.amendPlan(amendment.getPhase());
    }

    /**
     * @return the day of the amendment
     */
    @Override
    public LocalDate getDate() {
      return amendment.getAmendedOn();
    }

    /**
     * @return the amendment
     */
    public PlanAmendment getAmendment() {
      return amendment;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * New work recorded.
   *
   * @param job the new job; its day is the command's date
   */
  record RecordNewJob(NewJob job) implements PhaseCommand {
    /**
     * Checks the payload.
     *
     * @param job the new job; its day is the command's date
     */
    public RecordNewJob {
      Objects.requireNonNull(job, "job");
    }

    @Override
    public PhaseCommandKind getKind() {
      return PhaseCommandKind.RECORD_NEW_JOB;
    }

    /**
     * @return the day of the new job
     */
    @Override
    public LocalDate getDate() {
      return job.getDate();
    }

    /**
     * @return the new job
     */
    public NewJob getJob() {
      return job;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * The phases of the plan finished.
   *
   * @param date the day they were finished
   */
  record Complete(LocalDate date) implements PhaseCommand {
    /**
     * Checks the payload.
     *
     * @param date the day they were finished
     */
    public Complete {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public PhaseCommandKind getKind() {
      return PhaseCommandKind.COMPLETE;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }
}
