package io.github.loopbaan.core.lifecycle;

import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An immutable, append-only sequence of events: the history a value keeps of its lifecycle. Dutch:
 * verloop, geschiedenis.
 *
 * <p>Appending returns a new history in constant time and shares everything with the old one, so
 * the cost of one more event does not grow with the length of the history. {@link #asList()} gives
 * an unmodifiable list view, built once per history on first use. Two histories are equal when they
 * hold equal elements in the same order.
 *
 * @param <E> the element type
 */
public final class History<E> implements Iterable<E> {

  private static final long HASHED = 1L << 32;
  private static final History<?> EMPTY = new History<>(null, null, 0);

  private final History<E> previous;
  private final E last;

  /** The oldest element (null when empty), kept so a check of the history's start costs O(1). */
  private final E first;

  private final int size;

  /**
   * The {@link StateMachine} that found this history, up to and including this element, to be a
   * walk through its table; null until a machine has checked it. A memo of a pure check, like
   * {@link #hash}: it buys the flat cost of {@code apply}, since a history one event longer than a
   * checked one is checked for that one event only. Package-private: only the engine sets and reads
   * it.
   */
  volatile Object walkedBy;

  /**
   * The hash of the elements up to this one, with bit 32 set once computed (0 = not yet); computed
   * on first use from the nearest node that has it. One volatile long, so a reader never sees the
   * flag without the hash.
   */
  private volatile long hash;

  private volatile List<E> list;

  private History(History<E> previous, E last, int size) {
    this.previous = previous;
    this.last = last;
    this.first = size <= 1 ? last : previous.first;
    this.size = size;
    if (size == 0) {
      this.hash = HASHED | 1;
    }
  }

  /**
   * @param <E> the element type
   * @return the empty history
   */
  @SuppressWarnings("unchecked")
  public static <E> History<E> empty() {
    return (History<E>) EMPTY;
  }

  /**
   * @param elements the elements, oldest first
   * @param <E> the element type
   * @return a history holding them
   */
  public static <E> History<E> of(Iterable<? extends E> elements) {
    History<E> history = empty();
    for (E element : elements) {
      history = history.append(element);
    }
    return history;
  }

  /**
   * @param element the element to add after the newest one
   * @return a new history one longer; this history is unchanged
   */
  public History<E> append(E element) {
    Objects.requireNonNull(element, "element");
    return new History<>(this, element, size + 1);
  }

  /**
   * @return the number of elements
   */
  public int size() {
    return size;
  }

  /**
   * @return whether the history holds no element
   */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * @return the newest element
   * @throws java.util.NoSuchElementException when the history is empty
   */
  public E last() {
    if (size == 0) {
      throw new NoSuchElementException("The history is empty");
    }
    return last;
  }

  /**
   * @return the oldest element
   * @throws java.util.NoSuchElementException when the history is empty
   */
  public E first() {
    if (size == 0) {
      throw new NoSuchElementException("The history is empty");
    }
    return first;
  }

  /**
   * @return the history without its newest element (the empty history stays empty)
   */
  History<E> previous() {
    return size == 0 ? this : previous;
  }

  /**
   * @return the elements, oldest first, as an unmodifiable list
   */
  public List<E> asList() {
    List<E> result = list;
    if (result == null) {
      Object[] elements = new Object[size];
      History<E> node = this;
      for (int i = size - 1; i >= 0; i--) {
        elements[i] = node.last;
        node = node.previous;
      }
      result = Collections.unmodifiableList(new ArrayView<>(elements));
      list = result;
    }
    return result;
  }

  @Override
  public Iterator<E> iterator() {
    return asList().iterator();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof History)) {
      return false;
    }
    History<?> other = (History<?>) o;
    if (other.size != size || other.hashCode() != hashCode()) {
      return false;
    }
    History<?> a = this;
    History<?> b = other;
    while (a != b && a.size > 0) {
      if (!a.last.equals(b.last)) {
        return false;
      }
      a = a.previous;
      b = b.previous;
    }
    return true;
  }

  /**
   * The hash of the elements in order, as {@link List#hashCode()} defines it. Computed on first use
   * and kept, so appending an element never hashes it: the cost of one more event stays constant.
   */
  @Override
  public int hashCode() {
    long known = hash;
    if (known != 0) {
      return (int) known;
    }
    ArrayDeque<History<E>> pending = new ArrayDeque<>();
    History<E> node = this;
    while (node.hash == 0) {
      pending.push(node);
      node = node.previous;
    }
    int h = (int) node.hash;
    while (!pending.isEmpty()) {
      History<E> next = pending.pop();
      h = 31 * h + next.last.hashCode();
      next.hash = HASHED | (h & 0xffffffffL);
    }
    return h;
  }

  /**
   * @return the size only: elements may hold personal data
   */
  @Override
  public String toString() {
    return "History[" + size + " entries]";
  }

  private static final class ArrayView<E> extends AbstractList<E> {
    private final Object[] elements;

    ArrayView(Object[] elements) {
      this.elements = elements;
    }

    @SuppressWarnings("unchecked")
    @Override
    public E get(int index) {
      return (E) elements[index];
    }

    @Override
    public int size() {
      return elements.length;
    }
  }
}
