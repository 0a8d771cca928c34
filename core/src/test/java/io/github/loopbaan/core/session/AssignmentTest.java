package io.github.loopbaan.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.question.Dimension;
import io.github.loopbaan.core.standards.CompetenceAssessment;
import io.github.loopbaan.core.standards.CompetenceRef;
import io.github.loopbaan.core.standards.ProficiencyLevel;
import io.github.loopbaan.core.standards.RiasecProfile;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Structural rules of assignments and instrument results, and the dimensions of instruments. */
class AssignmentTest {

  private static final LocalDate GIVEN = LocalDate.of(2024, 4, 2);

  private static Assignment.Builder assignment() {
    return Assignment.builder().id(AssignmentId.of("as-1")).title("Levenslijn").givenOn(GIVEN);
  }

  private static void rejected(
      ThrowingCallable construction, String type, String attribute, String rule) {
    assertThatThrownBy(construction)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getType()).isEqualTo(type);
              assertThat(e.getAttribute()).isEqualTo(attribute);
              assertThat(e.getRule()).isEqualTo(rule);
            });
  }

  @Test
  void an_assignment_starts_as_given_with_a_private_answer() {
    Assignment a = Assignment.of(AssignmentId.of("as-1"), "Waardenoverzicht", GIVEN);
    assertThat(a.getStatus()).isEqualTo(AssignmentStatus.GIVEN);
    assertThat(a.getVisibility()).isEqualTo(Visibility.PRIVATE_TO_COACH);
    assertThat(a.getAnswer()).isEmpty();
  }

  @Test
  void a_full_assignment_links_instrument_and_session() {
    Assignment a =
        assignment()
            .instruction("Teken je levenslijn met hoogte- en dieptepunten.")
            .instrument(Instrument.LIFE_LINE)
            .givenInSession(SessionId.of("s-2"))
            .dueOn(GIVEN.plusWeeks(2))
            .status(AssignmentStatus.ADJUSTED)
            .answer("Drie keerpunten: verhuizing, ontslag, geboorte.")
            .visibility(Visibility.SHARED_WITH_CLIENT)
            .discussedOn(GIVEN.plusWeeks(2))
            .build();
    assertThat(a.getInstrument()).contains(Instrument.LIFE_LINE);
    assertThat(a.getStatus().isDiscussed()).isTrue();
  }

  @Test
  void title_instruction_and_answer_are_not_blank() {
    rejected(() -> assignment().title(" ").build(), "Assignment", "title", "not_blank");
    rejected(() -> assignment().instruction("").build(), "Assignment", "instruction", "not_blank");
    rejected(() -> assignment().answer("\n").build(), "Assignment", "answer", "not_blank");
  }

  @Test
  void the_due_date_is_not_before_the_day_given() {
    assertThat(assignment().dueOn(GIVEN).build().getDueOn()).contains(GIVEN);
    rejected(
        () -> assignment().dueOn(GIVEN.minusDays(1)).build(),
        "Assignment",
        "dueOn,givenOn",
        "not_before");
  }

  @Test
  void the_discussion_is_not_before_the_day_given() {
    rejected(
        () ->
            assignment().status(AssignmentStatus.DISCUSSED).discussedOn(GIVEN.minusDays(1)).build(),
        "Assignment",
        "discussedOn,givenOn",
        "not_before");
  }

  @Test
  void a_discussion_date_needs_a_discussed_or_adjusted_status() {
    for (AssignmentStatus status : AssignmentStatus.values()) {
      if (status.isDiscussed()) {
        assertThat(
                assignment().status(status).discussedOn(GIVEN.plusDays(7)).build().getDiscussedOn())
            .isPresent();
      } else {
        rejected(
            () -> assignment().status(status).discussedOn(GIVEN.plusDays(7)).build(),
            "Assignment",
            "discussedOn",
            "only_when_discussed");
      }
    }
  }

  @Test
  void toString_never_shows_the_answer() {
    Assignment a = assignment().answer("Ik ben bang dat ik te oud ben voor een overstap.").build();
    assertThat(a.toString()).doesNotContain("te oud").contains("<redacted>", "Levenslijn");
  }

  @Test
  void instrument_results_keep_competences_profile_and_summary_private() {
    InstrumentResult r =
        InstrumentResult.builder()
            .id(InstrumentResultId.of("r-1"))
            .instrument(Instrument.QUESTIONNAIRE_OR_TEST)
            .administeredOn(GIVEN)
            .addCompetences(
                CompetenceAssessment.builder()
                    .competence(CompetenceRef.of("netwerken"))
                    .level(ProficiencyLevel.ADVANCED)
                    .evidence("Organiseerde een alumnidag")
                    .build())
            .interestProfile(RiasecProfile.of(10, 20, 30, 90, 80, 40))
            .summary("Sterk sociaal-ondernemend profiel.")
            .build();
    assertThat(r.getVisibility()).isEqualTo(Visibility.PRIVATE_TO_COACH);
    assertThat(r.getInterestProfile().map(RiasecProfile::hollandCode)).contains("SEC");
    assertThat(r.toString())
        .doesNotContain("netwerken", "alumnidag", "S=90", "sociaal-ondernemend")
        .contains("r-1");
  }

  @Test
  void an_instrument_result_assesses_each_competence_once_and_has_no_blank_summary() {
    CompetenceAssessment basic =
        CompetenceAssessment.of(CompetenceRef.of("presenteren"), ProficiencyLevel.BASIC);
    CompetenceAssessment expert =
        CompetenceAssessment.of(CompetenceRef.of("presenteren"), ProficiencyLevel.EXPERT);
    InstrumentResult.Builder base =
        InstrumentResult.builder()
            .id(InstrumentResultId.of("r-1"))
            .instrument(Instrument.DEVELOPMENT_ASSESSMENT)
            .administeredOn(GIVEN);
    rejected(
        () -> InstrumentResult.builder().from(base.build()).addCompetences(basic, expert).build(),
        "InstrumentResult",
        "competences",
        "unique");
    rejected(
        () -> InstrumentResult.builder().from(base.build()).summary("  ").build(),
        "InstrumentResult",
        "summary",
        "not_blank");
  }

  @Test
  void instruments_carry_the_dimension_the_sources_give_them() {
    assertThat(Instrument.COVEY_PRINCIPLES.dimension()).contains(Dimension.WANTING);
    assertThat(Instrument.HOEKSTRA_CAREER_ROLES.dimension()).contains(Dimension.WANTING);
    assertThat(Instrument.VALUES_OVERVIEW.dimension()).contains(Dimension.BEING);
    assertThat(Instrument.COMPETENCE_LIST.dimension()).contains(Dimension.ABILITY);
    assertThat(Instrument.HOOGENDIJK_CUBE_MODEL.dimension()).isEmpty();
    assertThat(Instrument.WORK_FIELDS_AND_PROFESSIONS.dimension()).isEmpty();
    assertThat(Instrument.STAR_MODEL.dimension()).isEmpty();
  }
}
