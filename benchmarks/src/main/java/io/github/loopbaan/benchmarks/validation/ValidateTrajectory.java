package io.github.loopbaan.benchmarks.validation;

import io.github.loopbaan.benchmarks.Config;
import io.github.loopbaan.benchmarks.Measures;
import io.github.loopbaan.benchmarks.inputs.StandardInputs;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.validation.LoopbaanValidator;
import io.github.loopbaan.validation.RuleSet;
import io.github.loopbaan.validation.ValidationReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation: one standard trajectory (medium or large) validated under one rule set, by three
 * contenders that check the same rules on the same graph: hand-written if-checks (the limit, {@code
 * baseline}), a cached plain Hibernate Validator on the bean constraints alone ({@code hibernate},
 * the denominator of the goal) and the facade ({@code loopbaan}). The validator factories are built
 * once in the setup, as an application would.
 */
@Measures(
    "One standard trajectory (medium: 12 sessions, a POP with 3 insights and 20 actions; large: 1,000 "
        + "sessions, 2,000 actions) validated under one rule set (`base`, or `flemish_voucher` alone), the intake "
        + "agreement and the POP included (cascaded); validators built once, in the setup.")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(
    value = Config.FORKS,
    jvmArgsAppend = {Config.XMS, Config.XMX, Config.GC})
@Warmup(iterations = Config.WARMUP, time = Config.SECONDS)
@Measurement(iterations = Config.MEASUREMENT, time = Config.SECONDS)
@State(Scope.Benchmark)
public class ValidateTrajectory {

  /** The standard input: {@code medium} or {@code large}. */
  @Param({"medium", "large"})
  public String size;

  /**
   * The rule set: {@code base} or {@code flemish_voucher}, the code of {@link RuleSet#BASE} or
   * {@link RuleSet#FLEMISH_VOUCHER}.
   */
  @Param({"base", "flemish_voucher"})
  public String ruleSet;

  private Trajectory trajectory;
  private RuleSet set;
  private Class<?>[] groups;
  private boolean base;
  private boolean voucher;
  private RuleChecks checks;
  private ValidatorFactory hibernateFactory;
  private Validator hibernateValidator;
  private LoopbaanValidator loopbaanValidator;

  /** Builds the input and every contender once. */
  @Setup
  public void setup() {
    trajectory = input(size);
    set = ruleSet(ruleSet);
    groups = new Class<?>[] {set.group()};
    base = set.equals(RuleSet.BASE);
    voucher = set.equals(RuleSet.FLEMISH_VOUCHER);
    checks = new RuleChecks(FundingRegimes.builtIn());
    hibernateFactory = hibernateFactory();
    hibernateValidator = hibernateFactory.getValidator();
    loopbaanValidator = LoopbaanValidator.create();
  }

  /** Closes the validator factories. */
  @TearDown
  public void tearDown() {
    hibernateFactory.close();
    loopbaanValidator.close();
  }

  /**
   * @param size {@code medium} or {@code large}
   * @return the standard trajectory of that size
   */
  static Trajectory input(String size) {
    switch (size) {
      case "medium":
        return StandardInputs.mediumTrajectory();
      case "large":
        return StandardInputs.largeTrajectory();
      default:
        throw new IllegalArgumentException("Unknown size " + size);
    }
  }

  /**
   * @param code a rule set code
   * @return the shipped rule set with that code
   */
  static RuleSet ruleSet(String code) {
    if (code.equals(RuleSet.BASE.code())) {
      return RuleSet.BASE;
    }
    if (code.equals(RuleSet.FLEMISH_VOUCHER.code())) {
      return RuleSet.FLEMISH_VOUCHER;
    }
    throw new IllegalArgumentException("Unknown rule set " + code);
  }

  /**
   * A plain Hibernate Validator factory with what the rules need and nothing of the facade: the
   * same message interpolator (no expression language) and the same voucher regimes as the facade's
   * default.
   *
   * @return the factory
   */
  static ValidatorFactory hibernateFactory() {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .constraintValidatorPayload(FundingRegimes.builtIn())
        .buildValidatorFactory();
  }

  /**
   * @return the codes of the failed rules, from the hand-written checks
   */
  @Benchmark
  @Measures(
      "The limit: the same rules as hand-written if-checks over the graph, one method per rule code "
          + "(`RuleChecks`), answering the list of failed codes; the setup test shows they report exactly the "
          + "facade's codes.")
  public List<String> baseline() {
    return checks.check(trajectory, base, voucher);
  }

  /**
   * @return Hibernate Validator's violations
   */
  @Benchmark
  @Measures(
      "Hibernate Validator alone: a cached `Validator` (no expression language, same regimes payload) "
          + "`validate(trajectory, group)` on the bean constraints of the rule set; the goal's denominator.")
  public Set<ConstraintViolation<Trajectory>> hibernate() {
    return hibernateValidator.validate(trajectory, groups);
  }

  /**
   * @return the facade's report
   */
  @Benchmark
  @Measures(
      "Loopbaan: a cached `LoopbaanValidator` `validate(trajectory, ruleSet)`, the report with each "
          + "violation's code, severity, rule set, path and facts.")
  public ValidationReport loopbaan() {
    return loopbaanValidator.validate(trajectory, set);
  }

  /**
   * @return the trajectory under test, for the setup test
   */
  Trajectory trajectory() {
    return trajectory;
  }
}
