package io.github.loopbaan.core.question;

import io.github.loopbaan.core.Coded;

/**
 * What a client's question is about: the career, or functioning in the current work. Dutch:
 * vraagdomein.
 *
 * <p>Seed 001: questions in coaching run into each other. From coaching aimed at functioning in the
 * work context a career question can arise (the client asks what the new insights mean for the
 * choices made in working life), and from a career question a fundamental coaching question can
 * arise (the same life themes or ineffective behaviour return in every job). Seed 002 lists such
 * questions: changing unwanted behaviour, problems with time management, conflicts with colleagues
 * or managers. A {@link QuestionEvolution} between the two domains records that turn ({@link
 * QuestionEvolution#changesDomain()}).
 */
public enum QuestionDomain implements Coded {
  /** A career question (003 table 1.1). Dutch: loopbaanvraag. */
  CAREER("career"),
  /**
   * A question about functioning in the work context (001, 002). Dutch: vraag over het functioneren
   * in de werkcontext.
   */
  WORK_FUNCTIONING("work_functioning");

  private final String code;

  QuestionDomain(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
