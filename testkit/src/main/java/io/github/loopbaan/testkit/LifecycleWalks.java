package io.github.loopbaan.testkit;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.StateMachine;
import io.github.loopbaan.core.lifecycle.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random walks through a lifecycle table, and the checks every lifecycle must pass on them.
 *
 * <p>A walk starts from a value and tries a number of commands of random kinds on random days
 * (mostly forward in time, sometimes backward), keeping every outcome. Commands are made by a
 * {@link CommandFactory} that knows the payload a kind needs. Walks have no edge cases: jqwik's
 * edge-case combinations of start, seed and length would otherwise use up the tries on
 * near-identical short walks. The checks are the lifecycle properties of the model: a rejected
 * command changes nothing, replay reproduces the value, the possible commands reported for a value
 * are exactly those that succeed, a final state rejects everything, and the history is numbered and
 * chained.
 */
public final class LifecycleWalks {

  private LifecycleWalks() {}

  /**
   * Makes a command of a kind for a value on a day, or nothing when no command of that kind can be
   * built for it.
   *
   * @param <V> the value type
   * @param <K> the command kind enum
   * @param <C> the command type
   */
  @FunctionalInterface
  public interface CommandFactory<V, K extends Enum<K> & Coded, C extends Command<K>> {
    /**
     * @param value the current value
     * @param kind the kind wanted
     * @param on the day the command takes effect
     * @param random randomness for the payload
     * @return the command, or empty when the kind needs something the value cannot give
     */
    Optional<C> make(V value, K kind, LocalDate on, Random random);
  }

  /**
   * One step of a walk: the value before, the command and what came of it.
   *
   * @param <V> the value type
   * @param <C> the command type
   */
  public static final class Step<V, C> {
    private final V before;
    private final C command;
    private final Outcome<V> outcome;

    Step(V before, C command, Outcome<V> outcome) {
      this.before = before;
      this.command = command;
      this.outcome = outcome;
    }

    /**
     * @return the value before the command
     */
    public V before() {
      return before;
    }

    /**
     * @return the command tried
     */
    public C command() {
      return command;
    }

    /**
     * @return what came of it
     */
    public Outcome<V> outcome() {
      return outcome;
    }

    /**
     * @return the value after the step: the new value when applied, the old one when rejected
     */
    public V after() {
      return outcome.getValue().orElse(before);
    }
  }

  /**
   * A walk: its start, its steps and where it ended.
   *
   * @param <V> the value type
   * @param <C> the command type
   */
  public static final class Walk<V, C> {
    private final V start;
    private final List<Step<V, C>> steps;

    Walk(V start, List<Step<V, C>> steps) {
      this.start = start;
      this.steps = Collections.unmodifiableList(steps);
    }

    /**
     * @return the value the walk started from
     */
    public V start() {
      return start;
    }

    /**
     * @return every step, in order
     */
    public List<Step<V, C>> steps() {
      return steps;
    }

    /**
     * @return the value at the end of the walk
     */
    public V end() {
      return steps.isEmpty() ? start : steps.get(steps.size() - 1).after();
    }

    /**
     * @return the commands that were applied, in order
     */
    public List<C> appliedCommands() {
      return steps.stream()
          .filter(s -> s.outcome().isApplied())
          .map(Step::command)
          .collect(Collectors.toList());
    }

    /**
     * @return for example {@code Walk[12 steps, 7 applied]}; values may hold personal data
     */
    @Override
    public String toString() {
      return "Walk["
          + steps.size()
          + " steps, "
          + appliedCommands().size()
          + " applied, commands "
          + steps.stream()
              .map(s -> s.command() + (s.outcome().isApplied() ? "" : "(rejected)"))
              .collect(Collectors.joining(", "))
          + "]";
    }
  }

  /**
   * Random walks through a table.
   *
   * @param machine the table
   * @param starts the values to start from
   * @param startDay the day of the first command; later commands are mostly later
   * @param factory makes commands
   * @param maxSteps the longest walk
   * @param <V> the value type
   * @param <S> the state enum
   * @param <K> the command kind enum
   * @param <C> the command type
   * @return walks
   */
  public static <V, S extends Enum<S> & Coded, K extends Enum<K> & Coded, C extends Command<K>>
      Arbitrary<Walk<V, C>> walks(
          StateMachine<V, S, K, C> machine,
          Arbitrary<V> starts,
          Function<V, LocalDate> startDay,
          CommandFactory<V, K, C> factory,
          int maxSteps) {
    return walks(machine, starts, startDay, factory, maxSteps, kind -> 1);
  }

  /**
   * Random walks through a table, choosing among the possible kinds by weight, so that walks get
   * deep into a table whose early states always allow leaving it (pause, stop).
   *
   * @param machine the table
   * @param starts the values to start from
   * @param startDay the day of the first command; later commands are mostly later
   * @param factory makes commands
   * @param maxSteps the longest walk
   * @param weight the relative weight of each kind among the possible ones, at least 1
   * @param <V> the value type
   * @param <S> the state enum
   * @param <K> the command kind enum
   * @param <C> the command type
   * @return walks
   */
  public static <V, S extends Enum<S> & Coded, K extends Enum<K> & Coded, C extends Command<K>>
      Arbitrary<Walk<V, C>> walks(
          StateMachine<V, S, K, C> machine,
          Arbitrary<V> starts,
          Function<V, LocalDate> startDay,
          CommandFactory<V, K, C> factory,
          int maxSteps,
          ToIntFunction<K> weight) {
    Arbitrary<Long> seeds = Arbitraries.longs();
    Arbitrary<Integer> lengths = Arbitraries.integers().between(0, maxSteps);
    return Combinators.combine(starts, seeds, lengths)
        .as(
            (start, seed, length) -> {
              Random random = new Random(seed);
              K[] kinds = kindsOf(machine);
              List<Step<V, C>> steps = new ArrayList<>();
              V value = start;
              LocalDate day = startDay.apply(start);
              int attempts = 0;
              while (steps.size() < length && attempts < length * 20) {
                attempts++;
                // Prefer kinds that are possible, so walks get far; sometimes try any kind to
                // exercise rejections.
                LocalDate on =
                    random.nextInt(10) == 0
                        ? day.minusDays(1 + random.nextInt(30))
                        : day.plusDays(
                            random.nextInt(5) == 0 ? random.nextInt(400) : random.nextInt(21));
                List<K> possible = new ArrayList<>();
                for (K k : machine.possible(value, on)) {
                  for (int w = Math.max(1, weight.applyAsInt(k)); w > 0; w--) {
                    possible.add(k);
                  }
                }
                K kind =
                    !possible.isEmpty() && random.nextInt(4) != 0
                        ? possible.get(random.nextInt(possible.size()))
                        : kinds[random.nextInt(kinds.length)];
                Optional<C> command = factory.make(value, kind, on, random);
                if (command.isEmpty()) {
                  continue;
                }
                Outcome<V> outcome = machine.apply(value, command.get());
                steps.add(new Step<>(value, command.get(), outcome));
                if (outcome.isApplied()) {
                  value = outcome.orElseThrow();
                  day = on.isAfter(day) ? on : day;
                }
              }
              return new Walk<>(start, steps);
            })
        .withoutEdgeCases();
  }

  @SuppressWarnings("unchecked")
  private static <K extends Enum<K> & Coded> K[] kindsOf(StateMachine<?, ?, K, ?> machine) {
    return (K[]) machine.getTransitions().get(0).getKind().getDeclaringClass().getEnumConstants();
  }

  /**
   * A rejected command leaves the value as it was, and an applied one appends exactly one event.
   *
   * @param machine the table
   * @param walk a walk
   * @param <V> the value type
   * @param <S> the state enum
   * @param <K> the command kind enum
   * @param <C> the command type
   * @throws AssertionError when the check fails
   */
  public static <V, S extends Enum<S> & Coded, K extends Enum<K> & Coded, C extends Command<K>>
      void rejectionsChangeNothing(StateMachine<V, S, K, C> machine, Walk<V, C> walk) {
    for (Step<V, C> step : walk.steps()) {
      if (step.outcome().isApplied()) {
        check(
            machine.historyOf(step.after()).size() == machine.historyOf(step.before()).size() + 1,
            "an applied command appends exactly one event");
      } else {
        check(!step.outcome().getReasons().isEmpty(), "a rejection has reasons");
        check(step.after().equals(step.before()), "a rejected command changes nothing");
      }
    }
  }

  /**
   * Replaying the applied commands from the start reproduces the end value exactly.
   *
   * @param machine the table
   * @param walk a walk
   * @param <V> the value type
   * @param <S> the state enum
   * @param <K> the command kind enum
   * @param <C> the command type
   */
  public static <V, S extends Enum<S> & Coded, K extends Enum<K> & Coded, C extends Command<K>>
      void replayReproduces(StateMachine<V, S, K, C> machine, Walk<V, C> walk) {
    List<C> fromHistory = new ArrayList<>();
    for (Event<S, C> event : machine.historyOf(walk.end())) {
      fromHistory.add(event.getCommand());
    }
    List<C> before = new ArrayList<>();
    for (Event<S, C> event : machine.historyOf(walk.start())) {
      before.add(event.getCommand());
    }
    check(
        fromHistory.subList(before.size(), fromHistory.size()).equals(walk.appliedCommands()),
        "the history holds exactly the applied commands");
    check(
        machine.replay(walk.start(), walk.appliedCommands()).equals(walk.end()),
        "replay reproduces the value");
  }

  /**
   * Ask-before-acting is exact: on every step, the command's kind was reported possible for that
   * day if and only if the command was applied, and a rejection has the same reasons as the
   * verdict; the one exception is a rejection by the row's {@link
   * io.github.loopbaan.core.lifecycle.PayloadCheck payload checks}, which need the command in hand,
   * and then the reasons are exactly those checks' codes.
   *
   * @param machine the table
   * @param walk a walk
   * @param <V> the value type
   * @param <S> the state enum
   * @param <K> the command kind enum
   * @param <C> the command type
   */
  public static <V, S extends Enum<S> & Coded, K extends Enum<K> & Coded, C extends Command<K>>
      void optionsAreExact(StateMachine<V, S, K, C> machine, Walk<V, C> walk) {
    for (Step<V, C> step : walk.steps()) {
      C command = step.command();
      Verdict<S, K> verdict =
          machine.options(step.before(), command.getDate()).stream()
              .filter(v -> v.getKind() == command.getKind())
              .findFirst()
              .orElseThrow();
      if (verdict.isAllowed() && !step.outcome().isApplied()) {
        Set<String> checks =
            machine.getTransitions().stream()
                .filter(
                    t ->
                        t.getKind() == command.getKind()
                            && t.getFrom().contains(machine.stateOf(step.before())))
                .flatMap(t -> t.getChecks().stream())
                .map(c -> c.getName())
                .collect(Collectors.toSet());
        check(
            !step.outcome().getReasons().isEmpty()
                && step.outcome().getReasons().stream().allMatch(r -> checks.contains(r.getCode())),
            "a kind reported possible is only rejected by its row's"
                + " payload checks: "
                + command.getKind().code()
                + " "
                + step.outcome().getReasons());
        check(
            machine.decide(step.before(), command).getReasons().equals(step.outcome().getReasons()),
            "deciding on the command gives the rejection's reasons");
        continue;
      }
      check(
          verdict.isAllowed() == step.outcome().isApplied(),
          "reported possible exactly when applied: " + command.getKind().code());
      if (!verdict.isAllowed()) {
        check(
            verdict.getReasons().equals(step.outcome().getReasons()),
            "the rejection gives the reported reasons");
      } else {
        check(
            Objects.equals(verdict.getTarget().orElseThrow(), machine.stateOf(step.after())),
            "the value lands in the reported target state");
      }
    }
  }

  /**
   * Once a final state is reached, every command is rejected but the table's corrections ({@link
   * StateMachine.Transition#isCorrection()}), such as the correction of a closed trajectory.
   *
   * @param machine the table
   * @param walk a walk
   * @param <V> the value type
   * @param <S> the state enum
   * @param <K> the command kind enum
   * @param <C> the command type
   */
  public static <V, S extends Enum<S> & Coded, K extends Enum<K> & Coded, C extends Command<K>>
      void finalStatesRejectEverything(StateMachine<V, S, K, C> machine, Walk<V, C> walk) {
    for (Step<V, C> step : walk.steps()) {
      S before = machine.stateOf(step.before());
      if (machine.getFinals().contains(before)) {
        boolean row = rowsFrom(machine, before).contains(step.command().getKind());
        check(
            row || !step.outcome().isApplied(),
            "a final state rejects every command but its own rows (corrections, and rows that stay"
                + " in it)");
        check(
            !step.outcome().isApplied() || machine.stateOf(step.outcome().orElseThrow()) == before,
            "nothing leaves a final state");
      }
    }
    S end = machine.stateOf(walk.end());
    if (machine.getFinals().contains(end)) {
      LocalDate day = LocalDate.of(2100, 1, 1);
      Set<K> possible = machine.possible(walk.end(), day);
      check(
          rowsFrom(machine, end).containsAll(possible),
          "nothing but its own rows is possible in a final state");
    }
  }

  private static <V, S extends Enum<S> & Coded, K extends Enum<K> & Coded, C extends Command<K>>
      Set<K> rowsFrom(StateMachine<V, S, K, C> machine, S state) {
    Set<K> kinds = new HashSet<>();
    for (StateMachine.Transition<V, S, K, C> t : machine.getTransitions()) {
      if (t.getFrom().contains(state)) {
        kinds.add(t.getKind());
      }
    }
    return kinds;
  }

  /**
   * The history is numbered 1..n, and each event starts where the previous one ended.
   *
   * @param machine the table
   * @param walk a walk
   * @param <V> the value type
   * @param <S> the state enum
   * @param <K> the command kind enum
   * @param <C> the command type
   */
  public static <V, S extends Enum<S> & Coded, K extends Enum<K> & Coded, C extends Command<K>>
      void historyIsChained(StateMachine<V, S, K, C> machine, Walk<V, C> walk) {
    List<Event<S, C>> events = machine.historyOf(walk.end()).asList();
    S state = events.isEmpty() ? machine.stateOf(walk.end()) : events.get(0).getFrom();
    for (int i = 0; i < events.size(); i++) {
      Event<S, C> event = events.get(i);
      check(event.getSequence() == i + 1, "events are numbered from 1");
      check(event.getFrom() == state, "each event starts where the previous one ended");
      check(
          i == 0 || !event.getDate().isBefore(events.get(i - 1).getDate()),
          "events are in date order");
      state = event.getTo();
    }
    check(state == machine.stateOf(walk.end()), "the state is where the last event ended");
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }
}
