package io.github.loopbaan.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.CommandRejectedException;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.StateMachine;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Structural rules and behaviour of career questions, their evolutions and organisational
 * questions.
 */
class CareerQuestionTest {

  private static final LocalDate ASKED = LocalDate.of(2025, 1, 15);
  private static final String WORDS = "Hoe kom ik verder zonder leidinggevende te worden?";
  private static final String REASON = "Bij de opdrachten kwamen steeds dezelfde blokkades boven.";

  private static CareerQuestion.Builder question() {
    return CareerQuestion.builder()
        .id(CareerQuestionId.of("q-1"))
        .ownWords(WORDS)
        .askedOn(ASKED)
        .initialType(ClientQuestionType.GETTING_FURTHER);
  }

  private static void assertRule(
      Runnable construction, String type, String attribute, String rule) {
    assertThatThrownBy(construction::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getType()).isEqualTo(type);
              assertThat(e.getAttribute()).isEqualTo(attribute);
              assertThat(e.getRule()).isEqualTo(rule);
              assertThat(e.getMessage()).doesNotContain(WORDS, REASON);
            });
  }

  @Test
  void a_new_question_is_current_in_its_initial_type_and_follows_table_1_1() {
    CareerQuestion q = question().build();
    assertThat(q.currentType()).isEqualTo(ClientQuestionType.GETTING_FURTHER);
    assertThat(q.recommendedApproach()).isEqualTo(CoachingApproach.COMPETENCE_COACHING);
    assertThat(q.currentSince()).isEqualTo(ASKED);
    assertThat(q.getEvolutions()).isEmpty();
  }

  @Test
  void blank_own_words_are_rejected() {
    assertRule(() -> question().ownWords(" \t").build(), "CareerQuestion", "ownWords", "not_blank");
  }

  @Test
  void competence_coaching_that_fails_deepens_into_counselling_and_the_history_is_kept() {
    CareerQuestion q =
        question()
            .build()
            .evolve(ClientQuestionType.STUCK, ASKED.plusWeeks(6), EvolutionKind.DEEPENED, REASON);
    assertThat(q.currentType()).isEqualTo(ClientQuestionType.STUCK);
    assertThat(q.recommendedApproach()).isEqualTo(CoachingApproach.CAREER_COUNSELLING);
    assertThat(q.getInitialType()).isEqualTo(ClientQuestionType.GETTING_FURTHER);
    QuestionEvolution step = q.getEvolutions().get(0);
    assertThat(step.getFromType()).isEqualTo(ClientQuestionType.GETTING_FURTHER);
    assertThat(step.toApproach()).isEqualTo(CoachingApproach.CAREER_COUNSELLING);
    assertThat(q.currentSince()).isEqualTo(ASKED.plusWeeks(6));
  }

  @Test
  void evolve_leaves_the_original_unchanged_and_chains_from_the_current_type() {
    CareerQuestion original = question().build();
    CareerQuestion twice =
        original
            .evolve(ClientQuestionType.STUCK, ASKED.plusDays(10), EvolutionKind.DEEPENED, REASON)
            .evolve(
                ClientQuestionType.IS_THIS_ALL,
                ASKED.plusDays(10),
                EvolutionKind.DISGUISED_REVEALED,
                REASON);
    assertThat(original.getEvolutions()).isEmpty();
    assertThat(twice.getEvolutions())
        .extracting(QuestionEvolution::getFromType)
        .containsExactly(ClientQuestionType.GETTING_FURTHER, ClientQuestionType.STUCK);
    assertThat(twice.currentType()).isEqualTo(ClientQuestionType.IS_THIS_ALL);
    assertThat(twice.recommendedApproach()).isEqualTo(CoachingApproach.LIFE_COACHING);
  }

  @Test
  void a_question_may_return_to_an_earlier_type() {
    CareerQuestion q =
        question()
            .build()
            .evolve(ClientQuestionType.STUCK, ASKED.plusDays(1), EvolutionKind.DEEPENED, REASON)
            .evolve(
                ClientQuestionType.GETTING_FURTHER,
                ASKED.plusDays(30),
                EvolutionKind.CHANGED,
                REASON);
    assertThat(q.currentType()).isEqualTo(q.getInitialType());
    assertThat(q.getEvolutions()).hasSize(2);
  }

  @Test
  void evolving_into_the_current_type_is_rejected() {
    assertRule(
        () ->
            question()
                .addEvolution(
                    QuestionEvolution.of(
                        ClientQuestionType.GETTING_FURTHER,
                        ClientQuestionType.GETTING_FURTHER,
                        ASKED,
                        EvolutionKind.CHANGED,
                        REASON))
                .build(),
        "QuestionEvolution",
        "fromType,toType",
        "type_changes");
    assertRejected(
        () ->
            question()
                .build()
                .evolve(ClientQuestionType.GETTING_FURTHER, ASKED, EvolutionKind.CHANGED, REASON),
        CareerQuestionLifecycle.TYPE_UNCHANGED);
  }

  private static void assertRejected(Runnable command, String reason) {
    assertThatThrownBy(command::run)
        .isInstanceOfSatisfying(
            CommandRejectedException.class,
            e -> {
              assertThat(e.getReasons()).extracting(Reason::getCode).containsExactly(reason);
              assertThat(e.getMessage()).doesNotContain(WORDS, REASON);
            });
  }

  @Test
  void an_evolution_without_a_reason_is_rejected() {
    assertRule(
        () ->
            QuestionEvolution.of(
                ClientQuestionType.CHOICE,
                ClientQuestionType.STUCK,
                ASKED,
                EvolutionKind.CHANGED,
                "  "),
        "QuestionEvolution",
        "reason",
        "not_blank");
  }

  @Test
  void an_evolution_before_the_question_was_asked_is_rejected() {
    assertRule(
        () ->
            question()
                .addEvolution(
                    QuestionEvolution.of(
                        ClientQuestionType.GETTING_FURTHER,
                        ClientQuestionType.STUCK,
                        ASKED.minusDays(1),
                        EvolutionKind.DEEPENED,
                        REASON))
                .build(),
        "CareerQuestion",
        "evolutions,askedOn",
        "not_before");
    assertRejected(
        () ->
            question()
                .build()
                .evolve(
                    ClientQuestionType.STUCK, ASKED.minusDays(1), EvolutionKind.DEEPENED, REASON),
        CareerQuestionLifecycle.BEFORE_QUESTION_ASKED);
  }

  @Test
  void evolutions_out_of_date_order_are_rejected() {
    CareerQuestion once =
        question()
            .build()
            .evolve(ClientQuestionType.STUCK, ASKED.plusDays(20), EvolutionKind.DEEPENED, REASON);
    assertRule(
        () ->
            once.withEvolutions(
                once.getEvolutions().get(0),
                QuestionEvolution.of(
                    ClientQuestionType.STUCK,
                    ClientQuestionType.IS_THIS_ALL,
                    ASKED.plusDays(5),
                    EvolutionKind.CHANGED,
                    REASON)),
        "CareerQuestion",
        "evolutions",
        "chronological");
    assertRejected(
        () ->
            once.evolve(
                ClientQuestionType.IS_THIS_ALL, ASKED.plusDays(5), EvolutionKind.CHANGED, REASON),
        StateMachine.BEFORE_LAST_EVENT);
  }

  @Test
  void an_evolution_that_does_not_start_from_the_current_type_breaks_the_chain() {
    assertRule(
        () ->
            question()
                .addEvolution(
                    QuestionEvolution.of(
                        ClientQuestionType.CHOICE,
                        ClientQuestionType.STUCK,
                        ASKED,
                        EvolutionKind.CHANGED,
                        REASON))
                .build(),
        "CareerQuestion",
        "evolutions",
        "evolution_chain");
    QuestionEvolution first =
        QuestionEvolution.of(
            ClientQuestionType.GETTING_FURTHER,
            ClientQuestionType.STUCK,
            ASKED,
            EvolutionKind.DEEPENED,
            REASON);
    QuestionEvolution skipping =
        QuestionEvolution.of(
            ClientQuestionType.GETTING_FURTHER,
            ClientQuestionType.IS_THIS_ALL,
            ASKED.plusDays(3),
            EvolutionKind.CHANGED,
            REASON);
    assertRule(
        () -> question().addEvolutions(first, skipping).build(),
        "CareerQuestion",
        "evolutions",
        "evolution_chain");
  }

  @Test
  void the_kind_of_an_evolution_defaults_to_changed() {
    QuestionEvolution e =
        QuestionEvolution.builder()
            .fromType(ClientQuestionType.CHOICE)
            .toType(ClientQuestionType.IS_THIS_ALL)
            .date(ASKED)
            .reason(REASON)
            .build();
    assertThat(e.getKind()).isEqualTo(EvolutionKind.CHANGED);
  }

  @Test
  void toString_never_shows_own_words_reason_or_organisation_description() {
    String description = "Medewerker functioneert al jaren niet goed op de afdeling.";
    CareerQuestion q =
        question()
            .organisationalQuestion(
                OrganisationalQuestion.builder()
                    .subtype(OrganisationalQuestionSubtype.PROBLEM_SITUATION)
                    .description(description)
                    .build())
            .build()
            .evolve(ClientQuestionType.STUCK, ASKED.plusDays(3), EvolutionKind.DEEPENED, REASON);
    assertThat(q.toString())
        .doesNotContain(WORDS, REASON, description)
        .contains("q-1", "<redacted>");
  }

  @Test
  void the_category_of_an_organisational_question_follows_its_subtype() {
    assertThat(OrganisationalQuestion.of(OrganisationalQuestionSubtype.TALENT_POOL).category())
        .isEqualTo(OrganisationalQuestionCategory.GROWTH_DEVELOPMENT);
    assertThat(OrganisationalQuestion.of(OrganisationalQuestionSubtype.FULL_BLOCKADE).category())
        .isEqualTo(OrganisationalQuestionCategory.MISMATCH_STAGNATION);
    assertThat(
            OrganisationalQuestion.of(OrganisationalQuestionSubtype.MOBILITY_TRAJECTORY_OUTSIDE)
                .category())
        .isEqualTo(OrganisationalQuestionCategory.REORGANISATION_MERGER);
  }

  @Test
  void table_1_2_has_four_growth_three_mismatch_and_two_reorganisation_subtypes() {
    assertThat(OrganisationalQuestionSubtype.of(OrganisationalQuestionCategory.GROWTH_DEVELOPMENT))
        .containsExactly(
            OrganisationalQuestionSubtype.TALENT_POOL,
            OrganisationalQuestionSubtype.MANAGEMENT_DEVELOPMENT,
            OrganisationalQuestionSubtype.TALENT_DEVELOPMENT,
            OrganisationalQuestionSubtype.JOB_CRAFTING);
    assertThat(OrganisationalQuestionSubtype.of(OrganisationalQuestionCategory.MISMATCH_STAGNATION))
        .hasSize(3);
    assertThat(
            OrganisationalQuestionSubtype.of(OrganisationalQuestionCategory.REORGANISATION_MERGER))
        .containsExactly(
            OrganisationalQuestionSubtype.FORCED_INTERNAL_MOBILITY,
            OrganisationalQuestionSubtype.MOBILITY_TRAJECTORY_OUTSIDE);
  }

  @Test
  void a_blank_organisational_description_is_rejected() {
    assertRule(
        () ->
            OrganisationalQuestion.builder()
                .subtype(OrganisationalQuestionSubtype.JOB_CRAFTING)
                .description("")
                .build(),
        "OrganisationalQuestion",
        "description",
        "not_blank");
  }

  @Test
  void employability_has_two_sides() {
    assertThat(OrganisationalTheme.MOBILITY_WILLINGNESS.isEmployability()).isTrue();
    assertThat(OrganisationalTheme.MOBILITY_CAPACITY.isEmployability()).isTrue();
    assertThat(OrganisationalTheme.DIVERSITY.isEmployability()).isFalse();
  }
}
