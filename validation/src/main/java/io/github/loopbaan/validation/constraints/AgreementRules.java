package io.github.loopbaan.validation.constraints;

import io.github.loopbaan.core.rules.voucher.AgreementSigned;
import io.github.loopbaan.core.rules.voucher.IntakeTopics;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import java.util.ArrayList;
import java.util.Optional;

/** Validators of the rules on the intake agreement (004 §2). */
public final class AgreementRules {

  private AgreementRules() {}

  /**
   * {@code vch_intake_topics}: every intake topic was explained; fact {@code missing}: the topics
   * not explained.
   */
  public static final class IntakeTopicsValidator
      extends RuleValidator<IntakeTopics, IntakeAgreement> {
    @Override
    protected Optional<Finding> check(IntakeAgreement a, FundingRegimes regimes) {
      return a.allTopicsExplained()
          ? Optional.empty()
          : Optional.of(
              Finding.at("explainedTopics").with("missing", new ArrayList<>(a.missingTopics())));
    }
  }

  /** {@code vch_agreement_signed}: the agreement is signed. */
  public static final class AgreementSignedValidator
      extends RuleValidator<AgreementSigned, IntakeAgreement> {
    @Override
    protected Optional<Finding> check(IntakeAgreement a, FundingRegimes regimes) {
      return PlanRules.when(!a.isSigned(), "signedOn");
    }
  }
}
