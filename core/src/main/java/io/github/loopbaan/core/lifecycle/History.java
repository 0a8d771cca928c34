package io.github.loopbaan.core.lifecycle;

import java.util.AbstractList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * An immutable, append-only sequence of events: the history a value keeps of its lifecycle. Dutch: verloop, geschiedenis.
 *
 * <p>Appending returns a new history in constant time and shares everything with the old one, so the cost of one
 * more event does not grow with the length of the history. {@link #asList()} gives an unmodifiable list view,
 * built once per history on first use. Two histories are equal when they hold equal elements in the same order.
 *
 * @param <E> the element type
 */
public final class History<E> implements Iterable<E> {

  private static final History<?> EMPTY = new History<>(null, null, 0, 1);

  private final History<E> previous;
  private final E last;
  private final int size;
  private final int hash;
  private volatile List<E> list;

  private History(History<E> previous, E last, int size, int hash) {
    this.previous = previous;
    this.last = last;
    this.size = size;
    this.hash = hash;
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
    return new History<>(this, element, size + 1, 31 * hash + element.hashCode());
  }

  /** @return the number of elements */
  public int size() {
    return size;
  }

  /** @return whether the history holds no element */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * @return the newest element
   * @throws java.util.NoSuchElementException when the history is empty
   */
  public E last() {
    if (size == 0) {
      throw new java.util.NoSuchElementException("The history is empty");
    }
    return last;
  }

  /** @return the elements, oldest first, as an unmodifiable list */
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
    if (other.size != size || other.hash != hash) {
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

  @Override
  public int hashCode() {
    return hash;
  }

  /** @return the size only: elements may hold personal data */
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
