package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.lifecycle.BaseCommand;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A command of the {@link DevelopmentPlanLifecycle POP lifecycle}: finalise, revise, evaluate. Build one with the
 * static factories; apply it with {@link DevelopmentPlan#apply(DevelopmentPlanCommand)}.
 *
 * <p>Each command is an immutable value whose payload is checked on construction: a revision needs a summary
 * ({@code not_blank}). Its {@code toString()} shows only the kind and the date.
 */
public sealed interface DevelopmentPlanCommand extends Command<DevelopmentPlanCommandKind> {

  /**
   * @param date the day of finalisation (datum van finalisatie)
   * @param signedByClient whether the client signed the plan that day (the VDAB prefers a signature, 004)
   * @return the command
   */
  static DevelopmentPlanCommand finalise(LocalDate date, boolean signedByClient) {
    return new Finalise(date, signedByClient);
  }

  /**
   * @param date the day of the revision
   * @param summary what changed and why (personal data); not blank
   * @return the command; the revision gets the next number
   * @throws io.github.loopbaan.core.InvalidValueException when the summary is blank ({@code not_blank})
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

  /** Finalisation, signed or not. */
  final class Finalise extends BaseCommand<DevelopmentPlanCommandKind> implements DevelopmentPlanCommand {
    private final boolean signedByClient;

    Finalise(LocalDate date, boolean signedByClient) {
      super(DevelopmentPlanCommandKind.FINALISE, date);
      this.signedByClient = signedByClient;
    }

    /** @return whether the client signed the plan on the day of finalisation */
    public boolean isSignedByClient() {
      return signedByClient;
    }

    @Override
    protected Object[] payload() {
      return new Object[] {signedByClient};
    }
  }

  /** A revision with its summary. */
  final class Revise extends BaseCommand<DevelopmentPlanCommandKind> implements DevelopmentPlanCommand {
    private final String summary;

    Revise(LocalDate date, String summary) {
      super(DevelopmentPlanCommandKind.REVISE, date);
      Require.notBlank(summary, "DevelopmentPlanCommand", "summary");
      this.summary = summary;
    }

    /** @return what changed and why (personal data) */
    @PersonalData
    public String getSummary() {
      return summary;
    }

    @Override
    protected Object[] payload() {
      return new Object[] {summary};
    }
  }

  /** The evaluation of the action plan. */
  final class Evaluate extends BaseCommand<DevelopmentPlanCommandKind> implements DevelopmentPlanCommand {
    private final ActionPlanEvaluation evaluation;

    Evaluate(ActionPlanEvaluation evaluation) {
      super(DevelopmentPlanCommandKind.EVALUATE, evaluation.getEvaluatedOn());
      this.evaluation = evaluation;
    }

    /** @return the evaluation */
    public ActionPlanEvaluation getEvaluation() {
      return evaluation;
    }

    @Override
    protected Object[] payload() {
      return new Object[] {evaluation};
    }
  }

}
