package io.github.loopbaan.serialization.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
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
  void every_read_of_bytes_refuses_each_class_of_ill_formed_sequence_with_its_offset()
      throws Exception {
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
  void well_formed_text_of_every_length_reads_back_equal() throws Exception {
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
  void a_string_with_a_lone_surrogate_is_refused_instead_of_read_as_a_question_mark()
      throws Exception {
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

  @Test
  void a_fault_at_the_very_first_byte_or_character_is_a_fault_too() throws Exception {
    assertThatThrownBy(() -> JSON.read(new byte[] {(byte) 0xC0, (byte) 0xAF}, ClientId.class))
        .isInstanceOfSatisfying(LoopbaanJsonException.class, malformedAt(0));
    assertThatThrownBy(() -> JSON.read("\uDC00\"c-1\"", ClientId.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> assertThat(e.getReason()).contains("character offset 0"));
  }
}
