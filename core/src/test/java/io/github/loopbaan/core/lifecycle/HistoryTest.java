package io.github.loopbaan.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The persistent, append-only history. */
class HistoryTest {

  @Test
  void append_returns_a_longer_history_and_leaves_the_original_alone() {
    History<String> one = History.<String>empty().append("a");
    History<String> two = one.append("b");
    assertThat(one.asList()).containsExactly("a");
    assertThat(two.asList()).containsExactly("a", "b");
    assertThat(two.size()).isEqualTo(2);
    assertThat(two.last()).isEqualTo("b");
  }

  @Test
  void histories_with_equal_elements_are_equal_whatever_their_sharing() {
    History<String> shared = History.<String>empty().append("a");
    History<String> x = shared.append("b");
    History<String> y = History.of(List.of("a", "b"));
    assertThat(x).isEqualTo(y).hasSameHashCodeAs(y);
    assertThat(x).isNotEqualTo(History.of(List.of("a", "c")));
    assertThat(x).isNotEqualTo(History.of(List.of("b", "a")));
    assertThat(History.empty()).isEqualTo(History.of(List.of()));
  }

  @Test
  void the_list_view_is_unmodifiable_and_iteration_is_oldest_first() {
    History<Integer> h = History.of(List.of(1, 2, 3));
    assertThat(h).containsExactly(1, 2, 3);
    assertThatThrownBy(() -> h.asList().add(4)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void an_empty_history_has_no_last_element_and_shows_only_its_size() {
    assertThatThrownBy(() -> History.empty().last()).isInstanceOf(NoSuchElementException.class);
    assertThat(History.of(List.of("secret note")).toString())
        .isEqualTo("History[1 entries]")
        .doesNotContain("secret");
  }

  @Test
  void appending_ten_thousand_elements_keeps_every_element_in_order() {
    History<Integer> h = History.empty();
    for (int i = 0; i < 10_000; i++) {
      h = h.append(i);
    }
    assertThat(h.size()).isEqualTo(10_000);
    assertThat(h.asList().get(0)).isZero();
    assertThat(h.asList().get(9_999)).isEqualTo(9_999);
    assertThat(h.hashCode())
        .as("hash as List defines it, computed without recursion")
        .isEqualTo(h.asList().hashCode())
        .isEqualTo(new ArrayList<>(h.asList()).hashCode());
    assertThat(h.append(10_000).hashCode()).isEqualTo(31 * h.hashCode() + Integer.hashCode(10_000));
  }
}
