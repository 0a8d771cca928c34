package io.github.loopbaan.core.session;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Verdict;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One conversation between coach and client: introductory, intake, in-depth, synthesis or aftercare
 * (004). Dutch: gesprek, sessie, begeleidingsmoment.
 *
 * <p>A session records its day and length (no time of day: the registered hours need only the
 * duration), how and with whom it takes place, its status, and what the coach wrote and kept: notes
 * and files. Only a {@linkplain SessionStatus#HELD held} session of a kind that belongs to the
 * package ({@linkplain SessionKind#countsTowardRegisteredHours() every kind but the introductory
 * conversation}) counts toward the registered hours (004).
 *
 * <p>Defaults: the setting is {@link GroupSetting#INDIVIDUAL} (career guidance is "in hoofdzaak een
 * individueel proces", 004), the mode {@link SessionMode#IN_PERSON} and the status {@link
 * SessionStatus#PLANNED}.
 *
 * <p>The status moves through the {@link SessionLifecycle}: {@link #apply(SessionCommand)} holds,
 * cancels or records a no-show and returns the new session with the {@link Event} appended to
 * {@link #getHistory()}, or the rejection with its reasons; {@link #nextCommands(LocalDate)} tells
 * what is possible on a day. A session built directly with a status (an import, a test) is legal
 * with an empty history.
 *
 * <p>Structural rules:
 *
 * <ul>
 *   <li>the duration is positive ({@code positive}) and at most {@link #MAX_DURATION} ({@code
 *       in_range}). The sources set no upper bound on one conversation; Loopbaan takes a working
 *       day of 8 hours as the longest session that can ever be right (a full-day group workshop);
 *   <li>the cancellation date is present only for a cancelled status ({@code only_when_cancelled})
 *       and does not lie after the session date ({@code not_before}, attributes {@code
 *       date,cancelledOn}): a cancellation given after the day is a no-show. A cancelled session
 *       may lack the date: it is often not recorded;
 *   <li>the voucher number, when given, is at least 1 ({@code positive});
 *   <li>note identifiers and attachment identifiers are unique within the session ({@code unique});
 *   <li>when the history is not empty, its last event leads to the status ({@code
 *       status_matches_history}) and is numbered as the history's length ({@code
 *       history_sequence}).
 * </ul>
 *
 * How much notice a cancellation needs is validation; which status changes are allowed is the
 * lifecycle's.
 *
 * <pre>{@code
 * Session intake = Session.builder()
 *     .id(SessionId.of("s-1"))
 *     .kind(SessionKind.INTAKE)
 *     .date(LocalDate.of(2024, 3, 5))
 *     .duration(Duration.ofMinutes(90))
 *     .status(SessionStatus.HELD)
 *     .build();
 * intake.registeredDuration(); // PT1H30M
 * }</pre>
 */
@Value.Immutable
public abstract class Session implements WithSession {

  /** Longest duration of one session: 8 hours (Loopbaan's choice, see the type's documentation). */
  public static final Duration MAX_DURATION = Duration.ofHours(8);

  Session() {}

  /**
   * @return a builder for a session
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the session's identifier
   */
  public abstract SessionId getId();

  /**
   * @return the kind of conversation
   */
  public abstract SessionKind getKind();

  /**
   * @return individual or group; {@link GroupSetting#INDIVIDUAL} by default
   */
  @Value.Default
  public GroupSetting getSetting() {
    return GroupSetting.INDIVIDUAL;
  }

  /**
   * @return in person, by phone or by video; {@link SessionMode#IN_PERSON} by default
   */
  @Value.Default
  public SessionMode getMode() {
    return SessionMode.IN_PERSON;
  }

  /**
   * @return the day of the session (planned or actual)
   */
  public abstract LocalDate getDate();

  /**
   * @return the length of the session, planned or actual; positive, at most {@link #MAX_DURATION}
   */
  public abstract Duration getDuration();

  /**
   * @return the number of the career voucher (the voucher's package) the session is registered on,
   *     for a voucher-funded trajectory (004 counts the hours "per loopbaancheque"); empty when the
   *     session is registered on none. At least 1
   */
  public abstract Optional<Integer> getVoucher();

  /**
   * @param number a voucher number
   * @return whether the session is registered on that voucher
   */
  public boolean isRegisteredOn(int number) {
    Optional<Integer> voucher = getVoucher();
    return voucher.isPresent() && voucher.get() == number;
  }

  /**
   * @return the status; {@link SessionStatus#PLANNED} by default
   */
  @Value.Default
  public SessionStatus getStatus() {
    return SessionStatus.PLANNED;
  }

  /**
   * @return the day the cancellation was given, for a cancelled session when recorded (Dutch: datum
   *     van afzegging); with {@link #getDate()} it shows how much notice was given
   */
  public abstract Optional<LocalDate> getCancelledOn();

  /**
   * @return the events of the session's lifecycle, oldest first; empty for a session built with its
   *     status
   */
  @Value.Default
  public History<Event<SessionStatus, SessionCommand>> getHistory() {
    return History.empty();
  }

  /**
   * Applies a command of the session lifecycle.
   *
   * @param command hold, cancel or record a no-show
   * @return the new session with its event, or the rejection with every reason; this session is
   *     unchanged
   */
  public Outcome<Session> apply(SessionCommand command) {
    return SessionLifecycle.MACHINE.apply(this, command);
  }

  /**
   * Ask before acting.
   *
   * @param on the day
   * @return for every command kind, whether it is possible on that day and, if not, why
   */
  public List<Verdict<SessionStatus, SessionCommandKind>> nextCommands(LocalDate on) {
    return SessionLifecycle.MACHINE.options(this, on);
  }

  /**
   * @param on the day
   * @return the command kinds possible on that day
   */
  public Set<SessionCommandKind> possibleCommands(LocalDate on) {
    return SessionLifecycle.MACHINE.possible(this, on);
  }

  /**
   * @return the notes the coach wrote, in order of writing
   */
  public abstract List<Note> getNotes();

  /**
   * @return the files the coach keeps with this session
   */
  public abstract List<Attachment> getAttachments();

  /**
   * @return what the coach observed in this session of the client's grieving over the loss of work
   *     (000 phase 1), when recorded; health data, so never in {@link #toString()} nor in a
   *     restricted view
   */
  @PersonalData(DataCategory.HEALTH)
  @Value.Redacted
  public abstract Optional<LossObservation> getLossObservation();

  /**
   * @return whether the session counts toward the registered hours (Dutch: geregistreerde uren): it
   *     was held and its kind belongs to the package (004)
   */
  public boolean countsTowardRegisteredHours() {
    return getStatus() == SessionStatus.HELD && getKind().countsTowardRegisteredHours();
  }

  /**
   * @return the duration when the session {@linkplain #countsTowardRegisteredHours() counts}, else
   *     zero
   */
  public Duration registeredDuration() {
    return countsTowardRegisteredHours() ? getDuration() : Duration.ZERO;
  }

  /**
   * @return the notice given for a cancellation, from the cancellation date to the session date,
   *     when both are known (Dutch: opzegtermijn); zero for a cancellation on the day itself
   */
  public Optional<Duration> cancellationNotice() {
    return getCancelledOn().map(on -> Duration.ofDays(on.until(getDate(), ChronoUnit.DAYS)));
  }

  @Value.Check
  void check() {
    Require.positive(getDuration(), "Session", "duration");
    Require.that(
        getDuration().compareTo(MAX_DURATION) <= 0,
        "Session",
        "duration",
        "in_range",
        "must not be longer than 8 hours");
    Require.that(
        getVoucher().map(n -> n >= 1).orElse(true),
        "Session",
        "voucher",
        "positive",
        "must be at least 1");
    Require.that(
        getCancelledOn().isEmpty() || getStatus().isCancelled(),
        "Session",
        "cancelledOn",
        "only_when_cancelled",
        "must be absent unless the session was cancelled");
    Optional<LocalDate> cancelledOn = getCancelledOn();
    if (cancelledOn.isPresent()) {
      Require.notBefore(
          getDate(),
          cancelledOn.get(),
          "Session",
          "date,cancelledOn",
          "the cancellation must not be given after the session date");
    }
    Require.uniqueBy(getNotes(), Note::getId, "Session", "notes");
    Require.uniqueBy(getAttachments(), Attachment::getId, "Session", "attachments");
    SessionLifecycle.MACHINE.checkHistory(this, "Session");
  }

  /** Builds a {@link Session}. Obtain one from {@link Session#builder()}. */
  public static final class Builder extends ImmutableSession.Builder {
    Builder() {}
  }
}
