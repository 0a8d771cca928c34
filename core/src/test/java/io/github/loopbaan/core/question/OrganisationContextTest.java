package io.github.loopbaan.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The context of the client's organisation (003 §1.2): growth or shrinkage, culture and learning
 * climate, recorded on the career question; something must be recorded, the culture is never blank
 * and never printed.
 */
class OrganisationContextTest {

  @Test
  void a_context_records_something_and_its_culture_is_not_blank() {
    assertThatThrownBy(() -> OrganisationContext.builder().build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("not_empty"));
    assertThatThrownBy(() -> OrganisationContext.builder().culture("  ").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getRule()).isEqualTo("not_blank");
              assertThat(e.getAttribute()).isEqualTo("culture");
            });
  }

  @Test
  void the_context_belongs_to_the_career_question_and_hides_the_culture() {
    OrganisationContext context =
        OrganisationContext.builder()
            .development(OrganisationDevelopment.SHRINKING)
            .culture("Afrekencultuur, weinig ruimte voor fouten")
            .learningClimate(LearningClimate.RESTRICTIVE)
            .build();
    CareerQuestion question =
        CareerQuestion.builder()
            .id(CareerQuestionId.of("q-1"))
            .ownWords("Moet ik hier blijven?")
            .askedOn(LocalDate.of(2025, 2, 3))
            .initialType(ClientQuestionType.CHOICE)
            .organisationContext(context)
            .build();
    assertThat(question.getOrganisationContext()).contains(context);
    assertThat(context.toString()).doesNotContain("Afreken");
    assertThat(question.toString()).doesNotContain("Afreken");
    assertThat(OrganisationDevelopment.SHRINKING.label(Locale.forLanguageTag("nl")))
        .isEqualTo("Krimp");
    assertThat(LearningClimate.SUPPORTIVE.label(Locale.forLanguageTag("nl")))
        .isEqualTo("Stimulerend");
  }
}
