package io.github.loopbaan.core.session;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.lifecycle.BaseCommand;
import io.github.loopbaan.core.lifecycle.Command;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A command of the {@link SessionLifecycle session lifecycle}: hold, cancel (by the client or the coach) or record
 * a no-show. Build one with the static factories; apply it with {@link Session#apply(SessionCommand)}.
 *
 * <p>The date of a command is the day it takes effect: for {@link #hold hold} and {@link #recordNoShow no-show}
 * the session date (the lifecycle checks that it is), for a cancellation the day the cancellation was given
 * (Dutch: datum van afzegging), which the lifecycle checks is not after the session date. Payload is checked on
 * construction. Its {@code toString()} shows only the kind and the date.
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
   * @param actualDuration how long it actually lasted; positive, at most {@link Session#MAX_DURATION}
   * @return the command; the session's duration becomes the actual duration
   * @throws io.github.loopbaan.core.InvalidValueException with rule {@code positive} or {@code in_range}
   */
  static SessionCommand hold(LocalDate on, Duration actualDuration) {
    return new Hold(on, Optional.of(actualDuration));
  }

  /**
   * @param givenOn the day the client gave the cancellation; not after the session date
   * @return the command
   */
  static SessionCommand cancelByClient(LocalDate givenOn) {
    return new Simple(SessionCommandKind.CANCEL_BY_CLIENT, givenOn);
  }

  /**
   * @param givenOn the day the coach gave the cancellation; not after the session date
   * @return the command
   */
  static SessionCommand cancelByCoach(LocalDate givenOn) {
    return new Simple(SessionCommandKind.CANCEL_BY_COACH, givenOn);
  }

  /**
   * @param on the session date, on which the client did not turn up
   * @return the command
   */
  static SessionCommand recordNoShow(LocalDate on) {
    return new Simple(SessionCommandKind.RECORD_NO_SHOW, on);
  }

  /** The session held, possibly with its actual duration. */
  final class Hold extends BaseCommand<SessionCommandKind> implements SessionCommand {
    private final Optional<Duration> actualDuration;

    Hold(LocalDate on, Optional<Duration> actualDuration) {
      super(SessionCommandKind.HOLD, on);
      this.actualDuration = Objects.requireNonNull(actualDuration, "actualDuration");
      actualDuration.ifPresent(d -> {
        Require.positive(d, "SessionCommand", "actualDuration");
        Require.that(d.compareTo(Session.MAX_DURATION) <= 0, "SessionCommand", "actualDuration", "in_range",
            "must not be longer than 8 hours");
      });
    }

    /** @return how long the session actually lasted, when recorded */
    public Optional<Duration> getActualDuration() {
      return actualDuration;
    }

    @Override
    protected Object[] payload() {
      return new Object[] {actualDuration};
    }
  }

  /** A command with a date only: a cancellation or a no-show. */
  final class Simple extends BaseCommand<SessionCommandKind> implements SessionCommand {
    Simple(SessionCommandKind kind, LocalDate date) {
      super(kind, date);
    }

  }

}
