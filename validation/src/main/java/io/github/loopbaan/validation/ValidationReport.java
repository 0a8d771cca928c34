package io.github.loopbaan.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answer to "does this value satisfy these rule sets, and if not, exactly what is missing?"
 * (Dutch: validatierapport). Completeness is a report, not an exception: a draft is a legal value
 * with a report full of violations.
 *
 * <p>Violations are ordered by path, then rule code, so equal values give equal reports.
 */
public final class ValidationReport {

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path).thenComparing(Violation::code);

  private final List<Violation> violations;
  private final Optional<String> regime;
  private final List<String> ruleSets;

  private ValidationReport(
      List<Violation> violations, Optional<String> regime, List<String> ruleSets) {
    List<Violation> sorted = new ArrayList<>(violations);
    sorted.sort(ORDER);
    this.violations = Collections.unmodifiableList(sorted);
    this.regime = Objects.requireNonNull(regime, "regime");
    this.ruleSets = List.copyOf(ruleSets);
  }

  /**
   * @param violations the violations, in any order
   * @return the report, naming no regime and no rule set
   */
  public static ValidationReport of(Iterable<Violation> violations) {
    return of(violations, Optional.empty(), List.of());
  }

  /**
   * @param violations the violations, in any order
   * @param regime the funding regime applied, as {@code id@version}, when a trajectory was
   *     validated
   * @param ruleSets the rule sets applied, each as {@code code@version}
   * @return the report
   */
  public static ValidationReport of(
      Iterable<Violation> violations, Optional<String> regime, List<String> ruleSets) {
    List<Violation> list = new ArrayList<>();
    violations.forEach(list::add);
    return new ValidationReport(list, regime, ruleSets);
  }

  /**
   * @return the funding regime whose rules were applied, as {@code id@version} (for example {@code
   *     vdab_004@1}), when a trajectory was validated: what an audit a year later needs to say
   *     under which rules a file was accepted
   */
  public Optional<String> regime() {
    return regime;
  }

  /**
   * @return the rule sets applied, each as {@code code@version} (for example {@code
   *     flemish_voucher@2}), in the order given
   */
  public List<String> ruleSets() {
    return ruleSets;
  }

  /**
   * @return every violation, errors and warnings
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * @return the violations of severity {@link Severity#ERROR}
   */
  public List<Violation> errors() {
    return violations.stream()
        .filter(v -> v.severity() == Severity.ERROR)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * @return the violations of severity {@link Severity#WARNING}
   */
  public List<Violation> warnings() {
    return violations.stream()
        .filter(v -> v.severity() == Severity.WARNING)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * @return whether there are no errors (warnings allowed)
   */
  public boolean isValid() {
    return errors().isEmpty();
  }

  /**
   * For code that rejects an invalid value by throwing, for example a web handler whose framework
   * maps the exception to an HTTP answer (the Spring Boot starter maps it to a problem document).
   *
   * @return this report, when it {@linkplain #isValid() is valid} (warnings allowed)
   * @throws RulesViolatedException when the report has errors; it carries this report
   */
  public ValidationReport requireValid() {
    if (!isValid()) {
      throw new RulesViolatedException(this);
    }
    return this;
  }

  /**
   * @return the rule codes of every violation, in report order, each once
   */
  public Set<String> codes() {
    Set<String> codes = new LinkedHashSet<>();
    violations.forEach(v -> codes.add(v.code()));
    return Collections.unmodifiableSet(codes);
  }

  /**
   * @param code a rule code
   * @return whether some violation has that code
   */
  public boolean has(String code) {
    return violations.stream().anyMatch(v -> v.code().equals(code));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport
        && ((ValidationReport) o).violations.equals(violations)
        && ((ValidationReport) o).regime.equals(regime)
        && ((ValidationReport) o).ruleSets.equals(ruleSets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(violations, regime, ruleSets);
  }

  /**
   * @return the violations (codes and paths only), the regime and the rule sets
   */
  @Override
  public String toString() {
    return "ValidationReport"
        + violations
        + regime.map(r -> " under " + r).orElse("")
        + (ruleSets.isEmpty() ? "" : " with " + ruleSets);
  }
}
