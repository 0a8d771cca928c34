package io.github.loopbaan.serialization;

import io.github.loopbaan.serialization.LoopbaanJsonException.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * A Jackson exception raised by the deserializers of this module, carrying a {@link Problem} and a reason without
 * the offending value. Jackson adds the JSON path while the exception travels up; {@link Errors} turns it into a
 * {@link LoopbaanJsonException}.
 */
final class ProblemException extends DatabindException {

  private static final long serialVersionUID = 1L;

  private final Problem problem;
  private final String reason;

  ProblemException(JsonParser parser, Problem problem, String reason) {
    super(parser, reason);
    this.problem = problem;
    this.reason = reason;
  }

  Problem problem() {
    return problem;
  }

  String reason() {
    return reason;
  }
}
