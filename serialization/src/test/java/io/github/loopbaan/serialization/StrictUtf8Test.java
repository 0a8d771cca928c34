package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.serialization.LoopbaanJsonException.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Strict UTF-8 at every read entry: the check agrees with the JDK's strict decoder on every 1- and
 * 2-byte input, on every 3-byte input after a lead byte from E0 to F4 and on every 4-byte input
 * after a lead byte from F0 to F4 with the last byte at the continuation range's boundaries; and
 * each class of ill-formed sequence is refused by every read entry with its byte offset.
 */
class StrictUtf8Test {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();

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
    // a fault at the very first byte or character is a fault too
    assertThatThrownBy(() -> JSON.read(new byte[] {(byte) 0xC0, (byte) 0xAF}, ClientId.class))
        .isInstanceOfSatisfying(LoopbaanJsonException.class, malformedAt(0));
    assertThatThrownBy(() -> JSON.read("\uDC00\"c-1\"", ClientId.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> assertThat(e.getReason()).contains("character offset 0"));
  }

  /** One of each class of ill-formed sequence, including the ones Jackson accepted. */
  static final List<byte[]> ILL_FORMED =
      List.of(
          new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
          new byte[] {(byte) 0xF7, (byte) 0xBF, (byte) 0xBF, (byte) 0xBF}, // lead F5..FF
          new byte[] {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
          new byte[] {(byte) 0xC0, (byte) 0xA2}, // overlong '"'
          new byte[] {(byte) 0xC0, (byte) 0x80}, // overlong NUL
          new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong, 3 bytes
          new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}, // overlong, 4 bytes
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // encoded surrogate
          new byte[] {(byte) 0x80}, // stray continuation byte
          new byte[] {(byte) 0xE2, (byte) 0x82, 'x'}); // missing continuation byte

  private static byte[] inName(String prefix, byte[] sequence, String suffix) {
    byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + sequence.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(sequence, 0, all, head.length, sequence.length);
    System.arraycopy(tail, 0, all, head.length + sequence.length, tail.length);
    return all;
  }

  private static Consumer<LoopbaanJsonException> malformedAt(long offset) {
    return e -> {
      assertThat(e.getProblem()).isEqualTo(Problem.MALFORMED);
      assertThat(e.getPath()).isEqualTo("$");
      assertThat(e.getReason()).contains("byte offset " + offset).doesNotContain("\\x");
    };
  }

  @Test
  void every_read_of_bytes_refuses_each_class_of_ill_formed_sequence_with_its_offset() {
    String document =
        "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":{\"id\":\"c-1\",\"name\":\"Els ";
    String value = "{\"id\":\"c-1\",\"name\":\"Els ";
    for (byte[] sequence : ILL_FORMED) {
      byte[] doc = inName(document, sequence, "\"}}");
      assertThatThrownBy(() -> JSON.readDocument(doc, Client.class))
          .isInstanceOfSatisfying(
              LoopbaanJsonException.class,
              malformedAt(document.getBytes(StandardCharsets.UTF_8).length));
      byte[] bare = inName(value, sequence, "\"}");
      assertThatThrownBy(() -> JSON.read(bare, Client.class))
          .isInstanceOfSatisfying(
              LoopbaanJsonException.class,
              malformedAt(value.getBytes(StandardCharsets.UTF_8).length));
      byte[] id = inName("\"c-", sequence, "\"");
      assertThatThrownBy(() -> JSON.read(id, ClientId.class))
          .isInstanceOfSatisfying(LoopbaanJsonException.class, malformedAt(3));
    }
  }

  @Test
  void well_formed_text_of_every_length_reads_back_equal() {
    for (String name :
        new String[] {"Els", "Élise Dupré", "Zoë €5", "Jan 😀 Peeters", "ß\u07FF\uFFFD"}) {
      Client client = Client.builder().id(ClientId.of("c-1")).name(name).build();
      byte[] written = JSON.writeDocument(client).getBytes(StandardCharsets.UTF_8);
      assertThat(JSON.readDocument(written, Client.class)).isEqualTo(client);
      assertThat(JSON.read(JSON.write(client).getBytes(StandardCharsets.UTF_8), Client.class))
          .isEqualTo(client);
    }
  }

  @Test
  void a_string_with_a_lone_surrogate_is_refused_instead_of_read_as_a_question_mark() {
    String value = "{\"id\":\"c-1\",\"name\":\"Els \uD800\"}";
    assertThatThrownBy(() -> JSON.read(value, Client.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.MALFORMED);
              assertThat(e.getReason()).contains("character offset 24");
            });
    String document =
        "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":{\"id\":\"c-1\",\"name\":\"\uDC00\"}}";
    assertThatThrownBy(() -> JSON.readDocument(document, Client.class))
        .isInstanceOf(LoopbaanJsonException.class);
    assertThatThrownBy(() -> JSON.readDocument(document)).isInstanceOf(LoopbaanJsonException.class);
    assertThat(JSON.read("{\"id\":\"c-1\",\"name\":\"Els \uD83D\uDE00\"}", Client.class).getName())
        .contains("Els \uD83D\uDE00");
  }
}
