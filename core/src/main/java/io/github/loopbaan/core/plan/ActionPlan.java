package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.internal.Require;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The action plan of a development plan: the followable actions coupled to the goal, and the
 * evaluation of the plan (004: "Aan dit doel is een (opvolgbaar) actieplan gekoppeld"). Dutch:
 * actieplan.
 *
 * <p>An empty action plan is a legal draft; a reflective POP may have none. Structural rule: no two
 * actions share an identifier ({@code unique}).
 */
@Value.Immutable
public abstract class ActionPlan implements WithActionPlan {

  ActionPlan() {}

  /**
   * @return a builder for an action plan
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return an action plan without actions and without evaluation
   */
  public static ActionPlan empty() {
    return builder().build();
  }

  /**
   * @return the actions in the order of the plan
   */
  public abstract List<Action> getActions();

  /**
   * @return the evaluation of the plan, once held
   */
  public abstract Optional<ActionPlanEvaluation> getEvaluation();

  /**
   * @param id an action identifier
   * @return the action with that identifier, when the plan holds it
   */
  public Optional<Action> action(ActionId id) {
    return getActions().stream().filter(a -> a.getId().equals(id)).findFirst();
  }

  /**
   * @param status a status
   * @return the actions with that status, in the order of the plan
   */
  public List<Action> actionsWithStatus(ActionStatus status) {
    return getActions().stream()
        .filter(a -> a.getStatus() == status)
        .collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  void check() {
    Require.uniqueBy(getActions(), Action::getId, "ActionPlan", "actions");
  }

  /** Builds an {@link ActionPlan}. Obtain one from {@link ActionPlan#builder()}. */
  public static final class Builder extends ImmutableActionPlan.Builder {
    Builder() {}
  }
}
