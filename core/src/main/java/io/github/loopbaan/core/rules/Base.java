package io.github.loopbaan.core.rules;

import jakarta.validation.groups.Default;

/**
 * The base rule set: rules every practice shares (Dutch: basisregels). Its rules are declared in
 * the {@link Default} group so that they always apply, also under a plain {@code
 * validator.validate(value)} or an application's own {@code @Valid}; validating this group
 * validates exactly the {@link Default} constraints.
 */
public interface Base extends Default {}
