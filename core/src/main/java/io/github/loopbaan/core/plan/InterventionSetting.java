package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.Coded;

/**
 * Where an intervention besides coaching takes place (001). Dutch: soort interventie.
 *
 * <p>Seed 001: a career coaching trajectory with a coach from outside the organisation is only one
 * possible intervention. There are interventions within the work context (a change of workplace, of
 * tasks or of role), career workshops in groups, training, and even a sabbatical.
 */
public enum InterventionSetting implements Coded {
  /** Within the current work context. Dutch: binnen de werkcontext. */
  WITHIN_WORK_CONTEXT("within_work_context"),
  /** In a group with others, such as a career workshop. Dutch: in groep. */
  GROUP("group"),
  /** Learning: a training or a study. Dutch: leren. */
  LEARNING("learning"),
  /** Time away from work, such as a sabbatical. Dutch: verlof. */
  LEAVE("leave");

  private final String code;

  InterventionSetting(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
