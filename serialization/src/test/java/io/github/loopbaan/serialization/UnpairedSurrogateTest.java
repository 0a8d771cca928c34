package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.serialization.LoopbaanJsonException.Problem;
import org.junit.jupiter.api.Test;

/**
 * A document holding an escaped unpaired surrogate is rejected: read as it was before, it gave a value that could not
 * be written back as UTF-8 (the surrogate came back as {@code ?}). Found by {@code JsonReaderFuzzProperties}.
 */
class UnpairedSurrogateTest {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();

  private static String client(String name) {
    return "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":{\"id\":\"c-1\",\"name\":\"" + name + "\"}}";
  }

  @Test
  void an_unpaired_high_or_low_surrogate_in_a_text_is_malformed_at_its_path() {
    for (String name : new String[] {"Ab\\ud800cdef", "Abcdef\\udc00", "\\ud800"}) {
      assertThatThrownBy(() -> JSON.readDocument(client(name), Client.class))
          .isInstanceOfSatisfying(LoopbaanJsonException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.MALFORMED);
            assertThat(e.getPath()).isEqualTo("$.content.name");
          });
    }
  }

  @Test
  void an_unpaired_surrogate_in_a_property_name_is_malformed() {
    String document = "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":{\"id\":\"c-1\",\"a\\ud800\":1}}";
    assertThatThrownBy(() -> JSON.readDocument(document)).isInstanceOfSatisfying(LoopbaanJsonException.class,
        e -> assertThat(e.getProblem()).isEqualTo(Problem.MALFORMED));
  }

  @Test
  void a_paired_surrogate_is_text_and_round_trips() {
    Client client = JSON.readDocument(client("Els \\ud83d\\ude00 Peeters"), Client.class);
    assertThat(client.getName()).contains("Els \uD83D\uDE00 Peeters");
    assertThat(JSON.readDocument(JSON.writeDocument(client), Client.class)).isEqualTo(client);
  }
}
