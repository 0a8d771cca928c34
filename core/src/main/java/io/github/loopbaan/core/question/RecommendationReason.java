package io.github.loopbaan.core.question;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.privacy.Classified;
import io.github.loopbaan.core.privacy.DataCategory;
import java.util.Optional;

/**
 * Why {@link ApproachRecommendation#recommend} recommends what it does. Dutch: reden van het
 * advies.
 *
 * <p>A reason is a code, never free text, so it holds no words of the client. It can still reveal a
 * fact about the client ({@link #dataCategory()}): a reason based on a health concern is health
 * data.
 */
public enum RecommendationReason implements Coded, Classified {
  /** The question type maps to the approach in 003 table 1.1. */
  QUESTION_TYPE_MAPS_TO_APPROACH(
      "question_type_maps_to_approach", null, false, DataCategory.ORDINARY),
  /**
   * The client is 55 or older ({@link io.github.loopbaan.core.party.AgeBand#SENIOR}), so a generic
   * choice question gets senior career coaching (003 table 1.1, ch. 11).
   */
  CLIENT_IS_SENIOR(
      "client_is_senior", CoachingApproach.SENIOR_CAREER_COACHING, false, DataCategory.PERSONAL),
  /**
   * The client is young ({@link io.github.loopbaan.core.party.AgeBand#YOUTH}), so a generic choice
   * question gets youth career coaching (003 table 1.1, ch. 10).
   */
  CLIENT_IS_YOUTH(
      "client_is_youth", CoachingApproach.YOUTH_CAREER_COACHING, false, DataCategory.PERSONAL),
  /**
   * The client has just left school ({@link
   * io.github.loopbaan.core.party.EmploymentSituation#SCHOOL_LEAVER}), so a generic choice question
   * gets youth career coaching (003 table 1.1, ch. 10). Dutch: schoolverlater.
   */
  CLIENT_IS_SCHOOL_LEAVER(
      "client_is_school_leaver",
      CoachingApproach.YOUTH_CAREER_COACHING,
      false,
      DataCategory.PERSONAL),
  /**
   * The client shared stress or burn-out complaints, so the coaching first addresses stress (003
   * table 1.1 row 5, ch. 9; 002 "stress- of burn-outklachten"). Health data.
   */
  HEALTH_CONCERN_STRESS(
      "health_concern_stress", CoachingApproach.STRESS_COACHING, false, DataCategory.HEALTH),
  /**
   * The client shared burn-out complaints: the coach should consider referring to a doctor or
   * psychologist, as the coach knows their limits (003 ch. 4). Health data. Dutch: doorverwijzing
   * overwegen.
   */
  BURN_OUT_CONSIDER_REFERRAL("burn_out_consider_referral", null, true, DataCategory.HEALTH),
  /**
   * The client shared psychological complaints: these are referred elsewhere (003 ch. 4 "hoe en
   * naar wie doorverwijzen"). Health data. Dutch: doorverwijzen bij psychische klachten.
   */
  PSYCHOLOGICAL_COMPLAINTS_REFER("psychological_complaints_refer", null, true, DataCategory.HEALTH),
  /**
   * Mobility is forced (job loss, reorganisation, a mobility trajectory): the trajectory should
   * open with farewell to work before the client is open to new work (000 phase 1 "van rouwen naar
   * bouwen"; 003 §1.2 uitstroombegeleiding). Dutch: afscheid van werk.
   */
  FORCED_MOBILITY_FAREWELL("forced_mobility_farewell", null, false, DataCategory.PERSONAL);

  private final String code;
  private final CoachingApproach selects;
  private final boolean advisesReferral;
  private final DataCategory category;

  RecommendationReason(
      String code, CoachingApproach selects, boolean advisesReferral, DataCategory category) {
    this.code = code;
    this.selects = selects;
    this.advisesReferral = advisesReferral;
    this.category = category;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return the approach this reason selects over the one of table 1.1, when it is an overriding
   *     reason; empty for the table mapping itself and for advice that keeps the approach
   */
  public Optional<CoachingApproach> selects() {
    return Optional.ofNullable(selects);
  }

  /**
   * @return whether this reason advises the coach to refer the client (or to consider it)
   */
  public boolean advisesReferral() {
    return advisesReferral;
  }

  /**
   * @return the data category of knowing this reason applies to a person
   */
  @Override
  public DataCategory dataCategory() {
    return category;
  }
}
