/**
 * The foundation of the Loopbaan model: {@link io.github.loopbaan.core.Coded} constants with stable
 * codes and nl/en labels, typed {@link io.github.loopbaan.core.Identifier identifiers}, the {@link
 * io.github.loopbaan.core.InvalidValueException} of structural rules and the {@link
 * io.github.loopbaan.core.LoopbaanStyle} of every value type.
 */
package io.github.loopbaan.core;
