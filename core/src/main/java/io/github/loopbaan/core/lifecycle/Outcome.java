package io.github.loopbaan.core.lifecycle;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of applying a command: the new value together with the event that happened, or the
 * rejection with its reasons. A rejected command leaves the original value untouched. Dutch:
 * uitkomst.
 *
 * @param <V> the value type
 */
public final class Outcome<V> {

  private final String lifecycle;
  private final String command;
  private final V value;
  private final Event<?, ?> event;
  private final List<Reason> reasons;

  private Outcome(
      String lifecycle, String command, V value, Event<?, ?> event, List<Reason> reasons) {
    this.lifecycle = lifecycle;
    this.command = command;
    this.value = value;
    this.event = event;
    this.reasons = reasons;
  }

  static <V> Outcome<V> applied(String lifecycle, String command, V value, Event<?, ?> event) {
    return new Outcome<>(
        lifecycle,
        command,
        Objects.requireNonNull(value, "value"),
        Objects.requireNonNull(event, "event"),
        List.of());
  }

  /**
   * A rejection made outside a table, for example by an aggregate that forwards commands to a part
   * of it.
   *
   * @param lifecycle the lifecycle's name
   * @param command the code of the command kind (or {@code <redacted>} for a health-data kind)
   * @param reasons why; at least one
   * @param <V> the value type
   * @return the rejected outcome
   */
  public static <V> Outcome<V> rejected(String lifecycle, String command, List<Reason> reasons) {
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("A rejection needs at least one reason");
    }
    return new Outcome<>(lifecycle, command, null, null, List.copyOf(reasons));
  }

  /**
   * Carries an outcome over to the value that holds the one it is about, as an aggregate does with
   * a part's lifecycle: the event and the reasons stay the same.
   *
   * @param into makes the holding value from the new value, when applied
   * @param <W> the holding value type
   * @return the outcome for the holding value
   */
  public <W> Outcome<W> map(Function<? super V, ? extends W> into) {
    return value == null
        ? new Outcome<>(lifecycle, command, null, null, reasons)
        : new Outcome<>(lifecycle, command, into.apply(value), event, reasons);
  }

  /**
   * Applies the next command to the new value, so a sequence of commands reads as one chain that
   * stops at the first rejection.
   *
   * <pre>{@code
   * Trajectory t = opened.apply(holdIntake).flatMap(x -> x.apply(holdInDepth)).orElseThrow();
   * }</pre>
   *
   * @param next the next command on the new value, when applied
   * @param <W> the next value type
   * @return the next outcome, or this rejection with its reasons
   */
  public <W> Outcome<W> flatMap(Function<? super V, Outcome<W>> next) {
    return value == null
        ? new Outcome<>(lifecycle, command, null, null, reasons)
        : Objects.requireNonNull(next.apply(value), "next outcome");
  }

  /**
   * @return whether the command was applied
   */
  public boolean isApplied() {
    return value != null;
  }

  /**
   * @return the new value, when applied
   */
  public Optional<V> getValue() {
    return Optional.ofNullable(value);
  }

  /**
   * @return the event that happened, when applied
   */
  public Optional<Event<?, ?>> getEvent() {
    return Optional.ofNullable(event);
  }

  /**
   * @return why the command was rejected; empty when applied
   */
  public List<Reason> getReasons() {
    return reasons;
  }

  /**
   * @return the new value
   * @throws CommandRejectedException when the command was rejected, carrying the reasons
   */
  public V orElseThrow() {
    if (value == null) {
      throw new CommandRejectedException(lifecycle, command, reasons);
    }
    return value;
  }

  /**
   * @return the lifecycle, the command kind and the event or reasons; never the value itself
   */
  @Override
  public String toString() {
    return "Outcome["
        + lifecycle
        + " "
        + command
        + (isApplied() ? " applied " + event : " rejected " + reasons)
        + "]";
  }
}
