/**
 * The personal development plan (POP, persoonlijk ontwikkelingsplan): reflections and insights,
 * choices and decisions, goals, the action plan with its actions, revisions as a growth document,
 * storage consent and named training.
 */
@LoopbaanStyle
package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.LoopbaanStyle;
