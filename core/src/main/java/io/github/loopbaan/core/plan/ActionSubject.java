package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.Coded;

/**
 * What an action of the action plan is about: the typical subjects of career influence and job
 * search (001 outer circle, 002 "baan zoeken", 000 phases 4 and 5). Dutch: onderwerp van een actie.
 */
public enum ActionSubject implements Coded {
  /** Presence and search on social media. Dutch: sociale media. */
  SOCIAL_MEDIA("social_media"),
  /** A strong presentation of oneself, an elevator pitch. Dutch: sterke presentatie. */
  PRESENTATION("presentation"),
  /** Application skills in general. Dutch: sollicitatievaardigheden. */
  APPLICATION_SKILLS("application_skills"),
  /** Writing or updating and checking the CV. Dutch: cv-check. */
  CV_CHECK("cv_check"),
  /** Writing application letters. Dutch: sollicitatiebrieven. */
  APPLICATION_LETTERS("application_letters"),
  /** Finding suitable vacancies. Dutch: vacatures vinden. */
  FINDING_VACANCIES("finding_vacancies"),
  /** Preparing for a job interview. Dutch: voorbereiding sollicitatiegesprek. */
  INTERVIEW_PREPARATION("interview_preparation"),
  /** Negotiating salary and other terms. Dutch: salaris- en andere onderhandelingen. */
  NEGOTIATION("negotiation"),
  /**
   * Coping with rejection or a scenario that failed. Dutch: omgaan met afwijzing of mislukte
   * scenario's.
   */
  COPING_WITH_REJECTION("coping_with_rejection"),
  /** Starting a business, working as self-employed. Dutch: een eigen bedrijf starten. */
  STARTING_A_BUSINESS("starting_a_business"),
  /** Networking and network conversations, testing career scenarios. Dutch: netwerken. */
  NETWORKING("networking"),
  /** Personal branding, a personal mission. Dutch: personal branding. */
  PERSONAL_BRANDING("personal_branding"),
  /**
   * Training or education; see {@link NamedTraining} for training named in the POP. Dutch:
   * opleiding.
   */
  TRAINING("training"),
  /** An intermediate step before the ideal job. Dutch: tussenstap. */
  INTERMEDIATE_STEP("intermediate_step"),
  /**
   * An option beyond a paid job: volunteering, job rotation, job carving (002). Dutch:
   * vrijwilligerswerk, jobrotatie, jobcarving.
   */
  BEYOND_PAID_WORK("beyond_paid_work"),
  /** Any other subject. Dutch: ander onderwerp. */
  OTHER("other");

  private final String code;

  ActionSubject(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
