package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.testkit.RuleArbitraries;
import io.github.loopbaan.testkit.RuleArbitraries.RuleBreak;
import io.github.loopbaan.testkit.TrajectoryArbitraries;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** Properties of the rule sets over the testkit's generated values. */
class RuleProperties {

  static final LoopbaanValidator RULES = LoopbaanValidator.create();

  @AfterContainer
  static void close() {
    RULES.close();
  }

  @Provide
  Arbitrary<Trajectory> trajectories() {
    return TrajectoryArbitraries.trajectories();
  }

  @Provide
  Arbitrary<Trajectory> complete() {
    return RuleArbitraries.completeTrajectories();
  }

  @Provide
  Arbitrary<RuleBreak> broken() {
    return RuleArbitraries.broken();
  }

  @Property(tries = 300)
  void every_trajectory_the_testkit_calls_valid_has_no_errors_under_base(
      @ForAll("trajectories") Trajectory t) {
    assertThat(RULES.validate(t, RuleSet.BASE).errors()).isEmpty();
  }

  @Property(tries = 200)
  void every_complete_trajectory_satisfies_both_rule_sets_without_warnings(
      @ForAll("complete") Trajectory t) {
    assertThat(RULES.validate(t, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER).violations()).isEmpty();
  }

  @Property(tries = 300)
  void every_broken_value_yields_exactly_its_rule_code(@ForAll("broken") RuleBreak broken) {
    ValidationReport report = RULES.validate(broken.value(), RuleSet.BASE, RuleSet.FLEMISH_VOUCHER);
    assertThat(report.codes()).containsExactly(broken.code());
  }

  @Property(tries = 200)
  void messages_never_show_personal_data(@ForAll("complete") Trajectory t) {
    String name =
        t.getDevelopmentPlan().orElseThrow().getGeneralData().getClientName().orElseThrow();
    String question = t.getDevelopmentPlan().orElseThrow().getCareerQuestion().orElseThrow();
    for (String code : RuleArbitraries.VOUCHER_CODES) {
      if (code.startsWith("vch_attest")) {
        continue;
      }
      for (Violation v :
          RULES
              .validate(RuleArbitraries.breakRule(code, t).value(), RuleSet.FLEMISH_VOUCHER)
              .violations()) {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("nl")}) {
          assertThat(v.message(locale)).doesNotContain(name).doesNotContain(question);
        }
        assertThat(v.toString()).doesNotContain(name).doesNotContain(question);
      }
    }
  }
}
