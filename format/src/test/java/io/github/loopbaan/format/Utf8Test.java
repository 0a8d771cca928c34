package io.github.loopbaan.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The format's strict UTF-8 check ({@link Utf8}), which every read of bytes in both bindings runs
 * first: it agrees with the JDK's strict decoder on every 1- and 2-byte input, on every 3-byte
 * input after a lead byte from E0 to F4 and on every 4-byte input after a lead byte from F0 to F4
 * with the last byte at the continuation range's boundaries, and it gives the offset of the first
 * ill-formed sequence. The bindings' tests show that each read entry refuses with that offset.
 */
class Utf8Test {

  /** The JDK's UTF-8 decoder, which refuses what table 3-7 of the Unicode Standard refuses. */
  private static final CharsetDecoder ORACLE =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  private static final CharBuffer OUT = CharBuffer.allocate(8);

  private static boolean oracleAccepts(byte[] bytes) {
    ORACLE.reset();
    OUT.clear();
    CoderResult result = ORACLE.decode(ByteBuffer.wrap(bytes), OUT, true);
    return !result.isError() && !ORACLE.flush(OUT).isError();
  }

  private static void agrees(byte[] bytes) {
    boolean expected = oracleAccepts(bytes);
    int offset = Utf8.firstIllFormed(bytes);
    if (expected != (offset < 0)) {
      StringBuilder hex = new StringBuilder();
      for (byte b : bytes) {
        hex.append(String.format("%02X ", b & 0xFF));
      }
      throw new AssertionError(hex + "oracle " + expected + ", check " + offset);
    }
  }

  @Test
  void every_one_and_two_byte_input_is_judged_as_the_unicode_table_says() {
    for (int a = 0; a < 256; a++) {
      agrees(new byte[] {(byte) a});
      for (int b = 0; b < 256; b++) {
        agrees(new byte[] {(byte) a, (byte) b});
      }
    }
  }

  @Test
  void every_three_byte_input_after_a_multi_byte_lead_is_judged_as_the_unicode_table_says() {
    for (int a = 0xE0; a <= 0xF4; a++) {
      for (int b = 0; b < 256; b++) {
        for (int c = 0; c < 256; c++) {
          agrees(new byte[] {(byte) a, (byte) b, (byte) c});
        }
      }
    }
  }

  @Test
  void every_four_byte_input_after_a_four_byte_lead_is_judged_as_the_unicode_table_says() {
    int[] lasts = {0x00, 0x7F, 0x80, 0xBF, 0xC0, 0xFF};
    for (int a = 0xF0; a <= 0xF4; a++) {
      for (int b = 0; b < 256; b++) {
        for (int c = 0; c < 256; c++) {
          for (int d : lasts) {
            agrees(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
          }
        }
      }
    }
  }

  @Test
  void the_offset_is_that_of_the_first_ill_formed_sequence() {
    byte[] text = "aé€😀".getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8.firstIllFormed(text)).isEqualTo(-1);
    byte[] broken = new byte[text.length + 2];
    System.arraycopy(text, 0, broken, 0, text.length);
    broken[text.length] = (byte) 0xC0;
    broken[text.length + 1] = (byte) 0xAF;
    assertThat(Utf8.firstIllFormed(broken)).isEqualTo(text.length);
    assertThat(Utf8.firstIllFormed(new byte[] {'a', (byte) 0xE2, (byte) 0x82}))
        .as("cut off by the end")
        .isEqualTo(1);
    assertThat(Utf8.firstIllFormed(new byte[0])).isEqualTo(-1);
  }
}
