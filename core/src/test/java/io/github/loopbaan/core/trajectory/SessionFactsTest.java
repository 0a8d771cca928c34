package io.github.loopbaan.core.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The session facts a trajectory carries forward (first held intake and synthesis, in-depth held, the identifier
 * index) and the reduced check of a trajectory derived by the lifecycle: carried facts must always equal the facts
 * computed from the whole list, branches must not see each other's sessions, and the reduced check must reject
 * exactly what the full check rejects, with the same rule.
 */
class SessionFactsTest {

  private static final LocalDate OPENED = LocalDate.of(2025, 1, 6);

  private static Session session(String id, SessionKind kind, SessionStatus status, LocalDate date) {
    return Session.builder().id(SessionId.of(id)).kind(kind).status(status).date(date)
        .duration(Duration.ofMinutes(60)).build();
  }

  private static List<Session> randomSessions(Random random, int count) {
    List<Session> sessions = new ArrayList<>();
    SessionKind[] kinds = SessionKind.values();
    SessionStatus[] statuses = SessionStatus.values();
    for (int i = 0; i < count; i++) {
      sessions.add(session("s-" + i, kinds[random.nextInt(kinds.length)],
          statuses[random.nextInt(statuses.length)], OPENED.plusDays(random.nextInt(400))));
    }
    return sessions;
  }

  private static void assertSameFacts(SessionFacts carried, SessionFacts computed, List<Session> all) {
    assertThat(carried.size()).isEqualTo(computed.size());
    assertThat(carried.intake()).isEqualTo(computed.intake());
    assertThat(carried.synthesis()).isEqualTo(computed.synthesis());
    assertThat(carried.inDepth()).isEqualTo(computed.inDepth());
    for (Session s : all) {
      assertThat(carried.contains(s.getId())).as(s.getId().getValue()).isEqualTo(computed.contains(s.getId()));
    }
  }

  @Test
  void facts_carried_one_session_at_a_time_equal_the_facts_of_the_whole_list() {
    for (int seed = 0; seed < 40; seed++) {
      Random random = new Random(seed);
      List<Session> all = randomSessions(random, 1 + random.nextInt(3 * SessionFacts.SMALL));
      SessionFacts carried = SessionFacts.of(List.of(), OPENED);
      for (int n = 1; n <= all.size(); n++) {
        List<Session> prefix = List.copyOf(all.subList(0, n));
        carried = carried.plus(prefix, prefix.get(n - 1), OPENED);
        assertSameFacts(carried, SessionFacts.of(prefix, OPENED), all);
        assertThat(carried.describes(prefix)).isTrue();
      }
    }
  }

  @Test
  void two_branches_from_one_list_do_not_see_each_others_sessions() {
    for (int base = 0; base <= 2 * SessionFacts.SMALL; base++) {
      List<Session> sessions = randomSessions(new Random(base), base);
      SessionFacts facts = SessionFacts.of(sessions, OPENED);
      Session a = session("a", SessionKind.IN_DEPTH, SessionStatus.HELD, OPENED);
      Session b = session("b", SessionKind.SYNTHESIS, SessionStatus.HELD, OPENED);
      List<Session> withA = plus(sessions, a);
      List<Session> withB = plus(sessions, b);
      SessionFacts branchA = facts.plus(withA, a, OPENED);
      SessionFacts branchB = facts.plus(withB, b, OPENED);
      // b grows the index after a did: it must copy, and neither sees the other's session
      assertThat(branchA.contains(a.getId())).isTrue();
      assertThat(branchA.contains(b.getId())).isFalse();
      assertThat(branchB.contains(b.getId())).isTrue();
      assertThat(branchB.contains(a.getId())).isFalse();
      assertThat(facts.contains(a.getId()) || facts.contains(b.getId())).isFalse();
      // each branch can still take the other's identifier
      SessionFacts both = branchB.plus(plus(withB, a), a, OPENED);
      assertSameFacts(both, SessionFacts.of(plus(withB, a), OPENED), plus(withB, a));
      assertSameFacts(branchA, SessionFacts.of(withA, OPENED), plus(withA, b));
    }
  }

  @Test
  void an_appended_session_is_checked_as_the_whole_list_would_be() {
    for (int size : new int[] {1, SessionFacts.SMALL, SessionFacts.SMALL + 5}) {
      List<Session> sessions = randomSessions(new Random(size), size);
      SessionFacts facts = SessionFacts.of(sessions, OPENED);
      Session duplicate = session("s-0", SessionKind.IN_DEPTH, SessionStatus.HELD, OPENED);
      assertRule(() -> facts.plus(plus(sessions, duplicate), duplicate, OPENED), "sessions", "unique");
      assertRule(() -> SessionFacts.of(plus(sessions, duplicate), OPENED), "sessions", "unique");
      Session early = session("early", SessionKind.IN_DEPTH, SessionStatus.HELD, OPENED.minusDays(1));
      assertRule(() -> facts.plus(plus(sessions, early), early, OPENED), "sessions.date,openedOn", "not_before");
      assertRule(() -> SessionFacts.of(plus(sessions, early), OPENED), "sessions.date,openedOn", "not_before");
    }
  }

  @Test
  void a_trajectory_derived_by_the_lifecycle_rejects_a_duplicate_session_like_the_builder() {
    Trajectory t = longTrajectory(SessionFacts.SMALL + 3);
    Session again = t.getSessions().get(4);
    assertRule(() -> Derivation.derive(t, again, v -> v.withSessions(plus(v.getSessions(), again))),
        "sessions", "unique");
    assertRule(() -> Trajectory.builder().from(t).addSessions(again).build(), "sessions", "unique");
  }

  @Test
  void a_long_trajectory_built_by_commands_equals_its_rebuilt_copy_and_keeps_its_derived_dates() {
    Trajectory t = longTrajectory(3 * SessionFacts.SMALL);
    Trajectory rebuilt = Trajectory.builder().from(t).build();
    assertThat(rebuilt).isEqualTo(t);
    assertThat(rebuilt.hashCode()).isEqualTo(t.hashCode());
    assertThat(t.intakeDate()).isEqualTo(rebuilt.intakeDate()).contains(OPENED.plusDays(7));
    assertThat(t.synthesisDate()).isEqualTo(rebuilt.synthesisDate()).isEmpty();
    assertThat(t.facts().inDepth()).isNotNull();
    assertThat(t.facts().size()).isEqualTo(t.getSessions().size());
  }

  @Test
  void two_commands_applied_to_the_same_long_trajectory_keep_their_own_sessions() {
    Trajectory t = longTrajectory(2 * SessionFacts.SMALL);
    LocalDate day = t.getHistory().last().getDate().plusDays(1);
    Session x = session("x", SessionKind.IN_DEPTH, SessionStatus.PLANNED, day);
    Session y = session("y", SessionKind.IN_DEPTH, SessionStatus.PLANNED, day);
    Trajectory withX = t.apply(TrajectoryCommand.holdInDepthConversation(x)).orElseThrow();
    Trajectory withY = t.apply(TrajectoryCommand.holdInDepthConversation(y)).orElseThrow();
    // y's branch may still take x's identifier, x's branch may not
    assertThat(withY.apply(TrajectoryCommand.holdInDepthConversation(x)).isApplied()).isTrue();
    Outcome<Trajectory> again = withX.apply(TrajectoryCommand.holdInDepthConversation(x));
    assertThat(again.getReasons().stream().map(Reason::getCode).collect(Collectors.toList()))
        .containsExactly(TrajectoryLifecycle.SESSION_ID_TAKEN);
    assertThat(t.apply(TrajectoryCommand.holdInDepthConversation(x)).orElseThrow()).isEqualTo(withX);
  }

  private static Trajectory longTrajectory(int inDepth) {
    LocalDate intake = OPENED.plusDays(7);
    Trajectory t = TrajectoryLifecycleTest.opened().apply(TrajectoryCommand.holdIntake(
        session("intake", SessionKind.INTAKE, SessionStatus.PLANNED, intake),
        TrajectoryLifecycleTest.agreement(true, intake), TrajectoryLifecycleTest.plan(intake),
        java.util.Optional.empty())).orElseThrow();
    for (int i = 0; i < inDepth; i++) {
      t = t.apply(TrajectoryCommand.holdInDepthConversation(
          session("d-" + i, SessionKind.IN_DEPTH, SessionStatus.PLANNED, intake.plusDays(i + 1)))).orElseThrow();
    }
    return t;
  }

  private static List<Session> plus(List<Session> list, Session session) {
    List<Session> copy = new ArrayList<>(list);
    copy.add(session);
    return List.copyOf(copy);
  }

  private static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String attribute,
      String rule) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.getType()).isEqualTo("Trajectory");
      assertThat(e.getAttribute()).isEqualTo(attribute);
      assertThat(e.getRule()).isEqualTo(rule);
    });
  }
}
