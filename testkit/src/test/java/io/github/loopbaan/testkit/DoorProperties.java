package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.StateMachine;
import io.github.loopbaan.core.lifecycle.Verdict;
import io.github.loopbaan.core.phase.ContentPhase;
import io.github.loopbaan.core.phase.PhaseCommand;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.trajectory.PauseReason;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryLifecycle;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 14: the invariants hold for values from every door ({@link Doors}), not only along
 * commands. Each property runs 1,000 tries in the build (more where CI raises jqwik.tries.default).
 */
class DoorProperties {

  private static final StateMachine<
          Trajectory, TrajectoryStage, TrajectoryCommandKind, TrajectoryCommand>
      MACHINE = TrajectoryLifecycle.MACHINE;

  /**
   * What an exception of the model says: type, attribute, explanation and rule; nothing taken from
   * a value.
   */
  private static final Pattern STRUCTURAL_MESSAGE =
      Pattern.compile(
          "Trajectory\\.[A-Za-z0-9_.,\\[\\]]+: [^\\n]+ " + "\\(rule [a-z_]+(; use correct)?\\)");

  @Provide
  Arbitrary<Doors.Attempt> attempts() {
    return Doors.trajectories();
  }

  @Provide
  Arbitrary<Doors.Attempt> builderHistories() {
    return Doors.throughBuilderHistories();
  }

  @Provide
  Arbitrary<LifecycleWalks.Walk<Trajectory, TrajectoryCommand>> walks() {
    return TrajectoryArbitraries.walks();
  }

  private static List<LocalDate> days(Trajectory t, Random random) {
    History<Event<TrajectoryStage, TrajectoryCommand>> history = t.getHistory();
    LocalDate last = history.isEmpty() ? t.getOpenedOn() : history.last().getDate();
    long room = LocalDate.MAX.toEpochDay() - last.toEpochDay();
    List<LocalDate> days = new ArrayList<>(List.of(t.getOpenedOn(), last, LocalDate.MAX));
    days.add(last.plusDays(Math.min(room, random.nextInt(500))));
    return days;
  }

  /**
   * Constructible implies operable, and decide agrees with apply: for a value from any door, every
   * public operation answers (no IllegalStateException, ClassCastException, DateTimeException,
   * ArithmeticException...), a command is applied exactly when {@code decide} allows it, and {@code
   * nextCommands} allows a kind exactly when a command of it is applied, but for the row's payload
   * checks, which see the command's payload.
   */
  @Property(tries = 1000)
  void constructible_implies_operable_and_decide_agrees_with_apply(
      @ForAll("attempts") Doors.Attempt attempt, @ForAll long seed) {
    Statistics.label("door")
        .collect(attempt.door(), attempt.value().isPresent() ? "built" : "refused");
    attempt
        .refusal()
        .ifPresent(
            e ->
                assertThat(e)
                    .isInstanceOfAny(InvalidValueException.class, IllegalStateException.class));
    if (attempt.value().isEmpty()) {
      return;
    }
    Trajectory t = attempt.value().get();
    Random random = new Random(seed);
    assertThat(t.toString()).isNotEmpty();
    assertThat(t)
        .isEqualTo(Trajectory.builder().from(t).build())
        .hasSameHashCodeAs(Trajectory.builder().from(t).build());
    t.intakeDate();
    t.synthesisDate();
    assertThat(t.registeredDuration().isNegative()).isFalse();
    for (SessionKind kind : SessionKind.values()) {
      t.heldSessions(kind);
    }
    for (LocalDate day : days(t, random)) {
      List<Verdict<TrajectoryStage, TrajectoryCommandKind>> options = t.nextCommands(day);
      assertThat(options).hasSize(TrajectoryCommandKind.values().length);
      assertThat(t.possibleCommands(day))
          .isEqualTo(
              options.stream()
                  .filter(Verdict::isAllowed)
                  .map(Verdict::getKind)
                  .collect(Collectors.toSet()));
      for (Verdict<TrajectoryStage, TrajectoryCommandKind> option : options) {
        Optional<TrajectoryCommand> command =
            TrajectoryArbitraries.command(t, option.getKind(), day, random);
        if (command.isEmpty()) {
          continue;
        }
        Outcome<Trajectory> outcome = t.apply(command.get());
        assertThat(MACHINE.decide(t, command.get()).isAllowed())
            .as("decide and apply agree on %s", command.get())
            .isEqualTo(outcome.isApplied());
        if (!option.isAllowed()) {
          assertThat(outcome.isApplied())
              .as("a kind nextCommands rejects is rejected: %s", command.get())
              .isFalse();
        } else if (!outcome.isApplied()) {
          Set<String> checks = payloadChecks(t, option.getKind());
          assertThat(outcome.getReasons())
              .extracting(Reason::getCode)
              .as("only payload checks reject an allowed kind")
              .allMatch(checks::contains);
        }
      }
      for (ContentPhase phase : ContentPhase.values()) {
        t.apply(PhaseCommand.enter(phase, day));
      }
      t.apply(PhaseCommand.complete(day));
    }
  }

  private static Set<String> payloadChecks(Trajectory t, TrajectoryCommandKind kind) {
    return MACHINE.getTransitions().stream()
        .filter(row -> row.getKind() == kind && row.getFrom().contains(t.getStage()))
        .flatMap(row -> row.getChecks().stream())
        .map(check -> check.getName())
        .collect(Collectors.toSet());
  }

  /**
   * A history restored through the builder is refused exactly for a history rule, or accepted as a
   * walk that the table allows (then the property above shows it operable).
   */
  @Property(tries = 1000)
  void a_mutated_history_is_refused_for_a_history_rule_or_is_a_walk(
      @ForAll("builderHistories") Doors.Attempt attempt) {
    Statistics.label("result").collect(attempt.value().isPresent() ? "built" : "refused");
    attempt
        .refusal()
        .ifPresent(
            e -> {
              assertThat(e).isInstanceOf(InvalidValueException.class);
              assertThat(((InvalidValueException) e).getRule())
                  .matches("history_[a-z]+|status_matches_history");
              assertThat(e.getMessage()).matches(STRUCTURAL_MESSAGE);
            });
    attempt
        .value()
        .ifPresent(
            t -> {
              List<Event<TrajectoryStage, TrajectoryCommand>> events = t.getHistory().asList();
              TrajectoryStage state = TrajectoryStage.OPENED;
              for (int i = 0; i < events.size(); i++) {
                Event<TrajectoryStage, TrajectoryCommand> e = events.get(i);
                assertThat(e.getSequence()).isEqualTo(i + 1L);
                assertThat(e.getFrom()).isEqualTo(state);
                TrajectoryStage from = e.getFrom();
                assertThat(MACHINE.getTransitions())
                    .anyMatch(
                        row ->
                            row.getKind() == e.getCommand().getKind()
                                && row.getFrom().contains(from)
                                && row.targetsFrom(from).contains(e.getTo()));
                state = e.getTo();
              }
            });
  }

  /**
   * Histories no command sequence can produce are refused, each for its rule, whatever walk they
   * are built on.
   */
  @Property(tries = 1000)
  void histories_that_no_command_sequence_produces_are_refused(
      @ForAll("walks") LifecycleWalks.Walk<Trajectory, TrajectoryCommand> walk) {
    Trajectory t = walk.end();
    List<Event<TrajectoryStage, TrajectoryCommand>> events = t.getHistory().asList();
    int n = events.size();
    LocalDate last = n == 0 ? t.getOpenedOn() : events.get(n - 1).getDate();
    TrajectoryStage stage = t.getStage();
    TrajectoryCommand pause = TrajectoryCommand.pause(last, PauseReason.OTHER, Optional.empty());
    // out of a final state, or out of a state the last event did not lead to
    TrajectoryStage wrong =
        stage == TrajectoryStage.INTAKE ? TrajectoryStage.SYNTHESIS : TrajectoryStage.INTAKE;
    assertRefused(
        t,
        withAppended(
            events,
            new Event<>(
                n + 1L,
                "trajectory",
                stage == TrajectoryStage.CLOSED ? TrajectoryStage.CLOSED : wrong,
                TrajectoryStage.PAUSED,
                pause)),
        n,
        stage == TrajectoryStage.CLOSED ? "history_transition" : "history_walk");
    if (n > 0) {
      // dates going backwards
      Event<TrajectoryStage, TrajectoryCommand> previous = events.get(n - 1);
      if (stage != TrajectoryStage.CLOSED && stage != TrajectoryStage.PAUSED) {
        assertRefused(
            t,
            withAppended(
                events,
                new Event<>(
                    n + 1L,
                    "trajectory",
                    stage,
                    TrajectoryStage.PAUSED,
                    TrajectoryCommand.pause(
                        previous.getDate().minusDays(1), PauseReason.OTHER, Optional.empty()))),
            n,
            "history_order");
      }
      // a sequence number out of order
      assertRefused(
          t,
          withReplaced(
              events,
              n - 1,
              new Event<>(
                  n + 5L,
                  "trajectory",
                  previous.getFrom(),
                  previous.getTo(),
                  previous.getCommand())),
          n - 1,
          "history_sequence");
    }
  }

  private static List<Event<TrajectoryStage, TrajectoryCommand>> withAppended(
      List<Event<TrajectoryStage, TrajectoryCommand>> events,
      Event<TrajectoryStage, TrajectoryCommand> event) {
    List<Event<TrajectoryStage, TrajectoryCommand>> copy = new ArrayList<>(events);
    copy.add(event);
    return copy;
  }

  private static List<Event<TrajectoryStage, TrajectoryCommand>> withReplaced(
      List<Event<TrajectoryStage, TrajectoryCommand>> events,
      int index,
      Event<TrajectoryStage, TrajectoryCommand> e) {
    List<Event<TrajectoryStage, TrajectoryCommand>> copy = new ArrayList<>(events);
    copy.set(index, e);
    return copy;
  }

  private static void assertRefused(
      Trajectory t,
      List<Event<TrajectoryStage, TrajectoryCommand>> events,
      int index,
      String rule) {
    Doors.Attempt attempt =
        Doors.Attempt.of(
            Doors.Door.BUILDER_HISTORY,
            rule,
            () -> Trajectory.builder().from(t).history(History.of(events)).build());
    assertThat(attempt.refusal()).as("refused for %s", rule).isPresent();
    InvalidValueException e = (InvalidValueException) attempt.refusal().get();
    assertThat(e.getRule()).isEqualTo(rule);
    assertThat(e.getAttribute()).isEqualTo("history[" + index + "]");
  }

  /**
   * No personal text or health code of a value from any door appears in its {@code toString()}, in
   * the reasons of a rejected command, or in a refusal's message (which names type, attribute and
   * rule only).
   */
  @Property(tries = 1000)
  void no_personal_text_or_health_code_in_any_text_through_any_door(
      @ForAll("attempts") Doors.Attempt attempt, @ForAll long seed) {
    attempt.refusal().ifPresent(e -> assertThat(e.getMessage()).matches(STRUCTURAL_MESSAGE));
    if (attempt.value().isEmpty()) {
      return;
    }
    Trajectory t = attempt.value().get();
    Set<String> personal = PersonalDataScan.personalTexts(t);
    Set<String> health = PersonalDataScan.healthCodes(t);
    List<String> texts = new ArrayList<>(List.of(t.toString()));
    Random random = new Random(seed);
    for (LocalDate day : days(t, random)) {
      texts.add(t.nextCommands(day).toString());
      for (TrajectoryCommandKind kind : TrajectoryCommandKind.values()) {
        TrajectoryArbitraries.command(t, kind, day, random)
            .ifPresent(c -> texts.add(t.apply(c).toString()));
      }
    }
    for (String text : texts) {
      for (String secret : personal) {
        assertThat(text).doesNotContain(secret);
      }
      for (String code : health) {
        assertThat(PersonalDataScan.mentions(text, code)).as("a health code in %s", text).isFalse();
      }
    }
  }
}
