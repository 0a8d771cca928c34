package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.Coded;

/**
 * What the client allows to be kept in their file (004: if the client does not want the POP kept in
 * the file for privacy reasons, the VDAB overview document "Checklist POP" suffices). Dutch:
 * bewaartoestemming.
 *
 * <p>The consent does not change what a {@link DevelopmentPlan} value holds while the coaching
 * runs; it tells whoever stores the plan what may be kept.
 */
public enum StorageConsent implements Coded {
  /** The full POP is kept in the client file, the default. Dutch: volledig POP bewaren. */
  STORE_FULL_PLAN("store_full_plan"),
  /** Only the VDAB overview "Checklist POP" is kept. Dutch: enkel Checklist POP bewaren. */
  CHECKLIST_ONLY("checklist_only");

  private final String code;

  StorageConsent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
