package io.github.loopbaan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.View;
import io.github.loopbaan.serialization.LoopbaanJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The example at the top of the wire-format page runs, and the page shows exactly this code. */
class WireFormatExampleTest {

  static String[] run(Trajectory trajectory) {
    // spotless:off
    // begin:wire-format
    String json = LoopbaanJson.standard().writeDocument(trajectory);            // full document, for storage
    Trajectory back = LoopbaanJson.standard().readDocument(json, Trajectory.class);
    String forEmployer = LoopbaanJson.writer(View.COMMISSIONER).writeDocument(trajectory);
    // end:wire-format
    // spotless:on
    return new String[] {json, back.equals(trajectory) ? "equal" : "different", forEmployer};
  }

  @Test
  void a_trajectory_document_reads_back_equal_and_the_commissioner_view_leaves_the_name_out() {
    Trajectory trajectory =
        new Tour(
                Locale.ENGLISH,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
            .play();
    String[] out = run(trajectory);
    assertThat(out[0]).contains("\"kind\":\"trajectory\"", "Marleen Claes");
    assertThat(out[1]).isEqualTo("equal");
    assertThat(out[2]).contains("\"view\":\"commissioner\"").doesNotContain("Marleen", "Claes");
  }

  @Test
  void the_page_shows_exactly_this_example() {
    Snippets.assertShown("wire-format.md", WireFormatExampleTest.class, "wire-format");
  }
}
