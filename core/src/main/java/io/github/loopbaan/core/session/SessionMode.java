package io.github.loopbaan.core.session;

import io.github.loopbaan.core.Coded;

/**
 * How a session takes place. Dutch: gespreksvorm. The introductory conversation may be held by
 * phone (004).
 */
public enum SessionMode implements Coded {
  /** Face to face. Dutch: fysiek, in persoon. */
  IN_PERSON("in_person"),
  /** By telephone. Dutch: telefonisch. */
  PHONE("phone"),
  /** By video call. Dutch: via videogesprek, online. */
  VIDEO("video");

  private final String code;

  SessionMode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
