package io.github.loopbaan.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reader's direct path for {@code yyyy-mm-dd} dates gives exactly what {@link LocalDate#parse}
 * gives, for valid dates, dates outside the calendar (February 30th, month 13, day 00) and texts of
 * the same length that are not dates.
 */
class IsoTimeProperties {

  @Property(tries = 3000)
  void a_date_text_reads_as_the_iso_formatter_reads_it(@ForAll("dateLike") String text) {
    assertThat(outcome(() -> IsoTime.parse(LocalDate.class, text)))
        .as(text)
        .isEqualTo(outcome(() -> LocalDate.parse(text)));
  }

  @Example
  void only_a_yyyy_mm_dd_text_of_ascii_digits_takes_the_direct_path() {
    assertThat(IsoTime.direct("2025-03-01")).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(IsoTime.direct("0000-01-09")).isEqualTo(LocalDate.of(0, 1, 9));
    assertThat(IsoTime.direct("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
    for (String other :
        List.of(
            "2025-3-01",
            "2025-03-1",
            "12025-03-01",
            "2025/03/01",
            "2025-03/01",
            "2025-0a-01",
            "2025-03-0:",
            "2/25-03-01",
            "+2025-03-01")) {
      assertThat(IsoTime.direct(other)).as(other).isNull();
    }
    assertThatThrownBy(() -> IsoTime.direct("2025-02-30")).isInstanceOf(DateTimeException.class);
    assertThat(IsoTime.digits("0123456789", 0, 10)).isEqualTo(123456789);
    assertThat(IsoTime.digits("x9", 1, 2)).isEqualTo(9);
    assertThat(IsoTime.digits("9/", 0, 2)).isEqualTo(-1);
    assertThat(IsoTime.digits(":0", 0, 2)).isEqualTo(-1);
  }

  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofLength(10);
    Arbitrary<String> shaped =
        Arbitraries.integers()
            .between(0, 9999)
            .flatMap(
                y ->
                    Arbitraries.integers()
                        .between(0, 13)
                        .flatMap(
                            m ->
                                Arbitraries.integers()
                                    .between(0, 32)
                                    .map(d -> String.format("%04d-%02d-%02d", y, m, d))));
    Arbitrary<String> odd =
        Arbitraries.strings().withChars("0123456789-+ /x\u0661").ofMinLength(8).ofMaxLength(12);
    return Arbitraries.oneOf(shaped, shaped, digits, odd);
  }

  private static String outcome(Supplier<Object> parse) {
    try {
      return "value " + Objects.toString(parse.get());
    } catch (DateTimeException e) {
      return "refused";
    }
  }
}
