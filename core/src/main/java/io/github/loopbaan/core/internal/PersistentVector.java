package io.github.loopbaan.core.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list that shares its structure with the list it was made from: a 32-way trie of the
 * elements with the last (up to 32) elements in a tail array, after Clojure's persistent vector.
 *
 * <p>{@link #plus} copies only the tail (up to 32 references) and, once in 32 appends, the path
 * from the root to the new leaf (at most log<sub>32</sub> n arrays of 32 references):
 * O(log<sub>32</sub> n) time and memory, effectively constant. {@link #get} is O(log<sub>32</sub>
 * n); the iterator walks the leaf arrays. Equal to any {@link java.util.List} with equal elements
 * in the same order, with the same hash code; its mutators throw {@link
 * UnsupportedOperationException}. Every field is final, so a vector is safe to share between
 * threads.
 *
 * @param <E> the element type
 */
public final class PersistentVector<E> extends AbstractList<E> implements RandomAccess {

  private static final int BITS = 5;
  private static final int WIDTH = 1 << BITS;
  private static final int MASK = WIDTH - 1;
  private static final PersistentVector<?> EMPTY =
      new PersistentVector<>(0, BITS, new Object[WIDTH], new Object[0]);

  private final int size;

  /**
   * The bit shift of the root level: 5 while the trie has one level of leaves, 10 with two, and so
   * on.
   */
  private final int shift;

  /** Inner nodes are arrays of child arrays; the arrays at level 0 hold elements. */
  private final Object[] root;

  private final Object[] tail;

  private PersistentVector(int size, int shift, Object[] root, Object[] tail) {
    this.size = size;
    this.shift = shift;
    this.root = root;
    this.tail = tail;
  }

  /**
   * @param <E> the element type
   * @return the empty vector (one shared instance)
   */
  @SuppressWarnings("unchecked")
  public static <E> PersistentVector<E> empty() {
    return (PersistentVector<E>) EMPTY;
  }

  /**
   * @param elements the elements, in order; none null
   * @param <E> the element type
   * @return a vector of them: the argument itself when it is a persistent vector
   * @throws NullPointerException when an element is null, naming its index
   */
  @SuppressWarnings("unchecked")
  public static <E> PersistentVector<E> of(Iterable<? extends E> elements) {
    if (elements instanceof PersistentVector) {
      return (PersistentVector<E>) elements;
    }
    PersistentVector<E> result = empty();
    for (E element : Objects.requireNonNull(elements, "elements")) {
      if (element == null) {
        throw new NullPointerException("element " + result.size);
      }
      result = result.plus(element);
    }
    return result;
  }

  /**
   * @param element the element to add after the last one; not null
   * @return a new vector one longer; this one is unchanged
   * @throws NullPointerException when the element is null
   */
  public PersistentVector<E> plus(E element) {
    Objects.requireNonNull(element, "element");
    if (size - tailOffset() < WIDTH) {
      Object[] newTail = Arrays.copyOf(tail, tail.length + 1);
      newTail[tail.length] = element;
      return new PersistentVector<>(size + 1, shift, root, newTail);
    }
    Object[] newRoot;
    int newShift = shift;
    if ((size >>> BITS) > (1 << shift)) {
      newRoot = new Object[WIDTH];
      newRoot[0] = root;
      newRoot[1] = newPath(shift, tail);
      newShift += BITS;
    } else {
      newRoot = pushTail(shift, root, tail);
    }
    return new PersistentVector<>(size + 1, newShift, newRoot, new Object[] {element});
  }

  /**
   * @return the last element
   * @throws NoSuchElementException when the vector is empty
   */
  public E last() {
    if (size == 0) {
      throw new NoSuchElementException("The vector is empty");
    }
    return get(size - 1);
  }

  @Override
  public E get(int index) {
    Objects.checkIndex(index, size);
    return element(leafFor(index), index);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<E> iterator() {
    return new Iterator<>() {
      private int next;
      private Object[] leaf;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public E next() {
        if (next >= size) {
          throw new NoSuchElementException();
        }
        if ((next & MASK) == 0 || leaf == null) {
          leaf = leafFor(next);
        }
        return element(leaf, next++);
      }
    };
  }

  /**
   * @return the size only: elements may hold personal data
   */
  @Override
  public String toString() {
    return "PersistentVector[" + size + " elements]";
  }

  @SuppressWarnings("unchecked")
  private static <E> E element(Object[] leaf, int index) {
    return (E) leaf[index & MASK];
  }

  /** The index of the first element in the tail. */
  private int tailOffset() {
    return size < WIDTH ? 0 : ((size - 1) >>> BITS) << BITS;
  }

  private Object[] leafFor(int index) {
    if (index >= tailOffset()) {
      return tail;
    }
    Object[] node = root;
    for (int level = shift; level > 0; level -= BITS) {
      node = (Object[]) node[(index >>> level) & MASK];
    }
    return node;
  }

  /** Copies the path to the full tail's place and puts the tail there as a leaf. */
  private Object[] pushTail(int level, Object[] parent, Object[] leaf) {
    int slot = ((size - 1) >>> level) & MASK;
    Object[] copy = parent.clone();
    if (level == BITS) {
      copy[slot] = leaf;
    } else {
      Object[] child = (Object[]) parent[slot];
      copy[slot] =
          child != null ? pushTail(level - BITS, child, leaf) : newPath(level - BITS, leaf);
    }
    return copy;
  }

  private static Object[] newPath(int level, Object[] leaf) {
    if (level == 0) {
      return leaf;
    }
    Object[] node = new Object[WIDTH];
    node[0] = newPath(level - BITS, leaf);
    return node;
  }
}
