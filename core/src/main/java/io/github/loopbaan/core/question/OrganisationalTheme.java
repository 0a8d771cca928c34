package io.github.loopbaan.core.question;

import io.github.loopbaan.core.Coded;

/**
 * A specific theme an organisation can bring next to its question (003 §1.2, "voorbeelden van
 * specifieke vragen vanuit de organisatie"). Dutch: thema vanuit de organisatie.
 *
 * <p>The source treats employability as one theme with two sides; Loopbaan models the two sides as
 * separate constants so that an organisation can ask for either or both ({@link #isEmployability()}
 * groups them). The source also names talent and leadership development as a theme; it is kept as a
 * constant as well.
 */
public enum OrganisationalTheme implements Coded {
  /**
   * Employability: establishing how much the employee wants to change jobs. Dutch: duurzame
   * inzetbaarheid, mobiliteitsbereidheid.
   */
  MOBILITY_WILLINGNESS("mobility_willingness"),
  /**
   * Employability: raising the degree to which the employee has it in them to develop further.
   * Dutch: duurzame inzetbaarheid, mobiliteitsvermogen.
   */
  MOBILITY_CAPACITY("mobility_capacity"),
  /**
   * Retention and preventing unwanted turnover; safeguarding the psychological contract, the
   * unspoken mutual expectations of employee and organisation. Dutch: binden en boeien,
   * psychologisch contract.
   */
  RETENTION_PSYCHOLOGICAL_CONTRACT("retention_psychological_contract"),
  /**
   * Future-oriented development programmes for employees, professionals, managers and project
   * leaders. Dutch: talent- en leadershipdevelopment.
   */
  TALENT_LEADERSHIP_DEVELOPMENT("talent_leadership_development"),
  /**
   * Keeping seniors vital and using their knowledge and experience well, for example in mentor
   * roles. Dutch: vitalisering van senioren.
   */
  SENIOR_VITALITY("senior_vitality"),
  /**
   * Keeping the organisation in balance by furthering diversity in the broadest sense. Dutch:
   * diversiteit.
   */
  DIVERSITY("diversity");

  private final String code;

  OrganisationalTheme(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return whether this theme is one of the two sides of employability (duurzame inzetbaarheid)
   */
  public boolean isEmployability() {
    return this == MOBILITY_WILLINGNESS || this == MOBILITY_CAPACITY;
  }
}
