package io.github.loopbaan.core.phase;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A goal of the coaching, set at the intake (000: "de doelen van de loopbaancoaching") and carried
 * into the development plan (004: "een doel m.b.t. de eigen loopbaan en/of competenties"). Dutch:
 * coachingsdoel, loopbaandoelstelling.
 *
 * <p>Goals are short-term or long-term (002). The description is in the client's and coach's words,
 * personal data, and never appears in {@link #toString()}. Structural rule: the description is not
 * blank.
 */
@Value.Immutable
public abstract class CoachingGoal implements WithCoachingGoal {

  CoachingGoal() {}

  /**
   * @return a builder for a coaching goal
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param description the goal in words
   * @param term short or long term
   * @return a goal without a target date
   */
  public static CoachingGoal of(String description, GoalTerm term) {
    return builder().description(description).term(term).build();
  }

  /**
   * @return the goal in words (personal data)
   */
  @PersonalData
  @Value.Redacted
  public abstract String getDescription();

  /**
   * @return whether this is a short-term or a long-term goal (002)
   */
  public abstract GoalTerm getTerm();

  /**
   * @return the date by which the goal should be reached, when agreed
   */
  public abstract Optional<LocalDate> getTargetDate();

  @Value.Check
  void check() {
    Require.notBlank(getDescription(), "CoachingGoal", "description");
  }

  /** Builds a {@link CoachingGoal}. Obtain one from {@link CoachingGoal#builder()}. */
  public static final class Builder extends ImmutableCoachingGoal.Builder {
    Builder() {}
  }
}
