package io.github.loopbaan.serialization.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import org.junit.jupiter.api.Test;

/**
 * A document holding an escaped unpaired surrogate is rejected: read as it was before, it gave a
 * value that could not be written back as UTF-8 (the surrogate came back as {@code ?}). Found by
 * {@code JsonReaderFuzzProperties}. A bare value read with {@link LoopbaanJson#read(String, Class)}
 * is held to the same rule, at paths from {@code $}.
 */
class UnpairedSurrogateTest {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();

  private static String client(String name) {
    return "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":{\"id\":\"c-1\",\"name\":\""
        + name
        + "\"}}";
  }

  @Test
  void an_unpaired_high_or_low_surrogate_in_a_text_is_malformed_at_its_path() throws Exception {
    for (String name : new String[] {"Ab\\ud800cdef", "Abcdef\\udc00", "\\ud800"}) {
      assertThatThrownBy(() -> JSON.readDocument(client(name), Client.class))
          .isInstanceOfSatisfying(
              LoopbaanJsonException.class,
              e -> {
                assertThat(e.getProblem()).isEqualTo(Problem.MALFORMED);
                assertThat(e.getPath()).isEqualTo("$.content.name");
              });
    }
  }

  @Test
  void an_unpaired_surrogate_in_a_property_name_is_malformed() throws Exception {
    String document =
        "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":{\"id\":\"c-1\",\"a\\ud800\":1}}";
    assertThatThrownBy(() -> JSON.readDocument(document))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> assertThat(e.getProblem()).isEqualTo(Problem.MALFORMED));
  }

  @Test
  void a_paired_surrogate_is_text_and_round_trips() throws Exception {
    Client client = JSON.readDocument(client("Els \\ud83d\\ude00 Peeters"), Client.class);
    assertThat(client.getName()).contains("Els \uD83D\uDE00 Peeters");
    assertThat(JSON.readDocument(JSON.writeDocument(client), Client.class)).isEqualTo(client);
  }

  @Test
  void a_bare_value_with_an_unpaired_surrogate_is_malformed_at_its_path() throws Exception {
    String client = "{\"id\":\"c-1\",\"name\":\"Ab\\uD800cd\"}";
    assertThatThrownBy(() -> JSON.read(client, Client.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.MALFORMED);
              assertThat(e.getPath()).isEqualTo("$.name");
            });
    assertThatThrownBy(() -> JSON.read("\"c-\\udfff\"", ClientId.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.MALFORMED);
              assertThat(e.getPath()).isEqualTo("$");
            });
    assertThatThrownBy(() -> JSON.read("{\"id\":\"c-1\",\"a\\ud800\":1}", Client.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> assertThat(e.getProblem()).isEqualTo(Problem.MALFORMED));
  }

  @Test
  void a_bare_value_with_a_paired_surrogate_or_an_escaped_backslash_reads_unchanged()
      throws Exception {
    Client client = JSON.read("{\"id\":\"c-1\",\"name\":\"Els \\ud83d\\ude00\"}", Client.class);
    assertThat(client.getName()).contains("Els \uD83D\uDE00");
    assertThat(JSON.read(JSON.write(client), Client.class)).isEqualTo(client);
    // "\\ud800" in JSON is a backslash followed by the letters ud800: the scan may look, the text
    // is fine
    assertThat(JSON.read("\"c-\\\\ud800\"", ClientId.class)).isEqualTo(ClientId.of("c-\\ud800"));
  }

  @Test
  void input_that_is_not_json_is_reported_as_before_even_when_it_looks_like_a_surrogate()
      throws Exception {
    assertThatThrownBy(() -> JSON.read("{\"id\":\"c-\\ud800", Client.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> assertThat(e.getProblem()).isEqualTo(Problem.TRUNCATED));
  }
}
