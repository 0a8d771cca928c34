package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.session.Session;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Lets the structural check of a trajectory derived from another one by this package's own code check only what
 * changed. While {@link #derive} runs a change on a base trajectory, every trajectory built on the same thread
 * whose session list is the base's list (the same object) takes over the base's {@link SessionFacts}, and one whose
 * list is the base's list with the announced session appended checks only that session; each trajectory built in
 * the window becomes the base of the next build, so a chain of {@code with...} calls is checked step by step. Any
 * other trajectory, and every one built outside a window, gets the full check.
 *
 * <p>Only the package's own changes open a window, and they only ever keep the base's list or append the announced
 * session to it, so trusting the unchanged prefix is sound.
 */
final class Derivation {

  /** The open window of the current thread; removed when the outermost window closes. */
  private static final ThreadLocal<Derivation> CURRENT = new ThreadLocal<>();

  private Trajectory base;
  private Session appended;

  private Derivation() {
  }

  /**
   * Runs a change on a trajectory with its check reduced to what changed.
   *
   * @param base the trajectory being changed
   * @param appended the session the change appends to the base's sessions, or null
   * @param change the change; may only keep the base's session list or append {@code appended} to it
   * @return the changed trajectory
   */
  static Trajectory derive(Trajectory base, Session appended, UnaryOperator<Trajectory> change) {
    Derivation d = CURRENT.get();
    if (d == null) {
      d = new Derivation();
      CURRENT.set(d);
    }
    Trajectory previousBase = d.base;
    Session previousAppended = d.appended;
    d.base = base;
    d.appended = appended;
    try {
      return change.apply(base);
    } finally {
      if (previousBase == null) {
        // Leave nothing behind on the thread (a pooled thread of an application server would otherwise keep an
        // instance of this library's class, and so its class loader, alive after the application is undeployed).
        CURRENT.remove();
      } else {
        d.base = previousBase;
        d.appended = previousAppended;
      }
    }
  }

  /**
   * @param built a trajectory under construction (called from its check)
   * @return the facts of its sessions derived from the current base, checking the appended session; null when
   *     there is no window or the trajectory is not derived from the base
   */
  static SessionFacts adopt(Trajectory built) {
    Derivation d = CURRENT.get();
    Trajectory base = d == null ? null : d.base;
    if (base == null || base == built || !base.getOpenedOn().equals(built.getOpenedOn())) {
      return null;
    }
    SessionFacts facts = base.facts();
    List<Session> sessions = built.getSessions();
    if (facts.describes(sessions)) {
      return facts;
    }
    Session appended = d.appended;
    int size = sessions.size();
    if (appended != null && size == facts.size() + 1 && sessions.get(size - 1) == appended) {
      return facts.plus(sessions, appended, built.getOpenedOn());
    }
    return null;
  }

  /** @param built a trajectory whose check passed: the base of the next build in the current window */
  static void built(Trajectory built) {
    Derivation d = CURRENT.get();
    if (d != null && d.base != null) {
      d.base = built;
    }
  }
}
