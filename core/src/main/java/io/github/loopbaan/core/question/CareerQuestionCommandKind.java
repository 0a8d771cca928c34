package io.github.loopbaan.core.question;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.privacy.Classified;
import io.github.loopbaan.core.privacy.DataCategory;
import java.util.Optional;

/**
 * The kinds of command of the {@link CareerQuestionLifecycle}: one evolution kind per target {@link
 * ClientQuestionType}, and answering. Dutch: soort handeling op de loopbaanvraag.
 *
 * <p>One kind per target type, rather than one "evolve" kind with the target in its payload, keeps
 * the lifecycle exact: whether "evolve to stuck" is possible now depends only on the question and
 * the day (a guard), never on a payload. There is one evolution kind for every constant of {@link
 * ClientQuestionType}, in the same order; {@link #evolveTo(ClientQuestionType)} finds it.
 *
 * <p>Privacy: an evolution kind names the question type it leads to, and knowing that a person's
 * question is of type {@link ClientQuestionType#STRESS} is health data. Messages, outcomes, events'
 * {@code toString()} and rejection reasons therefore show every evolution kind alike, as {@code
 * evolve_to_<redacted>} ({@link #maskedCode()}); the restricted views leave out the commands of
 * this lifecycle altogether.
 */
public enum CareerQuestionCommandKind implements Coded, Classified {
  /** The question evolves into "What shall I choose?". Dutch: vraag wordt keuzevraag. */
  EVOLVE_TO_CHOICE("evolve_to_choice", ClientQuestionType.CHOICE),
  /** The question evolves into "How can I get further?". Dutch: vraag wordt ontwikkelvraag. */
  EVOLVE_TO_GETTING_FURTHER("evolve_to_getting_further", ClientQuestionType.GETTING_FURTHER),
  /** The question evolves into "Is this all?". Dutch: vraag wordt zingevingsvraag. */
  EVOLVE_TO_IS_THIS_ALL("evolve_to_is_this_all", ClientQuestionType.IS_THIS_ALL),
  /** The question evolves into "I keep getting stuck". Dutch: vraag wordt blokkadevraag. */
  EVOLVE_TO_STUCK("evolve_to_stuck", ClientQuestionType.STUCK),
  /**
   * The question evolves into the stress question (health data). Dutch: vraag wordt stressvraag.
   */
  EVOLVE_TO_STRESS("evolve_to_stress", ClientQuestionType.STRESS),
  /**
   * The question evolves into the school-leaver's question. Dutch: vraag wordt
   * schoolverlatersvraag.
   */
  EVOLVE_TO_SCHOOL_LEAVER("evolve_to_school_leaver", ClientQuestionType.SCHOOL_LEAVER),
  /** The question evolves into the 55+ question. Dutch: vraag wordt 55-plusvraag. */
  EVOLVE_TO_SENIOR("evolve_to_senior", ClientQuestionType.SENIOR),
  /** The client found an answer to the question. Dutch: loopbaanvraag beantwoord. */
  ANSWER("answer", null);

  private final String code;
  private final ClientQuestionType target;

  CareerQuestionCommandKind(String code, ClientQuestionType target) {
    this.code = code;
    this.target = target;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return health data for the evolution into the stress question, so its code never shows in
   *     messages or events ({@link Classified}); personal data otherwise
   */
  @Override
  public DataCategory dataCategory() {
    return target == null ? DataCategory.PERSONAL : target.dataCategory();
  }

  /**
   * @return {@code evolve_to_<redacted>} for every evolution kind, whatever type it leads to, so
   *     that an evolution into the stress question cannot be told apart from any other; {@code
   *     answer} for answering
   */
  @Override
  public String maskedCode() {
    return target == null ? code : "evolve_to_" + REDACTED;
  }

  /**
   * @return the question type an evolution kind leads to; empty for {@link #ANSWER}
   */
  public Optional<ClientQuestionType> targetType() {
    return Optional.ofNullable(target);
  }

  /**
   * @param type a question type
   * @return the evolution kind that leads to it
   */
  public static CareerQuestionCommandKind evolveTo(ClientQuestionType type) {
    for (CareerQuestionCommandKind kind : values()) {
      if (kind.target == type) {
        return kind;
      }
    }
    throw new IllegalArgumentException("No evolution kind for this question type");
  }
}
