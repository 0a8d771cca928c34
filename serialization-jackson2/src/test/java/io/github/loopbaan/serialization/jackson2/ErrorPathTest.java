package io.github.loopbaan.serialization.jackson2;

import static io.github.loopbaan.serialization.jackson2.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.serializationfixture.Sample;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.format.spi.FormatEngine;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The paths and reasons of rejections: how a property name is spelled in a path (simple names with
 * a dot, every other name quoted and shortened), and the reason naming each parser limit, checked
 * at the limit's exact edge.
 */
class ErrorPathTest {

  private static final LoopbaanJson STRICT = LoopbaanJson.standard();
  private static final LoopbaanJson LENIENT = LoopbaanJson.builder().lenient().build();
  private static final String SAMPLE =
      "{\"label\":\"x\",\"active\":false,\"count\":0," + "\"visibility\":\"shared_with_client\"";

  private static String unknownPath(String name) {
    try {
      STRICT.read("{\"id\":\"c-1\",\"" + name + "\":1}", Client.class);
    } catch (LoopbaanJsonException e) {
      assertThat(e.getProblem()).as(e.getMessage()).isEqualTo(Problem.UNKNOWN_PROPERTY);
      assertThat(e.getReason()).isEqualTo("unknown property");
      return e.getPath();
    }
    throw new AssertionError("an unknown property " + name + " was accepted");
  }

  private static LoopbaanJsonException readFails(LoopbaanJson json, String input) {
    try {
      json.read(input, Client.class);
    } catch (LoopbaanJsonException e) {
      return e;
    }
    throw new AssertionError("expected a LoopbaanJsonException");
  }

  @Test
  void error_paths_name_known_properties_only_an_unknown_name_of_any_shape_is_its_position()
      throws Exception {
    // Issue 14: a key the wire format does not know came from the input and may be personal data.
    for (String name :
        new String[] {
          "a",
          "Z",
          "_",
          "_x",
          "a0",
          "x09",
          "a@",
          "@a",
          "0a",
          "9",
          "",
          "it's",
          "Jan Janssens",
          "-".repeat(64),
          "a".repeat(200)
        }) {
      assertThat(unknownPath(name)).as(name).isEqualTo("$[unknown property #2]");
    }
    // A name the wire format knows is named, even where the type at hand does not declare it.
    assertThat(unknownPath("stage")).isEqualTo("$.stage");
  }

  @Test
  void a_declared_name_is_written_with_a_dot_when_simple_and_quoted_escaped_and_cut_otherwise()
      throws Exception {
    for (String name : new String[] {"a", "Z", "_", "_x", "a0", "z9", "A_B", "zZ", "x09"}) {
      assertThat(FormatEngine.get().segment(name)).isEqualTo("." + name);
    }
    for (String c : new String[] {"@", "[", "`", "{", "/", ":", "^", "-", " ", "é"}) {
      assertThat(FormatEngine.get().segment("a" + c)).isEqualTo("['a" + c + "']");
      assertThat(FormatEngine.get().segment(c + "a")).isEqualTo("['" + c + "a']");
    }
    assertThat(FormatEngine.get().segment("0a")).isEqualTo("['0a']");
    assertThat(FormatEngine.get().segment("")).isEqualTo("['']");
    assertThat(FormatEngine.get().segment("it's")).isEqualTo("['it\\'s']");
    String sixtyFour = "-".repeat(64);
    assertThat(FormatEngine.get().segment(sixtyFour)).isEqualTo("['" + sixtyFour + "']");
    assertThat(FormatEngine.get().segment(sixtyFour + "+")).isEqualTo("['" + sixtyFour + "…']");
    assertThat(FormatEngine.get().segmentIfKnown("sessions", 4)).isEqualTo(".sessions");
    assertThat(FormatEngine.get().segmentIfKnown("Jan", 4)).isEqualTo("[unknown property #5]");
    assertThat(FormatEngine.get().segmentIfKnown("Jan", -1)).isEqualTo("[unknown property]");
  }

  @Test
  void a_text_of_exactly_the_limit_reads_and_one_character_more_is_named_with_the_limit()
      throws Exception {
    LoopbaanJson five = LoopbaanJson.builder().maxStringLength(5).build();
    assertThat(five.read("{\"id\":\"c-1\",\"name\":\"abcde\"}", Client.class).getName())
        .contains("abcde");
    LoopbaanJsonException e =
        assertProblem(
            five,
            "{\"id\":\"c-1\",\"name\":\"abcdef\"}",
            Client.class,
            Problem.LIMIT_EXCEEDED,
            "$.name");
    assertThat(e.getReason()).isEqualTo("a text is longer than 5 characters");
  }

  @Test
  void a_document_of_exactly_the_byte_limit_reads_and_one_byte_more_fails() throws Exception {
    String json = "{\"id\":\"c-1\",\"name\":\"é\"}";
    int bytes = json.getBytes(StandardCharsets.UTF_8).length;
    assertThat(
            LoopbaanJson.builder()
                .maxDocumentBytes(bytes)
                .build()
                .read(json, Client.class)
                .getName())
        .contains("é");
    LoopbaanJsonException e =
        readFails(LoopbaanJson.builder().maxDocumentBytes(bytes - 1).build(), json);
    assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.getReason()).isEqualTo("the document is larger than " + (bytes - 1) + " bytes");
  }

  @Test
  void nesting_of_exactly_the_depth_limit_reads_and_one_level_more_fails() throws Exception {
    String json = "{\"id\":\"c-1\",\"healthConcerns\":[\"stress\"]}";
    assertThat(
            LoopbaanJson.builder()
                .maxNestingDepth(2)
                .build()
                .read(json, Client.class)
                .getHealthConcerns())
        .hasSize(1);
    LoopbaanJsonException e =
        assertProblem(
            LoopbaanJson.builder().maxNestingDepth(1).build(),
            json,
            Client.class,
            Problem.LIMIT_EXCEEDED,
            "$.healthConcerns");
    assertThat(e.getReason()).isEqualTo("the input nests deeper than 1 levels");
  }

  @Test
  void a_property_name_of_1000_characters_is_read_and_of_1001_is_over_the_limit() throws Exception {
    String name = "n".repeat(1_000);
    assertThat(LENIENT.read("{\"id\":\"c-1\",\"" + name + "\":1}", Client.class).getId().getValue())
        .isEqualTo("c-1");
    LoopbaanJsonException e = readFails(LENIENT, "{\"id\":\"c-1\",\"" + name + "n\":1}");
    assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.getReason()).isEqualTo("a property name is longer than 1000 characters");
  }

  @Test
  void a_number_of_100_characters_is_parsed_and_of_101_is_over_the_limit() throws Exception {
    String hundred = "1" + "0".repeat(99);
    LoopbaanJsonException range =
        assertProblem(
            STRICT,
            SAMPLE.replace("\"count\":0", "\"count\":" + hundred) + "}",
            Sample.class,
            Problem.WRONG_TYPE,
            "$.count");
    assertThat(range.getReason()).isEqualTo("a number is out of range for its type");
    // A limit is found by the parser, before binding: a name the wire format does not know shows as
    // a position.
    LoopbaanJsonException e =
        assertProblem(
            STRICT,
            SAMPLE.replace("\"count\":0", "\"count\":" + hundred + "0") + "}",
            Sample.class,
            Problem.LIMIT_EXCEEDED,
            "$[unknown property #3]");
    assertThat(e.getReason()).isEqualTo("a number has more than 100 characters");
  }

  @Test
  void a_wrong_json_type_names_what_was_expected() throws Exception {
    assertThat(
            assertProblem(
                    STRICT,
                    SAMPLE.replace("\"count\":0", "\"count\":\"0\"") + "}",
                    Sample.class,
                    Problem.WRONG_TYPE,
                    "$.count")
                .getReason())
        .isEqualTo("wrong JSON type: expected an integer number");
    assertThat(
            assertProblem(
                    STRICT,
                    SAMPLE.replace("\"active\":false", "\"active\":\"no\"") + "}",
                    Sample.class,
                    Problem.WRONG_TYPE,
                    "$.active")
                .getReason())
        .isEqualTo("wrong JSON type: expected true or false");
  }

  @Test
  void a_missing_required_attribute_is_named_and_a_null_primitive_is_a_missing_value()
      throws Exception {
    LoopbaanJsonException missing =
        assertProblem(
            STRICT,
            "{\"label\":\"x\",\"active\":false," + "\"visibility\":\"shared_with_client\"}",
            Sample.class,
            Problem.MISSING_VALUE,
            "$");
    assertThat(missing.getReason()).startsWith("required attributes are missing").contains("count");
    assertProblem(
        STRICT,
        SAMPLE.replace("\"count\":0", "\"count\":null") + "}",
        Sample.class,
        Problem.MISSING_VALUE,
        "$.count");
  }

  @Test
  void a_nested_failure_is_named_by_index_and_attribute() throws Exception {
    LoopbaanJsonException e =
        assertProblem(
            STRICT,
            SAMPLE + ",\"parts\":[{\"name\":\"a\"},{\"name\":\"b\"," + "\"weight\":11}]}",
            Sample.class,
            Problem.INVALID_VALUE,
            "$.parts[1].weight");
    assertThat(e.getReason()).contains("in_range").doesNotContain("11");
    assertProblem(
        STRICT,
        SAMPLE + ",\"parts\":[{\"name\":\"a\"},{\"name\":\" \"}]}",
        Sample.class,
        Problem.INVALID_VALUE,
        "$.parts[1].name");
    assertProblem(
        STRICT,
        SAMPLE + ",\"parts\":[{\"name\":\"a\",\"x y\":1}]}",
        Sample.class,
        Problem.UNKNOWN_PROPERTY,
        "$.parts[0][unknown property #2]");
  }

  @Test
  void broken_json_is_told_apart_by_kind_with_its_position() throws Exception {
    LoopbaanJsonException truncated = readFails(STRICT, "{\"id\":\"c-1\",\"name\":\"ab");
    assertThat(truncated.getProblem()).isEqualTo(Problem.TRUNCATED);
    assertThat(truncated.getReason()).isEqualTo("the input ends in the middle of a value");
    LoopbaanJsonException duplicate = readFails(STRICT, "{\"id\":\"c-1\",\"id\":\"c-2\"}");
    assertThat(duplicate.getProblem()).isEqualTo(Problem.DUPLICATE_KEY);
    assertThat(duplicate.getPath()).isEqualTo("$.id");
    assertThat(duplicate.getReason()).isEqualTo("an object holds the same key twice");
    LoopbaanJsonException malformed = readFails(STRICT, "{\"id\":\"c-1\",\"name\":nope}");
    assertThat(malformed.getProblem()).isEqualTo(Problem.MALFORMED);
    assertThat(malformed.getPath()).isEqualTo("$.name");
    assertThat(malformed.getReason()).isEqualTo("the input is not well-formed JSON");
  }
}
