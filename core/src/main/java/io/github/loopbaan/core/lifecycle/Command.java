package io.github.loopbaan.core.lifecycle;

import io.github.loopbaan.core.Coded;
import java.time.LocalDate;

/**
 * A request to change a value through its lifecycle, such as "hold the intake" or "drop this action". Dutch: handeling, opdracht.
 *
 * <p>A command names its {@linkplain #getKind() kind}, which the lifecycle table is keyed by, and the
 * {@linkplain #getDate() date} on which the thing happens; the engine never reads a clock. Commands are
 * immutable values; their payload is checked when they are built.
 *
 * @param <K> the enum of command kinds of one lifecycle
 */
public interface Command<K extends Enum<K> & Coded> {

  /** @return the kind of command, the key of the lifecycle table */
  K getKind();

  /** @return the day on which the command takes effect */
  LocalDate getDate();
}
