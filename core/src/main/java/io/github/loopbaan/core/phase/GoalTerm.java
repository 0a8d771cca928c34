package io.github.loopbaan.core.phase;

import io.github.loopbaan.core.Coded;

/** The horizon of a coaching goal (002: "korte en lange termijndoelstellingen"). Dutch: termijn. */
public enum GoalTerm implements Coded {
  /** A short-term goal. Dutch: kortetermijndoel. */
  SHORT_TERM("short_term"),
  /** A long-term goal. Dutch: langetermijndoel. */
  LONG_TERM("long_term");

  private final String code;

  GoalTerm(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
