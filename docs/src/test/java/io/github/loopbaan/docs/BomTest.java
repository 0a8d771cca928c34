package io.github.loopbaan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM manages every published jar, and pins jqwik at the version the build uses (the BOM has no
 * parent, so the version is written twice).
 */
class BomTest {

  private static final String BOM = Snippets.page("../bom/pom.xml");

  @Test
  void the_bom_manages_every_published_jar() {
    assertThat(BOM)
        .contains(
            "<artifactId>loopbaan-core</artifactId>",
            "<artifactId>loopbaan-testkit</artifactId>",
            "<artifactId>loopbaan-validation</artifactId>",
            "<artifactId>loopbaan-format</artifactId>",
            "<artifactId>loopbaan-serialization</artifactId>",
            "<artifactId>loopbaan-serialization-jackson2</artifactId>",
            "<artifactId>loopbaan-spring-boot-starter</artifactId>");
  }

  @Test
  void the_bom_pins_every_jqwik_artifact_at_the_builds_version() {
    Matcher parent =
        Pattern.compile("<jqwik.version>([^<]+)</jqwik.version>")
            .matcher(Snippets.page("../pom.xml"));
    assertThat(parent.find()).isTrue();
    Matcher pinned =
        Pattern.compile(
                "<groupId>net.jqwik</groupId>\\s*<artifactId>([a-z-]+)</artifactId>\\s*"
                    + "<version>([^<]+)</version>")
            .matcher(BOM);
    List<String> artifacts = new ArrayList<>();
    while (pinned.find()) {
      artifacts.add(pinned.group(1));
      assertThat(pinned.group(2)).as(pinned.group(1)).isEqualTo(parent.group(1));
    }
    assertThat(artifacts)
        .containsExactlyInAnyOrder("jqwik", "jqwik-api", "jqwik-engine", "jqwik-web", "jqwik-time");
  }
}
