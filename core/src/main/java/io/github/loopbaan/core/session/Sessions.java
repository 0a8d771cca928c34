package io.github.loopbaan.core.session;

import io.github.loopbaan.core.internal.PersistentSet;
import io.github.loopbaan.core.internal.PersistentVector;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The sessions of a trajectory, in the order recorded: an immutable list that shares its structure
 * with the list it was made from, together with what the trajectory's rules ask of it. Dutch: de
 * gesprekken van een traject.
 *
 * <p>{@link #plus(Session)} returns a new list one session longer in O(log n) time and memory, and
 * leaves this one unchanged, so a trajectory that records its ten-thousandth session costs about
 * what its tenth did. Every version knows, without a scan, whether an identifier is taken ({@link
 * #containsId}), whether any identifier occurs twice ({@link #hasDuplicateIds}), its earliest date,
 * and per {@link SessionKind} the day of the first held session in list order ({@link #firstHeld})
 * and the earliest day of a held one ({@link #earliestHeld}); and it holds, as lists shared with
 * the previous version, the held sessions per kind ({@link #held}) and the sessions registered per
 * voucher ({@link #registeredOn}), so that the rules asking about one kind or one voucher (004
 * counts the hours per voucher) cost what those sessions cost, not what the whole list does. These
 * are computed when the version is made; a value is fully described by its sessions.
 *
 * <p>It is a {@link java.util.List}: equal to any list of equal sessions in the same order, with
 * the same hash code; its mutators throw {@link UnsupportedOperationException}. Its {@code
 * toString()} is that of a list, each session showing only what {@link Session#toString()} shows.
 * Safe to share between threads.
 */
public final class Sessions extends AbstractList<Session> implements RandomAccess {

  private static final int KINDS = SessionKind.values().length;
  private static final Sessions EMPTY =
      new Sessions(
          PersistentVector.empty(),
          PersistentSet.empty(),
          false,
          Optional.empty(),
          noneYet(),
          noneYet(),
          noneHeld(),
          PersistentSet.empty());

  private final PersistentVector<Session> sessions;
  private final PersistentSet<SessionId> ids;
  private final boolean duplicateIds;
  /*
   * The memo keeps its answers as Optionals, made when a session changes one, so that asking (the
   * lifecycle's guards and every trajectory's structural check do, on every command) allocates
   * nothing: an Optional made per question escapes through the guards' lambdas.
   */
  private final Optional<LocalDate> earliest;

  /**
   * Per kind (by ordinal), the day of the first held session in list order; shared with the
   * previous version.
   */
  private final Optional<LocalDate>[] firstHeld;

  /**
   * Per kind (by ordinal), the earliest day of a held session; shared with the previous version.
   */
  private final Optional<LocalDate>[] earliestHeld;

  /** Per kind (by ordinal), the held sessions in list order; shared with the previous version. */
  private final PersistentVector<Session>[] held;

  /** Per voucher number, the sessions registered on it in list order: entries equal by number. */
  private final PersistentSet<OnVoucher> byVoucher;

  private Sessions(
      PersistentVector<Session> sessions,
      PersistentSet<SessionId> ids,
      boolean duplicateIds,
      Optional<LocalDate> earliest,
      Optional<LocalDate>[] firstHeld,
      Optional<LocalDate>[] earliestHeld,
      PersistentVector<Session>[] held,
      PersistentSet<OnVoucher> byVoucher) {
    this.sessions = sessions;
    this.ids = ids;
    this.duplicateIds = duplicateIds;
    this.earliest = earliest;
    this.firstHeld = firstHeld;
    this.earliestHeld = earliestHeld;
    this.held = held;
    this.byVoucher = byVoucher;
  }

  /**
   * @return the list without sessions
   */
  public static Sessions empty() {
    return EMPTY;
  }

  /**
   * @param sessions the sessions, in the order recorded; none null
   * @return a list of them: the argument itself when it already is a {@code Sessions}
   * @throws NullPointerException when the iterable or a session is null
   */
  public static Sessions of(Iterable<? extends Session> sessions) {
    if (sessions instanceof Sessions) {
      return (Sessions) sessions;
    }
    Sessions result = EMPTY;
    for (Session session : Objects.requireNonNull(sessions, "sessions")) {
      result = result.plus(session);
    }
    return result;
  }

  /**
   * @param sessions the sessions, in the order recorded; none null
   * @return a list of them
   */
  public static Sessions of(Session... sessions) {
    return of(Arrays.asList(sessions));
  }

  /**
   * @param session the session to record after the last one
   * @return a new list one session longer; this one is unchanged. O(log n).
   * @throws NullPointerException when the session is null
   */
  public Sessions plus(Session session) {
    Objects.requireNonNull(session, "session");
    PersistentSet<SessionId> newIds = ids.plus(session.getId());
    LocalDate date = session.getDate();
    Optional<LocalDate> newEarliest = earlier(earliest, date);
    Optional<LocalDate>[] newFirst = firstHeld;
    Optional<LocalDate>[] newEarliestHeld = earliestHeld;
    PersistentVector<Session>[] newHeld = held;
    if (session.getStatus() == SessionStatus.HELD) {
      int kind = session.getKind().ordinal();
      newHeld = held.clone();
      newHeld[kind] = held[kind].plus(session);
      if (firstHeld[kind].isEmpty()) {
        newFirst = firstHeld.clone();
        newFirst[kind] = Optional.of(date);
      }
      Optional<LocalDate> earliestOfKind = earlier(earliestHeld[kind], date);
      if (earliestOfKind != earliestHeld[kind]) {
        newEarliestHeld = earliestHeld.clone();
        newEarliestHeld[kind] = earliestOfKind;
      }
    }
    return new Sessions(
        sessions.plus(session),
        newIds,
        duplicateIds || newIds == ids,
        newEarliest,
        newFirst,
        newEarliestHeld,
        newHeld,
        session.getVoucher().isPresent() ? onVoucher(session) : byVoucher);
  }

  /** The voucher index with the session added to its voucher's list. */
  private PersistentSet<OnVoucher> onVoucher(Session session) {
    int voucher = session.getVoucher().get();
    OnVoucher known = byVoucher.find(new OnVoucher(voucher, null));
    PersistentVector<Session> sessions = known == null ? PersistentVector.empty() : known.sessions;
    return byVoucher.with(new OnVoucher(voucher, sessions.plus(session)));
  }

  @Override
  public Session get(int index) {
    return sessions.get(index);
  }

  @Override
  public int size() {
    return sessions.size();
  }

  @Override
  public Iterator<Session> iterator() {
    return sessions.iterator();
  }

  /**
   * @param id a session identifier
   * @return whether a session of this list has it. O(log n).
   */
  public boolean containsId(SessionId id) {
    return ids.contains(id);
  }

  /**
   * @return whether two sessions of this list share an identifier (which a trajectory refuses)
   */
  public boolean hasDuplicateIds() {
    return duplicateIds;
  }

  /**
   * @return the earliest date of any session, held or not; empty when there is none
   */
  public Optional<LocalDate> earliestDate() {
    return earliest;
  }

  /**
   * @param kind a session kind
   * @return the date of the first held session of the kind in the order recorded, such as the
   *     intake that counts; empty when none was held
   */
  public Optional<LocalDate> firstHeld(SessionKind kind) {
    return firstHeld[kind.ordinal()];
  }

  /**
   * @param kind a session kind
   * @return the earliest date of a held session of the kind; empty when none was held
   */
  public Optional<LocalDate> earliestHeld(SessionKind kind) {
    return earliestHeld[kind.ordinal()];
  }

  /**
   * @return {@code known} when the day is not before it, otherwise the day
   */
  private static Optional<LocalDate> earlier(Optional<LocalDate> known, LocalDate day) {
    return known.isPresent() && !day.isBefore(known.get()) ? known : Optional.of(day);
  }

  /**
   * @param kind a session kind
   * @return the held sessions of the kind, in the order recorded: an unmodifiable list shared with
   *     this version, found without a scan
   */
  public List<Session> held(SessionKind kind) {
    return held[kind.ordinal()];
  }

  /**
   * @param voucher a voucher number
   * @return the sessions registered on that voucher ({@link Session#isRegisteredOn}), in the order
   *     recorded, whatever their status: an unmodifiable list shared with this version, found in
   *     O(log v) for v vouchers, so counting a voucher's hours costs what its own sessions cost
   *     however many others the trajectory holds
   */
  public List<Session> registeredOn(int voucher) {
    OnVoucher found = byVoucher.find(new OnVoucher(voucher, null));
    return found == null ? List.of() : found.sessions;
  }

  @SuppressWarnings("unchecked")
  private static PersistentVector<Session>[] noneHeld() {
    PersistentVector<Session>[] none = new PersistentVector[KINDS];
    Arrays.fill(none, PersistentVector.empty());
    return none;
  }

  /** The sessions registered on one voucher: equal to any entry of the same voucher number. */
  private static final class OnVoucher {
    private final int voucher;
    private final PersistentVector<Session> sessions;

    OnVoucher(int voucher, PersistentVector<Session> sessions) {
      this.voucher = voucher;
      this.sessions = sessions;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof OnVoucher && ((OnVoucher) other).voucher == voucher;
    }

    @Override
    public int hashCode() {
      return Integer.hashCode(voucher);
    }
  }

  @SuppressWarnings("unchecked")
  private static Optional<LocalDate>[] noneYet() {
    Optional<LocalDate>[] none = new Optional[KINDS];
    Arrays.fill(none, Optional.empty());
    return none;
  }
}
