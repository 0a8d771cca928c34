package io.github.loopbaan.core.phase;

import org.immutables.value.Value;

/**
 * A content phase the intake selected, with the attention it gets. Dutch: gekozen fase.
 *
 * <pre>{@code
 * PhaseSelection selection = PhaseSelection.of(ContentPhase.EMPOWERMENT, Attention.EXTENSIVE);
 * }</pre>
 */
@Value.Immutable
public abstract class PhaseSelection implements WithPhaseSelection {

  PhaseSelection() {}

  /**
   * @return a builder for a phase selection
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param phase the selected phase
   * @param attention how much attention it gets
   * @return the selection
   */
  public static PhaseSelection of(ContentPhase phase, Attention attention) {
    return builder().phase(phase).attention(attention).build();
  }

  /**
   * @param phase the selected phase
   * @return the selection with {@link Attention#NORMAL normal} attention
   */
  public static PhaseSelection of(ContentPhase phase) {
    return of(phase, Attention.NORMAL);
  }

  /**
   * @return the selected phase
   */
  public abstract ContentPhase getPhase();

  /**
   * @return how much attention the phase gets (veel aandacht, kort op de kaart)
   */
  public abstract Attention getAttention();

  /** Builds a {@link PhaseSelection}. Obtain one from {@link PhaseSelection#builder()}. */
  public static final class Builder extends ImmutablePhaseSelection.Builder {
    Builder() {}
  }
}
