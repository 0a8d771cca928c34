package io.github.loopbaan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model's Immutables style turns the initialisation shim off ({@code unsafeDefaultAndDerived},
 * see {@link LoopbaanStyle}): a generated constructor assigns the set attributes first and then
 * computes each missing default in declaration order, without the shim that would order defaults
 * reading one another. That is safe while no {@code @Value.Default} or {@code @Value.Derived}
 * attribute is computed from another such attribute of its type (reading a mandatory attribute, as
 * {@code Funding.getRegime()} reads the kind, is safe). This test reads core's sources and holds
 * every default and derived attribute to that rule.
 */
class DefaultsReadNoDefaultTest {

  private static final Pattern COMPUTED =
      Pattern.compile(
          "@Value\\.(?:Default|Derived)\\s+(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*"
              + "(?:public|protected)?\\s*[\\w.<>?, @]+\\s+(\\w+)\\(\\)\\s*\\{(.*?)\\n  \\}",
          Pattern.DOTALL);

  @Test
  void noDefaultOrDerivedAttributeIsComputedFromAnother() throws IOException {
    List<String> offences = new ArrayList<>();
    int computed = 0;
    try (Stream<Path> files = Files.walk(coreSources())) {
      for (Path file :
          (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        String source = read(file);
        Set<String> names = new LinkedHashSet<>();
        List<String[]> bodies = new ArrayList<>();
        Matcher m = COMPUTED.matcher(source);
        while (m.find()) {
          names.add(m.group(1));
          bodies.add(new String[] {m.group(1), m.group(2)});
        }
        computed += bodies.size();
        for (String[] body : bodies) {
          for (String name : names) {
            if (Pattern.compile("\\b" + name + "\\s*\\(").matcher(body[1]).find()) {
              offences.add(file.getFileName() + ": " + body[0] + " reads " + name);
            }
          }
        }
      }
    }
    assertThat(computed).as("default and derived attributes found in core").isGreaterThan(40);
    assertThat(offences).isEmpty();
  }

  @Test
  void theRuleSeesADefaultReadingAnother() {
    String source =
        "  @Value.Default\n  public Foo getA() {\n    return Foo.X;\n  }\n"
            + "  @Value.Default\n  public Bar getB() {\n    return Bar.of(getA());\n  }\n";
    Matcher m = COMPUTED.matcher(source);
    List<String> names = new ArrayList<>();
    String last = null;
    while (m.find()) {
      names.add(m.group(1));
      last = m.group(2);
    }
    assertThat(names).containsExactly("getA", "getB");
    assertThat(last).contains("getA()");
  }

  /**
   * @return core's main sources: under the working folder when the tests run in core, beside it
   *     when they run from another module (the mutation run executes core's tests in testkit)
   */
  private static Path coreSources() {
    Path here = Path.of("src/main/java/io/github/loopbaan/core");
    Path beside = Path.of("../core/src/main/java/io/github/loopbaan/core");
    assertThat(Files.isDirectory(here) || Files.isDirectory(beside))
        .as("core's sources in %s or %s", here.toAbsolutePath(), beside.toAbsolutePath())
        .isTrue();
    return Files.isDirectory(here) ? here : beside;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
