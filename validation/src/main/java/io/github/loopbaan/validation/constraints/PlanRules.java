package io.github.loopbaan.validation.constraints;

import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.PlanKind;
import io.github.loopbaan.core.plan.PopChecklist;
import io.github.loopbaan.core.rules.base.ActionPlanRequired;
import io.github.loopbaan.core.rules.voucher.PopCareerQuestion;
import io.github.loopbaan.core.rules.voucher.PopChoices;
import io.github.loopbaan.core.rules.voucher.PopClientName;
import io.github.loopbaan.core.rules.voucher.PopFinalised;
import io.github.loopbaan.core.rules.voucher.PopReflections;
import io.github.loopbaan.core.rules.voucher.PopSignature;
import io.github.loopbaan.core.rules.voucher.PopTitle;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validators of the rules on the development plan (POP). The minimum content of 004 applies to
 * every plan. The content rules read the plan's {@link PopChecklist}: for a full plan, whether it
 * holds each part; for a plan in checklist form (the client refused the storage of the POP itself,
 * 004 §5, {@link DevelopmentPlan#toChecklist()}), the ticks that record whether the POP held it. So
 * a plan validates the same before and after it is reduced to its checklist; the title and the
 * finalisation date are kept in both forms.
 */
public final class PlanRules {

  /**
   * A title names the voucher number when it holds "loopbaancheque" or "career voucher" followed by
   * a number, in any case, as in "POP (loopbaancheque 1 of 2)" (004). Loopbaan's reading of "Titel:
   * POP (loopbaancheque 1 of 2)": the number of the voucher must be in the title.
   */
  static final Pattern VOUCHER_TITLE =
      Pattern.compile(
          "(?iu).*?(?:loopbaancheque|career\\s+voucher)\\s*(\\d{1,9}).*", Pattern.DOTALL);

  private PlanRules() {}

  /**
   * @param title a POP title
   * @return the voucher number the title names, as in "POP (loopbaancheque 1 of 2)"
   */
  static Optional<Integer> voucherNumber(String title) {
    Matcher m = VOUCHER_TITLE.matcher(title);
    return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  static Optional<Finding> when(boolean violated, String path) {
    return violated ? Optional.of(Finding.at(path)) : Optional.empty();
  }

  /** {@code base_action_plan_required}: an action-oriented POP has at least one action. */
  public static final class ActionPlanRequiredValidator
      extends RuleValidator<ActionPlanRequired, DevelopmentPlan> {
    @Override
    protected Optional<Finding> check(DevelopmentPlan p, FundingRegimes regimes) {
      return when(
          p.getKind().orElse(null) == PlanKind.ACTION_ORIENTED && !PopChecklist.of(p).isActions(),
          "actionPlan.actions");
    }
  }

  /** {@code vch_pop_title}: the title names the voucher number. */
  public static final class PopTitleValidator extends RuleValidator<PopTitle, DevelopmentPlan> {
    @Override
    protected Optional<Finding> check(DevelopmentPlan p, FundingRegimes regimes) {
      return when(
          !p.getGeneralData().getTitle().map(t -> VOUCHER_TITLE.matcher(t).matches()).orElse(false),
          "generalData.title");
    }
  }

  /** {@code vch_pop_finalised}: the POP has a finalisation date. */
  public static final class PopFinalisedValidator
      extends RuleValidator<PopFinalised, DevelopmentPlan> {
    @Override
    protected Optional<Finding> check(DevelopmentPlan p, FundingRegimes regimes) {
      return when(!p.isFinalised(), "generalData.finalisedOn");
    }
  }

  /** {@code vch_pop_client_name}: the POP names the client. */
  public static final class PopClientNameValidator
      extends RuleValidator<PopClientName, DevelopmentPlan> {
    @Override
    protected Optional<Finding> check(DevelopmentPlan p, FundingRegimes regimes) {
      return when(!PopChecklist.of(p).isClientName(), "generalData.clientName");
    }
  }

  /** {@code vch_pop_career_question}: the POP states the career question. */
  public static final class PopCareerQuestionValidator
      extends RuleValidator<PopCareerQuestion, DevelopmentPlan> {
    @Override
    protected Optional<Finding> check(DevelopmentPlan p, FundingRegimes regimes) {
      return when(!PopChecklist.of(p).isCareerQuestion(), "careerQuestion");
    }
  }

  /** {@code vch_pop_reflections}: at least one reflection or insight. */
  public static final class PopReflectionsValidator
      extends RuleValidator<PopReflections, DevelopmentPlan> {
    @Override
    protected Optional<Finding> check(DevelopmentPlan p, FundingRegimes regimes) {
      PopChecklist checklist = PopChecklist.of(p);
      return when(!checklist.isReflections() && !checklist.isInsights(), "reflections");
    }
  }

  /** {@code vch_pop_choices}: at least one choice, decision or action. */
  public static final class PopChoicesValidator extends RuleValidator<PopChoices, DevelopmentPlan> {
    @Override
    protected Optional<Finding> check(DevelopmentPlan p, FundingRegimes regimes) {
      PopChecklist checklist = PopChecklist.of(p);
      return when(!checklist.isDecisions() && !checklist.isActions(), "decisions");
    }
  }

  /**
   * {@code vch_pop_signature}: a finalised POP is signed by the client. A plan that is not yet
   * finalised cannot be signed (a structural rule), so it is reported by {@code vch_pop_finalised}
   * alone.
   */
  public static final class PopSignatureValidator
      extends RuleValidator<PopSignature, DevelopmentPlan> {
    @Override
    protected Optional<Finding> check(DevelopmentPlan p, FundingRegimes regimes) {
      return when(p.isFinalised() && !PopChecklist.of(p).isSignedOn(), "generalData.signedOn");
    }
  }
}
