package io.github.loopbaan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.Erasure;
import io.github.loopbaan.testkit.LoopbaanDomain;
import io.github.loopbaan.validation.LoopbaanValidator;
import io.github.loopbaan.validation.RuleSet;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * An erased trajectory still validates: under the base and the Flemish career-voucher rules it
 * breaks no rule that the trajectory itself kept, except the rules that ask for the very content
 * erasure takes out ({@link #CONTENT_RULES}: the POP's career question, client name, reflections
 * and choices, the career question the training attest rests on, and the warning that reads the
 * employment situation). Erasure takes out content (texts, health data, the client's key), never
 * the dates, hours, vouchers, phases and events the rules of an archived record count.
 */
@Domain(LoopbaanDomain.class)
class ErasureValidationProperties {

  private static final LoopbaanValidator VALIDATOR = LoopbaanValidator.create();

  /** The rules that ask for personal content, which an erased record no longer holds. */
  static final Set<String> CONTENT_RULES =
      Set.of(
          "vch_pop_career_question",
          "vch_pop_client_name",
          "vch_pop_reflections",
          "vch_pop_choices",
          "vch_attest_career_question",
          "base_farewell_forced_mobility");

  @AfterContainer
  static void close() {
    VALIDATOR.close();
  }

  @Property(tries = 200)
  void erasureBreaksNoRule(@ForAll Trajectory t) {
    Set<String> before = VALIDATOR.validate(t, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER).codes();
    Trajectory erased = Erasure.anonymising().erase(t).getTrajectory();
    Set<String> after = VALIDATOR.validate(erased, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER).codes();
    Set<String> added = new TreeSet<>(after);
    added.removeAll(before);
    assertThat(added).isSubsetOf(CONTENT_RULES);
  }
}
