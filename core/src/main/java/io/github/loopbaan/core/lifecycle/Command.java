package io.github.loopbaan.core.lifecycle;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.privacy.Classified;
import java.time.LocalDate;

/**
 * A request to change a value through its lifecycle, such as "hold the intake" or "drop this
 * action". Dutch: handeling, opdracht.
 *
 * <p>A command names its {@linkplain #getKind() kind}, which the lifecycle table is keyed by, and
 * the {@linkplain #getDate() date} on which the thing happens; the engine never reads a clock.
 * Commands are immutable values (the model's are records of a sealed interface per lifecycle, equal
 * when their components are); their payload is checked when they are built.
 *
 * @param <K> the enum of command kinds of one lifecycle
 */
public interface Command<K extends Enum<K> & Coded> {

  /**
   * @return the kind of command, the key of the lifecycle table
   */
  K getKind();

  /**
   * @return the day on which the command takes effect
   */
  LocalDate getDate();

  /**
   * What every command's {@code toString()} shows: the code of its kind ({@linkplain
   * Classified#shown masked} when the kind's class is sensitive) and its date, never its payload,
   * such as {@code stop_early@2025-06-02}. The model's commands are records whose generated {@code
   * toString()} would show every component; each overrides it with this.
   *
   * @param command a command
   * @return its kind and date
   */
  static String describe(Command<?> command) {
    return Classified.shown(command.getKind()) + "@" + command.getDate();
  }
}
