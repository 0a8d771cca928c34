package io.github.loopbaan.testkit;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.lifecycle.StateMachine;
import io.github.loopbaan.testkit.LifecycleWalks.Walk;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The contract every lifecycle keeps, as jqwik properties over random walks through its table: a
 * rejected command changes nothing, replaying a value's history reproduces it, {@code options}
 * answers exactly what {@code apply} does, final states reject everything but their corrections,
 * and the history is a chain of the events applied.
 *
 * <p>Extend it once per lifecycle, naming the machine and the walks; add the lifecycle's own
 * properties to the subclass. The model's seven lifecycles are tested this way, and a lifecycle
 * written with the engine by a user can be too:
 *
 * <pre>{@code
 * class SessionLifecycleProperties extends LifecycleContract<Session, SessionStatus, SessionCommandKind,
 *     SessionCommand> {
 *   SessionLifecycleProperties() {
 *     super(SessionLifecycle.MACHINE);
 *   }
 *
 *   @Override
 *   @Provide
 *   public Arbitrary<Walk<Session, SessionCommand>> walks() {
 *     return LifecycleWalks.walks(SessionLifecycle.MACHINE, SessionArbitraries.plannedSessions(),
 *         s -> s.getDate().minusDays(21), SessionArbitraries::sessionCommand, 30);
 *   }
 * }
 * }</pre>
 *
 * <p>Each property runs the default number of tries (1,000, or {@code jqwik.tries.default}).
 *
 * @param <V> the value type
 * @param <S> the state enum
 * @param <K> the command kind enum
 * @param <C> the command type
 */
public abstract class LifecycleContract<
    V, S extends Enum<S> & Coded, K extends Enum<K> & Coded, C extends Command<K>> {

  private final StateMachine<V, S, K, C> machine;

  /**
   * @param machine the lifecycle table under test
   */
  protected LifecycleContract(StateMachine<V, S, K, C> machine) {
    this.machine = machine;
  }

  /**
   * The walks the properties run over; annotate the implementation with {@link Provide}.
   *
   * @return random walks through the table, from the values the lifecycle starts at (and some
   *     restored ones)
   */
  @Provide
  public abstract Arbitrary<Walk<V, C>> walks();

  /**
   * Called with every walk of {@link #optionsAreExact} before it is checked, for statistics on
   * where walks end (once per try, so coverage checks count each walk once); does nothing unless
   * overridden.
   *
   * @param walk the walk about to be checked
   */
  protected void observe(Walk<V, C> walk) {}

  /**
   * @param walk a walk: every rejected command left the value as it was
   */
  @Property
  public void rejectionsChangeNothing(@ForAll("walks") Walk<?, ?> walk) {
    LifecycleWalks.rejectionsChangeNothing(machine, typed(walk));
  }

  /**
   * @param walk a walk: replaying the commands of the end value's history from the start reproduces
   *     it
   */
  @Property
  public void replayReproduces(@ForAll("walks") Walk<?, ?> walk) {
    LifecycleWalks.replayReproduces(machine, typed(walk));
  }

  /**
   * @param walk a walk: at every step, {@code options} allowed exactly the kinds whose command was
   *     applied
   */
  @Property
  public void optionsAreExact(@ForAll("walks") Walk<?, ?> walk) {
    observe(typed(walk));
    LifecycleWalks.optionsAreExact(machine, typed(walk));
  }

  /**
   * @param walk a walk: a final state is never left, and rejects every command that has no row from
   *     it (its corrections and the rows that stay in it)
   */
  @Property
  public void finalStatesRejectEverything(@ForAll("walks") Walk<?, ?> walk) {
    LifecycleWalks.finalStatesRejectEverything(machine, typed(walk));
  }

  /**
   * @param walk a walk: the history is numbered, chained from state to state and in date order
   */
  @Property
  public void historyIsChained(@ForAll("walks") Walk<?, ?> walk) {
    LifecycleWalks.historyIsChained(machine, typed(walk));
  }

  /**
   * The walks come from {@link #walks()}, whose type is {@code Walk<V, C>}; jqwik hands them over
   * untyped.
   */
  @SuppressWarnings("unchecked")
  private Walk<V, C> typed(Walk<?, ?> walk) {
    return (Walk<V, C>) walk;
  }
}
