package io.github.loopbaan.core.question;

import static io.github.loopbaan.core.question.RecommendationReason.BURN_OUT_CONSIDER_REFERRAL;
import static io.github.loopbaan.core.question.RecommendationReason.CLIENT_IS_SCHOOL_LEAVER;
import static io.github.loopbaan.core.question.RecommendationReason.CLIENT_IS_SENIOR;
import static io.github.loopbaan.core.question.RecommendationReason.CLIENT_IS_YOUTH;
import static io.github.loopbaan.core.question.RecommendationReason.FORCED_MOBILITY_FAREWELL;
import static io.github.loopbaan.core.question.RecommendationReason.HEALTH_CONCERN_STRESS;
import static io.github.loopbaan.core.question.RecommendationReason.PSYCHOLOGICAL_COMPLAINTS_REFER;
import static io.github.loopbaan.core.question.RecommendationReason.QUESTION_TYPE_MAPS_TO_APPROACH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.party.AgeBand;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.party.HealthConcern;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * Each branch of the precedence of {@link ApproachRecommendation#recommend}, and its structural
 * rules.
 */
class ApproachRecommendationTest {

  private static final LocalDate ON = LocalDate.of(2025, 6, 1);

  private static Client.Builder client() {
    return Client.builder().id(ClientId.of("c-1"));
  }

  private static Client adult() {
    return client().birthYear(Year.of(1985)).employment(EmploymentSituation.EMPLOYED).build();
  }

  @Test
  void without_client_facts_table_1_1_decides() {
    for (ClientQuestionType type : ClientQuestionType.standardEntries()) {
      ApproachRecommendation r = ApproachRecommendation.recommend(type, client().build(), ON);
      assertThat(r.getApproach()).isEqualTo(type.approach());
      assertThat(r.getReasons()).containsExactly(QUESTION_TYPE_MAPS_TO_APPROACH);
      assertThat(r.overridesTable()).isFalse();
      assertThat(r.referralAdvised()).isFalse();
    }
  }

  @Test
  void a_senior_with_a_choice_question_gets_senior_career_coaching() {
    Client senior = client().birthYear(Year.of(1965)).build();
    ApproachRecommendation r =
        ApproachRecommendation.recommend(ClientQuestionType.CHOICE, senior, ON);
    assertThat(r.getApproach()).isEqualTo(CoachingApproach.SENIOR_CAREER_COACHING);
    assertThat(r.getReasons()).containsExactly(QUESTION_TYPE_MAPS_TO_APPROACH, CLIENT_IS_SENIOR);
    assertThat(r.overridesTable()).isTrue();
  }

  @Test
  void the_age_band_is_taken_on_the_reference_day() {
    Client born1971 = client().birthYear(Year.of(1971)).build();
    assertThat(
            ApproachRecommendation.recommend(
                    ClientQuestionType.CHOICE, born1971, LocalDate.of(2025, 1, 1))
                .getApproach())
        .isEqualTo(CoachingApproach.CHOICE_GUIDANCE);
    assertThat(
            ApproachRecommendation.recommend(
                    ClientQuestionType.CHOICE, born1971, LocalDate.of(2026, 1, 1))
                .getApproach())
        .isEqualTo(CoachingApproach.SENIOR_CAREER_COACHING);
  }

  @Test
  void a_young_client_with_a_choice_question_gets_youth_career_coaching() {
    Client young = client().declaredAgeBand(AgeBand.YOUTH).build();
    ApproachRecommendation r =
        ApproachRecommendation.recommend(ClientQuestionType.CHOICE, young, ON);
    assertThat(r.getApproach()).isEqualTo(CoachingApproach.YOUTH_CAREER_COACHING);
    assertThat(r.getReasons()).containsExactly(QUESTION_TYPE_MAPS_TO_APPROACH, CLIENT_IS_YOUTH);
  }

  @Test
  void an_adult_school_leaver_with_a_choice_question_gets_youth_career_coaching() {
    Client leaver =
        client().birthYear(Year.of(1997)).employment(EmploymentSituation.SCHOOL_LEAVER).build();
    ApproachRecommendation r =
        ApproachRecommendation.recommend(ClientQuestionType.CHOICE, leaver, ON);
    assertThat(r.getApproach()).isEqualTo(CoachingApproach.YOUTH_CAREER_COACHING);
    assertThat(r.getReasons())
        .containsExactly(QUESTION_TYPE_MAPS_TO_APPROACH, CLIENT_IS_SCHOOL_LEAVER);
  }

  @Test
  void age_does_not_change_a_question_type_other_than_choice() {
    Client senior = client().declaredAgeBand(AgeBand.SENIOR).build();
    ApproachRecommendation r =
        ApproachRecommendation.recommend(ClientQuestionType.STUCK, senior, ON);
    assertThat(r.getApproach()).isEqualTo(CoachingApproach.CAREER_COUNSELLING);
    assertThat(r.getReasons()).containsExactly(QUESTION_TYPE_MAPS_TO_APPROACH);
  }

  @Test
  void stress_complaints_come_before_the_question_type_and_before_age() {
    Client stressedSenior =
        client().declaredAgeBand(AgeBand.SENIOR).addHealthConcerns(HealthConcern.STRESS).build();
    ApproachRecommendation r =
        ApproachRecommendation.recommend(ClientQuestionType.CHOICE, stressedSenior, ON);
    assertThat(r.getApproach()).isEqualTo(CoachingApproach.STRESS_COACHING);
    assertThat(r.getReasons())
        .containsExactly(QUESTION_TYPE_MAPS_TO_APPROACH, HEALTH_CONCERN_STRESS);
    assertThat(r.referralAdvised()).isFalse();
  }

  @Test
  void burn_out_gives_stress_coaching_and_advises_considering_referral() {
    Client burnedOut = adult().withHealthConcerns(HealthConcern.BURN_OUT);
    ApproachRecommendation r =
        ApproachRecommendation.recommend(ClientQuestionType.GETTING_FURTHER, burnedOut, ON);
    assertThat(r.getApproach()).isEqualTo(CoachingApproach.STRESS_COACHING);
    assertThat(r.getReasons())
        .containsExactly(
            QUESTION_TYPE_MAPS_TO_APPROACH, HEALTH_CONCERN_STRESS, BURN_OUT_CONSIDER_REFERRAL);
    assertThat(r.referralAdvised()).isTrue();
  }

  @Test
  void a_stress_question_with_stress_complaints_keeps_the_table_approach_and_names_the_concern() {
    Client stressed = adult().withHealthConcerns(HealthConcern.STRESS);
    ApproachRecommendation r =
        ApproachRecommendation.recommend(ClientQuestionType.STRESS, stressed, ON);
    assertThat(r.getApproach()).isEqualTo(CoachingApproach.STRESS_COACHING);
    assertThat(r.overridesTable()).isFalse();
    assertThat(r.getReasons())
        .containsExactly(QUESTION_TYPE_MAPS_TO_APPROACH, HEALTH_CONCERN_STRESS);
  }

  @Test
  void psychological_complaints_keep_the_approach_and_advise_referral() {
    Client client = adult().withHealthConcerns(HealthConcern.PSYCHOLOGICAL_COMPLAINTS);
    ApproachRecommendation r =
        ApproachRecommendation.recommend(ClientQuestionType.IS_THIS_ALL, client, ON);
    assertThat(r.getApproach()).isEqualTo(CoachingApproach.LIFE_COACHING);
    assertThat(r.getReasons())
        .containsExactly(QUESTION_TYPE_MAPS_TO_APPROACH, PSYCHOLOGICAL_COMPLAINTS_REFER);
    assertThat(r.referralAdvised()).isTrue();
  }

  @Test
  void a_physical_limitation_changes_nothing() {
    Client client = adult().withHealthConcerns(HealthConcern.PHYSICAL_LIMITATION);
    assertThat(ApproachRecommendation.recommend(ClientQuestionType.CHOICE, client, ON).getReasons())
        .containsExactly(QUESTION_TYPE_MAPS_TO_APPROACH);
  }

  @Test
  void forced_mobility_advises_farewell_to_work_after_the_other_reasons() {
    Client client =
        client()
            .declaredAgeBand(AgeBand.SENIOR)
            .employment(EmploymentSituation.FORCED_MOBILITY)
            .addHealthConcerns(HealthConcern.PSYCHOLOGICAL_COMPLAINTS)
            .build();
    ApproachRecommendation r =
        ApproachRecommendation.recommend(ClientQuestionType.CHOICE, client, ON);
    assertThat(r.getApproach()).isEqualTo(CoachingApproach.SENIOR_CAREER_COACHING);
    assertThat(r.getReasons())
        .containsExactly(
            QUESTION_TYPE_MAPS_TO_APPROACH,
            CLIENT_IS_SENIOR,
            PSYCHOLOGICAL_COMPLAINTS_REFER,
            FORCED_MOBILITY_FAREWELL);
  }

  @Test
  void
      a_reorganisation_question_of_the_organisation_signals_forced_mobility_and_the_current_type_counts() {
    CareerQuestion question =
        CareerQuestion.builder()
            .id(CareerQuestionId.of("q-9"))
            .ownWords("Mijn functie verdwijnt, wat nu?")
            .askedOn(ON)
            .initialType(ClientQuestionType.GETTING_FURTHER)
            .organisationalQuestion(
                OrganisationalQuestion.of(OrganisationalQuestionSubtype.FORCED_INTERNAL_MOBILITY))
            .build()
            .evolve(
                ClientQuestionType.STUCK,
                ON.plusDays(14),
                EvolutionKind.DEEPENED,
                "Weerstand tegen de overplaatsing.");
    ApproachRecommendation r = ApproachRecommendation.recommend(question, adult(), ON);
    assertThat(r.getQuestionType()).isEqualTo(ClientQuestionType.STUCK);
    assertThat(r.getApproach()).isEqualTo(CoachingApproach.CAREER_COUNSELLING);
    assertThat(r.getReasons())
        .containsExactly(QUESTION_TYPE_MAPS_TO_APPROACH, FORCED_MOBILITY_FAREWELL);

    CareerQuestion growth =
        question.withOrganisationalQuestion(
            OrganisationalQuestion.of(OrganisationalQuestionSubtype.TALENT_POOL));
    assertThat(ApproachRecommendation.recommend(growth, adult(), ON).getReasons())
        .containsExactly(QUESTION_TYPE_MAPS_TO_APPROACH);
  }

  @Test
  void toString_shows_neither_the_approach_nor_the_health_reasons() {
    ApproachRecommendation r =
        ApproachRecommendation.recommend(
            ClientQuestionType.CHOICE, adult().withHealthConcerns(HealthConcern.BURN_OUT), ON);
    assertThat(r.getApproach()).isEqualTo(CoachingApproach.STRESS_COACHING);
    assertThat(r.toString())
        .contains("<redacted>")
        .doesNotContain("STRESS", "BURN_OUT", "HEALTH_CONCERN", "CHOICE");
  }

  @Test
  void a_recommendation_without_reasons_is_rejected() {
    assertThatThrownBy(
            () ->
                ApproachRecommendation.builder()
                    .questionType(ClientQuestionType.CHOICE)
                    .approach(CoachingApproach.CHOICE_GUIDANCE)
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getAttribute()).isEqualTo("reasons");
              assertThat(e.getRule()).isEqualTo("not_empty");
            });
  }

  @Test
  void a_reason_listed_twice_is_rejected() {
    assertThatThrownBy(
            () ->
                ApproachRecommendation.builder()
                    .questionType(ClientQuestionType.CHOICE)
                    .approach(CoachingApproach.CHOICE_GUIDANCE)
                    .addReasons(QUESTION_TYPE_MAPS_TO_APPROACH, QUESTION_TYPE_MAPS_TO_APPROACH)
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("unique"));
  }

  @Test
  void an_approach_off_the_table_needs_a_reason_that_selects_it() {
    assertThatThrownBy(
            () ->
                ApproachRecommendation.builder()
                    .questionType(ClientQuestionType.CHOICE)
                    .approach(CoachingApproach.LIFE_COACHING)
                    .addReasons(QUESTION_TYPE_MAPS_TO_APPROACH, CLIENT_IS_SENIOR)
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getAttribute()).isEqualTo("approach");
              assertThat(e.getRule()).isEqualTo("approach_explained");
            });
    assertThat(
            ApproachRecommendation.builder()
                .questionType(ClientQuestionType.STUCK)
                .approach(CoachingApproach.STRESS_COACHING)
                .addReason(HEALTH_CONCERN_STRESS)
                .build()
                .overridesTable())
        .isTrue();
  }
}
