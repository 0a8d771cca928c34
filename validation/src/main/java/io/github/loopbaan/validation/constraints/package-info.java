/**
 * The constraint validators of the rules in {@code io.github.loopbaan.core.rules}, registered for
 * Hibernate Validator through {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 * Public only because the provider instantiates them; applications use {@link
 * io.github.loopbaan.validation.LoopbaanValidator}.
 */
package io.github.loopbaan.validation.constraints;
