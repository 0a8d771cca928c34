package io.github.loopbaan.validation.constraints;

import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.PlanKind;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.rules.base.ActionPlanRequired;
import io.github.loopbaan.core.rules.voucher.PopCareerQuestion;
import io.github.loopbaan.core.rules.voucher.PopChoices;
import io.github.loopbaan.core.rules.voucher.PopClientName;
import io.github.loopbaan.core.rules.voucher.PopFinalised;
import io.github.loopbaan.core.rules.voucher.PopReflections;
import io.github.loopbaan.core.rules.voucher.PopSignature;
import io.github.loopbaan.core.rules.voucher.PopTitle;
import io.github.loopbaan.validation.VoucherRegimes;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Validators of the rules on the development plan (POP). The minimum content of 004 applies in full
 * to a plan whose client allows it to be kept ({@link StorageConsent#STORE_FULL_PLAN}); when only
 * the "Checklist POP" may be kept ({@link StorageConsent#CHECKLIST_ONLY}), 004 says the checklist
 * suffices, so only the title and the finalisation date are required (they say which voucher and
 * when, and hold no personal data) and the client name, career question, reflections, choices and
 * signature are not.
 */
public final class PlanRules {

  /**
   * A title names the voucher number when it holds "loopbaancheque" or "career voucher" followed by
   * a number, in any case, as in "POP (loopbaancheque 1 of 2)" (004). Loopbaan's reading of "Titel:
   * POP (loopbaancheque 1 of 2)": the number of the voucher must be in the title.
   */
  static final Pattern VOUCHER_TITLE =
      Pattern.compile("(?iu).*(loopbaancheque|career\\s+voucher)\\s*\\d+.*", Pattern.DOTALL);

  private PlanRules() {}

  static boolean fullPlan(DevelopmentPlan p) {
    return p.getStorageConsent() == StorageConsent.STORE_FULL_PLAN;
  }

  static Optional<Finding> when(boolean violated, String path) {
    return violated ? Optional.of(Finding.at(path)) : Optional.empty();
  }

  /** {@code base_action_plan_required}: an action-oriented POP has at least one action. */
  public static final class ActionPlanRequiredValidator
      extends RuleValidator<ActionPlanRequired, DevelopmentPlan> {
    @Override
    protected Optional<Finding> check(DevelopmentPlan p, VoucherRegimes regimes) {
      return when(
          p.getKind().orElse(null) == PlanKind.ACTION_ORIENTED
              && p.getActionPlan().getActions().isEmpty(),
          "actionPlan.actions");
    }
  }

  /** {@code vch_pop_title}: the title names the voucher number. */
  public static final class PopTitleValidator extends RuleValidator<PopTitle, DevelopmentPlan> {
    @Override
    protected Optional<Finding> check(DevelopmentPlan p, VoucherRegimes regimes) {
      return when(
          !p.getGeneralData().getTitle().map(t -> VOUCHER_TITLE.matcher(t).matches()).orElse(false),
          "generalData.title");
    }
  }

  /** {@code vch_pop_finalised}: the POP has a finalisation date. */
  public static final class PopFinalisedValidator
      extends RuleValidator<PopFinalised, DevelopmentPlan> {
    @Override
    protected Optional<Finding> check(DevelopmentPlan p, VoucherRegimes regimes) {
      return when(!p.isFinalised(), "generalData.finalisedOn");
    }
  }

  /** {@code vch_pop_client_name}: the POP names the client. */
  public static final class PopClientNameValidator
      extends RuleValidator<PopClientName, DevelopmentPlan> {
    @Override
    protected Optional<Finding> check(DevelopmentPlan p, VoucherRegimes regimes) {
      return when(
          fullPlan(p) && p.getGeneralData().getClientName().isEmpty(), "generalData.clientName");
    }
  }

  /** {@code vch_pop_career_question}: the POP states the career question. */
  public static final class PopCareerQuestionValidator
      extends RuleValidator<PopCareerQuestion, DevelopmentPlan> {
    @Override
    protected Optional<Finding> check(DevelopmentPlan p, VoucherRegimes regimes) {
      return when(fullPlan(p) && p.getCareerQuestion().isEmpty(), "careerQuestion");
    }
  }

  /** {@code vch_pop_reflections}: at least one reflection or insight. */
  public static final class PopReflectionsValidator
      extends RuleValidator<PopReflections, DevelopmentPlan> {
    @Override
    protected Optional<Finding> check(DevelopmentPlan p, VoucherRegimes regimes) {
      return when(
          fullPlan(p) && p.getReflections().isEmpty() && p.getInsights().isEmpty(), "reflections");
    }
  }

  /** {@code vch_pop_choices}: at least one choice, decision or action. */
  public static final class PopChoicesValidator extends RuleValidator<PopChoices, DevelopmentPlan> {
    @Override
    protected Optional<Finding> check(DevelopmentPlan p, VoucherRegimes regimes) {
      return when(
          fullPlan(p) && p.getDecisions().isEmpty() && p.getActionPlan().getActions().isEmpty(),
          "decisions");
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
    protected Optional<Finding> check(DevelopmentPlan p, VoucherRegimes regimes) {
      return when(
          fullPlan(p) && p.isFinalised() && p.getGeneralData().getSignedOn().isEmpty(),
          "generalData.signedOn");
    }
  }
}
