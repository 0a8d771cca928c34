package io.github.loopbaan.core.rules;

/**
 * The rule set of the Flemish career vouchers (Dutch: loopbaancheques; VDAB rules as described in
 * seed 004): the intake topics, the individual and group hours per voucher, aftercare, the
 * evaluation invitation, the minimum content of the POP and the training attest. A validation
 * group: validate with it to apply these rules.
 */
public interface FlemishVoucher {}
