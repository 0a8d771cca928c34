/**
 * One small state machine engine for every lifecycle of the model (levensloop, fasering).
 *
 * <p>A lifecycle is a declarative table ({@link io.github.loopbaan.core.lifecycle.StateMachine}):
 * states, command kinds, transitions and named {@link io.github.loopbaan.core.lifecycle.Guard
 * guards}. A guard answers allowed, or rejected with {@link
 * io.github.loopbaan.core.lifecycle.Reason reasons}. Applying a {@link
 * io.github.loopbaan.core.lifecycle.Command command} returns an {@link
 * io.github.loopbaan.core.lifecycle.Outcome}: the new immutable value together with the {@link
 * io.github.loopbaan.core.lifecycle.Event event} that happened, or the rejection; nothing mutates
 * and the rejected value is untouched. Time comes from the command's date, never from a clock. The
 * same table drives the runtime, the Mermaid diagram in the docs and the property tests.
 */
package io.github.loopbaan.core.lifecycle;
