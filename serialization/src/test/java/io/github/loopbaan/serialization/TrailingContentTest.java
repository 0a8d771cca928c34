package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.conformance.Examples;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * More JSON after a complete document or value is malformed input, reported as {@code malformed} at
 * the root, never as a value of the wrong type (Jackson's trailing-token check fires inside the
 * tree read, before the reader's own check of what follows the document).
 */
class TrailingContentTest {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();

  @Test
  void a_second_object_after_a_document_is_malformed() {
    String document = JSON.writeDocument(Examples.client());
    for (String trailing : new String[] {" {}", " []", " 1", " \"x\"", " null"}) {
      assertThatThrownBy(() -> JSON.readDocument(document + trailing))
          .isInstanceOfSatisfying(
              LoopbaanJsonException.class,
              e -> {
                Assertions.assertThat(e.getProblem())
                    .isEqualTo(LoopbaanJsonException.Problem.MALFORMED);
                Assertions.assertThat(e.getPath()).isEqualTo("$");
              });
    }
  }

  @Test
  void a_second_value_after_a_bare_value_is_malformed() {
    String value = JSON.write(ClientId.of("c-17"));
    assertThatThrownBy(() -> JSON.read(value + " {}", ClientId.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e ->
                Assertions.assertThat(e.getProblem())
                    .isEqualTo(LoopbaanJsonException.Problem.MALFORMED));
  }
}
