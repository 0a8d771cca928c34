package io.github.loopbaan.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.catalogue.CatalogueEntry;
import io.github.loopbaan.core.plan.Intervention;
import io.github.loopbaan.core.plan.InterventionForm;
import io.github.loopbaan.core.plan.InterventionKind;
import io.github.loopbaan.core.plan.InterventionSetting;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.question.CareerQuestionCommand;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.question.CoachingApproach;
import io.github.loopbaan.core.question.Dimension;
import io.github.loopbaan.core.question.EvolutionKind;
import io.github.loopbaan.core.question.QuestionDomain;
import io.github.loopbaan.core.session.Assignment;
import io.github.loopbaan.core.session.AssignmentId;
import io.github.loopbaan.core.session.Instrument;
import io.github.loopbaan.core.session.InstrumentResult;
import io.github.loopbaan.core.session.InstrumentResultId;
import io.github.loopbaan.core.trajectory.OutcomeCategory;
import io.github.loopbaan.core.trajectory.OutcomeKind;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryOutcome;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.serialization.LoopbaanJson;
import io.github.loopbaan.testkit.RuleArbitraries;
import io.github.loopbaan.validation.LoopbaanValidator;
import io.github.loopbaan.validation.RuleSet;
import io.github.loopbaan.validation.ValidationReport;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The catalogue recipe of {@code docs/catalogues.md}, as an HR vendor uses it: the application
 * registers its own instrument, question type, intervention and outcome kind in one {@link
 * Catalogue}, builds a trajectory with them, writes and reads it through JSON with that catalogue
 * and validates it under the voucher rules; a reader without the catalogue refuses the document
 * with a clear error at the path of the first unknown code, and a validator without it reports the
 * entries.
 */
class CatalogueScenarioTest {

  static final Locale NL = Locale.forLanguageTag("nl");

  static final Instrument DISC =
      Instrument.custom("acme:disc")
          .dimension(Dimension.BEING)
          .label(Locale.ENGLISH, "DISC profile")
          .label(NL, "DISC-profiel")
          .build();

  static final ClientQuestionType HYBRID_WORK =
      ClientQuestionType.custom("acme:hybrid-work")
          .approach(CoachingApproach.WORK_FUNCTIONING_COACHING)
          .domain(QuestionDomain.WORK_FUNCTIONING)
          .dataCategory(DataCategory.PERSONAL)
          .label(Locale.ENGLISH, "How do I organise hybrid work?")
          .label(NL, "Hoe organiseer ik hybride werken?")
          .build();

  static final InterventionKind MENTORING =
      InterventionKind.custom("acme:mentoring")
          .setting(InterventionSetting.WITHIN_WORK_CONTEXT)
          .label(Locale.ENGLISH, "Mentoring by a senior colleague")
          .build();

  static final OutcomeKind SECONDMENT =
      OutcomeKind.custom("acme:secondment")
          .category(OutcomeCategory.INTERMEDIATE_STEP)
          .label(Locale.ENGLISH, "Secondment")
          .label(NL, "Detachering")
          .build();

  static final Catalogue CATALOGUE =
      Catalogue.builder().add(DISC).add(HYBRID_WORK).add(MENTORING).add(SECONDMENT).build();

  /** A complete voucher trajectory, then the application's own entries in it. */
  static Trajectory trajectory() {
    Trajectory complete =
        RuleArbitraries.complete(
            LocalDate.of(2025, 2, 3), 1, false, "Wat wil ik na twintig jaar?", "Els Peeters");
    LocalDate last = complete.getHistory().last().getDate();
    Trajectory withEntries =
        Trajectory.builder()
            .from(complete)
            .addAssignments(
                Assignment.builder()
                    .id(AssignmentId.of("as-disc"))
                    .title("DISC-vragenlijst")
                    .instrument(DISC)
                    .givenOn(complete.getOpenedOn().plusDays(10))
                    .build())
            .addInstrumentResults(
                InstrumentResult.builder()
                    .id(InstrumentResultId.of("r-disc"))
                    .instrument(DISC)
                    .administeredOn(complete.getOpenedOn().plusDays(14))
                    .build())
            .careerQuestion(
                complete
                    .getCareerQuestion()
                    .orElseThrow()
                    .apply(
                        CareerQuestionCommand.evolve(
                            HYBRID_WORK,
                            complete.getOpenedOn().plusDays(20),
                            EvolutionKind.CHANGED,
                            "De vraag gaat over het werk zelf."))
                    .orElseThrow())
            .addInterventions(
                Intervention.builder()
                    .kind(MENTORING)
                    .form(InterventionForm.ADVICE)
                    .advisedOn(complete.getOpenedOn().plusDays(30))
                    .build())
            .build();
    return withEntries
        .apply(
            TrajectoryCommand.recordOutcome(
                last,
                TrajectoryOutcome.builder()
                    .kind(SECONDMENT)
                    .date(last)
                    .visibility(Visibility.SHARED_WITH_COMMISSIONER)
                    .build()))
        .orElseThrow();
  }

  @Test
  void a_trajectory_with_the_applications_entries_round_trips_and_validates_with_its_catalogue() {
    Trajectory t = trajectory();
    assertThat(t.catalogueEntries()).contains(DISC, HYBRID_WORK, MENTORING, SECONDMENT);
    LoopbaanJson json = LoopbaanJson.builder().catalogue(CATALOGUE).build();
    String document = json.writeDocument(t);
    assertThat(document).contains("\"acme:disc\"", "\"acme:hybrid-work\"", "\"acme:secondment\"");
    Trajectory back = json.readDocument(document, Trajectory.class);
    assertThat(back).isEqualTo(t);
    assertThat(back.getCareerQuestion().orElseThrow().currentType().label(NL))
        .isEqualTo("Hoe organiseer ik hybride werken?");
    try (LoopbaanValidator validator = LoopbaanValidator.builder().catalogue(CATALOGUE).build()) {
      ValidationReport report = validator.validate(back, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER);
      assertThat(report.codes()).doesNotContain("base_catalogue_entries_known");
      assertThat(report.isValid()).as(report.toString()).isTrue();
    }
  }

  @Test
  void the_guide_names_every_catalogued_type_and_shows_the_recipe_that_runs_here() {
    String guide = Snippets.page("catalogues.md");
    for (Class<? extends CatalogueEntry> type : Catalogue.types()) {
      assertThat(guide).as(type.getSimpleName()).contains("`" + type.getSimpleName() + "`");
    }
    Snippets.assertShown("catalogues.md", CatalogueScenarioTest.class, "catalogue");
  }

  @Test
  void the_recipe_reads_back_what_it_wrote_and_validates_it() {
    Trajectory trajectory = trajectory();
    // begin:catalogue
    Instrument disc =
        Instrument.custom("acme:disc") // namespace:name
            .dimension(Dimension.BEING) // the core question it serves, if any
            .label(Locale.ENGLISH, "DISC profile") // English is required
            .label(Locale.forLanguageTag("nl"), "DISC-profiel")
            .build();
    Catalogue catalogue =
        Catalogue.builder().add(disc).add(HYBRID_WORK).add(MENTORING).add(SECONDMENT).build();

    LoopbaanJson json = LoopbaanJson.builder().catalogue(catalogue).build();
    String document = json.writeDocument(trajectory); // an entry is written as its code
    Trajectory back = json.readDocument(document, Trajectory.class); // codes resolve here

    ValidationReport report;
    try (LoopbaanValidator validator = LoopbaanValidator.builder().catalogue(catalogue).build()) {
      report = validator.validate(back, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER);
    } // base_catalogue_entries_known holds: every entry is listed with the same meaning
    // end:catalogue
    assertThat(back).isEqualTo(trajectory);
    assertThat(report.isValid()).isTrue();
    assertThat(disc).isEqualTo(DISC);
  }

  @Test
  void a_reader_and_a_validator_without_the_catalogue_refuse_the_entries_with_a_clear_error() {
    Trajectory t = trajectory();
    String document = LoopbaanJson.builder().catalogue(CATALOGUE).build().writeDocument(t);
    assertThatThrownBy(() -> LoopbaanJson.standard().readDocument(document, Trajectory.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_CODE);
              assertThat(e.getPath()).startsWith("$.content.");
              assertThat(e.getMessage())
                  .contains("reader's catalogue, which does not list this one")
                  .doesNotContain("acme");
            });
    try (LoopbaanValidator plain = LoopbaanValidator.create()) {
      ValidationReport report = plain.validate(t, RuleSet.BASE);
      assertThat(report.codes()).contains("base_catalogue_entries_known");
      assertThat(report.errors())
          .filteredOn(v -> v.code().equals("base_catalogue_entries_known"))
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.path()).isEqualTo("assignments");
                assertThat(v.message(Locale.ENGLISH)).contains("5 entries").doesNotContain("acme");
              });
    }
  }
}
