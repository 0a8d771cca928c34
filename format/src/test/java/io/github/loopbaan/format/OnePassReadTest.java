package io.github.loopbaan.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.serializationfixture.Trail;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.format.conformance.TextSource;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which documents are read in one pass, straight from the parser, and which are left to the tree
 * path: a document as Loopbaan writes it is read in one pass; anything out of that shape is left to
 * the tree path, having bound nothing, so that it is read or refused there. Read here with the
 * format alone ({@link PlainJson}); a duplicate key, which the parser refuses, is the bindings'
 * test.
 */
class OnePassReadTest {

  private final Client client =
      Client.builder().id(ClientId.of("c-1")).name("Els").birthYear(Year.of(1967)).build();

  private Object onePass(String document, Class<?> type) {
    return Engine.readCurrent(
        document.getBytes(StandardCharsets.UTF_8), type, PlainJson.STRICT, PlainJson.BINDING);
  }

  @Test
  void a_document_as_loopbaan_writes_it_is_read_in_one_pass() {
    String document = PlainJson.writeDocument(client);
    assertThat(onePass(document, Client.class)).isEqualTo(client);
    assertThat(onePass(document, Object.class)).isEqualTo(client);
    String withView =
        document.replace("\"schemaVersion\":1,", "\"schemaVersion\":1,\"view\":\"full\",");
    assertThat(onePass(withView, Client.class)).isEqualTo(client);
    assertThat(PlainJson.readDocument(withView, Client.class)).isEqualTo(client);
  }

  @Test
  void a_document_out_of_that_shape_is_left_to_the_tree_path() {
    String document = PlainJson.writeDocument(client);
    String content =
        document.substring(document.indexOf("\"content\":") + 10, document.length() - 1);
    for (String other :
        List.of(
            "{\"content\":" + content + ",\"kind\":\"client\",\"schemaVersion\":1}",
            "{\"schemaVersion\":1,\"kind\":\"client\",\"content\":" + content + "}",
            "{\"kind\":\"client\",\"schemaVersion\":0,\"content\":" + content + "}",
            "{\"kind\":\"client\",\"schemaVersion\":\"1\",\"content\":" + content + "}",
            "{\"kind\":\"client\",\"schemaVersion\":1,\"view\":\"client\",\"content\":"
                + content
                + "}",
            "{\"kind\":\"client\",\"schemaVersion\":1,\"view\":1,\"content\":" + content + "}",
            "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":[]}",
            "{\"kind\":\"client\",\"schemaVersion\":1,\"extra\":1,\"content\":" + content + "}",
            "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":"
                + content
                + ",\"view\":\"client\"}",
            "{\"kind\":\"client\",\"schemaVersion\":1}",
            "{\"kind\":\"cliënt\",\"schemaVersion\":1,\"content\":" + content + "}",
            "{\"kind\":1,\"schemaVersion\":1,\"content\":" + content + "}",
            document + " {}",
            "[" + document + "]")) {
      assertThat(onePass(other, Client.class)).as(other).isSameAs(Documents.NOT_STREAMED);
    }
    assertThat(onePass(document, Trajectory.class)).isSameAs(Documents.NOT_STREAMED);
    // and the tree path reads the reordered one and refuses the others as before
    assertThat(
            PlainJson.readDocument(
                "{\"content\":" + content + ",\"kind\":\"client\",\"schemaVersion\":1}",
                Client.class))
        .isEqualTo(client);
    assertThatThrownBy(() -> PlainJson.readDocument(document + " {}", Client.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> assertThat(e.getProblem()).isEqualTo(Problem.MALFORMED));
  }

  @Test
  void failures_in_the_content_are_placed_under_it_and_failures_of_the_envelope_are_not() {
    String wrong =
        "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":{\"id\":\"c-1\",\"birthYear\":1967}}";
    assertThatThrownBy(() -> onePass(wrong, Client.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.WRONG_TYPE);
              assertThat(e.getPath()).isEqualTo("$.content.birthYear");
            });
    String unknown =
        "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":{\"id\":\"c-1\",\"x\":[1]}}";
    assertThatThrownBy(() -> onePass(unknown, Client.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_PROPERTY);
              assertThat(e.getPath()).isEqualTo("$.content[unknown property #2]");
            });
  }

  @Test
  void a_sequence_value_holds_at_most_the_collection_limit() {
    ModelReader three = new ModelReader(true, 3, Catalogue.standard());
    assertThat(three.read(Trail.class, started("[\"a\",\"b\",\"c\"]")))
        .isEqualTo(Trail.of(List.of("a", "b", "c")));
    assertThatThrownBy(() -> three.read(Trail.class, started("[\"a\",\"b\",\"c\",\"d\"]")))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED));
  }

  private static TextSource started(String json) {
    TextSource in = new TextSource(json);
    in.next();
    return in;
  }
}
