package io.github.loopbaan.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The engine's own shortcuts, which its reads of bytes rely on. */
class EngineTest {

  @Test
  void the_quick_scan_sees_escaped_surrogates_in_either_case_and_nothing_else() {
    for (String escaped :
        new String[] {"\\ud800", "\\uD800", "\\uDBFF", "\\udc00", "\\uDFFF", "\\uDa00"}) {
      assertThat(
              Engine.mayHoldSurrogate(("\"" + escaped + "\"").getBytes(StandardCharsets.US_ASCII)))
          .as(escaped)
          .isTrue();
    }
    for (String plain :
        new String[] {"\\ud7ff", "\\ue000", "\\u0041", "\\ud", "ud800", "\\", "", "\"Els\""}) {
      assertThat(Engine.mayHoldSurrogate(plain.getBytes(StandardCharsets.US_ASCII)))
          .as(plain)
          .isFalse();
    }
    // An encoded surrogate is ill-formed UTF-8, refused before the scan (StrictUtf8Test).
    assertThat(
            Engine.mayHoldSurrogate(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}))
        .isFalse();
    assertThat(
            Engine.mayHoldSurrogate(new byte[] {'"', (byte) 0xED, (byte) 0x9F, (byte) 0xBF, '"'}))
        .isFalse();
    assertThat(Engine.mayHoldSurrogate("\"é ü €\"".getBytes(StandardCharsets.UTF_8))).isFalse();
  }
}
