package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.internal.Require;
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
 * An action of the action plan (004: "een (opvolgbaar) actieplan"; 002 "baan zoeken"). Dutch:
 * actie.
 *
 * <p>Actions belong to the client (002, 004), so the {@linkplain #getOwner() owner} is the client
 * unless set otherwise. The status moves through the {@link ActionLifecycle}: {@link
 * #apply(ActionCommand)} returns the action with its new status and the event in {@link
 * #getHistory()}, or the rejection. An action built directly with a status and an empty history is
 * legal (a restored or imported action). The description and the drop reason are personal data and
 * never appear in {@link #toString()}.
 *
 * <p>Structural rules: the description and the drop reason are not blank ({@code not_blank}); a
 * dropped action has a reason ({@code dropped_needs_reason}) and only a dropped action has one
 * ({@code reason_only_when_dropped}); only a done action has a completion date ({@code
 * completed_only_when_done}); when the history is not empty, its last event leads to the status
 * ({@code status_matches_history}) and is numbered as the history's length ({@code
 * history_sequence}). A done action without a completion date is a legal draft.
 */
@Value.Immutable
public abstract class Action implements WithAction {

  private static final String TYPE = "Action";

  Action() {}

  /**
   * @return a builder for an action
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param id the identifier
   * @param subject what the action is about
   * @param description the action in words
   * @return a planned action of the client, without a due date
   */
  public static Action of(ActionId id, ActionSubject subject, String description) {
    return builder().id(id).subject(subject).description(description).build();
  }

  /**
   * @return the identifier of the action
   */
  public abstract ActionId getId();

  /**
   * @return what the action is about
   */
  public abstract ActionSubject getSubject();

  /**
   * @return the action in words (personal data)
   */
  @PersonalData
  @Value.Redacted
  public abstract String getDescription();

  /**
   * @return who carries out the action; {@link ActionOwner#CLIENT} by default
   */
  @Value.Default
  public ActionOwner getOwner() {
    return ActionOwner.CLIENT;
  }

  /**
   * @return the day by which the action should be done, when agreed
   */
  public abstract Optional<LocalDate> getDueDate();

  /**
   * @return where the action stands; {@link ActionStatus#PLANNED} by default
   */
  @Value.Default
  public ActionStatus getStatus() {
    return ActionStatus.PLANNED;
  }

  /**
   * @return why the action was dropped (personal data); present exactly when the status is dropped
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> getDropReason();

  /**
   * @return the day the action was done; only when the status is done
   */
  public abstract Optional<LocalDate> getCompletedOn();

  /**
   * @return the events of the action's lifecycle, oldest first
   */
  @Value.Default
  public History<Event<ActionStatus, ActionCommand>> getHistory() {
    return History.empty();
  }

  /**
   * Applies a command of the action lifecycle.
   *
   * @param command the command
   * @return the new action with its event, or the rejection with every reason; this action is
   *     unchanged
   */
  public Outcome<Action> apply(ActionCommand command) {
    return ActionLifecycle.MACHINE.apply(this, command);
  }

  /**
   * Ask before acting.
   *
   * @param on the day
   * @return for every command kind, whether it is possible on that day and, if not, why
   */
  public List<Verdict<ActionStatus, ActionCommandKind>> nextCommands(LocalDate on) {
    return ActionLifecycle.MACHINE.options(this, on);
  }

  /**
   * @param on the day
   * @return the command kinds possible on that day
   */
  public Set<ActionCommandKind> possibleCommands(LocalDate on) {
    return ActionLifecycle.MACHINE.possible(this, on);
  }

  @Value.Check
  void check() {
    Require.notBlank(getDescription(), TYPE, "description");
    Require.notBlank(getDropReason(), TYPE, "dropReason");
    boolean dropped = getStatus() == ActionStatus.DROPPED;
    Require.that(
        !dropped || getDropReason().isPresent(),
        TYPE,
        "dropReason",
        "dropped_needs_reason",
        "must be given when the action is dropped");
    Require.that(
        dropped || getDropReason().isEmpty(),
        TYPE,
        "dropReason",
        "reason_only_when_dropped",
        "must be absent unless the action is dropped");
    Require.that(
        getStatus() == ActionStatus.DONE || getCompletedOn().isEmpty(),
        TYPE,
        "completedOn",
        "completed_only_when_done",
        "must be absent unless the action is done");
    ActionLifecycle.MACHINE.checkHistory(this, TYPE);
  }

  /** Builds an {@link Action}. Obtain one from {@link Action#builder()}. */
  public static final class Builder extends ImmutableAction.Builder {
    Builder() {}
  }
}
