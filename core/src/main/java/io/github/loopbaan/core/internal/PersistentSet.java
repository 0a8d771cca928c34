package io.github.loopbaan.core.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable, add-only hash set that shares its structure with the set it was made from: a hash
 * array mapped trie with a 32-bit bitmap per node and collision nodes for elements whose hashes are
 * equal.
 *
 * <p>{@link #plus} copies the path from the root to the new element (at most seven nodes, each no
 * larger than its occupied slots), {@link #with} the path to the element it replaces, and {@link
 * #contains} and {@link #find} follow it: O(log<sub>32</sub> n). Elements equal by a key make it a
 * map ({@link #find} by a probe of the key, {@link #with} to replace the entry). Every field is
 * final, so a set is safe to share between threads. Its {@code toString()} shows the size only,
 * since elements may be personal data.
 *
 * @param <E> the element type
 */
public final class PersistentSet<E> {

  private static final int BITS = 5;
  private static final int MASK = (1 << BITS) - 1;
  private static final PersistentSet<?> EMPTY = new PersistentSet<>(null, 0);

  /** Null when empty, else a {@link Branch}. */
  private final Branch root;

  private final int size;

  private PersistentSet(Branch root, int size) {
    this.root = root;
    this.size = size;
  }

  /**
   * @param <E> the element type
   * @return the empty set (one shared instance)
   */
  @SuppressWarnings("unchecked")
  public static <E> PersistentSet<E> empty() {
    return (PersistentSet<E>) EMPTY;
  }

  /**
   * @return the number of elements
   */
  public int size() {
    return size;
  }

  /**
   * @param element an object
   * @return whether the set holds an element equal to it
   */
  public boolean contains(Object element) {
    return find(element) != null;
  }

  /**
   * @param probe an object
   * @return the element of the set equal to the probe, or null when there is none: with elements
   *     that are equal by a key (such as an entry equal to any entry of the same key), the set
   *     serves as a map
   */
  @SuppressWarnings("unchecked")
  public E find(Object probe) {
    if (root == null || probe == null) {
      return null;
    }
    int hash = hash(probe);
    Object node = root;
    for (int shift = 0; ; shift += BITS) {
      if (node instanceof Collision) {
        Collision c = (Collision) node;
        if (c.hash == hash) {
          for (Object element : c.elements) {
            if (element.equals(probe)) {
              return (E) element;
            }
          }
        }
        return null;
      }
      Branch b = (Branch) node;
      int bit = 1 << ((hash >>> shift) & MASK);
      if ((b.bitmap & bit) == 0) {
        return null;
      }
      Object slot = b.slots[Integer.bitCount(b.bitmap & (bit - 1))];
      if (!(slot instanceof Branch) && !(slot instanceof Collision)) {
        return slot.equals(probe) ? (E) slot : null;
      }
      node = slot;
    }
  }

  /**
   * @param element the element to hold
   * @return a set holding the element in place of an equal one, or with it added when there is
   *     none; this set is unchanged. O(log<sub>32</sub> n)
   * @throws NullPointerException when the element is null
   */
  public PersistentSet<E> with(E element) {
    Objects.requireNonNull(element, "element");
    if (!contains(element)) {
      return plus(element);
    }
    return new PersistentSet<>((Branch) replace(root, element, hash(element), 0), size);
  }

  /**
   * @param element the element to add; not null
   * @return a set that also holds it: this set when it already does
   * @throws NullPointerException when the element is null
   */
  public PersistentSet<E> plus(E element) {
    Objects.requireNonNull(element, "element");
    if (contains(element)) {
      return this;
    }
    int hash = hash(element);
    Branch newRoot =
        root == null
            ? new Branch(1 << (hash & MASK), new Object[] {element})
            : (Branch) insert(root, element, hash, 0);
    return new PersistentSet<>(newRoot, size + 1);
  }

  @Override
  public String toString() {
    return "PersistentSet[" + size + " elements]";
  }

  private static int hash(Object element) {
    int h = element.hashCode();
    return h ^ (h >>> 16);
  }

  /**
   * Adds an element known to be absent below a node at the given shift; returns the node's new
   * version.
   */
  private static Object insert(Object node, Object element, int hash, int shift) {
    if (node instanceof Collision) {
      Collision c = (Collision) node;
      if (c.hash == hash) {
        Object[] elements = Arrays.copyOf(c.elements, c.elements.length + 1);
        elements[c.elements.length] = element;
        return new Collision(hash, elements);
      }
      Branch wrapped = new Branch(1 << ((c.hash >>> shift) & MASK), new Object[] {c});
      return insert(wrapped, element, hash, shift);
    }
    Branch b = (Branch) node;
    int bit = 1 << ((hash >>> shift) & MASK);
    int index = Integer.bitCount(b.bitmap & (bit - 1));
    if ((b.bitmap & bit) == 0) {
      Object[] slots = new Object[b.slots.length + 1];
      System.arraycopy(b.slots, 0, slots, 0, index);
      slots[index] = element;
      System.arraycopy(b.slots, index, slots, index + 1, b.slots.length - index);
      return new Branch(b.bitmap | bit, slots);
    }
    Object slot = b.slots[index];
    Object child =
        slot instanceof Branch || slot instanceof Collision
            ? insert(slot, element, hash, shift + BITS)
            : pair(slot, hash(slot), element, hash, shift + BITS);
    Object[] slots = b.slots.clone();
    slots[index] = child;
    return new Branch(b.bitmap, slots);
  }

  /** The node holding two different elements whose hashes agree below the given shift. */
  /** The node with the element that equals the given one replaced by it; one is present. */
  private static Object replace(Object node, Object element, int hash, int shift) {
    if (node instanceof Collision) {
      Object[] elements = ((Collision) node).elements.clone();
      for (int i = 0; i < elements.length; i++) {
        if (elements[i].equals(element)) {
          elements[i] = element;
        }
      }
      return new Collision(hash, elements);
    }
    Branch b = (Branch) node;
    int index = Integer.bitCount(b.bitmap & ((1 << ((hash >>> shift) & MASK)) - 1));
    Object slot = b.slots[index];
    Object[] slots = b.slots.clone();
    slots[index] =
        slot instanceof Branch || slot instanceof Collision
            ? replace(slot, element, hash, shift + BITS)
            : element;
    return new Branch(b.bitmap, slots);
  }

  private static Object pair(Object a, int hashA, Object b, int hashB, int shift) {
    if (hashA == hashB) {
      return new Collision(hashA, new Object[] {a, b});
    }
    int indexA = (hashA >>> shift) & MASK;
    int indexB = (hashB >>> shift) & MASK;
    if (indexA == indexB) {
      return new Branch(1 << indexA, new Object[] {pair(a, hashA, b, hashB, shift + BITS)});
    }
    return new Branch(
        (1 << indexA) | (1 << indexB), indexA < indexB ? new Object[] {a, b} : new Object[] {b, a});
  }

  /** A trie node: a bitmap of the occupied slots and their contents, elements or child nodes. */
  private static final class Branch {
    private final int bitmap;
    private final Object[] slots;

    Branch(int bitmap, Object[] slots) {
      this.bitmap = bitmap;
      this.slots = slots;
    }
  }

  /** Elements whose hashes are equal. */
  private static final class Collision {
    private final int hash;
    private final Object[] elements;

    Collision(int hash, Object[] elements) {
      this.hash = hash;
      this.elements = elements;
    }
  }
}
