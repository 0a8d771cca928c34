/**
 * The trajectory (loopbaantraject) and the facts of its process: the intake agreement, funding and
 * career vouchers (loopbaancheques), career scenarios, referrals, the evaluation invitation and
 * aftercare.
 */
@LoopbaanStyle
package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.LoopbaanStyle;
