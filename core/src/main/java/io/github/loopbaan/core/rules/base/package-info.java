/**
 * The base rules every practice shares (rule codes {@code base_…}), declared in the default
 * validation group: one annotation per rule, named after its code ({@code base_plan_past_intake} is
 * {@link PlanPastIntake}), its validator in {@code loopbaan-validation} named after the annotation
 * ({@code PlanPastIntakeValidator}).
 */
@LoopbaanStyle
package io.github.loopbaan.core.rules.base;

import io.github.loopbaan.core.LoopbaanStyle;
