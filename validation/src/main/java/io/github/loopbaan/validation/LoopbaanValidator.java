package io.github.loopbaan.validation;

import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.rules.RuleCode;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.VoucherHistory;
import io.github.loopbaan.validation.constraints.RuleContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates Loopbaan values against rule sets (Dutch: regelcontrole): one facade over Hibernate
 * Validator.
 *
 * <pre>{@code
 * LoopbaanValidator rules = LoopbaanValidator.create();          // once; thread-safe, reuse it
 * ValidationReport report = rules.validate(trajectory, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER);
 * report.errors().forEach(v -> out.println(v.code() + " " + v.path() + " " + v.message(Locale.forLanguageTag("nl"))));
 * }</pre>
 *
 * <p>The validator factory is bootstrapped once per {@code LoopbaanValidator} and reused; it and
 * this facade are thread-safe. Messages need no expression language: they hold only named facts
 * (durations, codes, counts), so the factory uses Hibernate Validator's {@link
 * ParameterMessageInterpolator} and Loopbaan needs no EL implementation at run time. The constraint
 * validators are found through {@code META-INF/services/jakarta.validation.ConstraintValidator};
 * the funding regimes and the catalogue the validator accepts reach them as Hibernate Validator's
 * constraint validator payload ({@link FundingRegimes#builtIn()} and {@link Catalogue#standard()}
 * when none is given).
 *
 * <p><b>On an application's own factory.</b> {@link Builder#validatorFactory(ValidatorFactory)}
 * builds the facade on a Hibernate Validator factory the application already has (the one Spring
 * Boot or Quarkus configures), so there is one factory with one configuration: the facade then
 * validates through a validator of that factory with the regimes and catalogue as payload, and
 * {@link #close()} leaves the borrowed factory open. The messages of the {@link ValidationReport}
 * are the same either way: {@link Violation#message(Locale)} renders them from the rule's facts,
 * not through the factory's interpolator.
 */
public final class LoopbaanValidator implements AutoCloseable {

  private static final List<Class<?>> MODEL_TYPES =
      List.of(Trajectory.class, IntakeAgreement.class, DevelopmentPlan.class);
  private static final Pattern KEY = Pattern.compile("\\{([^{}]+)}");

  private final HibernateValidatorFactory factory;
  private final boolean ownsFactory;
  private final Validator validator;
  private final FundingRegimes regimes;
  private final Catalogue catalogue;
  private final List<RuleSet> defaultRuleSets;

  private LoopbaanValidator(Builder builder) {
    this.regimes = builder.regimes;
    this.catalogue = builder.catalogue;
    this.defaultRuleSets = builder.defaultRuleSets;
    this.ownsFactory = builder.factory == null;
    this.factory =
        ownsFactory
            ? Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(
                    new ParameterMessageInterpolator(
                        Set.of(Locale.ENGLISH, Locale.forLanguageTag("nl")), Locale.ENGLISH, false))
                .defaultLocale(Locale.ENGLISH)
                .buildValidatorFactory()
                .unwrap(HibernateValidatorFactory.class)
            : hibernate(builder.factory);
    this.validator =
        factory
            .usingContext()
            .constraintValidatorPayload(RuleContext.of(regimes, Optional.empty(), catalogue))
            .getValidator();
  }

  private static HibernateValidatorFactory hibernate(ValidatorFactory factory) {
    try {
      return factory.unwrap(HibernateValidatorFactory.class);
    } catch (ValidationException e) {
      throw new IllegalArgumentException(
          "validatorFactory must be a Hibernate Validator factory: Loopbaan's rules read their"
              + " regimes and catalogue from Hibernate Validator's constraint validator payload",
          e);
    }
  }

  /**
   * @return a validator that accepts the built-in funding regimes ({@link
   *     FundingRegimes#builtIn()})
   */
  public static LoopbaanValidator create() {
    return builder().build();
  }

  /**
   * @return a builder, to choose the funding regimes
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates a value against rule sets.
   *
   * @param value a model value: a trajectory, a development plan, an intake agreement, or your own
   *     type
   * @param sets the rule sets; none means the {@linkplain #defaultRuleSets() default rule sets}
   * @return the report: every violation with its rule code, severity, path and message, and the
   *     regime and rule set versions applied
   */
  public ValidationReport validate(Object value, RuleSet... sets) {
    return validate(validator, value, orDefault(sets));
  }

  private RuleSet[] orDefault(RuleSet... sets) {
    return sets.length == 0 ? defaultRuleSets.toArray(new RuleSet[0]) : sets;
  }

  /**
   * Validates a trajectory with what the application knows of the person's earlier vouchers, so
   * that the rules that need them apply too: {@code vch_vouchers_per_person} (the vouchers used
   * within the regime's period, these included, stay within the regime's vouchers per person) and
   * {@code vch_waiting_period} (the guidance starts after the regime's waiting period since the
   * person's latest earlier package). Without a history those rules are not checked.
   *
   * @param trajectory the trajectory
   * @param history the person's earlier vouchers, across trajectories
   * @param sets the rule sets; none means the {@linkplain #defaultRuleSets() default rule sets}
   * @return the report
   */
  public ValidationReport validate(Trajectory trajectory, VoucherHistory history, RuleSet... sets) {
    Objects.requireNonNull(history, "history");
    Validator withHistory =
        factory
            .usingContext()
            .constraintValidatorPayload(RuleContext.of(regimes, Optional.of(history), catalogue))
            .getValidator();
    return validate(withHistory, trajectory, orDefault(sets));
  }

  private static ValidationReport validate(Validator validator, Object value, RuleSet... sets) {
    Objects.requireNonNull(value, "value");
    Set<Class<?>> groups = new LinkedHashSet<>();
    for (RuleSet set : sets) {
      groups.add(Objects.requireNonNull(set, "rule set").group());
    }
    List<Violation> violations = new ArrayList<>();
    for (ConstraintViolation<Object> violation :
        validator.validate(value, groups.toArray(new Class<?>[0]))) {
      violations.add(Violation.of(violation));
    }
    List<String> applied = new ArrayList<>();
    for (RuleSet set : sets) {
      applied.add(set.ref());
    }
    Optional<String> regime =
        value instanceof Trajectory
            ? Optional.of(((Trajectory) value).getFunding().getRegime().ref())
            : Optional.empty();
    return ValidationReport.of(violations, regime, applied);
  }

  /**
   * @return the underlying Jakarta Validation validator, for an application's own use; thread-safe
   */
  public Validator jakartaValidator() {
    return validator;
  }

  /**
   * @return the rule sets a {@code validate} call without rule sets applies, in order ({@link
   *     RuleSet#BASE} unless {@link Builder#defaultRuleSets(RuleSet...)} chose others)
   */
  public List<RuleSet> defaultRuleSets() {
    return defaultRuleSets;
  }

  /**
   * @return the funding regimes the validator accepts
   */
  public FundingRegimes regimes() {
    return regimes;
  }

  /**
   * @return the catalogue entries the validator accepts (rule {@code base_catalogue_entries_known})
   */
  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * @return every rule declared on the model types ({@code Trajectory}, {@code IntakeAgreement},
   *     {@code DevelopmentPlan}), ordered by rule set ({@code base} first) and code
   */
  public List<RuleInfo> rules() {
    List<RuleInfo> rules = new ArrayList<>();
    for (Class<?> type : MODEL_TYPES) {
      for (ConstraintDescriptor<?> d :
          validator.getConstraintsForClass(type).getConstraintDescriptors()) {
        RuleCode code = d.getAnnotation().annotationType().getAnnotation(RuleCode.class);
        String template = d.getMessageTemplate();
        Matcher key = KEY.matcher(template);
        String keyName = key.matches() ? key.group(1) : template;
        rules.add(
            new RuleInfo(
                Violation.codeOf(d),
                d.getGroups().stream()
                    .map(RuleSet::codeOf)
                    .sorted()
                    .findFirst()
                    .orElse(RuleSet.BASE.code()),
                Violation.severityOf(d),
                type.getSimpleName(),
                code == null ? "" : code.source(),
                Texts.bundle("en").getProperty(keyName, template),
                Texts.bundle("nl").getProperty(keyName, template)));
      }
    }
    rules.sort(
        Comparator.comparing((RuleInfo r) -> !r.ruleSet().equals(RuleSet.BASE.code()))
            .thenComparing(RuleInfo::ruleSet)
            .thenComparing(RuleInfo::code));
    return rules;
  }

  /**
   * Closes the validator factory this facade bootstrapped; a factory given to {@link
   * Builder#validatorFactory(ValidatorFactory)} belongs to the application and stays open.
   */
  @Override
  public void close() {
    if (ownsFactory) {
      factory.close();
    }
  }

  /** Builds a {@link LoopbaanValidator}. */
  public static final class Builder {
    private FundingRegimes regimes = FundingRegimes.builtIn();
    private Catalogue catalogue = Catalogue.standard();
    private List<RuleSet> defaultRuleSets = List.of(RuleSet.BASE);
    private ValidatorFactory factory;

    private Builder() {}

    /**
     * Builds the facade on an application's own Hibernate Validator factory instead of a factory of
     * its own, so that the application has one factory with one configuration (Spring Boot's {@code
     * LocalValidatorFactoryBean}, Quarkus's factory, or a plain one). The rules find their
     * validators in any such factory through {@code META-INF/services}. The facade does not close
     * the factory.
     *
     * @param value a factory whose provider is Hibernate Validator (one that {@code
     *     unwrap(HibernateValidatorFactory.class)} answers)
     * @return this builder
     * @throws IllegalArgumentException when the factory is not Hibernate Validator's
     */
    public Builder validatorFactory(ValidatorFactory value) {
      hibernate(Objects.requireNonNull(value, "validatorFactory"));
      this.factory = value;
      return this;
    }

    /**
     * @param sets the rule sets a {@code validate} call without rule sets applies (for example
     *     {@link RuleSet#BASE} and {@link RuleSet#FLEMISH_VOUCHER} for a voucher practice); at
     *     least one; {@link RuleSet#BASE} alone by default
     * @return this builder
     * @throws IllegalArgumentException when no rule set is given
     */
    public Builder defaultRuleSets(RuleSet... sets) {
      if (sets.length == 0) {
        throw new IllegalArgumentException("defaultRuleSets needs at least one rule set");
      }
      List<RuleSet> list = new ArrayList<>();
      for (RuleSet set : sets) {
        list.add(Objects.requireNonNull(set, "rule set"));
      }
      this.defaultRuleSets = List.copyOf(list);
      return this;
    }

    /**
     * @param value the catalogue entries the validator accepts, an application's own included (rule
     *     {@code base_catalogue_entries_known}); {@link Catalogue#standard()} by default
     * @return this builder
     */
    public Builder catalogue(Catalogue value) {
      this.catalogue = Objects.requireNonNull(value, "catalogue");
      return this;
    }

    /**
     * @param value the funding regimes the validator accepts (rule {@code base_regime_registered});
     *     an immutable value, so no other validator is affected
     * @return this builder
     */
    public Builder regimes(FundingRegimes value) {
      this.regimes = Objects.requireNonNull(value, "regimes");
      return this;
    }

    /**
     * @return the validator, with its factory bootstrapped
     */
    public LoopbaanValidator build() {
      return new LoopbaanValidator(this);
    }
  }
}
