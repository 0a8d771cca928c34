package io.github.loopbaan.core.standards;

import io.github.loopbaan.core.Coded;

/**
 * How well a person masters a competence. Dutch: beheersingsniveau.
 *
 * <p>ESCO itself defines no proficiency scale; Loopbaan uses four ordered levels, as most
 * competence lists in practice do. The {@linkplain #ordinal() order} is meaningful: later constants
 * are higher levels.
 */
public enum ProficiencyLevel implements Coded {
  /** Knows the basics, needs guidance. Dutch: basis. */
  BASIC("basic"),
  /** Works independently in common situations. Dutch: gevorderd. */
  INTERMEDIATE("intermediate"),
  /** Handles complex situations, guides others. Dutch: ervaren. */
  ADVANCED("advanced"),
  /** Recognised authority. Dutch: expert. */
  EXPERT("expert");

  private final String code;

  ProficiencyLevel(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
