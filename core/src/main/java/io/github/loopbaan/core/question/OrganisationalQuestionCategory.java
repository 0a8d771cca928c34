package io.github.loopbaan.core.question;

import io.github.loopbaan.core.Coded;

/**
 * The column of 003 table 1.2 an organisation's career question falls in. Dutch: loopbaanvraagstuk
 * in organisaties (groei, mismatch, reorganisatie).
 */
public enum OrganisationalQuestionCategory implements Coded {
  /**
   * Growth questions: the organisation wants to keep its young and high potentials, prepare future
   * management or develop specific talent; the coach mostly has a stimulating, binding and coaching
   * role. Dutch: groei/ontwikkeling.
   */
  GROWTH_DEVELOPMENT("growth_development"),
  /**
   * Mismatch: the employee lacks competences the job needs or does not fit the culture, through
   * selection errors or individual problems; the organisation acts to solve a problem. Dutch:
   * mismatch/vastlopen.
   */
  MISMATCH_STAGNATION("mismatch_stagnation"),
  /**
   * Reorganisation, shrinkage or merger: employees must be replaced internally or leave; coaching
   * becomes outplacement (uitstroombegeleiding) with emphasis on grief, resistance and emotions.
   * Dutch: reorganisatie/fusie.
   */
  REORGANISATION_MERGER("reorganisation_merger");

  private final String code;

  OrganisationalQuestionCategory(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
