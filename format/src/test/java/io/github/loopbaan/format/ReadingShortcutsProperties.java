package io.github.loopbaan.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts taken for reading speed give exactly what the general code they replace gave: a
 * JSON path segment without a regular expression, and {@code java.time} values without reflection.
 */
class ReadingShortcutsProperties {

  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  @Property(tries = 2000)
  void a_path_segment_follows_the_simple_name_rule(
      @ForAll @StringLength(max = 80) @CharRange(from = ' ', to = '~') @Chars({'é', '\u0660', 'ſ'})
          String name) {
    String expected =
        SIMPLE_NAME.matcher(name).matches()
            ? "." + name
            : "['"
                + (name.length() > 64 ? name.substring(0, 64) + "…" : name).replace("'", "\\'")
                + "']";
    assertThat(Paths.segment(name)).isEqualTo(expected);
  }

  @Test
  void edge_names_give_the_same_segments_as_the_rule() {
    for (String name : List.of("", "_", "a", "Z9", "9a", "a-b", "a b", "_0_", "a.b", "[0]", "'")) {
      String expected =
          SIMPLE_NAME.matcher(name).matches() ? "." + name : "['" + name.replace("'", "\\'") + "']";
      assertThat(Paths.segment(name)).as(name).isEqualTo(expected);
    }
  }

  @Test
  void every_java_time_type_parses_as_its_own_parse_method_does() throws Exception {
    List<Object> samples =
        List.of(
            LocalDate.of(2025, 3, 1),
            LocalTime.of(9, 30),
            LocalDateTime.of(2025, 3, 1, 9, 30),
            OffsetDateTime.parse("2025-03-01T09:30+01:00"),
            OffsetTime.parse("09:30+01:00"),
            ZonedDateTime.parse("2025-03-01T09:30+01:00[Europe/Brussels]"),
            Instant.parse("2025-03-01T08:30:00Z"),
            Duration.ofMinutes(90),
            Period.ofDays(3),
            Year.of(1973),
            YearMonth.of(2025, 3),
            MonthDay.of(3, 1));
    for (Object sample : samples) {
      Class<?> type = sample.getClass();
      assertThat(IsoTime.handles(type)).as(type.getSimpleName()).isTrue();
      Object reflected =
          type.getMethod("parse", CharSequence.class).invoke(null, sample.toString());
      assertThat(IsoTime.parse(type, sample.toString()))
          .as(type.getSimpleName())
          .isEqualTo(reflected)
          .isEqualTo(sample);
      assertThatThrownBy(() -> IsoTime.parse(type, "not a " + type.getSimpleName()))
          .isInstanceOf(DateTimeException.class);
      assertThatThrownBy(() -> type.getMethod("parse", CharSequence.class).invoke(null, "x"))
          .isInstanceOf(InvocationTargetException.class)
          .cause()
          .isInstanceOf(DateTimeException.class);
    }
  }
}
