package io.github.loopbaan.format;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the {@code violations} extension of a {@link ProblemDetails} document: a broken
 * validation rule, a reason a command was rejected, or a broken structural rule.
 *
 * <p>It holds a stable code, a type URI for that code, the path of the attribute concerned when
 * there is one, the severity ({@code error} or {@code warning}) and a detail in the caller's
 * language. Like every Loopbaan message it never holds personal data: codes, paths and messages
 * built from codes, dates and counts only.
 */
public final class ProblemViolation {

  private final String code;
  private final URI type;
  private final String path;
  private final String severity;
  private final String detail;

  private ProblemViolation(String code, URI type, String path, String severity, String detail) {
    this.code = Objects.requireNonNull(code, "code");
    this.type = Objects.requireNonNull(type, "type");
    this.path = path;
    this.severity = Objects.requireNonNull(severity, "severity");
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /**
   * @param code the stable code of the rule or reason
   * @param type the URI that identifies the code
   * @param path the path of the attribute concerned, or {@code null} when there is none
   * @param severity {@code error} or {@code warning}
   * @param detail the explanation in the caller's language, without personal data
   * @return the violation
   */
  static ProblemViolation of(String code, URI type, String path, String severity, String detail) {
    return new ProblemViolation(
        code, type, path == null || path.isEmpty() ? null : path, severity, detail);
  }

  /**
   * @return the stable code, for example {@code vch_intake_topics} or {@code agreement_not_signed}
   */
  public String getCode() {
    return code;
  }

  /**
   * @return the URI that identifies the code, for example {@code
   *     https://loopbaan.github.io/rules/vch_intake_topics}
   */
  public URI getType() {
    return type;
  }

  /**
   * @return the path of the attribute concerned (a property path of the validated value, for
   *     example {@code developmentPlan.generalData.title}), when there is one
   */
  public Optional<String> getPath() {
    return Optional.ofNullable(path);
  }

  /**
   * @return {@code error} or {@code warning}
   */
  public String getSeverity() {
    return severity;
  }

  /**
   * @return the explanation in the caller's language
   */
  public String getDetail() {
    return detail;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ProblemViolation)) {
      return false;
    }
    ProblemViolation other = (ProblemViolation) o;
    return code.equals(other.code)
        && type.equals(other.type)
        && Objects.equals(path, other.path)
        && severity.equals(other.severity)
        && detail.equals(other.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, type, path, severity, detail);
  }

  @Override
  public String toString() {
    return "ProblemViolation{code=" + code + ", path=" + path + ", severity=" + severity + "}";
  }
}
