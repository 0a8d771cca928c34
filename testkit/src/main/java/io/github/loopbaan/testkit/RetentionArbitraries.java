package io.github.loopbaan.testkit;

import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.retention.RetentionPolicy;
import java.time.Period;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries for retention ({@code io.github.loopbaan.core.retention}): policies with the terms a
 * practice may choose, from none (due on the basis day) to a century.
 */
public final class RetentionArbitraries {

  private RetentionArbitraries() {}

  /**
   * @return retention terms: whole years, months or days, zero included
   */
  public static Arbitrary<Period> terms() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 100).map(Period::ofYears),
        Arbitraries.integers().between(0, 1200).map(Period::ofMonths),
        Arbitraries.integers().between(0, 36_500).map(Period::ofDays));
  }

  /**
   * @return policies with a term for health data and one for other personal data
   */
  public static Arbitrary<RetentionPolicy> policies() {
    return Combinators.combine(terms(), terms())
        .as(
            (health, personal) ->
                RetentionPolicy.standard()
                    .withTerm(DataCategory.HEALTH, health)
                    .withTerm(DataCategory.PERSONAL, personal));
  }
}
