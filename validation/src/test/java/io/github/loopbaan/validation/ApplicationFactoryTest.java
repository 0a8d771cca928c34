package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.trajectory.FundingRegime;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.testkit.RuleArbitraries;
import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ParameterNameProvider;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorContext;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The facade on an application's own validator factory ({@code Builder.validatorFactory}), its
 * default rule sets, and {@code ValidationReport.requireValid()}.
 */
class ApplicationFactoryTest {

  private static Trajectory broken(String code) {
    return (Trajectory)
        RuleArbitraries.breakRule(code, RuleExamplesTest.complete(1, false)).value();
  }

  @Test
  void on_an_application_factory_the_rules_find_their_payload_and_the_factory_stays_open() {
    ValidatorFactory application = Validation.buildDefaultValidatorFactory();
    try {
      LoopbaanValidator onApplication =
          LoopbaanValidator.builder()
              .validatorFactory(application)
              .regimes(FundingRegimes.of(FundingRegime.GENERAL))
              .build();
      Trajectory voucher = RuleExamplesTest.complete(1, false);
      assertThat(onApplication.validate(voucher).codes())
          .as("the regimes reach the rules as payload of the application's factory")
          .contains("base_regime_registered");
      assertThat(LoopbaanValidator.create().validate(voucher).codes())
          .doesNotContain("base_regime_registered");
      Trajectory broken = broken("vch_intake_topics");
      assertThat(
              onApplication
                  .validate(broken, RuleSet.FLEMISH_VOUCHER)
                  .errors()
                  .get(0)
                  .message(Locale.forLanguageTag("nl")))
          .isEqualTo(
              LoopbaanValidator.create()
                  .validate(broken, RuleSet.FLEMISH_VOUCHER)
                  .errors()
                  .get(0)
                  .message(Locale.forLanguageTag("nl")));
      onApplication.close();
      assertThat(application.getValidator().validate(voucher))
          .as("closing the facade leaves the application's factory open")
          .isEmpty();
    } finally {
      application.close();
    }
  }

  @Test
  void a_factory_of_another_provider_is_refused_with_the_reason() {
    assertThatThrownBy(() -> LoopbaanValidator.builder().validatorFactory(new Foreign()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a Hibernate Validator factory")
        .hasCauseInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> LoopbaanValidator.builder().validatorFactory(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("validatorFactory");
  }

  @Test
  void a_validate_call_without_rule_sets_applies_the_default_ones() {
    Trajectory broken = broken("vch_intake_topics");
    try (LoopbaanValidator voucherPractice =
        LoopbaanValidator.builder()
            .defaultRuleSets(RuleSet.BASE, RuleSet.FLEMISH_VOUCHER)
            .build()) {
      assertThat(voucherPractice.defaultRuleSets())
          .containsExactly(RuleSet.BASE, RuleSet.FLEMISH_VOUCHER);
      ValidationReport report = voucherPractice.validate(broken);
      assertThat(report.codes()).contains("vch_intake_topics");
      assertThat(report.ruleSets())
          .containsExactly(RuleSet.BASE.ref(), RuleSet.FLEMISH_VOUCHER.ref());
      assertThat(voucherPractice.validate(broken, RuleSet.BASE).codes())
          .as("named rule sets replace the defaults")
          .doesNotContain("vch_intake_topics");
    }
    assertThat(LoopbaanValidator.create().defaultRuleSets()).containsExactly(RuleSet.BASE);
    assertThat(LoopbaanValidator.create().validate(broken).codes())
        .doesNotContain("vch_intake_topics");
    assertThatThrownBy(() -> LoopbaanValidator.builder().defaultRuleSets())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("defaultRuleSets needs at least one rule set");
  }

  @Test
  void require_valid_passes_a_valid_report_and_throws_the_errors_codes_and_paths() {
    ValidationReport valid =
        LoopbaanValidator.create()
            .validate(RuleExamplesTest.complete(1, false), RuleSet.FLEMISH_VOUCHER);
    assertThat(valid.requireValid()).isSameAs(valid);
    ValidationReport invalid =
        LoopbaanValidator.create().validate(broken("vch_intake_topics"), RuleSet.FLEMISH_VOUCHER);
    assertThatThrownBy(invalid::requireValid)
        .isInstanceOfSatisfying(
            RulesViolatedException.class, e -> assertThat(e.report()).isSameAs(invalid))
        .hasMessage("1 rule violated: vch_intake_topics at " + invalid.errors().get(0).path());
    assertThatThrownBy(() -> new RulesViolatedException(valid))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("report has no error: nothing was violated");
    ValidationReport two =
        ValidationReport.of(List.of(invalid.errors().get(0), invalid.errors().get(0)));
    assertThat(new RulesViolatedException(two).getMessage()).startsWith("2 rules violated: ");
  }

  /** A Jakarta Validation factory that is not Hibernate Validator's. */
  private static final class Foreign implements ValidatorFactory {
    @Override
    public Validator getValidator() {
      throw new UnsupportedOperationException();
    }

    @Override
    public ValidatorContext usingContext() {
      throw new UnsupportedOperationException();
    }

    @Override
    public MessageInterpolator getMessageInterpolator() {
      throw new UnsupportedOperationException();
    }

    @Override
    public TraversableResolver getTraversableResolver() {
      throw new UnsupportedOperationException();
    }

    @Override
    public ConstraintValidatorFactory getConstraintValidatorFactory() {
      throw new UnsupportedOperationException();
    }

    @Override
    public ParameterNameProvider getParameterNameProvider() {
      throw new UnsupportedOperationException();
    }

    @Override
    public ClockProvider getClockProvider() {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new ValidationException("not " + type.getSimpleName());
    }

    @Override
    public void close() {}
  }
}
