package io.github.loopbaan.core.question;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.privacy.Classified;
import io.github.loopbaan.core.privacy.DataCategory;
import java.util.OptionalInt;

/**
 * The kind of career coaching a question calls for (003 table 1.1, after Savickas and Walsh).
 * Dutch: soort loopbaancoaching.
 *
 * <p>The constants follow the rows of table 1.1, which rise in complexity and depth: choice
 * guidance can be practical, career counselling asks more life experience and empathy of the coach
 * (003 §1.2). The youth and senior rows are approaches for a target group. The last constant,
 * coaching on functioning at work, comes from 001 and 002, not from the table. {@link
 * #handbookChapter()} names the chapter of 003 that treats each approach.
 */
public enum CoachingApproach implements Coded, Classified {
  /**
   * The coach often uses questionnaires and career instruments to give direction, and explores and
   * widens the client's options. Dutch: keuzebegeleiding (003 ch. 5).
   */
  CHOICE_GUIDANCE("choice_guidance", 5),
  /**
   * The coach coaches the client in growing career competences such as personal effectiveness,
   * flexibility, influence and taking responsibility. Dutch: competentiecoaching (003 ch. 6).
   */
  COMPETENCE_COACHING("competence_coaching", 6),
  /**
   * Coaching aimed at clarification and meaning (zingeving): growing self-awareness by clarifying
   * the self-image, values and life goals. Dutch: levenscoaching (003 ch. 7).
   */
  LIFE_COACHING("life_coaching", 7),
  /**
   * Coaching aimed at removing blockades: the coach discusses fears, irrational or limiting
   * beliefs, indecisiveness and dilemmas. Dutch: loopbaancounseling (003 ch. 8).
   */
  CAREER_COUNSELLING("career_counselling", 8),
  /**
   * Coaching aimed at analysing external and internal stressors, personal pitfalls and limiting
   * beliefs, and at growing personal autonomy. Dutch: coaching op stresshantering (003 ch. 9).
   */
  STRESS_COACHING("stress_coaching", 9),
  /**
   * Coaching of young people aimed at clarifying self-image, preferences, talents and choice
   * styles, and at strengthening self-confidence and self-direction. Dutch: loopbaancoaching van
   * jongeren (003 ch. 10).
   */
  YOUTH_CAREER_COACHING("youth_career_coaching", 10),
  /**
   * Coaching of seniors (55+) aimed at a meaningful and vital filling-in of the (last) career
   * phase. Dutch: loopbaancoaching van senioren (003 ch. 11).
   */
  SENIOR_CAREER_COACHING("senior_career_coaching", 11),
  /**
   * Coaching aimed at functioning in the work context: changing unwanted behaviour, time
   * management, conflicts with colleagues or managers (001, 002). It is not a row of table 1.1 and
   * has no chapter of the handbook. Dutch: coaching op het functioneren in de werkcontext.
   */
  WORK_FUNCTIONING_COACHING("work_functioning_coaching", 0);

  private final String code;
  private final int chapter;

  CoachingApproach(String code, int chapter) {
    this.code = code;
    this.chapter = chapter;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return the chapter of the handbook (seed 003) that treats this approach, 5 to 11; empty for
   *     {@link #WORK_FUNCTIONING_COACHING}, which the handbook does not treat
   */
  public OptionalInt handbookChapter() {
    return chapter == 0 ? OptionalInt.empty() : OptionalInt.of(chapter);
  }

  /**
   * @return health data for {@link #STRESS_COACHING}: knowing that a person gets stress coaching
   *     says they have stress symptoms ({@link Classified}); personal data otherwise
   */
  @Override
  public DataCategory dataCategory() {
    return this == STRESS_COACHING ? DataCategory.HEALTH : DataCategory.PERSONAL;
  }
}
