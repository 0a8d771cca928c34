package io.github.loopbaan.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.session.Instrument;
import io.github.loopbaan.core.session.InstrumentResult;
import io.github.loopbaan.core.session.InstrumentResultId;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.testkit.RuleArbitraries;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The check of {@code base_catalogue_entries_known} asked with the regimes only (a validator
 * subclass's contract) judges against the standard catalogue.
 */
class CatalogueEntriesKnownValidatorTest {

  @Test
  void asked_with_the_regimes_only_the_check_uses_the_standard_catalogue() {
    Trajectory t =
        RuleArbitraries.complete(LocalDate.of(2024, 3, 4), 1, false, "Wat nu?", "Els Peeters");
    TrajectoryRules.CatalogueEntriesKnownValidator rule =
        new TrajectoryRules.CatalogueEntriesKnownValidator();
    assertThat(rule.check(t, FundingRegimes.builtIn())).isEmpty();
    Trajectory own =
        Trajectory.builder()
            .from(t)
            .addInstrumentResults(
                InstrumentResult.builder()
                    .id(InstrumentResultId.of("r-1"))
                    .instrument(
                        Instrument.custom("acme:disc").label(Locale.ENGLISH, "DISC").build())
                    .administeredOn(t.getOpenedOn())
                    .build())
            .build();
    assertThat(rule.check(own, FundingRegimes.builtIn()))
        .hasValueSatisfying(
            finding -> {
              assertThat(finding.path()).isEqualTo("instrumentResults");
              assertThat(finding.facts()).containsEntry("count", 1L);
            });
  }
}
