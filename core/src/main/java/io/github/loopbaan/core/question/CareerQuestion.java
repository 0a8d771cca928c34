package io.github.loopbaan.core.question;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.lifecycle.CommandRejectedException;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Verdict;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The client's career question: their own words, its type and how it evolved. Dutch: loopbaanvraag.
 *
 * <p>Every trajectory starts from the client's question in their own words (004: the career
 * question is an element of the POP; 001: the "buitencirkel"). The question is classified by {@link
 * ClientQuestionType} (003 table 1.1) and, when an organisation initiates the coaching, by an
 * {@link OrganisationalQuestion} (003 table 1.2). Questions do not stay put: a question can develop
 * into another type or turn out to be disguised (003 §1.2); the {@linkplain #getEvolutions()
 * evolutions} keep that history, so the POP can show how the question and the process evolved (004
 * "groeidocument"). The client's own words are personal data and never appear in {@link
 * #toString()}.
 *
 * <p>The question moves through the {@link CareerQuestionLifecycle}: while {@linkplain
 * CareerQuestionStatus#OPEN open} it evolves ({@link #evolve}, or {@link
 * #apply(CareerQuestionCommand)}), and it ends when {@linkplain CareerQuestionStatus#ANSWERED
 * answered} ({@link #getAnsweredOn()}). The evolutions and the answer date are the record; {@link
 * #getStatus()} and {@link #getHistory()} are derived from them, so they can never disagree.
 *
 * <p>Structural rules:
 *
 * <ul>
 *   <li>{@code not_blank}: the client's own words are not blank;
 *   <li>{@code not_before}: no evolution lies before the day the question was asked;
 *   <li>{@code chronological}: evolutions are in order of date (several on one day are allowed);
 *   <li>{@code evolution_chain}: each evolution starts from the type current before it: the first
 *       from the initial type, every next one from the previous evolution's to-type;
 *   <li>{@code not_before} (attribute {@code answeredOn}): the answer does not lie before the day
 *       the question was asked nor before its last evolution.
 * </ul>
 *
 * <pre>{@code
 * CareerQuestion question = CareerQuestion.builder()
 *     .id(CareerQuestionId.of("q-1"))
 *     .ownWords("Hoe kom ik verder in mijn loopbaan?")
 *     .askedOn(LocalDate.of(2025, 1, 15))
 *     .initialType(ClientQuestionType.GETTING_FURTHER)
 *     .build()
 *     .evolve(ClientQuestionType.STUCK, LocalDate.of(2025, 3, 1), EvolutionKind.DEEPENED,
 *         "Blokkades kwamen naar boven bij de opdrachten.");
 * }</pre>
 */
@Value.Immutable
public abstract class CareerQuestion implements WithCareerQuestion {

  private static final String TYPE = "CareerQuestion";

  CareerQuestion() {}

  /**
   * @return a builder for a career question
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the identifier of this question
   */
  public abstract CareerQuestionId getId();

  /**
   * @return the question in the client's own words (personal data)
   */
  @PersonalData
  @Value.Redacted
  public abstract String getOwnWords();

  /**
   * @return the day the client asked the question, usually the intake
   */
  public abstract LocalDate getAskedOn();

  /**
   * The type as the question was first classified. Loopbaan names it "initial" type so that it is
   * not taken for the {@linkplain #currentType() current type} of an evolved question.
   *
   * @return the type at {@link #getAskedOn()}
   */
  @Value.Redacted
  public abstract ClientQuestionType getInitialType();

  /**
   * @return the organisation's question, when an organisation initiated the coaching (003 table
   *     1.2)
   */
  public abstract Optional<OrganisationalQuestion> getOrganisationalQuestion();

  /**
   * @return the context of the organisation the client works in (growth or shrinkage, culture,
   *     learning climate: 003 §1.2), when recorded; for a question the client brought as well as
   *     for one the organisation initiated
   */
  public abstract Optional<OrganisationContext> getOrganisationContext();

  /**
   * @return how the question changed type, oldest first; empty when it kept its initial type
   */
  public abstract List<QuestionEvolution> getEvolutions();

  /**
   * @return the day the client found the answer to the question (Dutch: beantwoord op), once
   *     answered; the question is then final
   */
  public abstract Optional<LocalDate> getAnsweredOn();

  /**
   * Derived, not an attribute.
   *
   * @return {@link CareerQuestionStatus#ANSWERED} when answered, else {@link
   *     CareerQuestionStatus#OPEN}
   */
  public CareerQuestionStatus getStatus() {
    return getAnsweredOn().isPresent() ? CareerQuestionStatus.ANSWERED : CareerQuestionStatus.OPEN;
  }

  /**
   * Derived from the evolutions and the answer date, computed once per value: one event per
   * evolution (open to open, by the evolution kind of its to-type), then the answer when present
   * (open to answered). Replaying its commands on the question as first asked reproduces this
   * question.
   *
   * @return the events of the question's lifecycle, oldest first
   */
  @Value.Lazy
  public History<Event<CareerQuestionStatus, CareerQuestionCommand>> getHistory() {
    History<Event<CareerQuestionStatus, CareerQuestionCommand>> history = History.empty();
    String name = CareerQuestionLifecycle.MACHINE.getName();
    for (QuestionEvolution evolution : getEvolutions()) {
      history =
          history.append(
              new Event<>(
                  history.size() + 1L,
                  name,
                  CareerQuestionStatus.OPEN,
                  CareerQuestionStatus.OPEN,
                  CareerQuestionCommand.Evolve.of(evolution)));
    }
    if (getAnsweredOn().isPresent()) {
      history =
          history.append(
              new Event<>(
                  history.size() + 1L,
                  name,
                  CareerQuestionStatus.OPEN,
                  CareerQuestionStatus.ANSWERED,
                  CareerQuestionCommand.answer(getAnsweredOn().get())));
    }
    return history;
  }

  /**
   * Applies a command of the career question lifecycle.
   *
   * @param command evolve into another type, or answer
   * @return the new question with its event, or the rejection with every reason; this question is
   *     unchanged
   */
  public Outcome<CareerQuestion> apply(CareerQuestionCommand command) {
    return CareerQuestionLifecycle.MACHINE.apply(this, command);
  }

  /**
   * Ask before acting.
   *
   * @param on the day
   * @return for every command kind, whether it is possible on that day and, if not, why
   */
  public List<Verdict<CareerQuestionStatus, CareerQuestionCommandKind>> nextCommands(LocalDate on) {
    return CareerQuestionLifecycle.MACHINE.options(this, on);
  }

  /**
   * @param on the day
   * @return the command kinds possible on that day
   */
  public Set<CareerQuestionCommandKind> possibleCommands(LocalDate on) {
    return CareerQuestionLifecycle.MACHINE.possible(this, on);
  }

  /**
   * Derived, not an attribute.
   *
   * @return the to-type of the last evolution, or the initial type when the question never evolved
   */
  public ClientQuestionType currentType() {
    List<QuestionEvolution> evolutions = getEvolutions();
    return evolutions.isEmpty()
        ? getInitialType()
        : evolutions.get(evolutions.size() - 1).getToType();
  }

  /**
   * The approach table 1.1 of 003 pairs with the current type. Client facts (age, health, forced
   * mobility) can change the advice: use {@link ApproachRecommendation#recommend(CareerQuestion,
   * io.github.loopbaan.core.party.Client, LocalDate)} for that.
   *
   * @return the approach of {@link #currentType()}
   */
  public CoachingApproach recommendedApproach() {
    return currentType().approach();
  }

  /**
   * @return the day the question last changed type, or the day it was asked when it never evolved
   */
  public LocalDate currentSince() {
    List<QuestionEvolution> evolutions = getEvolutions();
    return evolutions.isEmpty() ? getAskedOn() : evolutions.get(evolutions.size() - 1).getDate();
  }

  /**
   * The question after it developed into another type. Dutch: de loopbaanvraag ontwikkelt zich.
   * This is the single step of the question's evolution: the from-type is always the {@linkplain
   * #currentType() current type}. The same as applying {@link CareerQuestionCommand#evolve} through
   * the {@link CareerQuestionLifecycle}.
   *
   * @param toType the new type; must differ from the current type
   * @param date the day the change was recognised; not before {@link #currentSince()}
   * @param kind how the question developed
   * @param reason why, in words (personal data); not blank
   * @return a new question with the evolution appended; this question is unchanged
   * @throws InvalidValueException with rule {@code not_blank} for a blank reason
   * @throws CommandRejectedException when the lifecycle rejects the change, with reason {@link
   *     CareerQuestionLifecycle#TYPE_UNCHANGED type_unchanged} when {@code toType} is the current
   *     type, {@link CareerQuestionLifecycle#BEFORE_QUESTION_ASKED before_question_asked} or {@link
   *     io.github.loopbaan.core.lifecycle.StateMachine#BEFORE_LAST_EVENT before_last_event} for a
   *     date before the question was asked or before its last evolution, and {@link
   *     io.github.loopbaan.core.lifecycle.StateMachine#FINAL_STATE final_state} once answered
   */
  public CareerQuestion evolve(
      ClientQuestionType toType, LocalDate date, EvolutionKind kind, String reason) {
    return apply(CareerQuestionCommand.evolve(toType, date, kind, reason)).orElseThrow();
  }

  @Value.Check
  void check() {
    Require.notBlank(getOwnWords(), TYPE, "ownWords");
    ClientQuestionType current = getInitialType();
    LocalDate previous = getAskedOn();
    for (QuestionEvolution evolution : getEvolutions()) {
      Require.notBefore(
          evolution.getDate(),
          getAskedOn(),
          TYPE,
          "evolutions,askedOn",
          "evolutions must not lie before the day the question was asked");
      Require.that(
          !evolution.getDate().isBefore(previous),
          TYPE,
          "evolutions",
          "chronological",
          "evolutions must be in order of date");
      Require.that(
          evolution.getFromType().equals(current),
          TYPE,
          "evolutions",
          "evolution_chain",
          "each evolution must start from the type current before it");
      current = evolution.getToType();
      previous = evolution.getDate();
    }
    Require.notBefore(
        getAnsweredOn(),
        Optional.of(previous),
        TYPE,
        "answeredOn",
        "the answer must not lie before the question was asked nor before its last evolution");
  }

  /** Builds a {@link CareerQuestion}. Obtain one from {@link CareerQuestion#builder()}. */
  public static final class Builder extends ImmutableCareerQuestion.Builder {
    Builder() {}
  }
}
