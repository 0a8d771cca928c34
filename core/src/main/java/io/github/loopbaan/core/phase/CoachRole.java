package io.github.loopbaan.core.phase;

import io.github.loopbaan.core.Coded;

/**
 * A role the coach takes on in a trajectory, as 003 ch. 1 names them: the measuring expert of the
 * early vocational guidance, the analysing and advising role, the practical coaching and mediating
 * role that outplacement added (003 §1.1), and the stimulating and binding role beside the line
 * manager for questions of growth (003 §1.2). Dutch: rol van de loopbaancoach.
 *
 * <p>The intake records the roles in the {@link TrajectoryPlan#getCoachRoles() plan}, since the
 * role follows from the question (003 ch. 5 to 11 each ask "welke rol en aanpak horen bij" their
 * kind of question): a trajectory usually combines several. The sources name these roles without
 * defining a closed list; an application that needs another records it in its own terms beside the
 * plan.
 */
public enum CoachRole implements Coded {
  /** Measuring with tests and advising as the expert. Dutch: metende expertrol. */
  MEASURING_EXPERT("measuring_expert"),
  /** Analysing the client's situation and possibilities. Dutch: analyserende rol. */
  ANALYSING("analysing"),
  /** Advising the client. Dutch: adviserende rol. */
  ADVISING("advising"),
  /** Practical coaching. Dutch: coachende rol. */
  COACHING("coaching"),
  /** Mediating towards work, as in outplacement. Dutch: bemiddelende rol. */
  MEDIATING("mediating"),
  /** Stimulating development, beside the line manager. Dutch: stimulerende rol. */
  STIMULATING("stimulating"),
  /** Binding the employee to the organisation ("binden en boeien"). Dutch: bindende rol. */
  BINDING("binding");

  private final String code;

  CoachRole(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
