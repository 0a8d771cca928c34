package io.github.loopbaan.core.rules;

import jakarta.validation.Payload;

/**
 * Constraint payload that makes a rule a warning (Dutch: waarschuwing) rather than an error: the
 * value is acceptable, but the rule set recommends otherwise (for example the client's signature on
 * the POP, which 004 prefers but does not require). A rule without this payload is an error.
 */
public interface Warning extends Payload {}
