package io.github.loopbaan.testkit;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Trajectories built through every door of the model, not only through commands: the builder with
 * an arbitrary (often broken) history, {@code with…} edits of values that commands produced, and
 * extreme but legal dates at the end of the calendar. Each generated {@link Attempt} holds either
 * the value the door built or the exception it refused the value with, so a property can state what
 * must hold in both cases: a value that constructs answers every public operation, and a refusal is
 * an {@link InvalidValueException} naming its rule (or, for an edit of a closed trajectory, the
 * documented {@link IllegalStateException}).
 *
 * <pre>{@code
 * @Property
 * void constructible_implies_operable(@ForAll("attempts") Doors.Attempt attempt) {
 *   attempt.value().ifPresent(t -> t.nextCommands(LocalDate.MAX));
 * }
 * @Provide Arbitrary<Doors.Attempt> attempts() { return Doors.trajectories(); }
 * }</pre>
 */
public final class Doors {

  /** The first day of the generated trajectories at the end of the calendar. */
  static final LocalDate NEAR_THE_END = LocalDate.MAX.minusDays(400);

  private Doors() {}

  /** The door a value came in by. */
  public enum Door {
    /** Commands applied from a freshly opened trajectory (the lifecycle walks). */
    COMMANDS,
    /** The builder, restoring a walk's content with a mutated history. */
    BUILDER_HISTORY,
    /** A {@code with…} edit of a value that commands produced. */
    WITH_EDIT,
    /** Commands applied to a trajectory opened in the calendar's last year or so. */
    EXTREME_DATES
  }

  /** One construction through one door: the value, or the exception that refused it. */
  public static final class Attempt {
    private final Door door;
    private final Trajectory value;
    private final RuntimeException refusal;
    private final String description;

    private Attempt(Door door, Trajectory value, RuntimeException refusal, String description) {
      this.door = door;
      this.value = value;
      this.refusal = refusal;
      this.description = description;
    }

    /**
     * Runs a construction and records its result; only {@link InvalidValueException} and {@link
     * IllegalStateException} (a closed trajectory's edit) are taken as refusals, anything else
     * escapes.
     *
     * @param door the door
     * @param description what the construction did, without personal data (for counterexamples)
     * @param construction builds the value
     * @return the attempt
     */
    public static Attempt of(Door door, String description, Supplier<Trajectory> construction) {
      try {
        return new Attempt(
            door, Objects.requireNonNull(construction.get(), "value"), null, description);
      } catch (InvalidValueException | IllegalStateException e) {
        return new Attempt(door, null, e, description);
      }
    }

    /**
     * @return the door the value came in by
     */
    public Door door() {
      return door;
    }

    /**
     * @return the value, when the door built one
     */
    public Optional<Trajectory> value() {
      return Optional.ofNullable(value);
    }

    /**
     * @return the exception the door refused the value with, when it refused it
     */
    public Optional<RuntimeException> refusal() {
      return Optional.ofNullable(refusal);
    }

    /**
     * @return the door and what was done, without personal data
     */
    @Override
    public String toString() {
      return "Attempt["
          + door
          + ": "
          + description
          + (value == null
              ? " -> refused: " + refusal.getMessage()
              : " -> " + value.getStage().code() + " with " + value.getHistory().size() + " events")
          + "]";
    }
  }

  /**
   * @return attempts through every door, in about equal shares
   */
  public static Arbitrary<Attempt> trajectories() {
    return Arbitraries.oneOf(
        throughCommands(), throughBuilderHistories(), throughWithEdits(), atTheEndOfTime());
  }

  /**
   * @return trajectories produced by commands alone
   */
  public static Arbitrary<Attempt> throughCommands() {
    return TrajectoryArbitraries.trajectories()
        .map(t -> Attempt.of(Door.COMMANDS, "walk", () -> t));
  }

  /**
   * @return a walk's trajectory restored through the builder with its history mutated: an event
   *     dropped, two swapped, a state or date or sequence number changed, or an event of any kind
   *     appended; many of these histories break a history rule, some do not
   */
  public static Arbitrary<Attempt> throughBuilderHistories() {
    return Combinators.combine(TrajectoryArbitraries.walks().map(w -> w.end()), Arbitraries.longs())
        .as(
            (t, seed) -> {
              Random random = new Random(seed);
              List<Event<TrajectoryStage, TrajectoryCommand>> events =
                  new ArrayList<>(t.getHistory().asList());
              String what = mutate(t, events, random);
              return Attempt.of(
                  Door.BUILDER_HISTORY,
                  what,
                  () -> Trajectory.builder().from(t).history(History.of(events)).build());
            });
  }

  /**
   * @return a {@code with…} edit of a walk's trajectory: the sessions reversed or cut, the opening
   *     moved, the agreement unsigned or signed later, the POP removed, the referrals cleared
   */
  public static Arbitrary<Attempt> throughWithEdits() {
    return Combinators.combine(
            TrajectoryArbitraries.trajectories(),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(1, 60))
        .as(
            (t, edit, days) -> {
              switch (edit) {
                case 0:
                  return Attempt.of(
                      Door.WITH_EDIT,
                      "sessions reversed",
                      () -> {
                        List<Session> sessions = new ArrayList<>(t.getSessions());
                        Collections.reverse(sessions);
                        return t.withSessions(sessions);
                      });
                case 1:
                  return Attempt.of(
                      Door.WITH_EDIT,
                      "opening moved " + days + " days later",
                      () -> t.withOpenedOn(t.getOpenedOn().plusDays(days)));
                case 2:
                  return Attempt.of(
                      Door.WITH_EDIT,
                      "agreement signed " + days + " days later",
                      () ->
                          t.withIntakeAgreement(
                              t.getIntakeAgreement()
                                  .map(
                                      a ->
                                          a.withSignedOn(
                                              a.getHeldOn()
                                                  .orElse(t.getOpenedOn())
                                                  .plusDays(days)))));
                case 3:
                  return Attempt.of(
                      Door.WITH_EDIT,
                      "agreement unsigned",
                      () ->
                          t.withIntakeAgreement(
                              t.getIntakeAgreement()
                                  .map(
                                      a ->
                                          IntakeAgreement.builder()
                                              .from(a)
                                              .signedOn(Optional.empty())
                                              .build())));
                case 4:
                  return Attempt.of(
                      Door.WITH_EDIT, "POP removed", () -> t.withDevelopmentPlan(Optional.empty()));
                default:
                  return Attempt.of(
                      Door.WITH_EDIT,
                      "sessions cut to " + days % 4,
                      () ->
                          t.withSessions(
                              t.getSessions()
                                  .subList(0, Math.min(days % 4, t.getSessions().size()))));
              }
            });
  }

  /**
   * @return trajectories opened in the calendar's last 400 days and moved along the process by
   *     commands a few days apart (never past {@link LocalDate#MAX}), so that every window, sum and
   *     guard meets the calendar's end
   */
  public static Arbitrary<Attempt> atTheEndOfTime() {
    return Combinators.combine(
            TrajectoryArbitraries.openedTrajectories(),
            Arbitraries.integers().between(0, 399),
            Arbitraries.longs())
        .as(
            (opened, offset, seed) -> {
              Random random = new Random(seed);
              LocalDate start = NEAR_THE_END.plusDays(offset);
              return Attempt.of(
                  Door.EXTREME_DATES,
                  "opened " + offset + " days into the last 400",
                  () -> {
                    Trajectory t = opened.withOpenedOn(start);
                    LocalDate day = start;
                    TrajectoryCommandKind[] path = {
                      TrajectoryCommandKind.HOLD_INTAKE,
                      TrajectoryCommandKind.HOLD_IN_DEPTH_CONVERSATION,
                      TrajectoryCommandKind.HOLD_SYNTHESIS,
                      TrajectoryCommandKind.INVITE_EVALUATION,
                      TrajectoryCommandKind.HOLD_AFTERCARE,
                      TrajectoryCommandKind.CLOSE
                    };
                    int steps = random.nextInt(path.length + 1);
                    for (int i = 0; i < steps; i++) {
                      long gap = random.nextInt(4) == 0 ? 400 : random.nextInt(3);
                      day =
                          LocalDate.MAX.toEpochDay() - day.toEpochDay() < gap
                              ? LocalDate.MAX
                              : day.plusDays(gap);
                      Optional<TrajectoryCommand> command =
                          TrajectoryArbitraries.command(t, path[i], day, random);
                      if (command.isPresent()) {
                        t = t.apply(command.get()).getValue().orElse(t);
                      }
                    }
                    return t;
                  });
            });
  }

  /** Mutates a history in place; answers what was done. */
  private static String mutate(
      Trajectory t, List<Event<TrajectoryStage, TrajectoryCommand>> events, Random random) {
    int n = events.size();
    TrajectoryStage[] stages = TrajectoryStage.values();
    int choice = random.nextInt(n == 0 ? 1 : 7);
    int i = n == 0 ? 0 : random.nextInt(n);
    switch (choice) {
      case 1:
        events.remove(i);
        renumber(events);
        return "event " + i + " dropped";
      case 2:
        if (n > 1) {
          Collections.swap(events, i, (i + 1) % n);
          renumber(events);
        }
        return "events " + i + " and " + (i + 1) % n + " swapped";
      case 3:
        events.set(
            i,
            copy(
                events.get(i),
                events.get(i).getSequence(),
                events.get(i).getFrom(),
                stages[random.nextInt(stages.length)],
                events.get(i).getCommand()));
        return "target of event " + i + " changed";
      case 4:
        events.set(
            i,
            copy(
                events.get(i),
                events.get(i).getSequence(),
                stages[random.nextInt(stages.length)],
                events.get(i).getTo(),
                events.get(i).getCommand()));
        return "source of event " + i + " changed";
      case 5:
        events.set(
            i,
            copy(
                events.get(i),
                events.get(i).getSequence() + 1 + random.nextInt(3),
                events.get(i).getFrom(),
                events.get(i).getTo(),
                events.get(i).getCommand()));
        return "sequence of event " + i + " changed";
      case 6:
        Event<TrajectoryStage, TrajectoryCommand> e = events.get(i);
        Optional<TrajectoryCommand> earlier =
            TrajectoryArbitraries.command(
                t, e.getCommand().getKind(), e.getDate().minusDays(1 + random.nextInt(30)), random);
        earlier.ifPresent(c -> events.set(i, copy(e, e.getSequence(), e.getFrom(), e.getTo(), c)));
        return "event " + i + " dated earlier";
      default:
        TrajectoryCommandKind[] kinds = TrajectoryCommandKind.values();
        LocalDate day =
            n == 0 ? t.getOpenedOn() : events.get(n - 1).getDate().plusDays(random.nextInt(10));
        Optional<TrajectoryCommand> command =
            TrajectoryArbitraries.command(t, kinds[random.nextInt(kinds.length)], day, random);
        TrajectoryStage from = n == 0 ? TrajectoryStage.OPENED : events.get(n - 1).getTo();
        command.ifPresent(
            c ->
                events.add(
                    new Event<>(
                        n + 1L, "trajectory", from, stages[random.nextInt(stages.length)], c)));
        return "an event of any kind appended";
    }
  }

  private static void renumber(List<Event<TrajectoryStage, TrajectoryCommand>> events) {
    for (int k = 0; k < events.size(); k++) {
      Event<TrajectoryStage, TrajectoryCommand> e = events.get(k);
      events.set(k, copy(e, k + 1L, e.getFrom(), e.getTo(), e.getCommand()));
    }
  }

  private static Event<TrajectoryStage, TrajectoryCommand> copy(
      Event<TrajectoryStage, TrajectoryCommand> e,
      long sequence,
      TrajectoryStage from,
      TrajectoryStage to,
      TrajectoryCommand command) {
    return new Event<>(sequence, e.getLifecycle(), from, to, command);
  }
}
