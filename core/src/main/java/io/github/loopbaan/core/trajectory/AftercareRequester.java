package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Coded;

/**
 * Who asked for aftercare (Dutch: wie de nazorg vroeg). 004 §7 grants aftercare "op vraag van de
 * klant"; a regime that follows it ({@link FundingRegime#isAftercareOnClientRequest()}) refuses
 * aftercare the coach asked for.
 */
public enum AftercareRequester implements Coded {
  /** The client asked. Dutch: de klant. */
  CLIENT("client"),
  /** The coach proposed it. Dutch: de loopbaanbegeleider. */
  COACH("coach");

  private final String code;

  AftercareRequester(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
