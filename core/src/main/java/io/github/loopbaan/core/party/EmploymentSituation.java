package io.github.loopbaan.core.party;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.privacy.Classified;
import io.github.loopbaan.core.privacy.DataCategory;

/**
 * The client's situation on the labour market when the trajectory starts (Dutch: arbeidssituatie),
 * from 003 §1.3-1.4. It steers the phases (forced mobility opens with farewell to work) and the
 * approach.
 */
public enum EmploymentSituation implements Coded, Classified {
  /** In paid employment. Dutch: in loondienst. */
  EMPLOYED("employed", DataCategory.PERSONAL),
  /**
   * Job loss or forced mobility (reorganisation, dismissal). Dutch: baanverlies, gedwongen
   * mobiliteit.
   */
  FORCED_MOBILITY("forced_mobility", DataCategory.PERSONAL),
  /** Self-employed without staff. Dutch: zzp'er, zelfstandige. */
  SELF_EMPLOYED("self_employed", DataCategory.PERSONAL),
  /**
   * Without work and registered as a job seeker (the domain brief's "job seeker"; 004's regime asks
   * for the employment situation at the intake). Dutch: werkzoekende.
   */
  JOB_SEEKER("job_seeker", DataCategory.PERSONAL),
  /** Has just left school or study. Dutch: schoolverlater. */
  SCHOOL_LEAVER("school_leaver", DataCategory.PERSONAL),
  /** Long-term sick, in re-integration. Health data. Dutch: langdurig ziek, re-integratie. */
  LONG_TERM_SICK("long_term_sick", DataCategory.HEALTH);

  private final String code;
  private final DataCategory category;

  EmploymentSituation(String code, DataCategory category) {
    this.code = code;
    this.category = category;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return the data category of knowing this situation about a person: {@link DataCategory#HEALTH}
   *     for long-term sickness, {@link DataCategory#PERSONAL} otherwise
   */
  @Override
  public DataCategory dataCategory() {
    return category;
  }
}
