package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Coded;

/**
 * Where a career scenario stands (001, GITP model). Dutch: status van een loopbaanscenario.
 *
 * <p>001: the client's picture of who they are, what they want and can is tested against career
 * scenarios ("loopbaanscenario's"), which are explored mainly in conversations with people in the
 * client's network; room for several scenarios keeps the client from getting stuck in one; even
 * when the process has crystallised there may be several scenarios; and the client learns to cope
 * with "failed" scenarios ("mislukte scenario's"). From this Loopbaan takes five statuses. The
 * sources fix no order between them, so no transition is forbidden: a rejected scenario may be
 * taken up again.
 */
public enum ScenarioStatus implements Coded {
  /** Named as a possibility, not yet explored. Dutch: idee, mogelijkheid. */
  IDEA("idea", true),
  /** Being explored, mainly in network conversations. Dutch: in verkenning, wordt getoetst. */
  EXPLORING("exploring", true),
  /** Chosen to pursue; several scenarios may be chosen at once (001). Dutch: gekozen. */
  CHOSEN("chosen", false),
  /** Set aside by the client after exploring it. Dutch: verworpen. */
  REJECTED("rejected", false),
  /**
   * Pursued in the labour market without success, for example after rejections. Dutch: mislukt
   * scenario.
   */
  FAILED("failed", false);

  private final String code;
  private final boolean open;

  ScenarioStatus(String code, boolean open) {
    this.code = code;
    this.open = open;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return whether the scenario is still being considered: {@link #IDEA} or {@link #EXPLORING}
   */
  public boolean isOpen() {
    return open;
  }
}
