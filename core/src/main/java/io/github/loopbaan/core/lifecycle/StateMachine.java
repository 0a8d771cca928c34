package io.github.loopbaan.core.lifecycle;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.privacy.Classified;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A lifecycle as a declarative table: states, command kinds, transitions and guards, bound to an
 * immutable value type. The one engine behind every lifecycle of the model. Dutch:
 * toestandsmachine.
 *
 * <p>For a value and a command, the machine looks up the transition of the value's state and the
 * command's kind (at most one), checks that the command is not dated before the last event, runs
 * every guard and collects <em>all</em> reasons at once. When nothing objects it applies the
 * transition's effect, sets the target state and appends the {@link Event} to the value's {@link
 * History}, through the binding given to the builder; otherwise it returns the rejection and the
 * value stays as it was. A final state is never left: it rejects every command but its {@linkplain
 * Builder#correction corrections} and the rows that lead back to it (such as aftercare after a
 * trajectory is closed).
 *
 * <p>Instances are immutable and thread-safe; build each table once and keep it in a constant.
 *
 * @param <V> the value type whose lifecycle this is
 * @param <S> the state enum
 * @param <K> the command kind enum
 * @param <C> the command type
 */
public final class StateMachine<
    V, S extends Enum<S> & Coded, K extends Enum<K> & Coded, C extends Command<K>> {

  /** Reason code: the value is in a final state. Facts: {@code state}. */
  public static final String FINAL_STATE = "final_state";

  /**
   * Reason code: the command kind is not possible in the current state. Facts: {@code state},
   * {@code command}.
   */
  public static final String NOT_IN_STATE = "not_in_state";

  /**
   * Reason code: the command is dated before the last event. Facts: {@code date}, {@code
   * last_event}.
   */
  public static final String BEFORE_LAST_EVENT = "before_last_event";

  /**
   * Reason code: the command is dated before the value's start. Facts: {@code date}, {@code start}.
   */
  public static final String BEFORE_START = "before_start";

  /** History rule: the events are numbered 1, 2, 3 and so on in list order. */
  public static final String HISTORY_SEQUENCE = "history_sequence";

  /** History rule: every event was recorded by this lifecycle (its name). */
  public static final String HISTORY_LIFECYCLE = "history_lifecycle";

  /**
   * History rule: every event starts in the state the previous event led to; in a lifecycle
   * {@linkplain Builder#anchoredAt anchored} at its initial state, the first event starts there.
   */
  public static final String HISTORY_WALK = "history_walk";

  /**
   * History rule: every event follows a row of the table: a row for its command kind leaves its
   * {@code from} state (so nothing leaves a final state) and leads to its {@code to} state (for a
   * row that returns to the state before, the state the previous event came from).
   */
  public static final String HISTORY_TRANSITION = "history_transition";

  /** History rule: no event is dated before the previous one. */
  public static final String HISTORY_ORDER = "history_order";

  /**
   * History rule: in an anchored lifecycle, no event is dated before the value's start (such as its
   * opening).
   */
  public static final String HISTORY_START = "history_start";

  /**
   * History rule: the value's state is the state the last event led to (or, anchored, the initial
   * state).
   */
  public static final String STATUS_MATCHES_HISTORY = "status_matches_history";

  private final String name;
  private final Class<S> stateType;
  private final Class<K> kindType;
  private final S initial;
  private final Set<S> finals;
  private final Function<V, S> stateOf;
  private final Function<V, History<Event<S, C>>> historyOf;
  private final Recorder<V, S, C> recorder;
  private final Function<V, LocalDate> startOf;
  private final Function<V, LocalDate> anchor;
  private final List<Transition<V, S, K, C>> transitions;
  private final Map<S, Map<K, Transition<V, S, K, C>>> table;

  private StateMachine(Builder<V, S, K, C> b) {
    this.name = b.name;
    this.stateType = b.stateType;
    this.kindType = b.kindType;
    this.initial = Objects.requireNonNull(b.initial, "initial state");
    this.finals =
        Collections.unmodifiableSet(
            EnumSet.copyOf(b.finals.isEmpty() ? EnumSet.noneOf(b.stateType) : b.finals));
    this.stateOf = Objects.requireNonNull(b.stateOf, "stateOf");
    this.historyOf = Objects.requireNonNull(b.historyOf, "history");
    this.recorder = Objects.requireNonNull(b.recorder, "record");
    this.startOf = b.startOf;
    this.anchor = b.anchor;
    this.transitions = List.copyOf(b.transitions);
    Map<S, Map<K, Transition<V, S, K, C>>> t = new EnumMap<>(stateType);
    for (Transition<V, S, K, C> transition : transitions) {
      for (S from : transition.from) {
        if (finals.contains(from)
            && !transition.correction
            && !(transition.staying
                || transition.targets.size() == 1 && transition.targets.contains(from))) {
          throw new IllegalArgumentException(
              name
                  + ": final state "
                  + from.code()
                  + " can only have corrections and transitions that stay in it");
        }
        Transition<V, S, K, C> previous =
            t.computeIfAbsent(from, s -> new EnumMap<>(kindType)).put(transition.kind, transition);
        if (previous != null) {
          throw new IllegalArgumentException(
              name + ": two transitions for " + transition.kind.code() + " from " + from.code());
        }
      }
    }
    this.table = t;
  }

  /**
   * Starts a table.
   *
   * @param name the lifecycle's name, snake_case, used in events, reasons and diagrams
   * @param states the state enum
   * @param kinds the command kind enum
   * @param <V> the value type
   * @param <S> the state enum
   * @param <K> the command kind enum
   * @param <C> the command type
   * @return a builder
   */
  public static <V, S extends Enum<S> & Coded, K extends Enum<K> & Coded, C extends Command<K>>
      Builder<V, S, K, C> builder(String name, Class<S> states, Class<K> kinds) {
    return new Builder<>(name, states, kinds);
  }

  /**
   * @return the lifecycle's name
   */
  public String getName() {
    return name;
  }

  /**
   * @return the initial state
   */
  public S getInitial() {
    return initial;
  }

  /**
   * @return the final states
   */
  public Set<S> getFinals() {
    return finals;
  }

  /**
   * @return the transitions, in the order they were declared
   */
  public List<Transition<V, S, K, C>> getTransitions() {
    return transitions;
  }

  /**
   * Decides on a command without applying it: is it possible now and where does it lead? Runs the
   * guards and, when they allow it, the row's {@link PayloadCheck payload checks}.
   *
   * @param value the current value
   * @param command the command
   * @return the verdict, with every reason when not allowed
   */
  public Verdict<S, K> decide(V value, C command) {
    S state = stateOf.apply(value);
    // Asked once: a command type's getKind() is an interface call on one of many record types.
    K kind = command.getKind();
    Transition<V, S, K, C> transition = transitionFor(state, kind);
    Verdict<S, K> verdict = decide(value, state, transition, kind, command.getDate());
    if (!verdict.isAllowed()) {
      return verdict;
    }
    List<Reason> reasons = null;
    // Indexed loops over the rows' immutable lists: no iterator on the path every decide takes.
    List<PayloadCheck<V, C>> checks = transition.checks;
    for (int i = 0; i < checks.size(); i++) {
      Optional<Reason> reason = checks.get(i).check(value, command);
      if (reason.isPresent()) {
        reasons = add(reasons, reason.get());
      }
    }
    return reasons == null ? verdict : new Verdict<>(kind, null, reasons);
  }

  /**
   * Decides on a kind of command on a day, without a command in hand.
   *
   * @param value the current value
   * @param kind the command kind
   * @param on the day the command would take effect
   * @return the verdict, with every reason when not allowed
   */
  public Verdict<S, K> decide(V value, K kind, LocalDate on) {
    S state = stateOf.apply(value);
    return decide(value, state, transitionFor(state, kind), kind, on);
  }

  private Verdict<S, K> decide(
      V value, S state, Transition<V, S, K, C> transition, K kind, LocalDate on) {
    if (transition == null) {
      return new Verdict<>(
          kind,
          null,
          List.of(
              finals.contains(state)
                  ? Reason.of(FINAL_STATE).with("state", state.code())
                  : Reason.of(NOT_IN_STATE)
                      .with("state", state.code())
                      .with("command", Classified.shown(kind))));
    }
    List<Reason> reasons = null;
    History<Event<S, C>> history = historyOf.apply(value);
    if (!history.isEmpty() && on.isBefore(history.last().getDate())) {
      reasons =
          add(
              reasons,
              Reason.of(BEFORE_LAST_EVENT)
                  .with("date", on)
                  .with("last_event", history.last().getDate()));
    }
    LocalDate start = startOf == null ? null : startOf.apply(value);
    if (start != null && on.isBefore(start)) {
      reasons = add(reasons, Reason.of(BEFORE_START).with("date", on).with("start", start));
    }
    List<Guard<V>> guards = transition.guards;
    for (int i = 0; i < guards.size(); i++) {
      Optional<Reason> reason = guards.get(i).check(value, on);
      if (reason.isPresent()) {
        reasons = add(reasons, reason.get());
      }
    }
    if (reasons != null) {
      return new Verdict<>(kind, null, reasons);
    }
    return transition.allowed != null
        ? transition.allowed
        : new Verdict<>(kind, transition.target.apply(value), List.of());
  }

  /**
   * Applies a command.
   *
   * @param value the current value; never changed
   * @param command the command
   * @return the new value with the event, or the rejection with every reason
   */
  public Outcome<V> apply(V value, C command) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(command, "command");
    Verdict<S, K> verdict = decide(value, command);
    K kind = command.getKind();
    if (!verdict.isAllowed()) {
      return Outcome.rejected(name, Classified.shown(kind), verdict.getReasons());
    }
    S from = stateOf.apply(value);
    S to = verdict.target();
    Transition<V, S, K, C> transition = transitionFor(from, kind);
    V changed = transition.effect.apply(value, command);
    Event<S, C> event = new Event<>(historyOf.apply(value).size() + 1L, name, from, to, command);
    return Outcome.applied(
        name, Classified.shown(kind), recorder.record(changed, to, event), event);
  }

  /**
   * Checks that a value's history is one that a sequence of commands could have produced: a walk
   * through this table that agrees with the value's state. Every structural check
   * ({@code @Value.Check}) of a value with a history calls it, so the rules hold for values from
   * the builder, {@code with…}, JSON and the engine alike.
   *
   * <p>The rules, with their codes: {@link #HISTORY_SEQUENCE}, {@link #HISTORY_LIFECYCLE}, {@link
   * #HISTORY_WALK}, {@link #HISTORY_TRANSITION}, {@link #HISTORY_ORDER}, {@link #HISTORY_START} and
   * {@link #STATUS_MATCHES_HISTORY}. A lifecycle that is not {@linkplain Builder#anchoredAt
   * anchored} accepts a value restored in any state with an empty history, and a history whose
   * first event leaves any state that has a row for its command.
   *
   * <p>Cost: a history is checked once per history object; a history one event longer than a
   * checked one (what {@link #apply} records) is checked for that event only, so {@code apply}
   * stays O(1) in the history's length. Guards are not replayed: they judged the value as it was,
   * which a history does not hold.
   *
   * @param value the value under construction
   * @param type the simple name of the value type, for the exception
   * @throws io.github.loopbaan.core.InvalidValueException naming {@code history[i]} (the 0-based
   *     index of the first offending event) and the rule; never the events' payload
   */
  public void checkHistory(V value, String type) {
    checkHistory(value, type, "status");
  }

  /**
   * As {@link #checkHistory(Object, String)}, for a value whose state attribute has another name.
   *
   * @param value the value under construction
   * @param type the simple name of the value type, for the exception
   * @param stateAttribute the name of the value's state attribute, such as {@code state}
   * @throws io.github.loopbaan.core.InvalidValueException naming the event index and the rule
   */
  public void checkHistory(V value, String type, String stateAttribute) {
    History<Event<S, C>> history = historyOf.apply(value);
    S state = stateOf.apply(value);
    if (history.isEmpty()) {
      if (anchor != null && state != initial) {
        throw new InvalidValueException(
            type,
            "history",
            STATUS_MATCHES_HISTORY,
            "a value without events must be in the initial state " + initial.code());
      }
      return;
    }
    walk(history, type);
    if (anchor != null) {
      Event<S, C> first = history.first();
      if (first.getFrom() != initial) {
        throw historyBroken(
            type,
            0,
            HISTORY_WALK,
            "the first event must leave the initial state " + initial.code());
      }
      LocalDate start = anchor.apply(value);
      if (start != null && first.getDate().isBefore(start)) {
        throw historyBroken(
            type, 0, HISTORY_START, "no event may be dated before the start of the " + name);
      }
    }
    if (history.last().getTo() != state) {
      throw new InvalidValueException(
          type,
          stateAttribute + ",history",
          STATUS_MATCHES_HISTORY,
          "the state must be the one the last event led to");
    }
  }

  /**
   * Checks the events not yet checked by this machine, oldest first, and marks each node as
   * checked.
   */
  private void walk(History<Event<S, C>> history, String type) {
    if (history.walkedBy == this) {
      return;
    }
    History<Event<S, C>> previous = history.previous();
    if (previous.isEmpty() || previous.walkedBy == this) {
      checkEvent(history, type);
      history.walkedBy = this;
      return;
    }
    Deque<History<Event<S, C>>> pending = new ArrayDeque<>();
    for (History<Event<S, C>> node = history;
        !node.isEmpty() && node.walkedBy != this;
        node = node.previous()) {
      pending.push(node);
    }
    while (!pending.isEmpty()) {
      History<Event<S, C>> node = pending.pop();
      checkEvent(node, type);
      node.walkedBy = this;
    }
  }

  private void checkEvent(History<Event<S, C>> node, String type) {
    int index = node.size() - 1;
    Event<S, C> event = node.last();
    Event<S, C> before = index == 0 ? null : node.previous().last();
    if (event.getSequence() != node.size()) {
      throw historyBroken(
          type,
          index,
          HISTORY_SEQUENCE,
          "event " + node.size() + " must be numbered " + node.size());
    }
    if (!name.equals(event.getLifecycle())) {
      throw historyBroken(
          type, index, HISTORY_LIFECYCLE, "every event must be one of the " + name + " lifecycle");
    }
    if (before != null && event.getFrom() != before.getTo()) {
      throw historyBroken(
          type, index, HISTORY_WALK, "an event must start in the state the previous event led to");
    }
    if (before != null && event.getDate().isBefore(before.getDate())) {
      throw historyBroken(
          type, index, HISTORY_ORDER, "an event must not be dated before the previous event");
    }
    Object kind = event.getCommand().getKind();
    Transition<V, S, K, C> transition =
        kindType.isInstance(kind) && stateType.isInstance(event.getFrom())
            ? transitionFor(event.getFrom(), kindType.cast(kind))
            : null;
    boolean follows =
        transition != null
            && (transition.staying
                ? event.getTo() == event.getFrom()
                : transition.targets.contains(event.getTo()))
            && (!transition.returning
                || before != null && event.getTo() == enteredFrom(node.previous()));
    if (!follows) {
      throw historyBroken(
          type,
          index,
          HISTORY_TRANSITION,
          "every event must follow a row of the " + name + " table");
    }
  }

  /**
   * The state the current state was entered from: the source of the last event that changed the
   * state. Events that keep the state (a staying row, such as recording an outcome while paused)
   * are passed over, so that a return (a resume) leads back to where the value was before it
   * entered its state, whatever was recorded in between.
   *
   * @param history a history that is not empty
   * @return the source state of the last event whose source and target differ; the source of the
   *     first event when none does
   */
  static <S extends Enum<S> & Coded> S enteredFrom(History<? extends Event<S, ?>> history) {
    History<? extends Event<S, ?>> node = history;
    while (node.last().getFrom() == node.last().getTo() && node.size() > 1) {
      node = node.previous();
    }
    return node.last().getFrom();
  }

  private static InvalidValueException historyBroken(
      String type, int index, String rule, String explanation) {
    return new InvalidValueException(type, "history[" + index + "]", rule, explanation);
  }

  /**
   * Ask before acting: for every command kind of the table, whether it is possible on a day and, if
   * not, why. A command of an allowed kind dated {@code on} is applied; one of a rejected kind is
   * rejected for the same reasons.
   *
   * @param value the current value
   * @param on the day
   * @return one verdict per command kind, in the enum's order
   */
  public List<Verdict<S, K>> options(V value, LocalDate on) {
    List<Verdict<S, K>> result = new ArrayList<>();
    for (K kind : kindType.getEnumConstants()) {
      result.add(decide(value, kind, on));
    }
    return result;
  }

  /**
   * @param value the current value
   * @param on the day
   * @return the command kinds possible on that day
   */
  public Set<K> possible(V value, LocalDate on) {
    Set<K> result = EnumSet.noneOf(kindType);
    Map<K, Transition<V, S, K, C>> rows = table.get(stateOf.apply(value));
    if (rows == null || !onOrAfterStart(value, on)) {
      return result;
    }
    // The kinds of the state's own rows, without a verdict or a reason for the others: the same
    // answer as
    // options(), which decides every kind of the table.
    for (Map.Entry<K, Transition<V, S, K, C>> row : rows.entrySet()) {
      if (allows(row.getValue().guards, value, on)) {
        result.add(row.getKey());
      }
    }
    return result;
  }

  /** Whether a command dated {@code on} is not before the last event nor the value's start. */
  private boolean onOrAfterStart(V value, LocalDate on) {
    History<Event<S, C>> history = historyOf.apply(value);
    if (!history.isEmpty() && on.isBefore(history.last().getDate())) {
      return false;
    }
    LocalDate start = startOf == null ? null : startOf.apply(value);
    return start == null || !on.isBefore(start);
  }

  private static <V> boolean allows(List<Guard<V>> guards, V value, LocalDate on) {
    for (int i = 0; i < guards.size(); i++) {
      if (guards.get(i).check(value, on).isPresent()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Replays commands from a starting value, as when rebuilding a value from its history.
   *
   * @param start the value to start from, normally the lifecycle's initial value
   * @param commands the commands, oldest first
   * @return the value after all of them
   * @throws CommandRejectedException when one of them is rejected
   */
  public V replay(V start, Iterable<? extends C> commands) {
    V value = start;
    for (C command : commands) {
      value = apply(value, command).orElseThrow();
    }
    return value;
  }

  /**
   * @param value a value governed by this machine
   * @return its history
   */
  public History<Event<S, C>> historyOf(V value) {
    return historyOf.apply(value);
  }

  /**
   * @param value a value governed by this machine
   * @return its state
   */
  public S stateOf(V value) {
    return stateOf.apply(value);
  }

  /**
   * @return the states that cannot be reached from the initial state (a well-formed table has none)
   */
  public Set<S> unreachableStates() {
    Set<S> reached = EnumSet.of(initial);
    Deque<S> todo = new ArrayDeque<>(reached);
    while (!todo.isEmpty()) {
      S state = todo.pop();
      for (Transition<V, S, K, C> t : transitions) {
        if (t.from.contains(state)) {
          for (S target : t.targetsFrom(state)) {
            if (reached.add(target)) {
              todo.push(target);
            }
          }
        }
      }
    }
    Set<S> unreached = EnumSet.allOf(stateType);
    unreached.removeAll(reached);
    return unreached;
  }

  /**
   * @return the states from which no final state can be reached (a well-formed table has none)
   */
  public Set<S> statesWithoutWayOut() {
    Set<S> canFinish = EnumSet.noneOf(stateType);
    canFinish.addAll(finals);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Transition<V, S, K, C> t : transitions) {
        if (t.targets.stream().anyMatch(canFinish::contains)) {
          changed |= canFinish.addAll(t.from);
        }
      }
    }
    Set<S> stuck = EnumSet.allOf(stateType);
    stuck.removeAll(canFinish);
    return stuck;
  }

  /**
   * The table as a Mermaid {@code stateDiagram-v2}: one line per state label (in the given
   * language) and one per edge, labelled with the command kind, its guards in brackets and its
   * payload checks in braces.
   *
   * @param locale the language of the state labels
   * @return the diagram source, ending with a newline
   */
  public String toMermaid(Locale locale) {
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    for (S state : stateType.getEnumConstants()) {
      out.append("    state \"")
          .append(state.label(locale).replace('"', '\''))
          .append("\" as ")
          .append(state.code())
          .append('\n');
    }
    out.append("    [*] --> ").append(initial.code()).append('\n');
    for (Transition<V, S, K, C> t : transitions) {
      for (S from : t.from) {
        for (S to : t.targetsFrom(from)) {
          out.append("    ")
              .append(from.code())
              .append(" --> ")
              .append(to.code())
              .append(" : ")
              .append(t.kind.code());
          if (!t.guards.isEmpty()) {
            out.append(" [");
            for (int i = 0; i < t.guards.size(); i++) {
              out.append(i == 0 ? "" : ", ").append(t.guards.get(i).getName());
            }
            out.append(']');
          }
          if (!t.checks.isEmpty()) {
            out.append(" {");
            for (int i = 0; i < t.checks.size(); i++) {
              out.append(i == 0 ? "" : ", ").append(t.checks.get(i).getName());
            }
            out.append('}');
          }
          out.append('\n');
        }
      }
    }
    for (S state : finals) {
      out.append("    ").append(state.code()).append(" --> [*]\n");
    }
    return out.toString();
  }

  private static List<Reason> add(List<Reason> reasons, Reason reason) {
    List<Reason> list = reasons == null ? new ArrayList<>(2) : reasons;
    list.add(reason);
    return list;
  }

  private Transition<V, S, K, C> transitionFor(S state, K kind) {
    Map<K, Transition<V, S, K, C>> byKind = table.get(state);
    return byKind == null ? null : byKind.get(kind);
  }

  @Override
  public String toString() {
    return "StateMachine[" + name + ", " + transitions.size() + " transitions]";
  }

  /**
   * Writes the new state and the event into a value: the binding between the engine and the value
   * type.
   *
   * @param <V> the value type
   * @param <S> the state enum
   * @param <C> the command type
   */
  @FunctionalInterface
  public interface Recorder<V, S extends Enum<S> & Coded, C extends Command<?>> {
    /**
     * @param value the value after the transition's effect
     * @param state the new state
     * @param event the event to append to the history
     * @return the value with state and history updated
     */
    V record(V value, S state, Event<S, C> event);
  }

  /**
   * One row of the table: a command kind, the states it may start from, where it leads, its guards
   * and its effect on the value.
   *
   * @param <V> the value type
   * @param <S> the state enum
   * @param <K> the command kind enum
   * @param <C> the command type
   */
  public static final class Transition<
      V, S extends Enum<S> & Coded, K extends Enum<K> & Coded, C extends Command<K>> {
    private final K kind;
    private final Set<S> from;
    private final Set<S> targets;
    private final Function<V, S> target;
    private final List<Guard<V>> guards;
    private final List<PayloadCheck<V, C>> checks;
    private final BiFunction<V, C, V> effect;

    /**
     * The verdict allowing this row, shared by every decision when the target is fixed; null
     * otherwise.
     */
    private final Verdict<S, K> allowed;

    /**
     * Whether the row returns to the state the last event came from ({@link
     * Builder.RowSources#toPrevious}).
     */
    private final boolean returning;

    /** Whether the row keeps the state it starts from ({@link Builder.RowSources#staying}). */
    private final boolean staying;

    /**
     * Whether the row records a correction and may leave a final state ({@link
     * Builder#correction}).
     */
    private final boolean correction;

    private Transition(
        K kind,
        Set<S> from,
        Set<S> targets,
        Function<V, S> target,
        S fixedTarget,
        boolean returning,
        boolean staying,
        boolean correction,
        List<Guard<V>> guards,
        List<PayloadCheck<V, C>> checks,
        BiFunction<V, C, V> effect) {
      this.kind = kind;
      this.returning = returning;
      this.staying = staying;
      this.correction = correction;
      this.allowed = fixedTarget == null ? null : new Verdict<>(kind, fixedTarget, List.of());
      this.from = Collections.unmodifiableSet(from);
      this.targets = Collections.unmodifiableSet(targets);
      this.target = target;
      this.guards = List.copyOf(guards);
      this.checks = List.copyOf(checks);
      this.effect = effect;
    }

    /**
     * @return the command kind
     */
    public K getKind() {
      return kind;
    }

    /**
     * @return the states the transition may start from
     */
    public Set<S> getFrom() {
      return from;
    }

    /**
     * @return the states the transition may lead to (one, unless the target depends on the value)
     */
    public Set<S> getTargets() {
      return targets;
    }

    /**
     * @return whether the row keeps the state it starts from, whichever of {@link #getFrom()} that
     *     is ({@link Builder.RowSources#staying})
     */
    public boolean isStaying() {
      return staying;
    }

    /**
     * @param state a state the row may start from
     * @return the states the row may lead to from that state: the state itself for a {@linkplain
     *     #isStaying() staying} row, {@link #getTargets()} otherwise
     */
    public Set<S> targetsFrom(S state) {
      return staying ? Set.of(state) : targets;
    }

    /**
     * @return whether the row records a correction, the only kind of row a final state may have
     */
    public boolean isCorrection() {
      return correction;
    }

    /**
     * @return the guards, in the order they are checked
     */
    public List<Guard<V>> getGuards() {
      return guards;
    }

    /**
     * @return the payload checks, run after the guards allow a command
     */
    public List<PayloadCheck<V, C>> getChecks() {
      return checks;
    }
  }

  /**
   * Builds a {@link StateMachine}.
   *
   * @param <V> the value type
   * @param <S> the state enum
   * @param <K> the command kind enum
   * @param <C> the command type
   */
  public static final class Builder<
      V, S extends Enum<S> & Coded, K extends Enum<K> & Coded, C extends Command<K>> {
    private final String name;
    private final Class<S> stateType;
    private final Class<K> kindType;
    private S initial;
    private final Set<S> finals = new LinkedHashSet<>();
    private Function<V, S> stateOf;
    private Function<V, History<Event<S, C>>> historyOf;
    private Recorder<V, S, C> recorder;
    private Function<V, LocalDate> startOf;
    private Function<V, LocalDate> anchor;
    private final List<Transition<V, S, K, C>> transitions = new ArrayList<>();

    private Builder(String name, Class<S> stateType, Class<K> kindType) {
      this.name = Objects.requireNonNull(name, "name");
      this.stateType = Objects.requireNonNull(stateType, "states");
      this.kindType = Objects.requireNonNull(kindType, "kinds");
    }

    /**
     * @param state the state of a new value
     * @return this builder
     */
    public Builder<V, S, K, C> initial(S state) {
      this.initial = Objects.requireNonNull(state, "state");
      return this;
    }

    /**
     * @param states the final states, which reject every command
     * @return this builder
     */
    @SafeVarargs
    public final Builder<V, S, K, C> finals(S... states) {
      Collections.addAll(finals, states);
      return this;
    }

    /**
     * Binds the machine to the value type.
     *
     * @param stateOf reads the state of a value
     * @param historyOf reads the history of a value
     * @param recorder writes a new state and appends an event
     * @return this builder
     */
    public Builder<V, S, K, C> binding(
        Function<V, S> stateOf,
        Function<V, History<Event<S, C>>> historyOf,
        Recorder<V, S, C> recorder) {
      this.stateOf = Objects.requireNonNull(stateOf, "stateOf");
      this.historyOf = Objects.requireNonNull(historyOf, "historyOf");
      this.recorder = Objects.requireNonNull(recorder, "recorder");
      return this;
    }

    /**
     * Declares the first day on which a value accepts commands, such as the day a trajectory was
     * opened; a command dated earlier is rejected with {@link #BEFORE_START}. Without it, only the
     * last event bounds the date.
     *
     * @param startOf reads the first possible day of a value
     * @return this builder
     */
    public Builder<V, S, K, C> startsOn(Function<V, LocalDate> startOf) {
      this.startOf = Objects.requireNonNull(startOf, "startOf");
      return this;
    }

    /**
     * Anchors every history at the initial state: a value's first event leaves the initial state,
     * no event is dated before the value's start, and a value without events is in the initial
     * state (see {@link StateMachine#checkHistory}). For values such as a trajectory, which exist
     * only through their process; without it, a value may be restored in any state with an empty
     * history.
     *
     * @param start reads the day the value's process starts, such as the day a trajectory was
     *     opened
     * @return this builder
     */
    public Builder<V, S, K, C> anchoredAt(Function<V, LocalDate> start) {
      this.anchor = Objects.requireNonNull(start, "start");
      return this;
    }

    /**
     * Declares a correction: a row that leaves each of the given states, final ones included, and
     * leads back to the same state, with no effect of its own. It records in the history that a
     * value was corrected outside its process (such as the rectification or erasure of an archived
     * record), with the correction's date; the value type makes the change and applies the command
     * in one step. A final state accepts only its corrections.
     *
     * @param kind the command kind of the correction
     * @param states the states in which a correction may be recorded
     * @return the table builder
     */
    @SafeVarargs
    public final Builder<V, S, K, C> correction(K kind, S... states) {
      Row<C> row = on(kind).from(states).staying();
      row.correction = true;
      row.noEffect();
      return this;
    }

    /**
     * Starts a row of the table: {@code on(kind).from(states...).to(target)}, then its guards,
     * payload checks and effect.
     *
     * @param kind the command kind the row answers
     * @return the next step of the row: its source states
     */
    public RowKind on(K kind) {
      return new RowKind(Objects.requireNonNull(kind, "kind"));
    }

    /** The first step of a row: its command kind is known, its source states come next. */
    public final class RowKind {
      private final K kind;

      private RowKind(K kind) {
        this.kind = kind;
      }

      /**
       * @param states the states the row may start from; at least one
       * @return the next step of the row: its target
       */
      @SafeVarargs
      public final RowSources from(S... states) {
        if (states.length == 0) {
          throw new IllegalArgumentException(
              name + ": " + kind.code() + " needs at least one source state");
        }
        Set<S> sources = EnumSet.noneOf(stateType);
        Collections.addAll(sources, states);
        return new RowSources(kind, sources);
      }
    }

    /** The second step of a row: kind and source states are known, the target comes next. */
    public final class RowSources {
      private final K kind;
      private final Set<S> from;

      private RowSources(K kind, Set<S> from) {
        this.kind = kind;
        this.from = from;
      }

      /**
       * @param target the state the row leads to
       * @return the row; finish it with {@link Row#effect} or {@link Row#noEffect()}
       */
      public Row<C> to(S target) {
        S fixed = Objects.requireNonNull(target, "target");
        return new Row<>(kind, from, EnumSet.of(fixed), v -> fixed, fixed, null);
      }

      /**
       * A target that depends on the value, such as "return from the excursion to the phase it
       * left".
       *
       * @param targets every state the row may lead to (for diagrams, reachability and the history
       *     check)
       * @param target picks the target from the value before the command; must be one of {@code
       *     targets}
       * @return the row; finish it with {@link Row#effect} or {@link Row#noEffect()}
       */
      public Row<C> toOneOf(Set<S> targets, Function<V, S> target) {
        Set<S> declared = EnumSet.copyOf(targets);
        Objects.requireNonNull(target, "target");
        return new Row<>(
            kind,
            from,
            declared,
            v -> {
              S s = target.apply(v);
              if (!declared.contains(s)) {
                throw new IllegalStateException(
                    name + ": " + kind.code() + " resolved to an undeclared target");
              }
              return s;
            },
            null,
            null);
      }

      /**
       * A row that keeps the state it starts from, whichever of its source states that is, such as
       * "record the training attest in the stage the trajectory is in". The history check holds
       * every such event to its own state. A final state may have such rows.
       *
       * @return the row; finish it with {@link Row#effect} or {@link Row#noEffect()}
       */
      public Row<C> staying() {
        Row<C> row = new Row<>(kind, from, from, v -> stateOf.apply(v), null, null);
        row.staying = true;
        return row;
      }

      /**
       * A row that returns to the state the current state was entered from, such as "resume to the
       * stage before the pause": the source of the last event that changed the state, passing over
       * events of {@linkplain #staying() staying} rows recorded since. Only for an {@linkplain
       * #anchoredAt anchored} lifecycle, whose states other than the initial one are always reached
       * by an event; the history check then holds every such event to that state.
       *
       * @param targets every state the row may lead to (for diagrams and reachability)
       * @return the row; finish it with {@link Row#effect} or {@link Row#noEffect()}
       */
      public Row<C> toPrevious(Set<S> targets) {
        if (anchor == null) {
          throw new IllegalStateException(
              name
                  + ": "
                  + kind.code()
                  + " returns along the history, which needs "
                  + "anchoredAt(...) first");
        }
        Row<C> row = toOneOf(targets, v -> enteredFrom(historyOf.apply(v)));
        row.returning = true;
        return row;
      }
    }

    /**
     * @return the machine; the table is checked for duplicate rows and transitions out of final
     *     states
     */
    public StateMachine<V, S, K, C> build() {
      return new StateMachine<>(this);
    }

    /**
     * A row under construction: add its guards and payload checks, then finish it with its effect.
     *
     * @param <D> the command type the row's checks and effect receive: {@code C}, or the one
     *     command type of the row's kind once {@link #taking(Class)} named it
     */
    public final class Row<D extends C> {
      private final K kind;
      private final Set<S> from;
      private final Set<S> targets;
      private final Function<V, S> target;
      private final S fixedTarget;

      /**
       * The command type the row's kind is made with, or null while the row takes any {@code C}.
       */
      private final Class<D> type;

      private final List<Guard<V>> guards;
      private final List<PayloadCheck<V, C>> checks;
      private boolean returning;
      private boolean staying;
      private boolean correction;

      private Row(
          K kind,
          Set<S> from,
          Set<S> targets,
          Function<V, S> target,
          S fixedTarget,
          Class<D> type) {
        this.kind = kind;
        this.from = from;
        this.targets = targets;
        this.target = target;
        this.fixedTarget = fixedTarget;
        this.type = type;
        this.guards = new ArrayList<>();
        this.checks = new ArrayList<>();
      }

      /**
       * Names the command type of the row's kind, so that its payload checks and effect receive
       * that type without a cast. A command of another type is an error in the table and fails with
       * {@link ClassCastException}.
       *
       * @param commandType the type every command of this row's kind has
       * @param <E> the command type
       * @return the row, typed; guards and checks added so far are kept
       */
      public <E extends C> Row<E> taking(Class<E> commandType) {
        Row<E> typed =
            new Row<>(
                kind,
                from,
                targets,
                target,
                fixedTarget,
                Objects.requireNonNull(commandType, "commandType"));
        typed.guards.addAll(guards);
        typed.checks.addAll(checks);
        typed.returning = returning;
        typed.staying = staying;
        typed.correction = correction;
        return typed;
      }

      /**
       * @param guard a guard that must allow the command
       * @return this row
       */
      public Row<D> guard(Guard<V> guard) {
        guards.add(Objects.requireNonNull(guard, "guard"));
        return this;
      }

      /**
       * @param check a condition on the value and the command's payload, run after the guards
       * @return this row
       */
      public Row<D> check(PayloadCheck<V, ? super D> check) {
        checks.add(Objects.requireNonNull(check, "check").receiving(commandType()));
        return this;
      }

      /**
       * Finishes the row.
       *
       * @param effect how the command changes the value, before state and history are recorded
       * @return the table builder
       */
      public Builder<V, S, K, C> effect(BiFunction<V, ? super D, V> effect) {
        Objects.requireNonNull(effect, "effect");
        Class<D> commandType = commandType();
        return finish((v, c) -> effect.apply(v, commandType.cast(c)));
      }

      /**
       * Finishes a row that changes only state and history.
       *
       * @return the table builder
       */
      public Builder<V, S, K, C> noEffect() {
        return finish((v, c) -> v);
      }

      private Builder<V, S, K, C> finish(BiFunction<V, C, V> effect) {
        transitions.add(
            new Transition<>(
                kind,
                from,
                targets,
                target,
                fixedTarget,
                returning,
                staying,
                correction,
                guards,
                checks,
                effect));
        return Builder.this;
      }

      /** The row's command type: the one {@link #taking} named, or the machine's command type. */
      @SuppressWarnings("unchecked")
      private Class<D> commandType() {
        return type != null ? type : (Class<D>) (Class<?>) Command.class;
      }
    }
  }
}
