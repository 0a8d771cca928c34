package io.github.loopbaan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Maven and Gradle coordinates in the README name the project's version and artifacts the BOM
 * manages.
 */
class ReadmeCoordinatesTest {

  private static final String README = Snippets.page("../README.md");

  private static String block(String language) {
    int from = README.indexOf("```" + language + "\n");
    assertThat(from).as("README has a " + language + " block").isNotNegative();
    return README.substring(from, README.indexOf("```\n", from + 4));
  }

  private static String projectVersion() {
    Matcher m =
        Pattern.compile("<artifactId>loopbaan-parent</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(Snippets.page("../pom.xml"));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void maven_and_gradle_import_the_bom_in_the_projects_version() {
    String maven = block("xml");
    String gradle = block("kotlin");
    assertThat(maven)
        .contains(
            "<artifactId>loopbaan-bom</artifactId>\n      <version>"
                + projectVersion()
                + "</version>");
    assertThat(gradle)
        .contains("platform(\"io.github.loopbaan:loopbaan-bom:" + projectVersion() + "\")");
  }

  @Test
  void both_snippets_name_the_same_artifacts_and_the_bom_manages_them() {
    List<String> maven =
        all(Pattern.compile("<artifactId>(loopbaan-[a-z]+)</artifactId>"), block("xml"));
    List<String> gradle =
        all(Pattern.compile("\"io\\.github\\.loopbaan:(loopbaan-[a-z]+)[:\"]"), block("kotlin"));
    assertThat(gradle).containsExactlyElementsOf(maven).contains("loopbaan-bom", "loopbaan-core");
    String bom = Snippets.page("../bom/pom.xml");
    for (String artifact : gradle.subList(1, gradle.size())) {
      assertThat(bom)
          .as("the BOM manages " + artifact)
          .contains("<artifactId>" + artifact + "</artifactId>");
    }
    assertThat(block("kotlin"))
        .contains("testImplementation(\"io.github.loopbaan:loopbaan-testkit\")");
  }
}
