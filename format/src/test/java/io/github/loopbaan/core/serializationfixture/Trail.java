package io.github.loopbaan.core.serializationfixture;

import io.github.loopbaan.core.InvalidValueException;
import java.util.Iterator;
import java.util.List;

/**
 * A sequence value shaped like a lifecycle history: iterable, built by {@code of(List)}, never
 * empty.
 */
public final class Trail implements Iterable<String> {

  private final List<String> steps;

  private Trail(List<String> steps) {
    if (steps.isEmpty()) {
      throw new InvalidValueException("Trail", "steps", "not_empty", "must hold at least one step");
    }
    this.steps = List.copyOf(steps);
  }

  /**
   * @param steps the steps, oldest first
   * @return the trail
   */
  public static Trail of(List<String> steps) {
    return new Trail(steps);
  }

  @Override
  public Iterator<String> iterator() {
    return steps.iterator();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Trail && ((Trail) other).steps.equals(steps);
  }

  @Override
  public int hashCode() {
    return steps.hashCode();
  }

  @Override
  public String toString() {
    return "Trail" + steps;
  }
}
