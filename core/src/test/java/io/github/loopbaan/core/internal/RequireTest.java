package io.github.loopbaan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The construction checks of {@code Require}: range ends, not-a-number, negative durations, blank
 * elements, and the rule each names.
 */
class RequireTest {

  /** Whole-number ranges include both ends and name rule and attribute when violated. */
  @Test
  void whole_number_ranges_include_both_ends_and_name_the_rule() {
    assertThatCode(() -> Require.inRange(1L, 1L, 5L, "T", "n")).doesNotThrowAnyException();
    assertThatCode(() -> Require.inRange(5L, 1L, 5L, "T", "n")).doesNotThrowAnyException();
    assertThatThrownBy(() -> Require.inRange(0L, 1L, 5L, "T", "n"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("in_range"));
    assertThatThrownBy(() -> Require.inRange(6L, 1L, 5L, "T", "n"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getAttribute()).isEqualTo("n"));
  }

  /** Decimal ranges include both ends and refuse not-a-number. */
  @Test
  void decimal_ranges_include_both_ends_and_reject_not_a_number() {
    assertThatCode(() -> Require.inRange(0.0, 0.0, 1.0, "T", "x")).doesNotThrowAnyException();
    assertThatCode(() -> Require.inRange(1.0, 0.0, 1.0, "T", "x")).doesNotThrowAnyException();
    assertThatThrownBy(() -> Require.inRange(-0.1, 0.0, 1.0, "T", "x"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Require.inRange(1.1, 0.0, 1.0, "T", "x"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Require.inRange(Double.NaN, 0.0, 1.0, "T", "x"))
        .isInstanceOf(InvalidValueException.class);
  }

  /** Negative durations and blank list elements are refused with their rule. */
  @Test
  void negative_durations_and_blank_list_elements_are_rejected_with_their_rule() {
    assertThatCode(() -> Require.notNegative(Duration.ZERO, "T", "d")).doesNotThrowAnyException();
    assertThatThrownBy(() -> Require.notNegative(Duration.ofMinutes(-1), "T", "d"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("not_negative"));
    assertThatCode(() -> Require.noBlankElements(List.of("a", "b"), "T", "l"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> Require.noBlankElements(List.of("a", " "), "T", "l"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getAttribute()).isEqualTo("l"));
  }
}
