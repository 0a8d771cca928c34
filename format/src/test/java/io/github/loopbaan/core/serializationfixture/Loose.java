package io.github.loopbaan.core.serializationfixture;

import java.util.Iterator;
import java.util.List;

/**
 * Iterable with an {@code of(List)} factory like {@link Trail}, but not final: no sequence value.
 */
public class Loose implements Iterable<String> {

  private final List<String> steps;

  Loose(List<String> steps) {
    this.steps = List.copyOf(steps);
  }

  /**
   * @param steps the steps
   * @return the sequence
   */
  public static Loose of(List<String> steps) {
    return new Loose(steps);
  }

  @Override
  public Iterator<String> iterator() {
    return steps.iterator();
  }
}
