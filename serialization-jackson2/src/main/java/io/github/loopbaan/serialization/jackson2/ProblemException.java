package io.github.loopbaan.serialization.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;

/**
 * A Jackson 2 exception raised by the deserializers of this module, carrying a {@link Problem} and
 * a reason without the offending value, and the JSON path of the offending place (which also covers
 * map keys, where Jackson's reference chain stops at the map). {@link Errors} turns it into a
 * {@link io.github.loopbaan.format.LoopbaanJsonException}.
 */
final class ProblemException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;
  private final String reason;
  private final String path;

  /**
   * @param parser the parser, positioned at the offending token
   * @param problem the kind of failure
   * @param reason the reason, without the value
   */
  ProblemException(JsonParser parser, Problem problem, String reason) {
    this(
        parser,
        problem,
        reason,
        parser == null ? "$" : Errors.contextPath(parser.getParsingContext()));
  }

  /**
   * @param parser the parser of the input
   * @param problem the kind of failure
   * @param reason the reason, without the value
   * @param path the JSON path of the offending place
   */
  ProblemException(JsonParser parser, Problem problem, String reason, String path) {
    super(parser, reason);
    this.problem = problem;
    this.reason = reason;
    this.path = path;
  }

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
