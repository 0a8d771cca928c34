package io.github.loopbaan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated reference pages committed under {@code docs/} are what the code generates now. Run
 * with {@code -Dloopbaan.regenerate=true} to rewrite them.
 */
class GeneratedReferencesTest {

  private static final Path DOCS = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

  @Test
  void committed_reference_pages_are_fresh() throws IOException {
    if (Boolean.getBoolean("loopbaan.regenerate")) {
      Reference.write(DOCS);
    }
    for (Map.Entry<String, String> page : Reference.pages().entrySet()) {
      Path file = DOCS.resolve(page.getKey());
      assertThat(file).as(page.getKey() + " is missing; regenerate (see Reference)").exists();
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as(
              page.getKey()
                  + " is stale; regenerate with -Dloopbaan.regenerate=true (see Reference)")
          .isEqualTo(page.getValue());
    }
  }

  @Test
  void every_lifecycle_table_is_well_formed() {
    Reference.lifecycles()
        .forEach(
            (name, machine) -> {
              assertThat(machine.unreachableStates()).as(name + " unreachable states").isEmpty();
              if (!machine.getFinals().isEmpty()) {
                assertThat(machine.statesWithoutWayOut())
                    .as(name + " states without a way out")
                    .isEmpty();
              }
            });
  }
}
