package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action of the action plan (004: "een (opvolgbaar) actieplan"; 002 "baan zoeken"). Dutch: actie.
 *
 * <p>Actions belong to the client (002, 004), so the {@linkplain #getOwner() owner} is the client unless set
 * otherwise. The status is a plain attribute here; the transitions between statuses are a lifecycle of their
 * own. The description and the drop reason are personal data and never appear in {@link #toString()}.
 *
 * <p>Structural rules: the description and the drop reason are not blank ({@code not_blank}); a dropped action
 * has a reason ({@code dropped_needs_reason}) and only a dropped action has one ({@code reason_only_when_dropped});
 * only a done action has a completion date ({@code completed_only_when_done}). A done action without a
 * completion date is a legal draft.
 */
@Value.Immutable
public abstract class Action implements WithAction {

  private static final String TYPE = "Action";

  Action() {
  }

  /** @return a builder for an action */
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

  /** @return the identifier of the action */
  public abstract ActionId getId();

  /** @return what the action is about */
  public abstract ActionSubject getSubject();

  /** @return the action in words (personal data) */
  @PersonalData
  @Value.Redacted
  public abstract String getDescription();

  /** @return who carries out the action; {@link ActionOwner#CLIENT} by default */
  @Value.Default
  public ActionOwner getOwner() {
    return ActionOwner.CLIENT;
  }

  /** @return the day by which the action should be done, when agreed */
  public abstract Optional<LocalDate> getDueDate();

  /** @return where the action stands; {@link ActionStatus#PLANNED} by default */
  @Value.Default
  public ActionStatus getStatus() {
    return ActionStatus.PLANNED;
  }

  /** @return why the action was dropped (personal data); present exactly when the status is dropped */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> getDropReason();

  /** @return the day the action was done; only when the status is done */
  public abstract Optional<LocalDate> getCompletedOn();

  @Value.Check
  void check() {
    Require.notBlank(getDescription(), TYPE, "description");
    Require.notBlank(getDropReason(), TYPE, "dropReason");
    boolean dropped = getStatus() == ActionStatus.DROPPED;
    Require.that(!dropped || getDropReason().isPresent(), TYPE, "dropReason", "dropped_needs_reason",
        "must be given when the action is dropped");
    Require.that(dropped || getDropReason().isEmpty(), TYPE, "dropReason", "reason_only_when_dropped",
        "must be absent unless the action is dropped");
    Require.that(getStatus() == ActionStatus.DONE || getCompletedOn().isEmpty(), TYPE, "completedOn",
        "completed_only_when_done", "must be absent unless the action is done");
  }

  /** Builds an {@link Action}. Obtain one from {@link Action#builder()}. */
  public static final class Builder extends ImmutableAction.Builder {
    Builder() {
    }
  }
}
