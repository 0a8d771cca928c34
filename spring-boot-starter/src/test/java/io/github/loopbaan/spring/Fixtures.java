package io.github.loopbaan.spring;

import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.testkit.RuleArbitraries;
import java.time.LocalDate;

/** Values the starter's tests send and expect: built by the testkit, without a property engine. */
final class Fixtures {

  private Fixtures() {}

  /**
   * @return a closed voucher trajectory that satisfies the base and voucher rules
   */
  static Trajectory complete() {
    return RuleArbitraries.complete(
        LocalDate.of(2026, 3, 2), 1, false, "Wat wil ik na mijn ontslag?", "Sanne Peeters");
  }

  /**
   * @return the complete trajectory with the voucher rule {@code vch_intake_topics} broken
   */
  static Trajectory brokenUnderVoucherRules() {
    return (Trajectory) RuleArbitraries.breakRule("vch_intake_topics", complete()).value();
  }
}
