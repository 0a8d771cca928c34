package io.github.loopbaan.core.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * A named condition on a transition: allowed, or rejected with a {@link Reason}. Dutch: voorwaarde.
 *
 * <p>A guard sees the current value and the day the command would take effect, never the command's
 * payload: so the engine can say for any value and day which commands are possible and, for the
 * others, why not, and that answer is exactly what applying a command would do. The {@linkplain
 * #getName() name} appears in the generated diagrams.
 *
 * @param <V> the type of value the lifecycle governs
 */
public final class Guard<V> {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  private final String name;
  private final BiFunction<V, LocalDate, Optional<Reason>> check;

  private Guard(String name, BiFunction<V, LocalDate, Optional<Reason>> check) {
    if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
      throw new IllegalArgumentException("A guard name must be lower-case snake_case");
    }
    this.name = name;
    this.check = Objects.requireNonNull(check, "check");
  }

  /**
   * @param name snake_case name shown in diagrams, for example {@code agreement_signed}
   * @param check answers empty when allowed, or the reason for the rejection
   * @param <V> the value type
   * @return the guard
   */
  public static <V> Guard<V> of(String name, BiFunction<V, LocalDate, Optional<Reason>> check) {
    return new Guard<>(name, check);
  }

  /**
   * A guard that holds when a predicate holds and otherwise rejects with a reason built from the
   * value and day.
   *
   * @param name snake_case name shown in diagrams
   * @param holds the condition
   * @param otherwise the reason when it does not hold
   * @param <V> the value type
   * @return the guard
   */
  public static <V> Guard<V> require(
      String name, BiPredicate<V, LocalDate> holds, BiFunction<V, LocalDate, Reason> otherwise) {
    Objects.requireNonNull(holds, "holds");
    Objects.requireNonNull(otherwise, "otherwise");
    return new Guard<>(
        name,
        (v, on) -> holds.test(v, on) ? Optional.empty() : Optional.of(otherwise.apply(v, on)));
  }

  /**
   * @return the guard's name, snake_case
   */
  public String getName() {
    return name;
  }

  /**
   * @param value the current value
   * @param on the day the command would take effect
   * @return empty when allowed, otherwise the reason
   */
  public Optional<Reason> check(V value, LocalDate on) {
    return check.apply(value, on);
  }

  @Override
  public String toString() {
    return "Guard[" + name + "]";
  }
}
