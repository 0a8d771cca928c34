package io.github.loopbaan.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.privacy.DataCategory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Table 1.1 and the core questions, as the enums encode them. */
class QuestionTypeTest {

  @Test
  void table_1_1_pairs_each_question_type_with_its_approach() {
    assertThat(ClientQuestionType.CHOICE.approach()).isEqualTo(CoachingApproach.CHOICE_GUIDANCE);
    assertThat(ClientQuestionType.GETTING_FURTHER.approach())
        .isEqualTo(CoachingApproach.COMPETENCE_COACHING);
    assertThat(ClientQuestionType.IS_THIS_ALL.approach()).isEqualTo(CoachingApproach.LIFE_COACHING);
    assertThat(ClientQuestionType.STUCK.approach()).isEqualTo(CoachingApproach.CAREER_COUNSELLING);
    assertThat(ClientQuestionType.STRESS.approach()).isEqualTo(CoachingApproach.STRESS_COACHING);
    assertThat(ClientQuestionType.SCHOOL_LEAVER.approach())
        .isEqualTo(CoachingApproach.YOUTH_CAREER_COACHING);
    assertThat(ClientQuestionType.SENIOR.approach())
        .isEqualTo(CoachingApproach.SENIOR_CAREER_COACHING);
  }

  @Test
  void every_approach_is_reached_by_a_question_type_and_table_1_1_is_one_to_one() {
    List<ClientQuestionType> table = ClientQuestionType.standardEntries().subList(0, 7);
    assertThat(table.stream().map(ClientQuestionType::approach).distinct()).hasSize(7);
    assertThat(table).allMatch(t -> t.domain() == QuestionDomain.CAREER);
    assertThat(
            ClientQuestionType.standardEntries().stream()
                .map(ClientQuestionType::approach)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CoachingApproach.class))))
        .containsExactlyInAnyOrder(CoachingApproach.values());
  }

  @Test
  void the_questions_about_functioning_at_work_of_002_call_for_coaching_on_functioning_at_work() {
    for (ClientQuestionType type :
        List.of(
            ClientQuestionType.BEHAVIOUR_CHANGE,
            ClientQuestionType.TIME_MANAGEMENT,
            ClientQuestionType.WORK_CONFLICT)) {
      assertThat(type.approach()).isEqualTo(CoachingApproach.WORK_FUNCTIONING_COACHING);
      assertThat(type.domain()).isEqualTo(QuestionDomain.WORK_FUNCTIONING);
    }
    assertThat(ClientQuestionType.standardEntries()).hasSize(10);
  }

  @Test
  void an_evolution_between_a_career_question_and_functioning_at_work_changes_domain_both_ways() {
    assertThat(
            evolution(ClientQuestionType.WORK_CONFLICT, ClientQuestionType.CHOICE).changesDomain())
        .isTrue();
    assertThat(
            evolution(ClientQuestionType.CHOICE, ClientQuestionType.BEHAVIOUR_CHANGE)
                .changesDomain())
        .isTrue();
    assertThat(evolution(ClientQuestionType.CHOICE, ClientQuestionType.STUCK).changesDomain())
        .isFalse();
    assertThat(
            evolution(ClientQuestionType.TIME_MANAGEMENT, ClientQuestionType.WORK_CONFLICT)
                .changesDomain())
        .isFalse();
  }

  private static QuestionEvolution evolution(ClientQuestionType from, ClientQuestionType to) {
    return QuestionEvolution.of(from, to, LocalDate.of(2025, 3, 1), EvolutionKind.CHANGED, "Reden");
  }

  @Test
  void approaches_follow_the_handbook_chapters_5_to_11_and_functioning_at_work_has_none() {
    assertThat(
            Arrays.stream(CoachingApproach.values())
                .filter(a -> a.handbookChapter().isPresent())
                .mapToInt(a -> a.handbookChapter().getAsInt()))
        .containsExactly(5, 6, 7, 8, 9, 10, 11);
    assertThat(CoachingApproach.WORK_FUNCTIONING_COACHING.handbookChapter()).isEmpty();
  }

  @Test
  void only_the_stress_question_type_is_health_data() {
    for (ClientQuestionType type : ClientQuestionType.standardEntries()) {
      assertThat(type.dataCategory())
          .isEqualTo(
              type.equals(ClientQuestionType.STRESS) ? DataCategory.HEALTH : DataCategory.PERSONAL);
    }
  }

  @Test
  void an_applications_type_carries_its_approach_domain_and_category_and_needs_them() {
    ClientQuestionType burnOut =
        ClientQuestionType.custom("acme:burn-out-return")
            .approach(CoachingApproach.STRESS_COACHING)
            .dataCategory(DataCategory.HEALTH)
            .domain(QuestionDomain.WORK_FUNCTIONING)
            .label(Locale.ENGLISH, "Return after burn-out")
            .label(Locale.forLanguageTag("nl"), "Terugkeer na burn-out")
            .build();
    assertThat(burnOut.approach()).isEqualTo(CoachingApproach.STRESS_COACHING);
    assertThat(burnOut.dataCategory()).isEqualTo(DataCategory.HEALTH);
    assertThat(burnOut.domain()).isEqualTo(QuestionDomain.WORK_FUNCTIONING);
    assertThat(burnOut.label(Locale.forLanguageTag("nl"))).isEqualTo("Terugkeer na burn-out");
    assertThat(burnOut.isStandard()).isFalse();
    assertThatThrownBy(
            () ->
                ClientQuestionType.custom("acme:x")
                    .dataCategory(DataCategory.PERSONAL)
                    .label(Locale.ENGLISH, "X")
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getRule()).isEqualTo("required");
              assertThat(e.getAttribute()).isEqualTo("approach");
            });
    assertThatThrownBy(
            () ->
                ClientQuestionType.custom("acme:x")
                    .approach(CoachingApproach.CHOICE_GUIDANCE)
                    .label(Locale.ENGLISH, "X")
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getAttribute()).isEqualTo("dataCategory"));
    assertThat(
            ClientQuestionType.custom("acme:x")
                .approach(CoachingApproach.CHOICE_GUIDANCE)
                .dataCategory(DataCategory.PERSONAL)
                .label(Locale.ENGLISH, "X")
                .build()
                .domain())
        .isEqualTo(QuestionDomain.CAREER);
  }

  @Test
  void the_self_analysis_questions_carry_the_three_dimensions() {
    assertThat(CoreQuestion.WHO_AM_I.dimension()).contains(Dimension.BEING);
    assertThat(CoreQuestion.WHAT_DO_I_WANT.dimension()).contains(Dimension.WANTING);
    assertThat(CoreQuestion.WHAT_CAN_I_DO.dimension()).contains(Dimension.ABILITY);
    for (Dimension dimension : Dimension.values()) {
      assertThat(CoreQuestion.of(dimension).dimension()).contains(dimension);
      assertThat(CoreQuestion.of(dimension).analysisKind()).isEqualTo(AnalysisKind.SELF_ANALYSIS);
    }
  }

  @Test
  void environment_and_intake_questions_have_no_dimension() {
    assertThat(CoreQuestion.of(AnalysisKind.ENVIRONMENT_ANALYSIS))
        .containsExactly(CoreQuestion.WHERE_DO_I_FIND_THAT, CoreQuestion.HOW_DO_I_GET_THERE)
        .allSatisfy(q -> assertThat(q.dimension()).isEmpty());
    assertThat(CoreQuestion.of(AnalysisKind.INTAKE))
        .containsExactly(CoreQuestion.WHY_AM_I_HERE, CoreQuestion.HOW_AM_I_HERE)
        .allSatisfy(q -> assertThat(q.dimension()).isEmpty());
    assertThat(CoreQuestion.of(AnalysisKind.SELF_ANALYSIS)).hasSize(3);
  }

  @Test
  void labels_use_the_dutch_terms_of_the_sources() {
    Locale nl = Locale.forLanguageTag("nl");
    assertThat(CoachingApproach.CHOICE_GUIDANCE.label(nl)).isEqualTo("Keuzebegeleiding");
    assertThat(CoachingApproach.CAREER_COUNSELLING.label(nl)).isEqualTo("Loopbaancounseling");
    assertThat(OrganisationalQuestionSubtype.TALENT_POOL.label(nl)).isEqualTo("Kweekvijver");
    assertThat(CoreQuestion.WHO_AM_I.label(nl)).isEqualTo("Wie ben ik?");
    assertThat(EvolutionKind.DISGUISED_REVEALED.label(nl)).contains("Vermomde");
    assertThat(RecommendationReason.CLIENT_IS_SENIOR.label(nl))
        .isEqualTo("De cliënt is 55 of ouder");
    assertThat(CoachingApproach.CHOICE_GUIDANCE.label(Locale.ENGLISH)).isEqualTo("Choice guidance");
  }
}
