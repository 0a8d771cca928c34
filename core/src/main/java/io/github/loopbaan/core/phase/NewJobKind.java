package io.github.loopbaan.core.phase;

import io.github.loopbaan.core.Coded;

/**
 * What kind of new work ended the search, the fact that opens phase 6, effective functioning in the
 * new job (000: "Wanneer de arbeidsmarkt bewerking succesvol is verlopen, en de kandidaat heeft een
 * baan gevonden"). Dutch: soort nieuwe baan.
 *
 * <p>The source names a job found and starting as self-employed (phase 5: "stappenplan om als
 * zelfstandige te starten"); Loopbaan adds a new role inside the client's own organisation, since
 * phases 4 and 5 explicitly look "inside or outside the organisation".
 */
public enum NewJobKind implements Coded {
  /** A job found on the labour market. Dutch: baan gevonden. */
  JOB_FOUND("job_found"),
  /**
   * A new role started, for example inside the client's own organisation. Dutch: nieuwe functie
   * gestart.
   */
  NEW_ROLE_STARTED("new_role_started"),
  /** Started working as self-employed. Dutch: gestart als zelfstandige. */
  SELF_EMPLOYED_START("self_employed_start");

  private final String code;

  NewJobKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
