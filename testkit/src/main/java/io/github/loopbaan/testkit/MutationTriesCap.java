package io.github.loopbaan.testkit;

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
 * Caps the tries of every property, including those with an explicit {@code @Property(tries =
 * ...)}, when the system property {@value #PROPERTY} is set to a positive number; without it this
 * hook changes nothing.
 *
 * <p>For mutation testing: PIT runs the covering tests once per mutant, so properties over this
 * testkit's generators with 1,000 tries each would take hours, and {@code jqwik.tries.default} only
 * lowers the properties without an explicit count. After the capped number of satisfied tries a
 * property finishes early as satisfied; a failing try is never hidden, because the cap only counts
 * satisfied ones.
 *
 * <p>This jar does <em>not</em> register the hook: a test suite that wants it lists {@code
 * io.github.loopbaan.testkit.MutationTriesCap} in its own {@code
 * src/test/resources/META-INF/services/net.jqwik.api.lifecycle.LifecycleHook} (as Loopbaan's
 * modules do) and sets the property in the mutation run's JVM arguments, for example {@code
 * -Dloopbaan.mutation.maxTries=10}.
 */
public final class MutationTriesCap implements AroundTryHook {

  /** The system property that holds the maximum number of tries per property. */
  public static final String PROPERTY = "loopbaan.mutation.maxTries";

  private final int maxTries = Integer.getInteger(PROPERTY, 0);

  /**
   * Whether the cap is set for this JVM. A statistical check over a property's tries (jqwik's
   * {@code Statistics.coverage}, for example "at least 5% of the walks end closed") holds for the
   * property's full number of tries, not for a handful: guard it with {@code if
   * (!MutationTriesCap.active())}.
   *
   * @return whether {@value #PROPERTY} is set to a positive number
   */
  public static boolean active() {
    return Integer.getInteger(PROPERTY, 0) > 0;
  }

  /** Creates the hook; the service loader calls this. */
  public MutationTriesCap() {}

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public TryExecutionResult aroundTry(
      TryLifecycleContext context, TryExecutor aTry, List<Object> parameters) {
    TryExecutionResult result = aTry.execute(parameters);
    if (maxTries <= 0 || !result.isSatisfied()) {
      return result;
    }
    int done =
        Store.getOrCreate(MutationTriesCap.class, Lifespan.PROPERTY, AtomicInteger::new)
            .get()
            .incrementAndGet();
    return done >= maxTries ? TryExecutionResult.satisfied(true) : result;
  }
}
