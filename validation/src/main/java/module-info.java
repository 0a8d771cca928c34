/**
 * Loopbaan validation: constraint validators, rule sets (profiles) and a validator facade, on Hibernate Validator.
 *
 * <p>The constraint validators are provided as {@code jakarta.validation.ConstraintValidator} services (the same list
 * as {@code META-INF/services}, which only the class path reads). Voucher regimes are looked up with
 * {@link java.util.ServiceLoader} ({@code uses io.github.loopbaan.validation.VoucherRegimeProvider}).
 */
module io.github.loopbaan.validation {
    requires transitive io.github.loopbaan.core;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;

    exports io.github.loopbaan.validation;
    exports io.github.loopbaan.validation.constraints;
    // Hibernate Validator instantiates the validators and reads the rule annotations reflectively.
    opens io.github.loopbaan.validation.constraints to org.hibernate.validator;

    uses io.github.loopbaan.validation.VoucherRegimeProvider;

    provides jakarta.validation.ConstraintValidator with
        io.github.loopbaan.validation.constraints.TrajectoryRules.PlanPast,
        io.github.loopbaan.validation.constraints.TrajectoryRules.GoalPast,
        io.github.loopbaan.validation.constraints.TrajectoryRules.PopAfter,
        io.github.loopbaan.validation.constraints.TrajectoryRules.Vouchers,
        io.github.loopbaan.validation.constraints.TrajectoryRules.AgreementPast,
        io.github.loopbaan.validation.constraints.TrajectoryRules.IndividualHours,
        io.github.loopbaan.validation.constraints.TrajectoryRules.GroupHours,
        io.github.loopbaan.validation.constraints.TrajectoryRules.AftercareTime,
        io.github.loopbaan.validation.constraints.TrajectoryRules.AftercareInWindow,
        io.github.loopbaan.validation.constraints.TrajectoryRules.AftercareRequested,
        io.github.loopbaan.validation.constraints.TrajectoryRules.Evaluation,
        io.github.loopbaan.validation.constraints.TrajectoryRules.ChecklistOnly,
        io.github.loopbaan.validation.constraints.TrajectoryRules.AttestNamed,
        io.github.loopbaan.validation.constraints.TrajectoryRules.AttestYear,
        io.github.loopbaan.validation.constraints.TrajectoryRules.AttestQuestion,
        io.github.loopbaan.validation.constraints.PlanRules.ActionPlan,
        io.github.loopbaan.validation.constraints.PlanRules.Title,
        io.github.loopbaan.validation.constraints.PlanRules.Finalised,
        io.github.loopbaan.validation.constraints.PlanRules.ClientName,
        io.github.loopbaan.validation.constraints.PlanRules.CareerQuestion,
        io.github.loopbaan.validation.constraints.PlanRules.Reflections,
        io.github.loopbaan.validation.constraints.PlanRules.Choices,
        io.github.loopbaan.validation.constraints.PlanRules.Signature,
        io.github.loopbaan.validation.constraints.AgreementRules.Topics,
        io.github.loopbaan.validation.constraints.AgreementRules.Signed;
}
