package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.format.View;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The envelope of a document ({@code kind}, {@code schemaVersion}, {@code view}, {@code content}):
 * each broken part is rejected with its own problem, path and reason, and the accepted versions and
 * sizes hold at their exact edges.
 */
class DocumentEnvelopeTest {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();
  private static final String CONTENT = "{\"id\":\"c-1\",\"birthYear\":\"1973\"}";

  private static String client(String envelope) {
    return "{" + envelope + ",\"content\":" + CONTENT + "}";
  }

  private static LoopbaanJsonException fails(
      LoopbaanJson json, String document, Class<?> type, Problem problem, String path) {
    LoopbaanJsonException e =
        (LoopbaanJsonException)
            Assertions.catchThrowable(
                () -> json.readDocument(document.getBytes(StandardCharsets.UTF_8), type));
    assertThat(e).as(document).isNotNull();
    assertThat(e.getProblem()).as(e.getMessage()).isEqualTo(problem);
    assertThat(e.getPath()).as(e.getMessage()).isEqualTo(path);
    return e;
  }

  private static LoopbaanJsonException fails(String document, Problem problem, String path) {
    return fails(JSON, document, Object.class, problem, path);
  }

  @Test
  void a_well_formed_client_document_reads_in_both_versions_and_with_the_full_view() {
    Client v1 = JSON.readDocument(client("\"kind\":\"client\",\"schemaVersion\":1"), Client.class);
    assertThat(v1.getBirthYear()).contains(Year.of(1973));
    Client v0 =
        JSON.readDocument(
            "{\"kind\":\"client\",\"schemaVersion\":0,\"content\":{\"id\":\"c-1\","
                + "\"yearOfBirth\":1973}}",
            Client.class);
    assertThat(v0).isEqualTo(v1);
    assertThat(
            JSON.readDocument(client("\"kind\":\"client\",\"schemaVersion\":1,\"view\":\"full\"")))
        .isEqualTo(v1);
  }

  @Test
  void a_document_that_is_not_an_object_is_the_wrong_type() {
    for (String notObject : new String[] {"[]", "\"client\"", "17", "null"}) {
      LoopbaanJsonException e = fails(notObject, Problem.WRONG_TYPE, "$");
      assertThat(e.getReason()).isEqualTo("wrong JSON type: expected a document object");
    }
  }

  @Test
  void an_empty_input_ends_before_the_document() {
    for (String empty : new String[] {"", " \n\t"}) {
      LoopbaanJsonException e = fails(empty, Problem.TRUNCATED, "$");
      assertThat(e.getReason()).isEqualTo("the input ends before the document");
    }
  }

  @Test
  void a_restricted_view_cannot_be_read_back() {
    for (View view : new View[] {View.CLIENT, View.COMMISSIONER, View.ANONYMISED}) {
      LoopbaanJsonException e =
          fails(
              client("\"kind\":\"client\",\"schemaVersion\":1,\"view\":\"" + view.code() + "\""),
              Problem.RESTRICTED_VIEW,
              "$.view");
      assertThat(e.getReason()).contains("only full documents are");
    }
  }

  @Test
  void a_view_that_is_no_view_code_is_an_unknown_code_or_the_wrong_type() {
    for (String view : new String[] {"\"FULL\"", "\"\"", "\"public\""}) {
      LoopbaanJsonException e =
          fails(
              client("\"kind\":\"client\",\"schemaVersion\":1,\"view\":" + view),
              Problem.UNKNOWN_CODE,
              "$.view");
      assertThat(e.getReason())
          .isEqualTo("unknown view code; valid codes are: full, client, commissioner, anonymised");
    }
    for (String view : new String[] {"1", "null", "{}", "[\"full\"]"}) {
      LoopbaanJsonException e =
          fails(
              client("\"kind\":\"client\",\"schemaVersion\":1,\"view\":" + view),
              Problem.WRONG_TYPE,
              "$.view");
      assertThat(e.getReason()).isEqualTo("wrong JSON type: expected a view code");
    }
  }

  @Test
  void strict_reading_names_an_unknown_envelope_property_and_lenient_reading_ignores_it() {
    String extra =
        "{\"kind\":\"client\",\"schemaVersion\":1,\"note\":1,\"content\":" + CONTENT + "}";
    fails(extra, Problem.UNKNOWN_PROPERTY, "$[unknown property #3]");
    fails(
        extra.replace("\"note\"", "\"a note\""),
        Problem.UNKNOWN_PROPERTY,
        "$[unknown property #3]");
    LoopbaanJson lenient = LoopbaanJson.builder().lenient().build();
    assertThat(lenient.readDocument(extra, Client.class).getId().getValue()).isEqualTo("c-1");
  }

  @Test
  void the_kind_must_be_present_a_text_and_one_of_the_expected_kinds() {
    assertThat(
            fails(
                    "{\"schemaVersion\":1,\"content\":" + CONTENT + "}",
                    Problem.MISSING_VALUE,
                    "$.kind")
                .getReason())
        .isEqualTo("a document needs a kind");
    fails(client("\"kind\":null,\"schemaVersion\":1"), Problem.MISSING_VALUE, "$.kind");
    assertThat(
            fails(client("\"kind\":7,\"schemaVersion\":1"), Problem.WRONG_TYPE, "$.kind")
                .getReason())
        .isEqualTo("wrong JSON type: expected a kind code");
    assertThat(
            fails(client("\"kind\":\"klant\",\"schemaVersion\":1"), Problem.UNKNOWN_KIND, "$.kind")
                .getReason())
        .isEqualTo(
            "unknown document kind; valid kinds here are: client, development_plan, trajectory,"
                + " erased_trajectory");
    LoopbaanJsonException other =
        fails(
            JSON,
            client("\"kind\":\"trajectory\",\"schemaVersion\":1"),
            Client.class,
            Problem.UNKNOWN_KIND,
            "$.kind");
    assertThat(other.getReason())
        .isEqualTo("not the expected document kind; valid kinds here are: client");
    LoopbaanJsonException plan =
        fails(
            JSON,
            client("\"kind\":\"klant\",\"schemaVersion\":1"),
            DevelopmentPlan.class,
            Problem.UNKNOWN_KIND,
            "$.kind");
    assertThat(plan.getReason())
        .isEqualTo("unknown document kind; valid kinds here are: development_plan");
  }

  @Test
  void the_schema_version_must_be_present_an_int_and_within_the_readable_range() {
    assertThat(
            fails(
                    "{\"kind\":\"client\",\"content\":" + CONTENT + "}",
                    Problem.MISSING_VALUE,
                    "$.schemaVersion")
                .getReason())
        .isEqualTo("a document needs a schema version");
    fails(
        client("\"kind\":\"client\",\"schemaVersion\":null"),
        Problem.MISSING_VALUE,
        "$.schemaVersion");
    for (String notInt : new String[] {"\"1\"", "1.0", "1.5", "true", "4294967297", "[1]"}) {
      assertThat(
              fails(
                      client("\"kind\":\"client\",\"schemaVersion\":" + notInt),
                      Problem.WRONG_TYPE,
                      "$.schemaVersion")
                  .getReason())
          .isEqualTo("wrong JSON type: expected an integer schema version");
    }
    for (String outside : new String[] {"-1", "2", "2147483647"}) {
      assertThat(
              fails(
                      client("\"kind\":\"client\",\"schemaVersion\":" + outside),
                      Problem.UNSUPPORTED_VERSION,
                      "$.schemaVersion")
                  .getReason())
          .isEqualTo("this library reads client documents of schema version 0 to 1");
    }
    String plan = "{\"kind\":\"development_plan\",\"schemaVersion\":0,\"content\":{}}";
    assertThat(fails(plan, Problem.UNSUPPORTED_VERSION, "$.schemaVersion").getReason())
        .isEqualTo("this library reads development_plan documents of schema version 1 to 1");
  }

  @Test
  void the_content_must_be_present_and_an_object() {
    assertThat(
            fails("{\"kind\":\"client\",\"schemaVersion\":1}", Problem.MISSING_VALUE, "$.content")
                .getReason())
        .isEqualTo("a document needs a content");
    fails(
        "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":null}",
        Problem.MISSING_VALUE,
        "$.content");
    for (String notObject : new String[] {"[]", "\"c-1\"", "1"}) {
      assertThat(
              fails(
                      "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":" + notObject + "}",
                      Problem.WRONG_TYPE,
                      "$.content")
                  .getReason())
          .isEqualTo("wrong JSON type: expected an object");
    }
  }

  @Test
  void failures_inside_the_content_and_its_upgrade_carry_the_content_prefix() {
    fails(
        "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":{\"id\":\"c-1\",\"birthYear\":\"1850\"}}",
        Problem.INVALID_VALUE,
        "$.content.birthYear");
    fails(
        "{\"kind\":\"client\",\"schemaVersion\":0,\"content\":{\"id\":\"c-1\",\"yearOfBirth\":\"1973\"}}",
        Problem.WRONG_TYPE,
        "$.content.yearOfBirth");
    fails(
        "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":{\"id\":\"c-1\",\"employment\":\"nope\"}}",
        Problem.UNKNOWN_CODE,
        "$.content.employment");
  }

  @Test
  void a_document_array_of_exactly_the_collection_limit_reads_and_one_more_fails_at_its_path() {
    LoopbaanJson two = LoopbaanJson.builder().maxCollectionSize(2).build();
    String doc =
        "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":{\"id\":\"c-1\",\"healthConcerns\":[%s]}}";
    assertThat(
            two.readDocument(String.format(doc, "\"stress\",\"burn_out\""), Client.class)
                .getHealthConcerns())
        .hasSize(2);
    LoopbaanJsonException e =
        fails(
            two,
            String.format(doc, "\"stress\",\"burn_out\",\"stress\""),
            Object.class,
            Problem.LIMIT_EXCEEDED,
            "$.content.healthConcerns");
    assertThat(e.getReason()).isEqualTo("a collection holds more than 2 elements");
  }

  @Test
  void a_nested_array_over_the_limit_is_named_by_its_full_path_even_when_the_property_is_ignored() {
    LoopbaanJson two = LoopbaanJson.builder().lenient().maxCollectionSize(2).build();
    String nested =
        "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":{\"id\":\"c-1\","
            + "\"later\":{\"odd key\":[[1],[1,2,3]]}}}";
    LoopbaanJsonException e =
        fails(two, nested, Object.class, Problem.LIMIT_EXCEEDED, "$.content.later['odd key'][1]");
    assertThat(e.getReason()).isEqualTo("a collection holds more than 2 elements");
    assertThat(two.readDocument(nested.replace("1,2,3", "1,2"), Client.class).getId().getValue())
        .isEqualTo("c-1");
  }

  @Test
  void each_limit_of_the_builder_accepts_one_and_rejects_zero_with_its_name() {
    assertThat(
            LoopbaanJson.builder()
                .maxDocumentBytes(1)
                .maxNestingDepth(1)
                .maxStringLength(1)
                .maxCollectionSize(1)
                .build())
        .isNotNull();
    assertThatThrownBy(() -> LoopbaanJson.builder().maxDocumentBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentBytes must be at least 1");
    assertThatThrownBy(() -> LoopbaanJson.builder().maxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth must be at least 1");
    assertThatThrownBy(() -> LoopbaanJson.builder().maxStringLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxStringLength must be at least 1");
    assertThatThrownBy(() -> LoopbaanJson.builder().maxCollectionSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxCollectionSize must be at least 1");
  }

  @Test
  void strictness_is_reported_and_can_be_switched_back() {
    assertThat(LoopbaanJson.standard().isStrict()).isTrue();
    assertThat(LoopbaanJson.builder().lenient().build().isStrict()).isFalse();
    assertThat(LoopbaanJson.builder().lenient().strict().build().isStrict()).isTrue();
  }

  @Test
  void writing_a_value_that_is_no_document_kind_names_its_type() {
    assertThatThrownBy(() -> JSON.writeDocument(Year.of(1973)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Year is not a document kind");
    assertThat(JSON.writeDocument(Client.builder().id(ClientId.of("c-1")).build()))
        .startsWith("{\"kind\":\"client\",\"schemaVersion\":1,\"content\":{");
  }
}
