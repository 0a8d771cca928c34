package io.github.loopbaan.core.question;

import io.github.loopbaan.core.Coded;

/**
 * The three dimensions of self-analysis around which the coach's toolkit is organised (003 ch. 12;
 * 000, 001): who am I (zijn), what do I want (willen), what can I do (kunnen). Instruments and core
 * questions carry one. Dutch: dimensie (zijn, willen, kunnen).
 */
public enum Dimension implements Coded {
  /** Who am I: values and drivers. Dutch: zijn. */
  BEING("being"),
  /** What do I want: what I find important and which choices I make. Dutch: willen. */
  WANTING("wanting"),
  /** What can I do: qualities and competences. Dutch: kunnen. */
  ABILITY("ability");

  private final String code;

  Dimension(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
