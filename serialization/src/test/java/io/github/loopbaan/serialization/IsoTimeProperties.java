package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
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
