/**
 * Validation of the Loopbaan model against rule sets (Dutch: regelsets, profielen) such as the
 * Flemish career-voucher rules (loopbaancheque), on Jakarta Validation and Hibernate Validator.
 *
 * <p>Use {@link io.github.loopbaan.validation.LoopbaanValidator}: {@code validate(value,
 * RuleSet...)} returns a {@link io.github.loopbaan.validation.ValidationReport} of {@link
 * io.github.loopbaan.validation.Violation}s, each with a stable rule code, a {@link
 * io.github.loopbaan.validation.Severity}, a path and {@code message(Locale)} in nl or en. The rule
 * reference is {@code docs/rules.md}.
 *
 * <p><b>Rules are constraints on the model.</b> The annotations live in {@code
 * io.github.loopbaan.core.rules} and are declared on {@code Trajectory}, {@code IntakeAgreement}
 * and {@code DevelopmentPlan}; this module supplies their validators through {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}, so any Hibernate Validator sees them,
 * also a plain {@code Validation.buildDefaultValidatorFactory()} or an application's own
 * {@code @Valid}. Messages are in {@code ContributorValidationMessages.properties} (en) and {@code
 * ContributorValidationMessages_nl.properties}; no root {@code ValidationMessages} is shipped.
 *
 * <p><b>Funding regimes.</b> The voucher numbers (hours per voucher, minimum individual and maximum
 * group guidance, aftercare minutes and window, vouchers per person) and the process rules are the
 * {@code FundingRegime} that a trajectory's funding carries (core). A validator accepts the regimes
 * of its {@code FundingRegimes} registry, an immutable value ({@code FundingRegimes.builtIn()}
 * unless given one with {@code LoopbaanValidator.builder().regimes(...)}); rule {@code
 * base_regime_registered} reports a trajectory under any other regime, and every report names the
 * regime and the rule set versions it applied ({@link
 * io.github.loopbaan.validation.ValidationReport#regime()}, {@link
 * io.github.loopbaan.validation.ValidationReport#ruleSets()}).
 *
 * <p><b>Your own rule set, without forking.</b> Declare a group interface ({@code interface
 * MyPractice {}}) and constraints in that group: either standard ones on your own types, or your
 * own annotation with {@code @Constraint(validatedBy = {})}, a {@link
 * io.github.loopbaan.core.rules.RuleCode} (its stable code) and optionally the payload {@link
 * io.github.loopbaan.core.rules.Warning}, its {@code ConstraintValidator} listed in your jar's
 * {@code META-INF/services/jakarta.validation.ConstraintValidator} and its messages in your own
 * {@code ContributorValidationMessages*.properties}. To put a rule on a Loopbaan type you cannot
 * annotate, register it programmatically with Hibernate Validator's {@code ConstraintMapping} in a
 * validator factory of your own (the Loopbaan validators are still service-loaded there), or check
 * it in a class-level constraint on your own type. Then {@code validate(value, RuleSet.BASE,
 * RuleSet.of("my_practice", MyPractice.class))}.
 */
package io.github.loopbaan.validation;
