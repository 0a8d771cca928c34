/**
 * Rule constraints of the Loopbaan model (Dutch: regels, regelsets): what every rule shares ({@link
 * RuleCode}, {@link Warning}) and the validation groups that form rule sets. The rules themselves
 * are annotations in {@code rules.base} (codes {@code base_…}) and {@code rules.voucher} (codes
 * {@code vch_…}), each named after its code.
 *
 * <p>Every rule annotation is declared with {@code @Constraint(validatedBy = {})} and carries a
 * {@link io.github.loopbaan.core.rules.RuleCode} with its stable rule code. Core knows no
 * validator: the {@code loopbaan-validation} module supplies the {@code ConstraintValidator}s
 * through {@code META-INF/services/jakarta.validation.ConstraintValidator}, so any Hibernate
 * Validator on the class path finds them without wiring, also for an application's own
 * {@code @Valid}.
 *
 * <p>Rule sets are validation groups: the base rules every practice shares are declared in the
 * {@link jakarta.validation.groups.Default} group (so they always apply; {@link Base} names it),
 * the Flemish career-voucher rules (004) in {@link FlemishVoucher}. A rule's severity is an error
 * unless its use carries the payload {@link Warning}.
 */
@LoopbaanStyle
package io.github.loopbaan.core.rules;

import io.github.loopbaan.core.LoopbaanStyle;
