package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.Coded;

/**
 * What an insight is about (004: "inzichten (bvb. over patronen, weerstanden, hulpbronnen, …)").
 * Dutch: soort inzicht.
 *
 * <p>The source lists its examples with an ellipsis, so Loopbaan adds {@link #OTHER} for insights
 * of another kind, for example about values or drivers.
 */
public enum InsightKind implements Coded {
  /** A pattern, for example a limiting choice pattern (000, phase 3). Dutch: patroon. */
  PATTERN("pattern"),
  /** A resistance. Dutch: weerstand. */
  RESISTANCE("resistance"),
  /** A resource the client can draw on, a source of strength. Dutch: hulpbron, krachtbron. */
  RESOURCE("resource"),
  /** Another insight, for example about values, drivers or qualities. Dutch: ander inzicht. */
  OTHER("other");

  private final String code;

  InsightKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
