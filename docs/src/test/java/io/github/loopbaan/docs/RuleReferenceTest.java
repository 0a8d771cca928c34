package io.github.loopbaan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code docs/rules.md} is what the code generates now. Run with {@code
 * -Dloopbaan.regenerate=true} to rewrite it.
 */
class RuleReferenceTest {

  private static final Path DOCS = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

  @Test
  void committed_rule_reference_is_fresh() throws IOException {
    if (Boolean.getBoolean("loopbaan.regenerate")) {
      RuleReference.write(DOCS);
    }
    Path file = DOCS.resolve(RuleReference.PAGE);
    assertThat(file).as("rules.md is missing; regenerate (see RuleReference)").exists();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("rules.md is stale; regenerate with -Dloopbaan.regenerate=true (see RuleReference)")
        .isEqualTo(RuleReference.page());
  }

  @Test
  void the_reference_lists_every_rule_once_with_both_languages() {
    String page = RuleReference.page();
    assertThat(page)
        .contains(
            "| `vch_intake_topics` | flemish_voucher | career-voucher regime of the funding"
                + " (`vdab_004` built in) | error | IntakeAgreement |")
        .contains("| `vch_pop_signature` | flemish_voucher |")
        .contains("| warning | DevelopmentPlan |")
        .contains("| `base_goal_past_intake` | base | any | error | Trajectory |")
        .contains("individuele begeleiding")
        .contains(
            "| `vdab_004@1` | career_voucher | from the start | yes | yes | 1 year | 4 h | 2 h 30 min"
                + " | 1 h 30 min | 30 min | 2 |")
        .contains("| `general@1` | any | from the start | no | no | none after closing |");
    assertThat(
            page.lines().filter(l -> l.startsWith("| `base_") || l.startsWith("| `vch_")).count())
        .isEqualTo(36);
  }
}
