package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import io.github.loopbaan.core.privacy.Shared;
import io.github.loopbaan.core.privacy.Visibility;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of a trajectory, for reporting to the funder or the commissioning party: what the
 * trajectory led to and from when. Dutch: resultaat van het traject.
 *
 * <p>Recorded once with {@link TrajectoryCommand#recordOutcome(LocalDate, TrajectoryOutcome)}, in
 * any stage (an outcome such as a job found can come before, at or after the closing). The outcome
 * is the client's: it is private to the coach and the client unless the client agreed to share it
 * with the commissioning party ({@link Visibility#SHARED_WITH_COMMISSIONER}), and only then does
 * the commissioner's view keep it. The explanation in words is personal data.
 *
 * <pre>{@code
 * TrajectoryOutcome outcome = TrajectoryOutcome.builder()
 *     .kind(OutcomeKind.JOB_FOUND)
 *     .date(LocalDate.of(2025, 6, 1))
 *     .visibility(Visibility.SHARED_WITH_COMMISSIONER)
 *     .build();
 * }</pre>
 *
 * <p>Structural rule: the explanation, when given, is not blank.
 */
@Value.Immutable
public abstract class TrajectoryOutcome implements WithTrajectoryOutcome, Shared {

  TrajectoryOutcome() {}

  /**
   * @return a builder for an outcome
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param kind the kind of outcome
   * @param date the day from which it holds
   * @return an outcome private to the coach and the client, without explanation
   */
  public static TrajectoryOutcome of(OutcomeKind kind, LocalDate date) {
    return builder().kind(kind).date(date).build();
  }

  /**
   * @return the kind of outcome, a standard one or an application's
   */
  public abstract OutcomeKind getKind();

  /**
   * @return the day from which the outcome holds, such as the first day of the new job
   */
  public abstract LocalDate getDate();

  /**
   * @return the explanation in words, when recorded; personal data
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> getExplanation();

  /**
   * @return who may see the outcome; {@link Visibility#SHARED_WITH_CLIENT} by default (it is the
   *     client's result); {@link Visibility#SHARED_WITH_COMMISSIONER} once the client agreed to
   *     share it with the commissioning party
   */
  @Override
  @Value.Default
  public Visibility getVisibility() {
    return Visibility.SHARED_WITH_CLIENT;
  }

  @Value.Check
  void check() {
    Require.notBlank(getExplanation(), "TrajectoryOutcome", "explanation");
  }

  /** Builds a {@link TrajectoryOutcome}. Obtain one from {@link TrajectoryOutcome#builder()}. */
  public static final class Builder extends ImmutableTrajectoryOutcome.Builder {
    Builder() {}
  }
}
