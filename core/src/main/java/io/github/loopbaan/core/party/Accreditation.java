package io.github.loopbaan.core.party;

import io.github.loopbaan.core.Coded;

/**
 * A professional accreditation of a coach (000, 003 §1.1). Dutch: erkenning, keurmerk.
 *
 * <p>The Noloc register is the Dutch professional register of career professionals (Noloc and CMI).
 * The EMCC European Quality Award (EQA) has four levels; the sources name the practitioner level
 * for coaching on limiting patterns and empowerment.
 */
public enum Accreditation implements Coded {
  /** Registered career professional with Noloc. Dutch: Noloc-register loopbaanprofessional. */
  NOLOC_REGISTER("noloc_register"),
  /** EMCC EQA foundation level. */
  EQA_FOUNDATION("eqa_foundation"),
  /** EMCC EQA practitioner level. */
  EQA_PRACTITIONER("eqa_practitioner"),
  /** EMCC EQA senior practitioner level. */
  EQA_SENIOR_PRACTITIONER("eqa_senior_practitioner"),
  /** EMCC EQA master practitioner level. */
  EQA_MASTER_PRACTITIONER("eqa_master_practitioner");

  private final String code;

  Accreditation(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
