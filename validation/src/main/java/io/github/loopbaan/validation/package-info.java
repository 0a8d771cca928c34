/**
 * Validation of the Loopbaan model against rule sets (profiles) such as the Flemish career-voucher rules
 * (loopbaancheque), on Jakarta Validation and Hibernate Validator.
 */
package io.github.loopbaan.validation;
