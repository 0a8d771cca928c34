package io.github.loopbaan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/invariants.md} has one row per invariant of the code's catalogue ({@link
 * InvariantCatalogue}), and no row for a code the catalogue does not hold: an invariant added to
 * the code without a row, or removed from the code with its row left behind, fails here.
 */
class InvariantCatalogueTest {

  private static final Path DOCS = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
  private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z_/]+)` \\|");

  private static Set<String> rows() throws IOException {
    String page = Files.readString(DOCS.resolve("invariants.md"), StandardCharsets.UTF_8);
    Set<String> rows = new TreeSet<>();
    Matcher m = ROW.matcher(page);
    while (m.find()) {
      rows.add(m.group(1));
    }
    return rows;
  }

  private static Set<String> catalogue() {
    Set<String> all = new TreeSet<>();
    InvariantCatalogue.read(DOCS.resolve("../core/src/main/java").normalize())
        .values()
        .forEach(all::addAll);
    return all;
  }

  @Test
  void every_invariant_of_the_code_has_a_row_and_every_row_an_invariant() throws IOException {
    if (Boolean.getBoolean("loopbaan.printInvariants")) {
      for (Map.Entry<String, Set<String>> kind :
          InvariantCatalogue.read(DOCS.resolve("../core/src/main/java").normalize()).entrySet()) {
        kind.getValue()
            .forEach(code -> System.out.println("INVARIANT " + kind.getKey() + " " + code));
      }
    }
    Set<String> missing = new TreeSet<>(catalogue());
    missing.removeAll(rows());
    assertThat(missing).as("invariants of the code without a row in docs/invariants.md").isEmpty();
    Set<String> stale = new TreeSet<>(rows());
    stale.removeAll(catalogue());
    assertThat(stale).as("rows of docs/invariants.md for no invariant of the code").isEmpty();
  }

  @Test
  void the_catalogue_reads_each_kind_from_the_code() {
    Map<String, Set<String>> catalogue =
        InvariantCatalogue.read(DOCS.resolve("../core/src/main/java").normalize());
    assertThat(catalogue.get("structural"))
        .contains(
            "not_blank", "finalised_before_intake", "closed_unchanged", "signed_topic_explained");
    assertThat(catalogue.get("history"))
        .contains("history_walk", "history_transition", "status_matches_history", "final_state");
    assertThat(catalogue.get("lifecycle"))
        .contains(
            "trajectory/agreement_signed",
            "trajectory/pop_before_intake",
            "session/on_session_date");
    assertThat(catalogue.get("validation")).contains("vch_intake_topics", "base_plan_past_intake");
  }
}
