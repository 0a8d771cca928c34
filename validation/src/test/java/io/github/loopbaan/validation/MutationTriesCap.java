package io.github.loopbaan.validation;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.Lifespan;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.Store;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;

/**
 * Caps the tries of every property, including those with an explicit {@code @Property(tries = ...)}, when the
 * system property {@value #PROPERTY} is set; without it this hook changes nothing.
 *
 * <p>Mutation testing (the {@code mutation} profile) runs the covering tests once per mutant, so 1,000 or 2,000
 * tries per property would take hours; {@code jqwik.tries.default} only lowers the properties without an explicit
 * count. The same hook as in testkit's test sources (test classes are not shared between modules). Registered
 * globally through {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}; after the capped number of
 * satisfied tries the property finishes early as satisfied, so a failing try is never hidden.
 */
public final class MutationTriesCap implements AroundTryHook {

  /** The system property that holds the maximum number of tries per property. */
  public static final String PROPERTY = "loopbaan.mutation.maxTries";

  private final int maxTries = Integer.getInteger(PROPERTY, 0);

  /** Creates the hook; the service loader calls this. */
  public MutationTriesCap() {}

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public TryExecutionResult aroundTry(TryLifecycleContext context, TryExecutor aTry, List<Object> parameters) {
    TryExecutionResult result = aTry.execute(parameters);
    if (maxTries <= 0 || !result.isSatisfied()) {
      return result;
    }
    int done = Store.getOrCreate(MutationTriesCap.class, Lifespan.PROPERTY, AtomicInteger::new).get().incrementAndGet();
    return done >= maxTries ? TryExecutionResult.satisfied(true) : result;
  }
}
