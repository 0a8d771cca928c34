/**
 * Loopbaan validation: constraint validators, rule sets (profiles) and a validator facade, on
 * Hibernate Validator.
 *
 * <p>The constraint validators are provided as {@code jakarta.validation.ConstraintValidator}
 * services (the same list as {@code META-INF/services}, which only the class path reads). Funding
 * regimes are values ({@code FundingRegimes}) given to the validator; nothing is looked up.
 */
module io.github.loopbaan.validation {
  requires transitive io.github.loopbaan.core;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;

  exports io.github.loopbaan.validation;
  exports io.github.loopbaan.validation.constraints;

  // Hibernate Validator instantiates the validators and reads the rule annotations reflectively.
  opens io.github.loopbaan.validation.constraints to
      org.hibernate.validator;

  provides jakarta.validation.ConstraintValidator with
      io.github.loopbaan.validation.constraints.TrajectoryRules.PlanPastIntakeValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.GoalPastIntakeValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.PopAfterSynthesisValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.RegimeRegisteredValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.CatalogueEntriesKnownValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.FarewellForcedMobilityValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.ProviderRecognisedValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.EligibilityRecordedValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.HealthDataGroundValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.SessionVoucherValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.VoucherHoursValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.PopVoucherValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.VouchersPerPersonValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.WaitingPeriodValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.VouchersValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.IntakeAgreementRecordedValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.IndividualHoursValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.GroupHoursValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.AftercareMinutesValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.AftercareWindowValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.AftercareOnRequestValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.EvaluationInvitedValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.PopChecklistOnlyValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.AttestTrainingNamedValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.AttestAcademicYearValidator,
      io.github.loopbaan.validation.constraints.TrajectoryRules.AttestCareerQuestionValidator,
      io.github.loopbaan.validation.constraints.PlanRules.ActionPlanRequiredValidator,
      io.github.loopbaan.validation.constraints.PlanRules.PopTitleValidator,
      io.github.loopbaan.validation.constraints.PlanRules.PopFinalisedValidator,
      io.github.loopbaan.validation.constraints.PlanRules.PopClientNameValidator,
      io.github.loopbaan.validation.constraints.PlanRules.PopCareerQuestionValidator,
      io.github.loopbaan.validation.constraints.PlanRules.PopReflectionsValidator,
      io.github.loopbaan.validation.constraints.PlanRules.PopChoicesValidator,
      io.github.loopbaan.validation.constraints.PlanRules.PopSignatureValidator,
      io.github.loopbaan.validation.constraints.AgreementRules.IntakeTopicsValidator,
      io.github.loopbaan.validation.constraints.AgreementRules.AgreementSignedValidator;
}
