package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Coded;

/**
 * A topic the coach must explain to the client at intake, in the order of the Flemish
 * career-voucher rules (004, VDAB). Dutch: toe te lichten element van het intakegesprek.
 *
 * <p>004 allows the topics to be explained in the intake conversation or already in the
 * introductory conversation (kennismakings-/informatiegesprek). {@link IntakeAgreement} records
 * which topics were explained.
 */
public enum IntakeTopic implements Coded {
  /** The client's right to career guidance. Dutch: recht op loopbaanbegeleiding. */
  RIGHT_TO_GUIDANCE("right_to_guidance"),
  /** The client's financial contribution. Dutch: financiële bijdrage. */
  FINANCIAL_CONTRIBUTION("financial_contribution"),
  /** The coach's or centre's code of conduct. Dutch: de gedragscode. */
  CODE_OF_CONDUCT("code_of_conduct"),
  /**
   * The internal and external complaints procedure. Dutch: interne en externe klachtenprocedure.
   */
  COMPLAINTS_PROCEDURE("complaints_procedure"),
  /** Confidentiality of what the client shares. Dutch: confidentialiteit, vertrouwelijkheid. */
  CONFIDENTIALITY("confidentiality"),
  /** Equal treatment and non-discrimination. Dutch: gelijke behandeling en non-discriminatie. */
  EQUAL_TREATMENT("equal_treatment"),
  /** Why a career goal matters to the guidance. Dutch: belang van de loopbaandoelstelling. */
  IMPORTANCE_OF_CAREER_GOAL("importance_of_career_goal"),
  /** Exploring the client's career question. Dutch: de exploratie van de loopbaanvraag. */
  EXPLORATION_OF_CAREER_QUESTION("exploration_of_career_question"),
  /**
   * The possible content of the guidance and its result, the personal development plan. Dutch:
   * mogelijke inhoud van een loopbaanbegeleiding en resultaat (POP).
   */
  CONTENT_AND_RESULT("content_and_result"),
  /** Signing the agreement between client and coach. Dutch: ondertekening overeenkomst. */
  SIGNING_THE_AGREEMENT("signing_the_agreement");

  private final String code;

  IntakeTopic(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
