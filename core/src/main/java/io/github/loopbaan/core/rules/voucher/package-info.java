/**
 * The rules of the Flemish career voucher (loopbaancheque, source 004; rule codes {@code vch_…}),
 * declared in the {@link io.github.loopbaan.core.rules.FlemishVoucher} group: one annotation per
 * rule, named after its code ({@code vch_aftercare_minutes} is {@link AftercareMinutes}), its
 * validator in {@code loopbaan-validation} named after the annotation ({@code
 * AftercareMinutesValidator}).
 */
@LoopbaanStyle
package io.github.loopbaan.core.rules.voucher;

import io.github.loopbaan.core.LoopbaanStyle;
