package io.github.loopbaan.core.question;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One step in the history of a career question: it changed from one type into another on a day, for
 * a reason (003 §1.2; 001). Dutch: ontwikkeling van de loopbaanvraag.
 *
 * <p>For example: competence coaching does not bring the wished result, the question is deepened,
 * and the guidance passes from competence coaching into career counselling ({@link
 * EvolutionKind#DEEPENED}); or a simple question turns out to be "disguised" and is about life
 * values ({@link EvolutionKind#DISGUISED_REVEALED}). The reason is personal data and never appears
 * in {@link #toString()}.
 *
 * <p>Structural rules: the type changes ({@code type_changes}: from-type and to-type differ); the
 * reason is not blank ({@code not_blank}). A {@link CareerQuestion} checks that its evolutions form
 * a chain.
 */
@Value.Immutable
public abstract class QuestionEvolution implements WithQuestionEvolution {

  QuestionEvolution() {}

  /**
   * @return a builder for an evolution
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param fromType the type before the change
   * @param toType the type after it, different from {@code fromType}
   * @param date the day the change was recognised
   * @param kind how the question developed
   * @param reason why, in words (personal data)
   * @return the evolution
   * @throws io.github.loopbaan.core.InvalidValueException when the types are equal or the reason is
   *     blank
   */
  public static QuestionEvolution of(
      ClientQuestionType fromType,
      ClientQuestionType toType,
      LocalDate date,
      EvolutionKind kind,
      String reason) {
    return builder().fromType(fromType).toType(toType).date(date).kind(kind).reason(reason).build();
  }

  /**
   * @return the question type before the change
   */
  @Value.Redacted
  public abstract ClientQuestionType getFromType();

  /**
   * @return the question type after the change
   */
  @Value.Redacted
  public abstract ClientQuestionType getToType();

  /**
   * @return the day the change was recognised
   */
  public abstract LocalDate getDate();

  /**
   * @return how the question developed; {@link EvolutionKind#CHANGED} when not set (the sources do
   *     not require the kind to be recorded)
   */
  @Value.Default
  public EvolutionKind getKind() {
    return EvolutionKind.CHANGED;
  }

  /**
   * @return why the question changed, in the coach's or client's words (personal data)
   */
  @PersonalData
  @Value.Redacted
  public abstract String getReason();

  /**
   * @return the coaching approach after the change: the approach of the type it leads to
   */
  public CoachingApproach toApproach() {
    return getToType().approach();
  }

  /**
   * Derived, not an attribute.
   *
   * @return whether the question turned from a career question into one about functioning at work,
   *     or back (001: questions in coaching run into each other)
   */
  public boolean changesDomain() {
    return getFromType().domain() != getToType().domain();
  }

  @Value.Check
  void check() {
    Require.that(
        !getFromType().equals(getToType()),
        "QuestionEvolution",
        "fromType,toType",
        "type_changes",
        "must name two different question types");
    Require.notBlank(getReason(), "QuestionEvolution", "reason");
  }

  /** Builds a {@link QuestionEvolution}. Obtain one from {@link QuestionEvolution#builder()}. */
  public static final class Builder extends ImmutableQuestionEvolution.Builder {
    Builder() {}
  }
}
