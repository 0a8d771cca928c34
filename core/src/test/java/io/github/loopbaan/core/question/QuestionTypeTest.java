package io.github.loopbaan.core.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.privacy.DataCategory;
import java.util.Arrays;
import java.util.EnumSet;
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
  void every_approach_is_reached_by_exactly_one_question_type() {
    assertThat(
            Arrays.stream(ClientQuestionType.values())
                .map(ClientQuestionType::approach)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CoachingApproach.class))))
        .containsExactlyInAnyOrder(CoachingApproach.values());
    assertThat(ClientQuestionType.values()).hasSameSizeAs(CoachingApproach.values());
  }

  @Test
  void approaches_follow_the_handbook_chapters_5_to_11() {
    assertThat(Arrays.stream(CoachingApproach.values()).mapToInt(CoachingApproach::handbookChapter))
        .containsExactly(5, 6, 7, 8, 9, 10, 11);
  }

  @Test
  void only_the_stress_question_type_is_health_data() {
    for (ClientQuestionType type : ClientQuestionType.values()) {
      assertThat(type.dataCategory())
          .isEqualTo(
              type == ClientQuestionType.STRESS ? DataCategory.HEALTH : DataCategory.PERSONAL);
    }
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
