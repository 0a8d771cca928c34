package io.github.loopbaan.format;

import io.github.loopbaan.core.Coded;
import java.util.Objects;

/**
 * The one exception every failure to read Loopbaan JSON surfaces as: malformed or truncated input,
 * a duplicate key, an unknown property or code, a wrong JSON type, a value the model rejects, an
 * exceeded input limit, an unknown document kind or schema version.
 *
 * <p>It carries the {@linkplain #getPath() JSON path} of the offending place, for example {@code
 * $.content.birthYear} or {@code $.content.healthConcerns[1]}, the {@linkplain #getProblem() kind
 * of problem} and a {@linkplain #getReason() reason} in words. It never carries the offending
 * value: values may be personal or health data, and Jackson's own messages (which often quote the
 * input) are not passed on. The underlying Jackson exception is not attached as the cause for the
 * same reason.
 *
 * <p>Unchecked, like Jackson 3's own exceptions.
 */
public final class LoopbaanJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The kinds of read failure, with stable codes. */
  public enum Problem implements Coded {
    /** The input is not well-formed JSON. */
    MALFORMED("malformed"),
    /** The input ends in the middle of a value. */
    TRUNCATED("truncated"),
    /** An object holds the same key twice. */
    DUPLICATE_KEY("duplicate_key"),
    /** An object holds a property the type does not know (strict reading only). */
    UNKNOWN_PROPERTY("unknown_property"),
    /** A code does not name a constant of its enum. */
    UNKNOWN_CODE("unknown_code"),
    /** A JSON value has the wrong type, for example a number where a text is expected. */
    WRONG_TYPE("wrong_type"),
    /** A required attribute is absent or {@code null}. */
    MISSING_VALUE("missing_value"),
    /** The model rejects the value: a structural rule of the type is broken. */
    INVALID_VALUE("invalid_value"),
    /**
     * The input exceeds a configured limit: size, nesting depth, text length or collection size.
     */
    LIMIT_EXCEEDED("limit_exceeded"),
    /**
     * A document names a kind outside the closed set of {@link DocumentKind}s, or not the kind
     * expected.
     */
    UNKNOWN_KIND("unknown_kind"),
    /** A document's schema version is newer than this library or older than any upgrade path. */
    UNSUPPORTED_VERSION("unsupported_version"),
    /** The type cannot be mapped to JSON at all: a programming error, not an input error. */
    UNMAPPABLE_TYPE("unmappable_type"),
    /**
     * A document of a restricted {@link View} (client, commissioner, anonymised): views are
     * write-only.
     */
    RESTRICTED_VIEW("restricted_view");

    private final String code;

    Problem(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  /** What kind of problem the input had. */
  private final Problem problem;

  /** The JSON path where reading failed, for example {@code $.content.birthYear}. */
  private final String path;

  /** The reason in words; never the offending value. */
  private final String reason;

  /**
   * Creates an exception.
   *
   * @param problem the kind of failure
   * @param path the JSON path of the offending place, starting with {@code $}
   * @param reason a sentence that explains the failure; it must not contain the offending value
   */
  public LoopbaanJsonException(Problem problem, String path, String reason) {
    super(path + ": " + reason + " (" + problem.code() + ")");
    this.problem = Objects.requireNonNull(problem, "problem");
    this.path = Objects.requireNonNull(path, "path");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * @return the kind of failure
   */
  public Problem getProblem() {
    return problem;
  }

  /**
   * @return the JSON path of the offending place, for example {@code $.content.birthYear}; {@code
   *     $} alone when the failure concerns the whole input
   */
  public String getPath() {
    return path;
  }

  /**
   * @return the explanation in words, without the offending value
   */
  public String getReason() {
    return reason;
  }

  /**
   * @param prefix a JSON path, for example {@code $.content}
   * @return the same failure with its path moved under {@code prefix}
   */
  LoopbaanJsonException under(String prefix) {
    return new LoopbaanJsonException(problem, prefix + path.substring(1), reason);
  }
}
