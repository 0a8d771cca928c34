package io.github.loopbaan.core.lifecycle;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.privacy.Classified;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a command of some kind is possible now and where it leads, or why not; computed without
 * applying anything. Dutch: beslissing.
 *
 * @param <S> the state enum
 * @param <K> the command kind enum
 */
public final class Verdict<S extends Enum<S> & Coded, K extends Enum<K> & Coded> {

  private final K kind;
  private final S target;
  private final List<Reason> reasons;

  Verdict(K kind, S target, List<Reason> reasons) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.target = target;
    this.reasons = reasons.isEmpty() ? List.of() : List.copyOf(reasons);
  }

  /**
   * @return the command kind decided on
   */
  public K getKind() {
    return kind;
  }

  /**
   * @return whether a command of this kind would be applied
   */
  public boolean isAllowed() {
    return reasons.isEmpty();
  }

  /**
   * @return the state the command leads to, when allowed
   */
  public Optional<S> getTarget() {
    return isAllowed() ? Optional.ofNullable(target) : Optional.empty();
  }

  /**
   * @return why the command is not possible; empty when allowed
   */
  public List<Reason> getReasons() {
    return reasons;
  }

  /**
   * @return the target without wrapping it, for the engine: null when not allowed or not known
   */
  S target() {
    return isAllowed() ? target : null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Verdict
        && ((Verdict<?, ?>) o).kind == kind
        && Objects.equals(((Verdict<?, ?>) o).target, target)
        && ((Verdict<?, ?>) o).reasons.equals(reasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, target, reasons);
  }

  @Override
  public String toString() {
    return Classified.shown(kind)
        + (isAllowed() ? " -> " + (target == null ? "?" : target.code()) : " rejected " + reasons);
  }
}
