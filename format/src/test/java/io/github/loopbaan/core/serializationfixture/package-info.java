/**
 * Test fixtures shaped like the model's value types (Immutables with {@code LoopbaanStyle}), with
 * kinds of attributes the parties lack: a default, a derived getter, a boolean, an int, a nested
 * list, a map keyed by codes, dates, durations and a sequence value. They live under {@code
 * io.github.loopbaan.core} because the module maps that package tree only.
 */
@LoopbaanStyle
package io.github.loopbaan.core.serializationfixture;

import io.github.loopbaan.core.LoopbaanStyle;
