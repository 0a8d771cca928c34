package io.github.loopbaan.validation;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A value broke rules that the caller required it to satisfy: thrown by {@link
 * ValidationReport#requireValid()} and carrying the whole {@linkplain #report() report}, warnings
 * included. Completeness is a report in Loopbaan; this exception is for the places where an
 * application turns an invalid value away (an HTTP request, a batch import).
 *
 * <p>The message names the rule codes and paths of the errors and nothing of the value's content,
 * so it may be logged; the report's messages in the caller's language come from {@link
 * Violation#message(java.util.Locale)}.
 */
public final class RulesViolatedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Not serialized: a report holds facts of the value, and the exception may travel. */
  private final transient ValidationReport report;

  /**
   * @param report a report with at least one error
   * @throws IllegalArgumentException when the report has no error
   */
  public RulesViolatedException(ValidationReport report) {
    super(message(report));
    this.report = report;
  }

  private static String message(ValidationReport report) {
    Objects.requireNonNull(report, "report");
    if (report.isValid()) {
      throw new IllegalArgumentException("report has no error: nothing was violated");
    }
    return report.errors().size()
        + (report.errors().size() == 1 ? " rule violated: " : " rules violated: ")
        + report.errors().stream()
            .map(v -> v.code() + " at " + v.path())
            .collect(Collectors.joining(", "));
  }

  /**
   * @return the report, with every error and warning; {@code null} after the exception was
   *     deserialized
   */
  public ValidationReport report() {
    return report;
  }
}
