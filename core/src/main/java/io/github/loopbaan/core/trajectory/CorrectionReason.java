package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Coded;

/**
 * Why a closed (archived) trajectory is changed: the only changes it accepts, each recorded in its
 * history with its date by {@link Trajectory#correct}. Dutch: reden van correctie.
 */
public enum CorrectionReason implements Coded {
  /** Inaccurate personal data is rectified (GDPR art. 16). Dutch: rechtzetting. */
  RECTIFICATION("rectification"),
  /** Personal data is erased (GDPR art. 17) or restricted to what must be kept. Dutch: wissing. */
  ERASURE("erasure");

  private final String code;

  CorrectionReason(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
