package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.trajectory.Consent;
import io.github.loopbaan.core.trajectory.ConsentScope;
import io.github.loopbaan.core.trajectory.LegalGround;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.testkit.RuleArbitraries;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code base_health_data_ground} (GDPR art. 9): health data needs a record of the client's
 * explicit consent or another documented ground; a withdrawn consent still counts (the data was
 * recorded lawfully, retention takes it from there); a record of another scope does not; the
 * message names no health data.
 */
class ConsentRuleTest {

  static final LoopbaanValidator RULES = LoopbaanValidator.create();
  static final String CODE = "base_health_data_ground";

  @AfterAll
  static void close() {
    RULES.close();
  }

  private static Trajectory stressed(Consent... consents) {
    Trajectory t =
        RuleArbitraries.complete(LocalDate.of(2025, 2, 3), 1, false, "Wat nu?", "Els Peeters");
    return Trajectory.builder()
        .from(t)
        .client(t.getClient().withHealthConcerns(HealthConcern.BURN_OUT))
        .consents(List.of(consents))
        .build();
  }

  private static Consent consent(ConsentScope scope) {
    return Consent.explicit(
        scope, "Klachten bespreken", LocalDate.of(2025, 2, 3), CoachId.of("k-1"));
  }

  @Test
  void health_data_without_a_ground_is_an_error_that_names_no_data() {
    ValidationReport report =
        RULES.validate(stressed(consent(ConsentScope.SHARING_WITH_COMMISSIONER)), RuleSet.BASE);
    assertThat(report.errors())
        .filteredOn(v -> v.code().equals(CODE))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("consents");
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.message(Locale.ENGLISH))
                  .contains("explicit consent")
                  .doesNotContainIgnoringCase("burn");
              assertThat(v.message(Locale.forLanguageTag("nl")))
                  .contains("uitdrukkelijke toestemming")
                  .doesNotContainIgnoringCase("burn");
            });
  }

  @Test
  void a_consent_or_another_documented_ground_covers_it_even_withdrawn() {
    Consent given = consent(ConsentScope.HEALTH_DATA);
    assertThat(RULES.validate(stressed(given), RuleSet.BASE).codes()).doesNotContain(CODE);
    assertThat(
            RULES
                .validate(stressed(given.withdraw(LocalDate.of(2025, 6, 1))), RuleSet.BASE)
                .codes())
        .doesNotContain(CODE);
    Consent law =
        given.withEvidence("re-integration agreement 7").withGround(LegalGround.EMPLOYMENT_LAW);
    assertThat(RULES.validate(stressed(law), RuleSet.BASE).codes()).doesNotContain(CODE);
  }

  @Test
  void a_trajectory_without_health_data_needs_no_record() {
    Trajectory t =
        RuleArbitraries.complete(LocalDate.of(2025, 2, 3), 1, false, "Wat nu?", "Els Peeters");
    assertThat(t.getConsents()).isEmpty();
    assertThat(RULES.validate(t, RuleSet.BASE).codes()).doesNotContain(CODE);
  }
}
