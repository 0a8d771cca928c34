package io.github.loopbaan.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link Sessions}: every version's facts (identifiers taken, duplicates, earliest date, first and
 * earliest held day per kind) equal the facts computed by scanning the same sessions, versions
 * branched from one list do not see each other's sessions, and the list behaves as an unmodifiable
 * {@link java.util.List}.
 */
class SessionsTest {

  private static final LocalDate DAY = LocalDate.of(2025, 1, 6);

  static Session session(String id, SessionKind kind, SessionStatus status, LocalDate date) {
    return Session.builder()
        .id(SessionId.of(id))
        .kind(kind)
        .status(status)
        .date(date)
        .duration(Duration.ofMinutes(60))
        .build();
  }

  /**
   * Facts carried one session at a time equal the facts of a scan, at every length, duplicates
   * included.
   */
  @Test
  void facts_carried_one_session_at_a_time_equal_a_scan_of_the_list() {
    Random random = new Random(17);
    SessionKind[] kinds = SessionKind.values();
    SessionStatus[] statuses = SessionStatus.values();
    Sessions sessions = Sessions.empty();
    List<Session> model = new ArrayList<>();
    for (int i = 0; i < 1_100; i++) {
      Session s =
          onVoucher(
              session(
                  "s-" + random.nextInt(900),
                  kinds[random.nextInt(kinds.length)],
                  statuses[random.nextInt(statuses.length)],
                  DAY.plusDays(random.nextInt(400))),
              VOUCHERS[random.nextInt(VOUCHERS.length)]);
      sessions = sessions.plus(s);
      model.add(s);
      if (i % 37 == 0 || i > 1_090) {
        assertScannedFacts(sessions, model);
      }
    }
    assertThat(Sessions.of(model)).isEqualTo(sessions).isEqualTo(model);
    assertThat(sessions.hashCode()).isEqualTo(model.hashCode());
  }

  /**
   * No voucher (0), the usual numbers, numbers that share the voucher index's first trie level (1,
   * 33 and 65 are equal in their lowest five bits) and a large one.
   */
  private static final int[] VOUCHERS = {0, 0, 0, 1, 2, 3, 7, 33, 65, 1_000_000};

  private static Session onVoucher(Session session, int voucher) {
    return voucher == 0
        ? session
        : Session.builder().from(session).voucher(Optional.of(voucher)).build();
  }

  private static void assertScannedFacts(Sessions sessions, List<Session> model) {
    assertThat(sessions).containsExactlyElementsOf(model);
    Set<SessionId> ids = new HashSet<>();
    boolean duplicates = false;
    for (Session s : model) {
      duplicates |= !ids.add(s.getId());
    }
    assertThat(sessions.hasDuplicateIds()).isEqualTo(duplicates);
    for (SessionId id : ids) {
      assertThat(sessions.containsId(id)).isTrue();
    }
    assertThat(sessions.containsId(SessionId.of("absent"))).isFalse();
    assertThat(sessions.earliestDate())
        .isEqualTo(model.stream().map(Session::getDate).min(LocalDate::compareTo));
    for (SessionKind kind : SessionKind.values()) {
      assertThat(sessions.firstHeld(kind))
          .isEqualTo(
              model.stream()
                  .filter(s -> s.getKind() == kind && s.getStatus() == SessionStatus.HELD)
                  .map(Session::getDate)
                  .findFirst());
      assertThat(sessions.earliestHeld(kind))
          .isEqualTo(
              model.stream()
                  .filter(s -> s.getKind() == kind && s.getStatus() == SessionStatus.HELD)
                  .map(Session::getDate)
                  .min(LocalDate::compareTo));
      assertThat(sessions.held(kind))
          .containsExactlyElementsOf(
              model.stream()
                  .filter(s -> s.getKind() == kind && s.getStatus() == SessionStatus.HELD)
                  .collect(Collectors.toList()));
    }
    for (int voucher : new int[] {1, 2, 3, 4, 7, 33, 65, 97, 1_000_000, -1}) {
      assertThat(sessions.registeredOn(voucher))
          .as("voucher %d", voucher)
          .containsExactlyElementsOf(
              model.stream().filter(s -> s.isRegisteredOn(voucher)).collect(Collectors.toList()));
    }
  }

  /** Two lists made from one base by different appends keep their own sessions and facts. */
  @Test
  void two_branches_from_one_list_do_not_see_each_others_sessions() {
    Sessions base = Sessions.empty();
    for (int i = 0; i < 40; i++) {
      base =
          base.plus(
              session("b-" + i, SessionKind.IN_DEPTH, SessionStatus.PLANNED, DAY.plusDays(i)));
    }
    Session x = session("x", SessionKind.SYNTHESIS, SessionStatus.HELD, DAY.plusDays(50));
    Session y = session("y", SessionKind.INTAKE, SessionStatus.HELD, DAY.plusDays(60));
    Sessions withX = base.plus(x);
    Sessions withY = base.plus(y);
    assertThat(withX.containsId(x.getId())).isTrue();
    assertThat(withX.containsId(y.getId())).isFalse();
    assertThat(withY.containsId(x.getId())).isFalse();
    assertThat(withX.firstHeld(SessionKind.SYNTHESIS)).contains(x.getDate());
    assertThat(withY.firstHeld(SessionKind.SYNTHESIS)).isEmpty();
    assertThat(base).hasSize(40);
    assertThat(base.firstHeld(SessionKind.INTAKE)).isEmpty();
    assertThat(withY.plus(x).hasDuplicateIds()).isFalse();
    assertThat(withX.plus(x).hasDuplicateIds()).isTrue();
  }

  /**
   * The list is unmodifiable, rejects null sessions and copies nothing when it is given to {@code
   * of}.
   */
  @Test
  void is_an_unmodifiable_list_that_rejects_null() {
    Session s = session("a", SessionKind.INTAKE, SessionStatus.HELD, DAY);
    Sessions one = Sessions.of(s);
    assertThat(Sessions.of(one)).isSameAs(one);
    assertThat(Sessions.of(List.of())).isSameAs(Sessions.empty());
    assertThatThrownBy(() -> one.add(s)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> one.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> one.set(0, s)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> one.plus(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> one.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(Sessions.empty().earliestDate()).isEqualTo(Optional.empty());
    assertThat(one.toString()).isEqualTo(List.of(s).toString());
  }
}
