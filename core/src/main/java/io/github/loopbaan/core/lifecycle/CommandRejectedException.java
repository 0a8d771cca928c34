package io.github.loopbaan.core.lifecycle;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link Outcome#orElseThrow()} when a command was rejected. The message lists the reason
 * codes and their facts (states, kinds, dates), never personal data. Dutch: opdracht geweigerd.
 */
public final class CommandRejectedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final transient List<Reason> reasons;

  /**
   * @param lifecycle the lifecycle's name
   * @param command the code of the rejected command kind
   * @param reasons why; at least one
   */
  public CommandRejectedException(String lifecycle, String command, List<Reason> reasons) {
    super(
        lifecycle
            + ": "
            + command
            + " rejected: "
            + reasons.stream().map(Reason::toString).collect(Collectors.joining("; ")));
    this.reasons = List.copyOf(reasons);
  }

  /**
   * @return the reasons of the rejection
   */
  public List<Reason> getReasons() {
    return reasons;
  }
}
