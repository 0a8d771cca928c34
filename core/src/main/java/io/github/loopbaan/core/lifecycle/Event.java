package io.github.loopbaan.core.lifecycle;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.privacy.Classified;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What happened when a command was applied: the command itself, the state before and after, and its
 * place in the value's history. Dutch: gebeurtenis.
 *
 * <p>Replaying the commands of a history from the lifecycle's initial value reproduces the value
 * exactly. The event's {@link #toString()} shows the sequence, the lifecycle, the states and the
 * command kind, never the command's payload.
 *
 * @param <S> the state enum
 * @param <C> the command type
 */
public final class Event<S extends Enum<S> & Coded, C extends Command<?>> {

  private final long sequence;
  private final String lifecycle;
  private final S from;
  private final S to;
  private final C command;

  /**
   * @param sequence 1 for the first event of a history, then one more for each
   * @param lifecycle the name of the lifecycle table
   * @param from the state before
   * @param to the state after
   * @param command the command that was applied
   */
  public Event(long sequence, String lifecycle, S from, S to, C command) {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be at least 1");
    }
    this.sequence = sequence;
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    this.command = Objects.requireNonNull(command, "command");
  }

  /**
   * @return the position in the history, from 1
   */
  public long getSequence() {
    return sequence;
  }

  /**
   * @return the name of the lifecycle table that produced the event
   */
  public String getLifecycle() {
    return lifecycle;
  }

  /**
   * @return the state before the command
   */
  public S getFrom() {
    return from;
  }

  /**
   * @return the state after the command
   */
  public S getTo() {
    return to;
  }

  /**
   * @return the command that was applied
   */
  public C getCommand() {
    return command;
  }

  /**
   * @return the day the command took effect
   */
  public LocalDate getDate() {
    return command.getDate();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Event)) {
      return false;
    }
    Event<?, ?> e = (Event<?, ?>) o;
    return e.sequence == sequence
        && e.lifecycle.equals(lifecycle)
        && e.from == from
        && e.to == to
        && e.command.equals(command);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sequence, lifecycle, from, to, command);
  }

  /**
   * @return for example {@code Event[3 trajectory intake -> in_depth by hold_in_depth on
   *     2025-02-03]}
   */
  @Override
  public String toString() {
    return "Event["
        + sequence
        + " "
        + lifecycle
        + " "
        + from.code()
        + " -> "
        + to.code()
        + " by "
        + Classified.shown((Coded) command.getKind())
        + " on "
        + getDate()
        + "]";
  }
}
