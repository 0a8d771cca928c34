package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.lifecycle.BaseCommand;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A command of the {@link ActionLifecycle action lifecycle}: start, complete, drop, reopen. Build one with the
 * static factories; apply it with {@link Action#apply(ActionCommand)}.
 *
 * <p>Each command is an immutable value whose payload is checked on construction: dropping needs a reason
 * ({@code not_blank}). Its {@code toString()} shows only the kind and the date, never the reason.
 */
public sealed interface ActionCommand extends Command<ActionCommandKind> {

  /**
   * @param date the day the client starts on the action
   * @return the command
   */
  static ActionCommand start(LocalDate date) {
    return new Simple(ActionCommandKind.START, date);
  }

  /**
   * @param date the day the action was done; becomes its completion date
   * @return the command
   */
  static ActionCommand complete(LocalDate date) {
    return new Simple(ActionCommandKind.COMPLETE, date);
  }

  /**
   * @param date the day the action is dropped
   * @param reason why (personal data); required and not blank
   * @return the command
   * @throws io.github.loopbaan.core.InvalidValueException when the reason is blank ({@code not_blank})
   */
  static ActionCommand drop(LocalDate date, String reason) {
    return new Drop(date, reason);
  }

  /**
   * @param date the day the action is reopened: a done action goes back in progress, a dropped one back to planned
   * @return the command
   */
  static ActionCommand reopen(LocalDate date) {
    return new Simple(ActionCommandKind.REOPEN, date);
  }

  /** Dropping, with the reason. */
  final class Drop extends BaseCommand<ActionCommandKind> implements ActionCommand {
    private final String reason;

    Drop(LocalDate date, String reason) {
      super(ActionCommandKind.DROP, date);
      Require.notBlank(reason, "ActionCommand", "reason");
      this.reason = reason;
    }

    /** @return why the action is dropped (personal data) */
    @PersonalData
    public String getReason() {
      return reason;
    }

    @Override
    protected Object[] payload() {
      return new Object[] {reason};
    }
  }

  /** A command with a kind and a date only: start, complete, reopen. */
  final class Simple extends BaseCommand<ActionCommandKind> implements ActionCommand {
    Simple(ActionCommandKind kind, LocalDate date) {
      super(kind, date);
    }

  }

}
