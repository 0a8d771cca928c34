package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionCommand;
import io.github.loopbaan.core.session.SessionCommandKind;
import io.github.loopbaan.core.session.SessionLifecycle;
import io.github.loopbaan.core.session.SessionStatus;
import io.github.loopbaan.testkit.LifecycleWalks.Walk;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Random walks through the session lifecycle pass every lifecycle check, and its outcomes follow
 * the sources.
 */
class SessionLifecycleProperties
    extends LifecycleContract<Session, SessionStatus, SessionCommandKind, SessionCommand> {

  SessionLifecycleProperties() {
    super(SessionLifecycle.MACHINE);
  }

  @Override
  protected void observe(LifecycleWalks.Walk<Session, SessionCommand> walk) {
    Statistics.label("end").collect(walk.end().getStatus().code());
    if (!MutationTriesCap
        .active()) { // a share of the tries: meaningless under mutation testing's cap
      Statistics.label("end").coverage(coverage -> coverage.check("held").percentage(p -> p >= 1));
    }
  }

  private static final int MAX_STEPS = 30;

  @Property
  void only_held_sessions_that_belong_to_the_package_count_and_a_cancellation_keeps_its_notice(
      @ForAll("walks") Walk<Session, SessionCommand> walk) {
    Session end = walk.end();
    boolean counts =
        end.getStatus() == SessionStatus.HELD && end.getKind().countsTowardRegisteredHours();
    assertThat(end.registeredDuration()).isEqualTo(counts ? end.getDuration() : Duration.ZERO);
    if (end.getStatus().isCancelled() && !end.getHistory().isEmpty()) {
      assertThat(end.getCancelledOn()).contains(end.getHistory().last().getDate());
      assertThat(end.cancellationNotice().orElseThrow().isNegative()).isFalse();
    }
  }

  @Property
  void a_planned_session_can_be_cancelled_on_any_day_up_to_its_date_and_on_no_day_after(
      @ForAll("planned") Session session, @ForAll("offsets") int offset) {
    var verdict =
        SessionLifecycle.MACHINE.decide(
            session, SessionCommandKind.CANCEL_BY_CLIENT, session.getDate().plusDays(offset));
    assertThat(verdict.isAllowed()).isEqualTo(offset <= 0);
    if (offset > 0) {
      assertThat(verdict.getReasons())
          .extracting(Reason::getCode)
          .containsExactly(SessionLifecycle.CANCELLED_AFTER_SESSION);
    }
  }

  @Override
  @Provide
  public Arbitrary<LifecycleWalks.Walk<Session, SessionCommand>> walks() {
    Arbitrary<Session> starts =
        Arbitraries.frequencyOf(
            Tuple.of(4, SessionArbitraries.plannedSessions()),
            Tuple.of(1, SessionArbitraries.sessions()));
    return LifecycleWalks.walks(
        SessionLifecycle.MACHINE,
        starts,
        s -> s.getDate().minusDays(21),
        SessionArbitraries::sessionCommand,
        MAX_STEPS);
  }

  @Provide
  Arbitrary<Session> planned() {
    return SessionArbitraries.plannedSessions();
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(-60, 60);
  }
}
