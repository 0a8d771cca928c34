package io.github.loopbaan.benchmarks.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.testkit.RuleArbitraries;
import io.github.loopbaan.validation.LoopbaanValidator;
import io.github.loopbaan.validation.RuleSet;
import io.github.loopbaan.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The validation benchmark compares like with like: the hand-written checks ({@code baseline}),
 * plain Hibernate Validator ({@code hibernate}) and the facade ({@code loopbaan}) report exactly
 * the same rule codes, for the standard inputs and for values breaking each rule (every rule code
 * once, and 300 samples of {@link RuleArbitraries#broken()} at a fixed seed). No timing is
 * asserted.
 */
class ValidateTrajectoryTest {

  private static final LoopbaanValidator FACADE = LoopbaanValidator.create();
  private static final RuleChecks CHECKS = new RuleChecks(FundingRegimes.builtIn());
  private static final long SEED = 20261201L;

  @AfterAll
  static void close() {
    FACADE.close();
  }

  /** The three contenders' codes for a value under one rule set, after checking they agree. */
  private static Set<String> sameCodes(Object value, RuleSet set) {
    Set<String> facade = FACADE.validate(value, set).codes();
    Set<String> hand =
        new LinkedHashSet<>(
            CHECKS.check(value, set.equals(RuleSet.BASE), set.equals(RuleSet.FLEMISH_VOUCHER)));
    assertThat(hand)
        .as("hand-written checks under %s", set)
        .containsExactlyInAnyOrderElementsOf(facade);
    assertThat(CHECKS.check(value, set.equals(RuleSet.BASE), set.equals(RuleSet.FLEMISH_VOUCHER)))
        .as("each rule reported once")
        .doesNotHaveDuplicates();
    return facade;
  }

  @Test
  void everyContenderOfEveryGroupReportsTheSameCodesOnTheStandardInputs() {
    for (String size : List.of("medium", "large")) {
      for (String code : List.of("base", "flemish_voucher")) {
        ValidateTrajectory bench = new ValidateTrajectory();
        bench.size = size;
        bench.ruleSet = code;
        bench.setup();
        try {
          Set<String> facade = bench.loopbaan().codes();
          assertThat(new LinkedHashSet<>(bench.baseline()))
              .as("%s %s", size, code)
              .containsExactlyInAnyOrderElementsOf(facade);
          Set<String> hibernate = new LinkedHashSet<>();
          for (ConstraintViolation<Trajectory> v : bench.hibernate()) {
            hibernate.add(Violation.of(v).code());
          }
          assertThat(hibernate).as("%s %s", size, code).containsExactlyInAnyOrderElementsOf(facade);
          assertThat(sameCodes(bench.trajectory(), ValidateTrajectory.ruleSet(code)))
              .isEqualTo(facade);
        } finally {
          bench.tearDown();
        }
      }
    }
  }

  @Test
  void theHandWrittenChecksReportEachBrokenRuleExactlyAsTheFacade() {
    List<String> codes = new ArrayList<>(RuleArbitraries.BASE_CODES);
    codes.addAll(RuleArbitraries.VOUCHER_CODES);
    for (int vouchers = 1; vouchers <= 2; vouchers++) {
      for (String code : codes) {
        Trajectory complete =
            RuleArbitraries.complete(
                LocalDate.of(2025, 2, 3),
                vouchers,
                code.startsWith("vch_attest"),
                "Wat wil ik nog bereiken in mijn werk?",
                "An Peeters");
        assertThat(sameCodes(complete, RuleSet.BASE)).isEmpty();
        assertThat(sameCodes(complete, RuleSet.FLEMISH_VOUCHER)).isEmpty();
        RuleArbitraries.RuleBreak broken = RuleArbitraries.breakRule(code, complete);
        RuleSet own = broken.group() == Default.class ? RuleSet.BASE : RuleSet.FLEMISH_VOUCHER;
        assertThat(sameCodes(broken.value(), own)).as("%s", broken).contains(code);
        sameCodes(
            broken.value(), own.equals(RuleSet.BASE) ? RuleSet.FLEMISH_VOUCHER : RuleSet.BASE);
      }
    }
  }

  @Test
  void theHandWrittenChecksAgreeWithTheFacadeOnSampledBrokenValues() {
    Arbitrary<RuleArbitraries.RuleBreak> broken = RuleArbitraries.broken();
    Set<String> seen = new LinkedHashSet<>();
    JqwikSession.start();
    try {
      RandomGenerator<RuleArbitraries.RuleBreak> generator = broken.generator(1000);
      Random random = new Random(SEED);
      for (int i = 0; i < 300; i++) {
        RuleArbitraries.RuleBreak b = generator.next(random).value();
        Set<String> all = new LinkedHashSet<>(sameCodes(b.value(), RuleSet.BASE));
        all.addAll(sameCodes(b.value(), RuleSet.FLEMISH_VOUCHER));
        assertThat(all).as("%s", b).contains(b.code());
        seen.add(b.code());
      }
    } finally {
      JqwikSession.finish();
    }
    assertThat(seen).as("the sample reaches most rules").hasSizeGreaterThan(15);
  }
}
