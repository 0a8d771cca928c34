package io.github.loopbaan.core.phase;

import io.github.loopbaan.core.Coded;

/**
 * How much attention the intake gives a selected phase (000: "welke loopbaancoaching fasen veel
 * aandacht nodig hebben en welke fasen kort op de kaart worden gezet"). Dutch: aandacht.
 *
 * <p>The source names only the two poles, much attention and briefly on the map. Loopbaan adds
 * {@link #NORMAL} between them for phases the intake marks neither way, so a plan can say that a
 * phase is selected without claiming it is stressed or played down. The constants are ordered:
 * later constants mean more attention.
 */
public enum Attention implements Coded {
  /** Briefly put on the map. Dutch: kort op de kaart. */
  BRIEF("brief"),
  /** Ordinary attention; neither stressed nor played down by the intake. Dutch: gewone aandacht. */
  NORMAL("normal"),
  /** Much attention. Dutch: veel aandacht. */
  EXTENSIVE("extensive");

  private final String code;

  Attention(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
