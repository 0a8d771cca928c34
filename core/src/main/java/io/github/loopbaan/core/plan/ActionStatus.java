package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.Coded;

/**
 * Where an action of the action plan stands. Dutch: status van een actie.
 *
 * <p>Only {@link #DROPPED} carries a reason and only {@link #DONE} a completion date (see {@link
 * Action}).
 */
public enum ActionStatus implements Coded {
  /** Agreed, not yet started. Dutch: gepland. */
  PLANNED("planned"),
  /** Being carried out. Dutch: in uitvoering. */
  IN_PROGRESS("in_progress"),
  /** Carried out. Dutch: uitgevoerd. */
  DONE("done"),
  /** Abandoned, with a reason. Dutch: geschrapt. */
  DROPPED("dropped");

  private final String code;

  ActionStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
