package io.github.loopbaan.core.question;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.lifecycle.BaseCommand;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A command of the {@link CareerQuestionLifecycle career question lifecycle}: the question evolves into another
 * type, or it is answered. Build one with the static factories; apply it with
 * {@link CareerQuestion#apply(CareerQuestionCommand)}. Dutch: handeling op de loopbaanvraag.
 *
 * <p>The date of an evolution is the day the change was recognised; the date of {@link #answer answer} is the
 * day the client found the answer. Payload is checked on construction. Its {@code toString()} shows only the kind
 * and the date: the reason of an evolution is personal data.
 */
public sealed interface CareerQuestionCommand extends Command<CareerQuestionCommandKind> {

  /**
   * @param toType the type the question evolves into; the command's kind is
   *     {@link CareerQuestionCommandKind#evolveTo(ClientQuestionType) the evolution kind of that type}
   * @param date the day the change was recognised
   * @param kind how the question developed
   * @param reason why, in words (personal data); not blank
   * @return the command
   * @throws io.github.loopbaan.core.InvalidValueException with rule {@code not_blank} for a blank reason
   */
  static CareerQuestionCommand evolve(ClientQuestionType toType, LocalDate date, EvolutionKind kind, String reason) {
    return new Evolve(CareerQuestionCommandKind.evolveTo(Objects.requireNonNull(toType, "toType")), date, kind,
        reason);
  }

  /**
   * @param on the day the client found the answer to the question
   * @return the command
   */
  static CareerQuestionCommand answer(LocalDate on) {
    return new Answer(on);
  }

  /** The question evolves into the type its kind names. */
  final class Evolve extends BaseCommand<CareerQuestionCommandKind> implements CareerQuestionCommand {
    private final EvolutionKind evolutionKind;
    private final String reason;

    Evolve(CareerQuestionCommandKind kind, LocalDate date, EvolutionKind evolutionKind, String reason) {
      super(kind, date);
      if (kind.targetType().isEmpty()) {
        throw new IllegalArgumentException("Not an evolution kind");
      }
      this.evolutionKind = Objects.requireNonNull(evolutionKind, "evolutionKind");
      this.reason = Objects.requireNonNull(reason, "reason");
      Require.notBlank(reason, "CareerQuestionCommand", "reason");
    }

    /** The command that the given evolution records, for the history derived from the evolutions. */
    static Evolve of(QuestionEvolution evolution) {
      return new Evolve(CareerQuestionCommandKind.evolveTo(evolution.getToType()), evolution.getDate(),
          evolution.getKind(), evolution.getReason());
    }

    /** @return the type the question evolves into */
    public ClientQuestionType getToType() {
      return getKind().targetType().orElseThrow();
    }

    /** @return how the question developed */
    public EvolutionKind getEvolutionKind() {
      return evolutionKind;
    }

    /** @return why the question changed (personal data) */
    @PersonalData
    public String getReason() {
      return reason;
    }

    @Override
    protected Object[] payload() {
      return new Object[] {evolutionKind, reason};
    }
  }

  /** The question answered. */
  final class Answer extends BaseCommand<CareerQuestionCommandKind> implements CareerQuestionCommand {
    Answer(LocalDate on) {
      super(CareerQuestionCommandKind.ANSWER, on);
    }

  }

}
