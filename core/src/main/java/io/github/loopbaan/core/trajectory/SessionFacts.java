package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a trajectory's structural check, its guards and its derived dates need from its session list, computed once
 * per list and carried forward when the lifecycle appends one session: the first held intake and synthesis days,
 * whether an in-depth conversation was held, and an index of the session identifiers. Immutable (the shared index
 * only ever grows, and a version sees only the entries below its own size), so it is safe to share between
 * trajectories and threads.
 *
 * <p>Checking a full list costs O(n); {@link #plus} checks only the appended session: O(1) expected.
 */
final class SessionFacts {

  /** Up to this many sessions, identifiers are compared by a scan instead of an index. */
  static final int SMALL = 8;

  private static final String TYPE = "Trajectory";

  private final int size;
  private final LocalDate intake;
  private final LocalDate synthesis;
  /** The earliest day of a held in-depth conversation, or null. */
  private final LocalDate inDepth;
  /** The identifiers of the first {@code size} sessions with their positions; null while the list is small. */
  private final Index index;
  /** The list these facts describe (for scans while small and for copying the index on a branch). */
  private final List<Session> sessions;

  private SessionFacts(List<Session> sessions, int size, LocalDate intake, LocalDate synthesis, LocalDate inDepth,
      Index index) {
    this.sessions = sessions;
    this.size = size;
    this.intake = intake;
    this.synthesis = synthesis;
    this.inDepth = inDepth;
    this.index = index;
  }

  /**
   * Checks a whole session list as {@link Trajectory}'s structural rules require ({@code not_before} first, then
   * {@code unique}) and computes its facts.
   */
  static SessionFacts of(List<Session> sessions, LocalDate openedOn) {
    for (Session session : sessions) {
      checkDate(session, openedOn);
    }
    int size = sessions.size();
    Index index = null;
    if (size > SMALL) {
      index = new Index();
      for (int i = 0; i < size; i++) {
        if (index.positions.putIfAbsent(sessions.get(i).getId(), i) != null) {
          rejectDuplicate(sessions);
        }
      }
      index.extent = size;
    } else {
      for (int i = 1; i < size; i++) {
        SessionId id = sessions.get(i).getId();
        for (int j = 0; j < i; j++) {
          if (sessions.get(j).getId().equals(id)) {
            rejectDuplicate(sessions);
          }
        }
      }
    }
    LocalDate intake = null;
    LocalDate synthesis = null;
    LocalDate inDepth = null;
    for (Session s : sessions) {
      if (s.getStatus() == SessionStatus.HELD) {
        if (intake == null && s.getKind() == SessionKind.INTAKE) {
          intake = s.getDate();
        } else if (synthesis == null && s.getKind() == SessionKind.SYNTHESIS) {
          synthesis = s.getDate();
        } else if (s.getKind() == SessionKind.IN_DEPTH && (inDepth == null || s.getDate().isBefore(inDepth))) {
          inDepth = s.getDate();
        }
      }
    }
    return new SessionFacts(sessions, size, intake, synthesis, inDepth, index);
  }

  /**
   * The facts of {@code extended}, which must be the list these facts describe with {@code appended} added at the
   * end; checks only the appended session.
   */
  SessionFacts plus(List<Session> extended, Session appended, LocalDate openedOn) {
    checkDate(appended, openedOn);
    if (contains(appended.getId())) {
      rejectDuplicate(extended);
    }
    int newSize = size + 1;
    Index newIndex = null;
    if (newSize > SMALL) {
      newIndex = index == null ? null : index.extend(size, appended.getId());
      if (newIndex == null) {
        newIndex = new Index();
        for (int i = 0; i < newSize; i++) {
          newIndex.positions.put(extended.get(i).getId(), i);
        }
        newIndex.extent = newSize;
      }
    }
    boolean held = appended.getStatus() == SessionStatus.HELD;
    SessionKind kind = appended.getKind();
    LocalDate newIntake = intake == null && held && kind == SessionKind.INTAKE ? appended.getDate() : intake;
    LocalDate newSynthesis = synthesis == null && held && kind == SessionKind.SYNTHESIS ? appended.getDate()
        : synthesis;
    LocalDate newInDepth = held && kind == SessionKind.IN_DEPTH
        && (inDepth == null || appended.getDate().isBefore(inDepth)) ? appended.getDate() : inDepth;
    return new SessionFacts(extended, newSize, newIntake, newSynthesis, newInDepth, newIndex);
  }

  /** @return whether these facts describe exactly this list object */
  boolean describes(List<Session> list) {
    return sessions == list;
  }

  /** @return the number of sessions */
  int size() {
    return size;
  }

  /** @return whether a session with this identifier is in the list */
  boolean contains(SessionId id) {
    if (index == null) {
      for (int i = 0; i < size; i++) {
        if (sessions.get(i).getId().equals(id)) {
          return true;
        }
      }
      return false;
    }
    Integer position = index.positions.get(id);
    return position != null && position < size;
  }

  /** @return the day of the first held intake session, or null */
  LocalDate intake() {
    return intake;
  }

  /** @return the day of the first held synthesis session, or null */
  LocalDate synthesis() {
    return synthesis;
  }

  /** @return the earliest day of a held in-depth conversation, or null */
  LocalDate inDepth() {
    return inDepth;
  }

  private static void checkDate(Session session, LocalDate openedOn) {
    Require.notBefore(session.getDate(), openedOn, TYPE, "sessions.date,openedOn",
        "no session may lie before the opening of the trajectory");
  }

  /** Throws the same exception as the general uniqueness rule (the list is known to hold a duplicate). */
  private static void rejectDuplicate(List<Session> sessions) {
    Require.uniqueBy(sessions, Session::getId, TYPE, "sessions");
    throw new IllegalStateException("a duplicate session identifier was expected");
  }

  /**
   * Identifier positions shared by a chain of appends: a version of size n owns the entries below n. Only the
   * version whose size equals the extent may add to it; any other (a branch) copies, in O(n), unless the index
   * already holds the same identifier at the same position. Reads are lock-free.
   */
  private static final class Index {
    private final Map<SessionId, Integer> positions = new ConcurrentHashMap<>();
    private int extent;

    /**
     * @return this index grown by one identifier at position {@code at} (or already holding it there, as when the
     *     same command is applied twice to one trajectory), or null when another version grew it differently
     */
    synchronized Index extend(int at, SessionId id) {
      if (extent != at) {
        Integer position = positions.get(id);
        return position != null && position == at ? this : null;
      }
      positions.put(id, at);
      extent = at + 1;
      return this;
    }
  }
}
