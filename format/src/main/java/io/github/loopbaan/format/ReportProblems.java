package io.github.loopbaan.format;

import io.github.loopbaan.validation.ValidationReport;
import io.github.loopbaan.validation.Violation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The problem document of a validation report, kept apart from {@link ProblemDetails} so that the
 * classes of {@code loopbaan-validation}, an optional dependency, are needed only by an application
 * that maps a report.
 */
final class ReportProblems {

  private ReportProblems() {}

  static ProblemDetails of(ValidationReport report, String language) {
    Objects.requireNonNull(report, "report");
    int errors = report.errors().size();
    if (errors == 0) {
      throw new IllegalArgumentException(
          "a validation report without errors is not a problem (warnings alone do not fail)");
    }
    Locale messages = Locale.forLanguageTag(language);
    List<ProblemViolation> violations = new ArrayList<>();
    for (Violation v : report.violations()) {
      violations.add(
          ProblemViolation.of(
              v.code(),
              URI.create(ProblemDetails.RULE_BASE + v.code()),
              v.path(),
              v.severity().code(),
              v.message(messages)));
    }
    String detail =
        ProblemTexts.text(
                language, errors == 1 ? "validation_failed.one" : "validation_failed.many")
            .replace("{errors}", Integer.toString(errors))
            .replace("{warnings}", Integer.toString(report.warnings().size()));
    return ProblemDetails.validationFailed(language, detail, violations);
  }
}
