package io.github.loopbaan.core.lifecycle;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * A condition on a transition that needs the command's payload as well as the value, such as "the
 * aftercare request does not precede the synthesis" or "the session's identifier is not taken yet".
 * Dutch: inhoudelijke controle.
 *
 * <p>Unlike a {@link Guard}, a payload check cannot be answered before a command is in hand, so
 * {@link StateMachine#options ask-before-acting} does not include it: a kind reported possible is
 * applied unless a payload check of its row objects, and then the rejection's reasons are exactly
 * those checks' codes. Payload checks run only when every guard allows the command. The reason's
 * code is the check's name.
 *
 * @param <V> the value type
 * @param <C> the command type
 */
public final class PayloadCheck<V, C> {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  private final String name;
  private final BiPredicate<V, C> holds;

  private PayloadCheck(String name, BiPredicate<V, C> holds) {
    if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
      throw new IllegalArgumentException("A payload check's name must be lower-case snake_case");
    }
    this.name = name;
    this.holds = Objects.requireNonNull(holds, "holds");
  }

  /**
   * @param code the reason code when the condition does not hold, snake_case; also the check's name
   * @param holds the condition on the value and the command
   * @param <V> the value type
   * @param <C> the command type
   * @return the check
   */
  public static <V, C> PayloadCheck<V, C> of(String code, BiPredicate<V, C> holds) {
    return new PayloadCheck<>(code, holds);
  }

  /**
   * @return the check's name, which is also the code of its reason
   */
  public String getName() {
    return name;
  }

  /**
   * @param value the current value
   * @param command the command
   * @return empty when the condition holds, otherwise a reason with the check's code
   */
  public Optional<Reason> check(V value, C command) {
    return holds.test(value, command) ? Optional.empty() : Optional.of(Reason.of(name));
  }

  /**
   * This check for a row whose commands all have the given type: the same name, its condition
   * receiving the command as that type.
   *
   * @param type the command type of the row
   * @param <D> the row's command supertype
   * @return the check as the engine stores it
   */
  <D> PayloadCheck<V, D> receiving(Class<? extends C> type) {
    return new PayloadCheck<>(name, (v, c) -> holds.test(v, type.cast(c)));
  }

  @Override
  public String toString() {
    return "PayloadCheck[" + name + "]";
  }
}
