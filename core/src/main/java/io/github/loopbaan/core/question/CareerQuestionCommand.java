package io.github.loopbaan.core.question;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A command of the {@link CareerQuestionLifecycle career question lifecycle}: the question evolves
 * into another type, or it is answered. Build one with the static factories; apply it with {@link
 * CareerQuestion#apply(CareerQuestionCommand)}. Dutch: handeling op de loopbaanvraag.
 *
 * <p>The date of an evolution is the day the change was recognised; the date of {@link #answer
 * answer} is the day the client found the answer. Payload is checked on construction. Its {@code
 * toString()} shows only the kind and the date: the reason of an evolution is personal data.
 */
public sealed interface CareerQuestionCommand extends Command<CareerQuestionCommandKind> {

  /**
   * @param toType the type the question evolves into, a standard one or an application's; the
   *     command's kind is {@link CareerQuestionCommandKind#EVOLVE}
   * @param date the day the change was recognised
   * @param kind how the question developed
   * @param reason why, in words (personal data); not blank
   * @return the command
   * @throws io.github.loopbaan.core.InvalidValueException with rule {@code not_blank} for a blank
   *     reason
   */
  static CareerQuestionCommand evolve(
      ClientQuestionType toType, LocalDate date, EvolutionKind kind, String reason) {
    return new Evolve(toType, date, kind, reason);
  }

  /**
   * @param on the day the client found the answer to the question
   * @return the command
   */
  static CareerQuestionCommand answer(LocalDate on) {
    return new Answer(on);
  }

  /**
   * The question evolved to another type.
   *
   * @param toType the type the question evolves to
   * @param date the day of the evolution
   * @param evolutionKind how it evolved
   * @param reason why, in the coach's words: personal data; not blank
   */
  record Evolve(
      ClientQuestionType toType,
      LocalDate date,
      EvolutionKind evolutionKind,
      @PersonalData String reason)
      implements CareerQuestionCommand {
    /**
     * Checks the payload (rule {@code not_blank}).
     *
     * @param toType the type the question evolves to
     * @param date the day of the evolution
     * @param evolutionKind how it evolved
     * @param reason why, in the coach's words: personal data; not blank
     */
    public Evolve {
      Objects.requireNonNull(toType, "toType");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(evolutionKind, "evolutionKind");
      Objects.requireNonNull(reason, "reason");
      Require.notBlank(reason, "CareerQuestionCommand", "reason");
    }

    static Evolve of(QuestionEvolution evolution) {
      return new Evolve(
          evolution.getToType(), evolution.getDate(), evolution.getKind(), evolution.getReason());
    }

    /**
     * @return {@link CareerQuestionCommandKind#EVOLVE}, whatever the target type
     */
    @Override
    public CareerQuestionCommandKind getKind() {
      return CareerQuestionCommandKind.EVOLVE;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    /**
     * @return the type the question evolves to
     */
    public ClientQuestionType getToType() {
      return toType;
    }

    /**
     * @return how the question evolved
     */
    public EvolutionKind getEvolutionKind() {
      return evolutionKind;
    }

    /**
     * @return why it evolved: personal data
     */
    @PersonalData
    public String getReason() {
      return reason;
    }

    /**
     * @return the kind (masked: the target type may be health data) and date only
     */
    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * The question answered.
   *
   * @param date the day it was answered
   */
  record Answer(LocalDate date) implements CareerQuestionCommand {
    /**
     * Checks the payload.
     *
     * @param date the day it was answered
     */
    public Answer {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public CareerQuestionCommandKind getKind() {
      return CareerQuestionCommandKind.ANSWER;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }
}
