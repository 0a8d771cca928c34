package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.rules.FlemishVoucher;
import io.github.loopbaan.testkit.RuleArbitraries;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
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
}
