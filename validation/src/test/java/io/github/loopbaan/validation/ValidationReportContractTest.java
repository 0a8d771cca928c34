package io.github.loopbaan.validation;

import static io.github.loopbaan.validation.RuleExamplesTest.both;
import static io.github.loopbaan.validation.RuleExamplesTest.complete;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.testkit.RuleArbitraries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ValidationReport} and {@link Violation} as values: errors and warnings apart, {@code has},
 * the order of the violations whatever the order given, equality and hash codes.
 */
class ValidationReportContractTest {

  static ValidationReport withError() {
    Trajectory t = complete(1, false);
    return both(
        Trajectory.open(
            t.getId(),
            t.getClient(),
            t.getCoach(),
            t.getCommissioner(),
            Funding.self(),
            RuleExamplesTest.OPENED));
  }

  static ValidationReport withWarning() {
    return both(RuleArbitraries.breakRule("vch_pop_signature", complete(1, false)).value());
  }

  @Test
  void an_error_makes_the_report_invalid_and_a_warning_does_not() {
    ValidationReport error = withError();
    assertThat(error.isValid()).isFalse();
    assertThat(error.errors()).extracting(Violation::code).containsExactly("vch_vouchers");
    assertThat(error.warnings()).isEmpty();
    assertThat(error.has("vch_vouchers")).isTrue();
    assertThat(error.has("vch_pop_signature")).isFalse();
    ValidationReport warning = withWarning();
    assertThat(warning.isValid()).isTrue();
    assertThat(warning.errors()).isEmpty();
    assertThat(warning.warnings()).extracting(Violation::code).containsExactly("vch_pop_signature");
    assertThat(warning.has("vch_vouchers")).isFalse();
  }

  @Test
  void violations_are_ordered_by_path_then_code_whatever_the_order_given() {
    List<Violation> all = new ArrayList<>(withError().violations());
    all.addAll(withWarning().violations());
    List<Violation> reversed = new ArrayList<>(all);
    Collections.reverse(reversed);
    assertThat(ValidationReport.of(all).violations())
        .isEqualTo(ValidationReport.of(reversed).violations());
    assertThat(ValidationReport.of(all).violations())
        .isSortedAccordingTo(Comparator.comparing(Violation::path).thenComparing(Violation::code));
    assertThat(ValidationReport.of(all).codes())
        .containsExactlyInAnyOrder("vch_vouchers", "vch_pop_signature");
  }

  @Test
  void reports_and_violations_are_equal_exactly_when_their_violations_are() {
    assertThat(withError()).isEqualTo(withError()).hasSameHashCodeAs(withError());
    assertThat(withError()).isNotEqualTo(withWarning());
    assertThat(withError()).isNotEqualTo(ValidationReport.of(List.of()));
    assertThat(withError()).isNotEqualTo("ValidationReport");
    assertThat(withError().hashCode()).isNotEqualTo(ValidationReport.of(List.of()).hashCode());
    Violation v = withError().violations().get(0);
    assertThat(v)
        .isEqualTo(withError().violations().get(0))
        .hasSameHashCodeAs(withError().violations().get(0));
    assertThat(v).isNotEqualTo(withWarning().violations().get(0));
    assertThat(v).isNotEqualTo("vch_vouchers");
    assertThat(v.hashCode()).isNotZero();
    assertThat(withError().toString()).startsWith("ValidationReport[").contains("vch_vouchers");
  }
}
