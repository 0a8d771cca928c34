package io.github.loopbaan.serialization.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.json.PackageVersion;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the Jackson 2 the build asks for: every jar of it (databind, core and
 * annotations) at {@code loopbaan.expected.jackson2}, so that the run with the lowest supported
 * version (the {@code jackson2-floor} profile, 2.17.2) really runs on it.
 */
class JacksonVersionsTest {

  @Test
  void databind_core_and_annotations_are_the_expected_jackson_2() {
    String expected = System.getProperty("loopbaan.expected.jackson2", "");
    String core = PackageVersion.VERSION.toString();
    String databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
    String annotations = JsonProperty.class.getPackage().getImplementationVersion();
    System.out.println(
        "Jackson 2 in use: core "
            + core
            + ", databind "
            + databind
            + ", annotations "
            + annotations);
    assertThat(expected).as("loopbaan.expected.jackson2").isNotEmpty();
    assertThat(core).isEqualTo(expected);
    assertThat(databind).isEqualTo(expected);
    // jackson-annotations is versioned 2.x (and 2.x.y up to 2.19)
    assertThat(expected).startsWith(annotations);
  }
}
