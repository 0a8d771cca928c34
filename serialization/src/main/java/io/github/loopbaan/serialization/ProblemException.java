package io.github.loopbaan.serialization;

import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * A Jackson exception raised by the deserializers of this module, carrying a {@link Problem} and a
 * reason without the offending value, and the JSON path of the parser's position (which also covers
 * map keys, where Jackson's reference chain stops at the map). {@link Errors} turns it into a
 * {@link LoopbaanJsonException}.
 */
final class ProblemException extends DatabindException {

  private static final long serialVersionUID = 1L;

  private final Problem problem;
  private final String reason;
  private final String path;

  /**
   * @param parser the parser, positioned at the offending token (a value, a key, or the end of a
   *     container)
   * @param problem the kind of failure
   * @param reason the reason, without the value
   */
  ProblemException(JsonParser parser, Problem problem, String reason) {
    super(parser, reason);
    this.problem = problem;
    this.reason = reason;
    this.path = parser == null ? "$" : Errors.contextPath(parser.streamReadContext());
  }

  /**
   * @param parser the parser of the input
   * @param problem the kind of failure
   * @param reason the reason, without the value
   * @param path the JSON path of the offending place, when it is not the parser's position (a part
   *     of the input read from a buffered tree)
   */
  ProblemException(JsonParser parser, Problem problem, String reason, String path) {
    super(parser, reason);
    this.problem = problem;
    this.reason = reason;
    this.path = path;
  }

  /**
   * @return the JSON path of the parser's position when the problem was found
   */
  String path() {
    return path;
  }

  Problem problem() {
    return problem;
  }

  String reason() {
    return reason;
  }
}
