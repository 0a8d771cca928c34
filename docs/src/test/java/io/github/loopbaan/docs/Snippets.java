package io.github.loopbaan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The code examples of the documentation pages: each lives in a test source between {@code //
 * begin:NAME} and {@code // end:NAME}, is run by that test, and must appear in its page exactly,
 * less its common indentation.
 */
final class Snippets {

  private static final Path BASE = Path.of(System.getProperty("basedir", "."));

  private Snippets() {}

  /**
   * @param testClass the test class whose source holds the example (a top-level class of this
   *     package)
   * @param name the example's name
   * @return the example's lines without their common indentation, each ending in a line break
   */
  static String example(Class<?> testClass, String name) {
    String source =
        read(
            BASE.resolve(
                "src/test/java/io/github/loopbaan/docs/" + testClass.getSimpleName() + ".java"));
    String begin = "// begin:" + name + "\n";
    int from = source.indexOf(begin);
    int to = source.indexOf("// end:" + name + "\n");
    assertThat(from).as("begin marker of " + name).isNotNegative();
    assertThat(to).as("end marker of " + name).isGreaterThan(from);
    String body = source.substring(from + begin.length(), source.lastIndexOf('\n', to) + 1);
    String[] lines = body.split("\n");
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    assertThat(out.toString()).as("example " + name).isNotBlank();
    return out.toString();
  }

  /**
   * Asserts that a page shows the example in a Java code block.
   *
   * @param page the page, relative to the docs module ({@code privacy.md}) or the root ({@code
   *     ../README.md})
   * @param testClass the test class holding the example
   * @param name the example's name
   */
  static void assertShown(String page, Class<?> testClass, String name) {
    assertThat(page(page))
        .as(page + " shows example " + name)
        .contains("```java\n" + example(testClass, name) + "```\n");
  }

  /**
   * @param page a page, relative to the docs module
   * @return its text
   */
  static String page(String page) {
    return read(BASE.resolve(page));
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
