package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The evaluation of an action plan, reflecting on one's own learning and on whether the goals were
 * reached (004: "Een evaluatie van het actieplan waarin gereflecteerd wordt over het eigen leren of
 * het al dan niet behalen van de doelen"). Dutch: evaluatie van het actieplan.
 *
 * <p>The reflection is personal data and never appears in {@link #toString()}. Structural rule: the
 * reflection, when given, is not blank.
 */
@Value.Immutable
public abstract class ActionPlanEvaluation implements WithActionPlanEvaluation {

  ActionPlanEvaluation() {}

  /**
   * @return a builder for an evaluation
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param evaluatedOn the day of the evaluation
   * @param attainment whether the goals were reached
   * @return an evaluation without a written reflection
   */
  public static ActionPlanEvaluation of(LocalDate evaluatedOn, GoalAttainment attainment) {
    return builder().evaluatedOn(evaluatedOn).attainment(attainment).build();
  }

  /**
   * @return the day of the evaluation
   */
  public abstract LocalDate getEvaluatedOn();

  /**
   * @return whether the goals of the plan were reached, partly reached or not reached
   */
  public abstract GoalAttainment getAttainment();

  /**
   * @return the client's reflection on their own learning (personal data), when written
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> getReflection();

  @Value.Check
  void check() {
    Require.notBlank(getReflection(), "ActionPlanEvaluation", "reflection");
  }

  /**
   * Builds an {@link ActionPlanEvaluation}. Obtain one from {@link ActionPlanEvaluation#builder()}.
   */
  public static final class Builder extends ImmutableActionPlanEvaluation.Builder {
    Builder() {}
  }
}
