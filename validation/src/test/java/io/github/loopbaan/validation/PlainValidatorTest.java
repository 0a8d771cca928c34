package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.rules.FlemishVoucher;
import io.github.loopbaan.testkit.RuleArbitraries;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A plain default validator, with no Loopbaan configuration (and an EL implementation on the test
 * class path), finds the same violations, by code and path, as the facade: the constraints live on
 * the model and the validators are service-loaded.
 */
class PlainValidatorTest {

  static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  static final Validator PLAIN = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  static Stream<String> codes() {
    return RuleExamplesTest.codes();
  }

  @ParameterizedTest
  @MethodSource("codes")
  void a_plain_validator_finds_the_same_codes_and_paths(String code) {
    Object value =
        RuleArbitraries.breakRule(code, RuleExamplesTest.complete(2, code.startsWith("vch_attest")))
            .value();
    Set<ConstraintViolation<Object>> plain =
        PLAIN.validate(value, Default.class, FlemishVoucher.class);
    Set<String> plainKeys =
        plain.stream()
            .map(v -> Violation.of(v).code() + "@" + v.getPropertyPath())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> facadeKeys =
        RuleExamplesTest.both(value).violations().stream()
            .map(v -> v.code() + "@" + v.path())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(plainKeys).isNotEmpty().isEqualTo(facadeKeys);
    assertThat(plain).allSatisfy(v -> assertThat(v.getMessage()).doesNotContain("{io.github"));
  }

  /**
   * Issue 16: a message made by a framework's own validator, here a plain Hibernate Validator whose
   * default locale is Dutch or English, is the facade's message of that language, facts included
   * (durations, periods and labels are in the language too), and the rule code is a message
   * parameter an application's template can name.
   */
  @ParameterizedTest
  @MethodSource("codes")
  void a_plain_validator_gives_the_message_of_its_language_facts_included(String code) {
    Object value =
        RuleArbitraries.breakRule(code, RuleExamplesTest.complete(2, code.startsWith("vch_attest")))
            .value();
    for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
      try (ValidatorFactory factory =
          Validation.byProvider(HibernateValidator.class)
              .configure()
              .defaultLocale(locale)
              .buildValidatorFactory()) {
        Set<ConstraintViolation<Object>> plain =
            factory.getValidator().validate(value, Default.class, FlemishVoucher.class);
        assertThat(plain).isNotEmpty();
        for (ConstraintViolation<Object> v : plain) {
          assertThat(v.getMessage())
              .as(code + " in " + locale)
              .isEqualTo(Violation.of(v).message(locale))
              .doesNotContain("_nl}");
        }
      }
    }
  }

  @Test
  void dutch_facts_read_in_dutch_through_a_plain_validator() {
    Object value =
        RuleArbitraries.breakRule("vch_intake_topics", RuleExamplesTest.complete(1, false)).value();
    try (ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .defaultLocale(Locale.forLanguageTag("nl"))
            .buildValidatorFactory()) {
      Set<ConstraintViolation<Object>> plain =
          factory.getValidator().validate(value, Default.class, FlemishVoucher.class);
      ConstraintViolation<Object> topics =
          plain.stream()
              .filter(v -> Violation.of(v).code().equals("vch_intake_topics"))
              .findFirst()
              .orElseThrow();
      Object missing = Violation.of(topics).facts().get("missing");
      assertThat(missing).isInstanceOf(Collection.class);
      Object first = ((Collection<?>) missing).iterator().next();
      String dutch = ((Coded) first).label(Locale.forLanguageTag("nl"));
      String english = ((Coded) first).label(Locale.ENGLISH);
      assertThat(topics.getMessage()).contains(dutch);
      if (!dutch.equals(english)) {
        assertThat(topics.getMessage()).doesNotContain(english);
      }
    }
  }

  @Test
  void the_rule_code_is_a_message_parameter_a_framework_can_read() {
    Object value =
        RuleArbitraries.breakRule("vch_intake_topics", RuleExamplesTest.complete(1, false)).value();
    Set<Object> codes = new TreeSet<>();
    MessageInterpolator recording =
        new MessageInterpolator() {
          @Override
          public String interpolate(String template, Context context) {
            return interpolate(template, context, Locale.ENGLISH);
          }

          @Override
          public String interpolate(String template, Context context, Locale locale) {
            codes.add(
                context
                    .unwrap(HibernateMessageInterpolatorContext.class)
                    .getMessageParameters()
                    .get("ruleCode"));
            return template;
          }
        };
    try (ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(recording)
            .buildValidatorFactory()) {
      factory.getValidator().validate(value, Default.class, FlemishVoucher.class);
    }
    assertThat(codes).contains("vch_intake_topics");
  }
}
