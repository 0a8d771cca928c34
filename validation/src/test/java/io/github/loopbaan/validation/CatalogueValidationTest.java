package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.plan.Intervention;
import io.github.loopbaan.core.plan.InterventionForm;
import io.github.loopbaan.core.plan.InterventionKind;
import io.github.loopbaan.core.plan.InterventionSetting;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.question.CoachingApproach;
import io.github.loopbaan.core.question.Dimension;
import io.github.loopbaan.core.question.EvolutionKind;
import io.github.loopbaan.core.session.Assignment;
import io.github.loopbaan.core.session.AssignmentId;
import io.github.loopbaan.core.session.Instrument;
import io.github.loopbaan.core.session.InstrumentResult;
import io.github.loopbaan.core.session.InstrumentResultId;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.OutcomeCategory;
import io.github.loopbaan.core.trajectory.OutcomeKind;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryOutcome;
import io.github.loopbaan.core.trajectory.VoucherHistory;
import io.github.loopbaan.testkit.RuleArbitraries;
import io.github.loopbaan.validation.constraints.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

  private static String pathOfTheFinding(Trajectory t) {
    try (LoopbaanValidator plain = LoopbaanValidator.create()) {
      return plain.validate(t).violations().stream()
          .filter(v -> v.code().equals("base_catalogue_entries_known"))
          .map(Violation::path)
          .findFirst()
          .orElse("none");
    }
  }

  @Test
  void the_finding_is_at_the_first_part_that_holds_an_unknown_entry() {
    Trajectory standard = withInstruments(Instrument.LIFE_LINE, Instrument.COMPETENCE_LIST);
    assertThat(pathOfTheFinding(standard)).isEqualTo("none");
    InterventionKind mentoring =
        InterventionKind.custom("acme:mentoring")
            .setting(InterventionSetting.WITHIN_WORK_CONTEXT)
            .label(Locale.ENGLISH, "Mentoring")
            .build();
    assertThat(
            pathOfTheFinding(
                Trajectory.builder()
                    .from(standard)
                    .addInterventions(
                        Intervention.of(mentoring, InterventionForm.ADVICE, standard.getOpenedOn()))
                    .build()))
        .isEqualTo("interventions");
    OutcomeKind secondment =
        OutcomeKind.custom("acme:secondment")
            .category(OutcomeCategory.INTERMEDIATE_STEP)
            .label(Locale.ENGLISH, "Secondment")
            .build();
    assertThat(
            pathOfTheFinding(
                Trajectory.builder()
                    .from(standard)
                    .outcome(TrajectoryOutcome.of(secondment, standard.getOpenedOn()))
                    .build()))
        .isEqualTo("outcome");
    ClientQuestionType relocation =
        ClientQuestionType.custom("acme:relocation")
            .approach(CoachingApproach.CHOICE_GUIDANCE)
            .dataCategory(DataCategory.PERSONAL)
            .label(Locale.ENGLISH, "Relocation")
            .build();
    assertThat(
            pathOfTheFinding(
                Trajectory.builder()
                    .from(standard)
                    .careerQuestion(
                        standard
                            .getCareerQuestion()
                            .orElseThrow()
                            .evolve(
                                relocation,
                                standard.getOpenedOn().plusDays(8),
                                EvolutionKind.CHANGED,
                                "Verhuizing."))
                    .build()))
        .isEqualTo("careerQuestion");
  }

  @Test
  void the_rule_context_names_an_applications_catalogue_and_the_history_when_there_are_any() {
    Catalogue catalogue = Catalogue.builder().add(DISC).build();
    assertThat(RuleContext.of(FundingRegimes.builtIn(), Optional.empty()).toString())
        .doesNotContain("Catalogue")
        .doesNotContain("history");
    assertThat(RuleContext.of(FundingRegimes.builtIn(), Optional.empty(), catalogue).toString())
        .contains("Catalogue[Instrument: acme:disc]");
    assertThat(
            RuleContext.of(
                    FundingRegimes.builtIn(),
                    Optional.of(VoucherHistory.of(List.of())),
                    Catalogue.standard())
                .toString())
        .contains("with history")
        .doesNotContain("Catalogue");
    assertThat(RuleContext.of(FundingRegimes.builtIn(), Optional.empty(), catalogue).catalogue())
        .isSameAs(catalogue);
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
