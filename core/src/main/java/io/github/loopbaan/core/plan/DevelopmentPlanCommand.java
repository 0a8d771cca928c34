package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A command of the {@link DevelopmentPlanLifecycle POP lifecycle}: finalise, revise, evaluate.
 * Build one with the static factories; apply it with {@link
 * DevelopmentPlan#apply(DevelopmentPlanCommand)}.
 *
 * <p>Each command is an immutable value whose payload is checked on construction: a revision needs
 * a summary ({@code not_blank}). Its {@code toString()} shows only the kind and the date.
 */
public sealed interface DevelopmentPlanCommand extends Command<DevelopmentPlanCommandKind> {

  /**
   * @param date the day of finalisation (datum van finalisatie)
   * @param signedByClient whether the client signed the plan that day (the VDAB prefers a
   *     signature, 004)
   * @return the command
   */
  static DevelopmentPlanCommand finalise(LocalDate date, boolean signedByClient) {
    return new Finalise(date, signedByClient);
  }

  /**
   * @param date the day of the revision
   * @param summary what changed and why (personal data); not blank
   * @return the command; the revision gets the next number
   * @throws io.github.loopbaan.core.InvalidValueException when the summary is blank ({@code
   *     not_blank})
   */
  static DevelopmentPlanCommand revise(LocalDate date, String summary) {
    return new Revise(date, summary);
  }

  /**
   * @param evaluation the evaluation of the action plan; the command is dated on its day
   * @return the command
   */
  static DevelopmentPlanCommand evaluate(ActionPlanEvaluation evaluation) {
    return new Evaluate(evaluation);
  }

  /**
   * The plan finalised, signed by the client or not.
   *
   * @param date the day of finalisation
   * @param signedByClient whether the client signed it that day
   */
  record Finalise(LocalDate date, boolean signedByClient) implements DevelopmentPlanCommand {
    /**
     * Checks the payload.
     *
     * @param date the day of finalisation
     * @param signedByClient whether the client signed it that day
     */
    public Finalise {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public DevelopmentPlanCommandKind getKind() {
      return DevelopmentPlanCommandKind.FINALISE;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    /**
     * @return whether the client signed the plan on finalisation
     */
    public boolean isSignedByClient() {
      return signedByClient;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * A revision of the finalised plan.
   *
   * @param date the day of the revision
   * @param summary what changed: personal data; not blank
   */
  record Revise(LocalDate date, @PersonalData String summary) implements DevelopmentPlanCommand {
    /**
     * Checks the payload (rule {@code not_blank}).
     *
     * @param date the day of the revision
     * @param summary what changed: personal data; not blank
     */
    public Revise {
      Objects.requireNonNull(date, "date");
      Require.notBlank(summary, "DevelopmentPlanCommand", "summary");
    }

    @Override
    public DevelopmentPlanCommandKind getKind() {
      return DevelopmentPlanCommandKind.REVISE;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    /**
     * @return what changed: personal data
     */
    @PersonalData
    public String getSummary() {
      return summary;
    }

    /**
     * @return the kind and date only: the summary is personal data
     */
    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * The action plan evaluated.
   *
   * @param evaluation the evaluation; its day is the command's date
   */
  record Evaluate(ActionPlanEvaluation evaluation) implements DevelopmentPlanCommand {
    /**
     * Checks the payload.
     *
     * @param evaluation the evaluation; its day is the command's date
     */
    public Evaluate {
      Objects.requireNonNull(evaluation, "evaluation");
    }

    @Override
    public DevelopmentPlanCommandKind getKind() {
      return DevelopmentPlanCommandKind.EVALUATE;
    }

    /**
     * @return the day of the evaluation
     */
    @Override
    public LocalDate getDate() {
      return evaluation.getEvaluatedOn();
    }

    /**
     * @return the evaluation
     */
    public ActionPlanEvaluation getEvaluation() {
      return evaluation;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }
}
