package io.github.loopbaan.core.session;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.lifecycle.Command;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A command of the {@link SessionLifecycle session lifecycle}: hold, cancel (by the client or the
 * coach) or record a no-show. Build one with the static factories; apply it with {@link
 * Session#apply(SessionCommand)}.
 *
 * <p>The date of a command is the day it takes effect: for {@link #hold hold} and {@link
 * #recordNoShow no-show} the session date (the lifecycle checks that it is), for a cancellation the
 * day the cancellation was given (Dutch: datum van afzegging), which the lifecycle checks is not
 * after the session date. Payload is checked on construction. Its {@code toString()} shows only the
 * kind and the date.
 */
public sealed interface SessionCommand extends Command<SessionCommandKind> {

  /**
   * @param on the session date: the day it was held
   * @return the command; the session keeps its planned duration
   */
  static SessionCommand hold(LocalDate on) {
    return new Hold(on, Optional.empty());
  }

  /**
   * @param on the session date: the day it was held
   * @param actualDuration how long it actually lasted; positive, at most {@link
   *     Session#MAX_DURATION}
   * @return the command; the session's duration becomes the actual duration
   * @throws io.github.loopbaan.core.InvalidValueException with rule {@code positive} or {@code
   *     in_range}
   */
  static SessionCommand hold(LocalDate on, Duration actualDuration) {
    return new Hold(on, Optional.of(actualDuration));
  }

  /**
   * @param givenOn the day the client gave the cancellation; not after the session date
   * @return the command
   */
  static SessionCommand cancelByClient(LocalDate givenOn) {
    return new CancelByClient(givenOn);
  }

  /**
   * @param givenOn the day the coach gave the cancellation; not after the session date
   * @return the command
   */
  static SessionCommand cancelByCoach(LocalDate givenOn) {
    return new CancelByCoach(givenOn);
  }

  /**
   * @param on the session date, on which the client did not turn up
   * @return the command
   */
  static SessionCommand recordNoShow(LocalDate on) {
    return new RecordNoShow(on);
  }

  /**
   * The session held, possibly with its actual duration.
   *
   * @param date the session date
   * @param actualDuration how long it actually lasted, when recorded: positive, at most {@link
   *     Session#MAX_DURATION}
   */
  record Hold(LocalDate date, Optional<Duration> actualDuration) implements SessionCommand {
    /**
     * Checks the payload (rules {@code positive}, {@code in_range}).
     *
     * @param date the session date
     * @param actualDuration how long it actually lasted, when recorded: positive, at most {@link
     *     Session#MAX_DURATION}
     */
    public Hold {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(actualDuration, "actualDuration");
      actualDuration.ifPresent(
          d -> {
            Require.positive(d, "SessionCommand", "actualDuration");
            Require.that(
                d.compareTo(Session.MAX_DURATION) <= 0,
                "SessionCommand",
                "actualDuration",
                "in_range",
                "must not be longer than 8 hours");
          });
    }

    @Override
    public SessionCommandKind getKind() {
      return SessionCommandKind.HOLD;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    /**
     * @return how long the session actually lasted, when recorded
     */
    public Optional<Duration> getActualDuration() {
      return actualDuration;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * A cancellation by the client.
   *
   * @param date the day the client gave the cancellation
   */
  record CancelByClient(LocalDate date) implements SessionCommand {
    /**
     * Checks the payload.
     *
     * @param date the day the client gave the cancellation
     */
    public CancelByClient {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public SessionCommandKind getKind() {
      return SessionCommandKind.CANCEL_BY_CLIENT;
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
   * A cancellation by the coach.
   *
   * @param date the day the coach gave the cancellation
   */
  record CancelByCoach(LocalDate date) implements SessionCommand {
    /**
     * Checks the payload.
     *
     * @param date the day the coach gave the cancellation
     */
    public CancelByCoach {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public SessionCommandKind getKind() {
      return SessionCommandKind.CANCEL_BY_COACH;
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
   * A no-show: the client did not turn up.
   *
   * @param date the session date
   */
  record RecordNoShow(LocalDate date) implements SessionCommand {
    /**
     * Checks the payload.
     *
     * @param date the session date
     */
    public RecordNoShow {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public SessionCommandKind getKind() {
      return SessionCommandKind.RECORD_NO_SHOW;
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
