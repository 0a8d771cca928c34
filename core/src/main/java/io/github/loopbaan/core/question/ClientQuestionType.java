package io.github.loopbaan.core.question;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.privacy.Classified;
import io.github.loopbaan.core.privacy.DataCategory;

/**
 * The type of a client's career question, each with the {@link CoachingApproach} it calls for (003
 * table 1.1). Dutch: loopbaanvraag (type).
 *
 * <p>Questions rarely present themselves this neatly: a question can develop from one type into
 * another, or turn out to be "disguised" (vermomd); {@link QuestionEvolution} keeps that history
 * (003 §1.2).
 */
public enum ClientQuestionType implements Coded, Classified {
  /**
   * "What shall I choose?" The client does not know what they want and struggles to translate
   * needs, interests and personal values into possible jobs. Dutch: "Wat zal ik kiezen?"
   */
  CHOICE("choice", CoachingApproach.CHOICE_GUIDANCE, DataCategory.PERSONAL),
  /**
   * "How can I get further in my career?" The client needs help with development steps or with
   * getting more grip on their own career. Dutch: "Hoe kan ik verder komen in mijn loopbaan?"
   */
  GETTING_FURTHER("getting_further", CoachingApproach.COMPETENCE_COACHING, DataCategory.PERSONAL),
  /**
   * "Is this all? Who am I and what do I stand for?" The client has no clear self-image (any more)
   * and needs help rediscovering personal values and goals. Dutch: "Is dit nu alles? Wie ben ik en
   * waar sta ik voor?"
   */
  IS_THIS_ALL("is_this_all", CoachingApproach.LIFE_COACHING, DataCategory.PERSONAL),
  /**
   * "I keep getting stuck: what blockades keep me from developing fully?" The client has little
   * self-confidence or suffers from negative beliefs. Dutch: "Ik loop steeds vast of kom niet
   * verder."
   */
  STUCK("stuck", CoachingApproach.CAREER_COUNSELLING, DataCategory.PERSONAL),
  /**
   * "I get stuck through heavy workload or uncertainty and show stress symptoms." The client feels
   * lived, allows no time for reflection and lacks the overview to set priorities. Knowing that a
   * person asks this reveals stress symptoms: health data. Dutch: "Ik loop vast door de grote
   * werkdruk of onzekerheid."
   */
  STRESS("stress", CoachingApproach.STRESS_COACHING, DataCategory.HEALTH),
  /**
   * "I have just left school and do not know which study or direction to choose." The young person
   * has no idea what they can and want, and experiences choice stress. Dutch: "Ik kom net van
   * school."
   */
  SCHOOL_LEAVER("school_leaver", CoachingApproach.YOUTH_CAREER_COACHING, DataCategory.PERSONAL),
  /**
   * "I am 55+ and want to know what I can still do in my career." The senior lacks sight of
   * interesting next possibilities. Dutch: "Ik ben 55+ en ik wil weten wat ik nog kan doen in mijn
   * loopbaan."
   */
  SENIOR("senior", CoachingApproach.SENIOR_CAREER_COACHING, DataCategory.PERSONAL);

  private final String code;
  private final CoachingApproach approach;
  private final DataCategory category;

  ClientQuestionType(String code, CoachingApproach approach, DataCategory category) {
    this.code = code;
    this.approach = approach;
    this.category = category;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return the coaching approach table 1.1 of 003 pairs with this question type (soort
   *     loopbaancoaching)
   */
  public CoachingApproach approach() {
    return approach;
  }

  /**
   * @return the data category of knowing that a person asks this type of question: {@link
   *     DataCategory#HEALTH} for {@link #STRESS}, {@link DataCategory#PERSONAL} otherwise
   */
  @Override
  public DataCategory dataCategory() {
    return category;
  }
}
