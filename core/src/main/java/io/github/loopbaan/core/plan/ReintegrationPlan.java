package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The plan a re-integration coach draws up with a long-term sick client for a responsible return to
 * work (003 §1.4: "Re-integratiecoaches houden zich bezig met de loopbaan van mensen die langdurig
 * ziek zijn. [...] Vaak stellen ze samen met een cliënt een re-integratieplan op"). Dutch:
 * re-integratieplan.
 *
 * <p>It is not the POP: the POP is the client's development plan of a career question, the
 * re-integration plan is about returning to work after sickness, and a trajectory may hold both.
 * Its steps are {@linkplain ActionPlan actions}, followed with the same lifecycle as the actions of
 * a POP.
 *
 * <p>Health data (GDPR art. 9): the plan's existence says the client is long-term sick, so the
 * trajectory marks it as a whole and every attribute that could say something of the client's
 * health is marked too; it appears neither in {@link #toString()} nor in the commissioner's or the
 * anonymised view. The sources leave open who sees the plan; an application that shares it with an
 * employer does so under its own legal ground, outside Loopbaan's views.
 *
 * <p>Structural rules: the goal is not blank ({@code not_blank}); the intended return does not lie
 * before the day the plan was drawn up ({@code not_before}).
 *
 * <pre>{@code
 * ReintegrationPlan plan = ReintegrationPlan.builder()
 *     .drawnUpOn(LocalDate.of(2025, 3, 3))
 *     .goal("Halve dagen terug in de eigen functie")
 *     .intendedReturnOn(LocalDate.of(2025, 6, 2))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ReintegrationPlan implements WithReintegrationPlan {

  ReintegrationPlan() {}

  /**
   * @return a builder for a re-integration plan
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the day the coach and the client drew up the plan
   */
  public abstract LocalDate getDrawnUpOn();

  /**
   * @return the aim of the return in the words of the plan (health data)
   */
  @PersonalData(DataCategory.HEALTH)
  @Value.Redacted
  public abstract String getGoal();

  /**
   * @return the day the client intends to return to work, when agreed (health data)
   */
  @PersonalData(DataCategory.HEALTH)
  @Value.Redacted
  public abstract Optional<LocalDate> getIntendedReturnOn();

  /**
   * @return the steps towards the return, as actions with their own lifecycle; empty by default
   */
  @PersonalData(DataCategory.HEALTH)
  @Value.Redacted
  @Value.Default
  public ActionPlan getSteps() {
    return ActionPlan.empty();
  }

  @Value.Check
  void check() {
    Require.notBlank(getGoal(), "ReintegrationPlan", "goal");
    Require.notBefore(
        getIntendedReturnOn(),
        Optional.of(getDrawnUpOn()),
        "ReintegrationPlan",
        "intendedReturnOn,drawnUpOn",
        "the intended return must not lie before the plan was drawn up");
  }

  /** Builds a {@link ReintegrationPlan}. Obtain one from {@link ReintegrationPlan#builder()}. */
  public static final class Builder extends ImmutableReintegrationPlan.Builder {
    Builder() {}
  }
}
