package io.github.loopbaan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link PersistentVector} and {@link PersistentSet} against the JDK's {@code ArrayList} and {@code
 * HashSet}: same contents, order, equality and hash codes at every size across the trie's level
 * boundaries, old versions unchanged by appends to them or to their branches, and no element shown
 * by {@code toString()}.
 */
class PersistentCollectionsTest {

  /** Sizes on both sides of each level boundary of the 32-way trie. */
  private static final int[] SIZES = {
    0, 1, 31, 32, 33, 63, 64, 65, 1023, 1024, 1025, 1056, 1057, 32_768 + 33
  };

  /**
   * At every boundary size the vector holds what a list holds, by index, by iterator and as a list.
   */
  @Test
  void vector_equals_an_array_list_at_every_level_boundary() {
    PersistentVector<Integer> vector = PersistentVector.empty();
    List<Integer> model = new ArrayList<>();
    int next = 0;
    for (int size : SIZES) {
      while (model.size() < size) {
        vector = vector.plus(next);
        model.add(next++);
      }
      assertThat(vector.size()).isEqualTo(size);
      for (int i = 0; i < size; i++) {
        assertThat(vector.get(i)).isEqualTo(model.get(i));
      }
      assertThat(vector).isEqualTo(model);
      assertThat(vector.hashCode()).isEqualTo(model.hashCode());
      Iterator<Integer> it = vector.iterator();
      for (Integer expected : model) {
        assertThat(it.next()).isEqualTo(expected);
      }
      assertThat(it.hasNext()).isFalse();
      if (size > 0) {
        assertThat(vector.last()).isEqualTo(model.get(size - 1));
      }
    }
  }

  /**
   * Appending to an old version, at any point, changes neither it nor the versions made after it.
   */
  @Test
  void vector_versions_are_independent() {
    Random random = new Random(5);
    for (int trial = 0; trial < 200; trial++) {
      vectorBranches(random.nextInt(2_101), 1 + random.nextInt(100));
    }
  }

  private static void vectorBranches(int base, int more) {
    PersistentVector<Integer> shared = PersistentVector.empty();
    for (int i = 0; i < base; i++) {
      shared = shared.plus(i);
    }
    PersistentVector<Integer> left = shared;
    PersistentVector<Integer> right = shared;
    for (int i = 0; i < more; i++) {
      left = left.plus(-i - 1);
      right = right.plus(i + 1_000_000);
    }
    assertThat(shared.size()).isEqualTo(base);
    for (int i = 0; i < base; i++) {
      assertThat(shared.get(i)).isEqualTo(i);
      assertThat(left.get(i)).isEqualTo(i);
      assertThat(right.get(i)).isEqualTo(i);
    }
    for (int i = 0; i < more; i++) {
      assertThat(left.get(base + i)).isEqualTo(-i - 1);
      assertThat(right.get(base + i)).isEqualTo(i + 1_000_000);
    }
  }

  /**
   * The vector is built from any iterable in order and is returned as it is when it already is one.
   */
  @Test
  void vector_of_keeps_order() {
    Random random = new Random(11);
    for (int trial = 0; trial < 100; trial++) {
      List<String> elements = new ArrayList<>();
      for (int i = random.nextInt(200); i > 0; i--) {
        elements.add(Integer.toString(random.nextInt(50)));
      }
      PersistentVector<String> vector = PersistentVector.of(elements);
      assertThat(vector).containsExactlyElementsOf(elements);
      assertThat(PersistentVector.of(vector)).isSameAs(vector);
    }
  }

  /** Null elements, indexes out of range and every mutator of java.util.List are refused. */
  @Test
  void vector_refuses_null_bad_indexes_and_mutation() {
    PersistentVector<String> one = PersistentVector.<String>empty().plus("secret");
    assertThatThrownBy(() -> one.plus(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PersistentVector.of(Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("element 1");
    assertThatThrownBy(() -> one.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> one.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> PersistentVector.empty().last())
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> one.add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> one.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> one.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    Iterator<String> it = one.iterator();
    it.next();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    assertThat(one.toString()).isEqualTo("PersistentVector[1 elements]").doesNotContain("secret");
  }

  /**
   * The set holds exactly what a hash set holds after the same additions, across many trie levels.
   */
  @Test
  void set_equals_a_hash_set() {
    Random random = new Random(23);
    for (int trial = 0; trial < 200; trial++) {
      List<Integer> added = new ArrayList<>();
      for (int i = random.nextInt(300); i > 0; i--) {
        added.add(random.nextInt(1_001) - 500);
      }
      setMatches(added);
    }
  }

  private static void setMatches(List<Integer> added) {
    PersistentSet<Integer> set = PersistentSet.empty();
    Set<Integer> model = new HashSet<>();
    for (Integer e : added) {
      PersistentSet<Integer> before = set;
      set = set.plus(e);
      assertThat(set == before).isEqualTo(!model.add(e));
      assertThat(set.size()).isEqualTo(model.size());
    }
    for (int probe = -510; probe <= 510; probe++) {
      assertThat(set.contains(probe)).isEqualTo(model.contains(probe));
    }
  }

  /**
   * Elements with equal hash codes but unequal values are all kept, and found, beside other
   * elements.
   */
  @Test
  void set_keeps_colliding_elements_apart() {
    PersistentSet<Key> set = PersistentSet.empty();
    for (int i = 0; i < 40; i++) {
      set = set.plus(new Key(i, 7)).plus(new Key(1_000 + i, i * 33));
    }
    assertThat(set.size()).isEqualTo(80);
    for (int i = 0; i < 40; i++) {
      assertThat(set.contains(new Key(i, 7))).isTrue();
      assertThat(set.contains(new Key(1_000 + i, i * 33))).isTrue();
    }
    assertThat(set.contains(new Key(99, 7))).isFalse();
    assertThat(set.contains(new Key(99, 8))).isFalse();
    assertThat(set.plus(new Key(3, 7))).isSameAs(set);
  }

  /** Versions of a set branched from one base do not see each other's elements; null is refused. */
  @Test
  void set_versions_are_independent_and_refuse_null() {
    PersistentSet<String> base = PersistentSet.<String>empty().plus("a").plus("b");
    PersistentSet<String> left = base.plus("left");
    PersistentSet<String> right = base.plus("right");
    assertThat(left.contains("right")).isFalse();
    assertThat(right.contains("left")).isFalse();
    assertThat(base.contains("left") || base.contains("right")).isFalse();
    assertThat(base.contains(null)).isFalse();
    assertThat(PersistentSet.empty().contains("a")).isFalse();
    assertThatThrownBy(() -> base.plus(null)).isInstanceOf(NullPointerException.class);
    assertThat(left.toString()).isEqualTo("PersistentSet[3 elements]");
  }

  /**
   * With entries equal by a key, {@code with} replaces the entry of its key (or adds one) and
   * {@code find} returns the entry held, as a hash map does after the same puts: across trie
   * levels, in collision nodes and in a branch under a collision; earlier versions keep theirs.
   */
  @Test
  void set_of_entries_equal_by_key_serves_as_a_map() {
    Random random = new Random(31);
    PersistentSet<Entry> set = PersistentSet.empty();
    Map<Integer, Integer> model = new HashMap<>();
    List<PersistentSet<Entry>> versions = new ArrayList<>();
    List<Map<Integer, Integer>> models = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      int key = random.nextInt(700);
      int hash = key % 3 == 0 ? key % 11 : key * 31;
      int value = random.nextInt();
      set = set.with(new Entry(key, hash, value));
      model.put(key, value);
      assertThat(set.size()).isEqualTo(model.size());
      if (i % 500 == 0) {
        versions.add(set);
        models.add(new HashMap<>(model));
      }
    }
    versions.add(set);
    models.add(model);
    for (int v = 0; v < versions.size(); v++) {
      for (int key = 0; key < 710; key++) {
        int hash = key % 3 == 0 ? key % 11 : key * 31;
        Entry found = versions.get(v).find(new Entry(key, hash, 0));
        Integer expected = models.get(v).get(key);
        assertThat(found == null ? null : found.value)
            .as("key %d, version %d", key, v)
            .isEqualTo(expected);
      }
    }
    assertThat(PersistentSet.<Entry>empty().find(new Entry(1, 1, 1))).isNull();
    assertThat(set.find(null)).isNull();
    assertThatThrownBy(() -> PersistentSet.<Entry>empty().with(null))
        .isInstanceOf(NullPointerException.class);
  }

  /** An entry equal to any entry of the same key, with a hash code chosen by the test. */
  private static final class Entry {
    private final int key;
    private final int hash;
    private final int value;

    Entry(int key, int hash, int value) {
      this.key = key;
      this.hash = hash;
      this.value = value;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entry && ((Entry) o).key == key;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** A key whose hash code is chosen by the test, to force collisions and shared hash prefixes. */
  private static final class Key {
    private final int id;
    private final int hash;

    Key(int id, int hash) {
      this.id = id;
      this.hash = hash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key && ((Key) o).id == id;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
