package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.question.Dimension;
import io.github.loopbaan.core.session.Assignment;
import io.github.loopbaan.core.session.AssignmentId;
import io.github.loopbaan.core.session.Instrument;
import io.github.loopbaan.core.session.InstrumentResult;
import io.github.loopbaan.core.session.InstrumentResultId;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.testkit.RuleArbitraries;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code base_catalogue_entries_known}: an application's instrument passes only with a
 * validator given a catalogue that lists it with the same meaning; standard instruments always
 * pass; the violation counts the unknown entries and never names their codes.
 */
class CatalogueValidationTest {

  private static final Instrument DISC =
      Instrument.custom("acme:disc")
          .dimension(Dimension.BEING)
          .label(Locale.ENGLISH, "DISC profile")
          .build();

  private static Trajectory withInstruments(Instrument inAssignment, Instrument inResult) {
    Trajectory t =
        RuleArbitraries.complete(LocalDate.of(2024, 3, 4), 1, false, "Wat nu?", "Els Peeters");
    Trajectory.Builder b = Trajectory.builder().from(t);
    b.addAssignments(
        Assignment.builder()
            .id(AssignmentId.of("as-disc"))
            .title("Profiel")
            .instrument(inAssignment)
            .givenOn(t.getOpenedOn().plusDays(3))
            .build());
    b.addInstrumentResults(
        InstrumentResult.builder()
            .id(InstrumentResultId.of("r-1"))
            .instrument(inResult)
            .administeredOn(t.getOpenedOn().plusDays(4))
            .build());
    return b.build();
  }

  @Test
  void standard_instruments_pass_with_any_catalogue() {
    Trajectory t = withInstruments(Instrument.LIFE_LINE, Instrument.COMPETENCE_LIST);
    try (LoopbaanValidator plain = LoopbaanValidator.create()) {
      assertThat(plain.validate(t).has("base_catalogue_entries_known")).isFalse();
      assertThat(plain.catalogue()).isSameAs(Catalogue.standard());
    }
  }

  @Test
  void an_application_instrument_passes_with_its_catalogue_and_is_reported_without_it() {
    Trajectory t = withInstruments(DISC, DISC);
    try (LoopbaanValidator plain = LoopbaanValidator.create();
        LoopbaanValidator withCatalogue =
            LoopbaanValidator.builder().catalogue(Catalogue.builder().add(DISC).build()).build()) {
      assertThat(withCatalogue.validate(t).has("base_catalogue_entries_known")).isFalse();
      ValidationReport report = plain.validate(t);
      List<Violation> found =
          report.violations().stream()
              .filter(v -> v.code().equals("base_catalogue_entries_known"))
              .toList();
      assertThat(found).hasSize(1);
      Violation violation = found.get(0);
      assertThat(violation.path()).isEqualTo("assignments");
      assertThat(violation.severity()).isEqualTo(Severity.ERROR);
      assertThat(violation.message(Locale.ENGLISH)).contains("2 entries").doesNotContain("acme");
      assertThat(violation.message(Locale.forLanguageTag("nl")))
          .contains("2 elementen")
          .doesNotContain("acme");
    }
  }

  @Test
  void an_entry_with_a_listed_code_but_another_meaning_is_reported_at_the_results() {
    Instrument otherMeaning =
        Instrument.custom("acme:disc").label(Locale.ENGLISH, "Disc golf aptitude").build();
    Trajectory t = withInstruments(Instrument.LIFE_LINE, otherMeaning);
    try (LoopbaanValidator validator =
        LoopbaanValidator.builder().catalogue(Catalogue.builder().add(DISC).build()).build()) {
      ValidationReport report = validator.validate(t);
      assertThat(report.has("base_catalogue_entries_known")).isTrue();
      assertThat(
              report.violations().stream()
                  .filter(v -> v.code().equals("base_catalogue_entries_known"))
                  .map(Violation::path))
          .containsExactly("instrumentResults");
    }
  }
}
