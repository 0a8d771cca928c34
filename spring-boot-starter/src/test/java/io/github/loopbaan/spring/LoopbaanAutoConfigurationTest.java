package io.github.loopbaan.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.trajectory.FundingRegime;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.serialization.LoopbaanJson;
import io.github.loopbaan.validation.LoopbaanValidator;
import io.github.loopbaan.validation.RuleSet;
import io.github.loopbaan.validation.ValidationReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** What the starter puts into a Spring Boot application context, and when it steps aside. */
class LoopbaanAutoConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  JacksonAutoConfiguration.class,
                  ValidationAutoConfiguration.class,
                  LoopbaanAutoConfiguration.class));

  @Test
  void without_properties_the_beans_behave_as_the_library_defaults() {
    runner.run(
        context -> {
          LoopbaanJson json = context.getBean(LoopbaanJson.class);
          assertThat(json.isStrict()).isTrue();
          assertThat(json.maxDocumentBytes()).isEqualTo(LoopbaanJson.DEFAULT_MAX_DOCUMENT_BYTES);
          assertThat(json.catalogue()).isEqualTo(Catalogue.standard());
          LoopbaanValidator validator = context.getBean(LoopbaanValidator.class);
          assertThat(validator.defaultRuleSets()).containsExactly(RuleSet.BASE);
          assertThat(validator.regimes()).isEqualTo(FundingRegimes.builtIn());
          Trajectory t = Fixtures.complete();
          assertThat(json.writeDocument(t)).isEqualTo(LoopbaanJson.standard().writeDocument(t));
        });
  }

  @Test
  void properties_set_limits_strictness_rule_sets_and_regimes() {
    runner
        .withPropertyValues(
            "loopbaan.json.strict=false",
            "loopbaan.json.max-document-size=64KB",
            "loopbaan.json.max-string-length=100",
            "loopbaan.validation.rule-sets=base,flemish_voucher",
            "loopbaan.validation.regimes=vdab_004@1")
        .run(
            context -> {
              LoopbaanJson json = context.getBean(LoopbaanJson.class);
              assertThat(json.isStrict()).isFalse();
              assertThat(json.maxDocumentBytes()).isEqualTo(64 * 1024);
              assertThatThrownBy(() -> json.read("\"" + "x".repeat(101) + "\"", String.class))
                  .isInstanceOfSatisfying(
                      LoopbaanJsonException.class,
                      e -> assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED));
              assertThat(json.read("\"" + "x".repeat(100) + "\"", String.class)).hasSize(100);
              LoopbaanValidator validator = context.getBean(LoopbaanValidator.class);
              assertThat(validator.defaultRuleSets())
                  .containsExactly(RuleSet.BASE, RuleSet.FLEMISH_VOUCHER);
              assertThat(validator.regimes().all()).containsExactly(FundingRegime.VDAB_004);
              ValidationReport report = validator.validate(Fixtures.brokenUnderVoucherRules());
              assertThat(report.codes())
                  .as("a validate call without rule sets applies the configured ones")
                  .contains("vch_intake_topics");
            });
  }

  @Test
  void an_unknown_rule_set_or_regime_stops_the_start_with_the_property_named() {
    runner
        .withPropertyValues("loopbaan.validation.rule-sets=base,dutch_voucher")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("loopbaan.validation.rule-sets names 'dutch_voucher'")
                    .hasMessageContaining("base, flemish_voucher"));
    runner
        .withPropertyValues("loopbaan.validation.regimes=vdab_009")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("loopbaan.validation.regimes names 'vdab_009'")
                    .hasMessageContaining("vdab_004@1"));
    runner
        .withPropertyValues("loopbaan.validation.rule-sets=")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("loopbaan.validation.rule-sets is empty"));
  }

  @Test
  void the_applications_own_beans_win() {
    LoopbaanJson own = LoopbaanJson.builder().maxCollectionSize(7).build();
    LoopbaanValidator ownValidator = LoopbaanValidator.create();
    Catalogue catalogue = Catalogue.standard();
    runner
        .withBean(LoopbaanJson.class, () -> own)
        .withBean(LoopbaanValidator.class, () -> ownValidator)
        .run(
            context -> {
              assertThat(context.getBean(LoopbaanJson.class)).isSameAs(own);
              assertThat(context.getBean(LoopbaanValidator.class)).isSameAs(ownValidator);
            });
    FundingRegimes regimes = FundingRegimes.of(FundingRegime.GENERAL);
    runner
        .withBean(FundingRegimes.class, () -> regimes)
        .withBean(Catalogue.class, () -> catalogue)
        .run(
            context -> {
              assertThat(context.getBean(LoopbaanValidator.class).regimes()).isSameAs(regimes);
              assertThat(context.getBean(LoopbaanValidator.class).catalogue()).isSameAs(catalogue);
              assertThat(context.getBean(LoopbaanJson.class).catalogue()).isSameAs(catalogue);
            });
  }

  @Test
  void the_validator_is_built_on_the_applications_factory_and_leaves_it_open() {
    ApplicationContextRunner withAppInterpolator =
        runner.withBean(
            ValidationConfigurationCustomizer.class,
            () -> configuration -> configuration.messageInterpolator(new Marked()));
    withAppInterpolator.run(
        context -> {
          LoopbaanValidator validator = context.getBean(LoopbaanValidator.class);
          Set<ConstraintViolation<Trajectory>> raw =
              validator
                  .jakartaValidator()
                  .validate(Fixtures.brokenUnderVoucherRules(), RuleSet.FLEMISH_VOUCHER.group());
          assertThat(raw)
              .as("the violations come from the application's factory, with its interpolator")
              .isNotEmpty()
              .allSatisfy(v -> assertThat(v.getMessage()).startsWith("[app]"));
          ValidationReport report =
              validator.validate(Fixtures.brokenUnderVoucherRules(), RuleSet.FLEMISH_VOUCHER);
          assertThat(report.errors())
              .as("the report's messages are Loopbaan's, whatever the factory's interpolator")
              .allSatisfy(
                  v -> assertThat(v.message(Locale.forLanguageTag("nl"))).doesNotContain("[app]"));
          validator.close();
          ValidatorFactory factory = context.getBean(ValidatorFactory.class);
          assertThat(factory.getValidator().validate(Fixtures.complete()))
              .as("closing the facade leaves the application's factory usable")
              .isEmpty();
        });
    withAppInterpolator
        .withPropertyValues("loopbaan.validation.use-application-factory=false")
        .run(
            context ->
                assertThat(
                        context
                            .getBean(LoopbaanValidator.class)
                            .jakartaValidator()
                            .validate(
                                Fixtures.brokenUnderVoucherRules(),
                                RuleSet.FLEMISH_VOUCHER.group()))
                    .isNotEmpty()
                    .allSatisfy(v -> assertThat(v.getMessage()).doesNotStartWith("[app]")));
  }

  @Test
  void
      an_application_module_cannot_change_the_wire_format_and_the_application_mapper_still_writes_model_values() {
    Trajectory t = Fixtures.complete();
    runner
        .withBean(
            JsonMapperBuilderCustomizer.class,
            () ->
                builder ->
                    builder.addModule(
                        new SimpleModule("application")
                            .addSerializer(Money.class, new MoneySerializer())
                            .addSerializer(Trajectory.class, new Constant<>("a trajectory"))))
        .run(
            context -> {
              JsonMapper application = context.getBean(JsonMapper.class);
              assertThat(application.writeValueAsString(t))
                  .as("the application's module decides in the application's mapper")
                  .isEqualTo("\"a trajectory\"");
              LoopbaanJson json = context.getBean(LoopbaanJson.class);
              assertThat(json.writeDocument(t))
                  .as("but not in Loopbaan's")
                  .isEqualTo(LoopbaanJson.standard().writeDocument(t));
              assertThat(json.readDocument(json.writeDocument(t), Trajectory.class)).isEqualTo(t);
              assertThat(
                      application.writeValueAsString(
                          Map.of("fee", new Money(1250), "client", t.getClient())))
                  .as("the application's mapper writes its types with Loopbaan values inside")
                  .contains("\"fee\":\"EUR 12.50\"")
                  .contains("\"client\":" + LoopbaanJson.standard().write(t.getClient()));
            });
  }

  private static final class Constant<T> extends ValueSerializer<T> {
    private final String text;

    Constant(String text) {
      this.text = text;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(text);
    }
  }

  /** An application's own type, with its own serializer in the application's mapper. */
  static final class Money {
    final long cents;

    Money(long cents) {
      this.cents = cents;
    }
  }

  static final class MoneySerializer extends ValueSerializer<Money> {
    @Override
    public void serialize(Money value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(
          String.format(Locale.ROOT, "EUR %d.%02d", value.cents / 100, value.cents % 100));
    }
  }

  /** An application's interpolator that marks every message it renders. */
  static final class Marked implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return "[app]" + template;
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return "[app]" + template;
    }
  }
}
