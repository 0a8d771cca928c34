package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A command of the {@link ActionLifecycle action lifecycle}: start, complete, drop, reopen. Build
 * one with the static factories; apply it with {@link Action#apply(ActionCommand)}.
 *
 * <p>Each command is an immutable value whose payload is checked on construction: dropping needs a
 * reason ({@code not_blank}). Its {@code toString()} shows only the kind and the date, never the
 * reason.
 */
public sealed interface ActionCommand extends Command<ActionCommandKind> {

  /**
   * @param date the day the client starts on the action
   * @return the command
   */
  static ActionCommand start(LocalDate date) {
    return new Start(date);
  }

  /**
   * @param date the day the action was done; becomes its completion date
   * @return the command
   */
  static ActionCommand complete(LocalDate date) {
    return new Complete(date);
  }

  /**
   * @param date the day the action is dropped
   * @param reason why (personal data); required and not blank
   * @return the command
   * @throws io.github.loopbaan.core.InvalidValueException when the reason is blank ({@code
   *     not_blank})
   */
  static ActionCommand drop(LocalDate date, String reason) {
    return new Drop(date, reason);
  }

  /**
   * @param date the day the action is reopened: a done action goes back in progress, a dropped one
   *     back to planned
   * @return the command
   */
  static ActionCommand reopen(LocalDate date) {
    return new Reopen(date);
  }

  /**
   * The action started.
   *
   * @param date the day it started
   */
  record Start(LocalDate date) implements ActionCommand {
    /**
     * Checks the payload.
     *
     * @param date the day it started
     */
    public Start {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public ActionCommandKind getKind() {
      return ActionCommandKind.START;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * The action done.
   *
   * @param date the day it was done
   */
  record Complete(LocalDate date) implements ActionCommand {
    /**
     * Checks the payload.
     *
     * @param date the day it started
     */
    public Complete {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public ActionCommandKind getKind() {
      return ActionCommandKind.COMPLETE;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * The action dropped, with the reason.
   *
   * @param date the day it was dropped
   * @param reason why, in the client's or coach's words: personal data; not blank
   */
  record Drop(LocalDate date, @PersonalData String reason) implements ActionCommand {
    /**
     * Checks the payload (rule {@code not_blank}).
     *
     * @param date the day it started
     * @param reason why, in the client's or coach's words: personal data; not blank
     */
    public Drop {
      Objects.requireNonNull(date, "date");
      Require.notBlank(reason, "ActionCommand", "reason");
    }

    @Override
    public ActionCommandKind getKind() {
      return ActionCommandKind.DROP;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    /**
     * @return why the action was dropped: personal data
     */
    @PersonalData
    public String getReason() {
      return reason;
    }

    /**
     * @return the kind and date only: the reason is personal data
     */
    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * The action taken up again.
   *
   * @param date the day it was reopened
   */
  record Reopen(LocalDate date) implements ActionCommand {
    /**
     * Checks the payload.
     *
     * @param date the day it was reopened
     */
    public Reopen {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public ActionCommandKind getKind() {
      return ActionCommandKind.REOPEN;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }
}
