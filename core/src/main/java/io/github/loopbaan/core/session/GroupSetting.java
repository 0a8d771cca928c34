package io.github.loopbaan.core.session;

import io.github.loopbaan.core.Coded;

/**
 * Whether a session is held with one client or with a group. Dutch: individueel of in groep.
 *
 * <p>Career guidance is mainly individual: per career voucher at least 2.5 hours of individual
 * guidance must be registered, so at most 1.5 hours in a group (004). That limit is a validation
 * rule over a whole package; this type only records the setting of one session.
 */
public enum GroupSetting implements Coded {
  /** One client and the coach. Dutch: individueel. */
  INDIVIDUAL("individual"),
  /** Several clients together. Dutch: in groep. */
  GROUP("group");

  private final String code;

  GroupSetting(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
