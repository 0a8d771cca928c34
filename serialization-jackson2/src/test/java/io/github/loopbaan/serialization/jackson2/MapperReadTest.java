package io.github.loopbaan.serialization.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Reading an application's own types that hold model values through {@link
 * LoopbaanJson#jsonMapper()}, and translating Jackson 2's failures with {@link
 * LoopbaanJson#translate}: every kind of failure (broken JSON, duplicate keys, trailing content,
 * empty input, unknown properties, nulls, wrong JSON types, invalid model values inside and
 * constructors of the application that refuse them, collection limits) gets its problem, the path
 * of the offending place in the whole input and a reason that does not quote the input.
 */
class MapperReadTest {

  /**
   * An application's record with model values.
   *
   * @param client a client identifier
   * @param members more identifiers
   * @param profile a whole model value
   * @param count a number
   */
  public record Team(ClientId client, List<ClientId> members, Client profile, int count) {}

  /**
   * An application's record that builds a model value itself.
   *
   * @param id the identifier's text
   */
  public record Checked(String id) {
    /** Builds the identifier, which validates the text. */
    public Checked {
      ClientId.of(id);
    }
  }

  /**
   * An application's record that refuses a missing value.
   *
   * @param name the name
   */
  public record Named(String name) {
    /** Requires the name. */
    public Named {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * An application's record with collections of model values and of its own.
   *
   * @param byName model values by a name of the application
   * @param byClient texts by a model identifier
   * @param texts texts only
   * @param array an array of model values
   */
  public record Holders(
      Map<String, ClientId> byName,
      Map<ClientId, String> byClient,
      List<String> texts,
      ClientId[] array) {}

  /** A read through Jackson 2, which declares its exceptions. */
  private interface Read {
    Object run(JsonMapper mapper) throws JsonProcessingException;
  }

  private static LoopbaanJsonException fails(LoopbaanJson json, Read read) {
    try {
      read.run(json.jsonMapper());
    } catch (JsonProcessingException e) {
      return json.translate(e);
    }
    throw new AssertionError("expected a Jackson exception");
  }

  private static LoopbaanJsonException team(String input) {
    return fails(LoopbaanJson.standard(), m -> m.readValue(input, Team.class));
  }

  private static void assertFailure(
      LoopbaanJsonException e, Problem problem, String path, String reason) {
    assertThat(e.getProblem()).as(e.getMessage()).isEqualTo(problem);
    assertThat(e.getPath()).as(e.getMessage()).isEqualTo(path);
    assertThat(e.getReason()).as(e.getMessage()).isEqualTo(reason);
  }

  @Test
  void model_values_inside_an_applications_record_read_through_the_mapper() throws Exception {
    Team team =
        LoopbaanJson.standard()
            .jsonMapper()
            .readValue(
                "{\"client\":\"c-1\",\"members\":[\"c-2\"],\"profile\":{\"id\":\"c-3\"},\"count\":4}",
                Team.class);
    assertThat(team.client()).isEqualTo(ClientId.of("c-1"));
    assertThat(team.members()).containsExactly(ClientId.of("c-2"));
    assertThat(team.profile()).isEqualTo(Client.builder().id(ClientId.of("c-3")).build());
    assertThat(team.count()).isEqualTo(4);
  }

  @Test
  void a_failure_inside_a_model_value_is_placed_under_the_values_place_in_the_input() {
    LoopbaanJsonException field = team("{\"client\":\"C 1\",\"count\":0}");
    assertThat(field.getProblem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(field.getPath()).isEqualTo("$.client");
    LoopbaanJsonException element = team("{\"members\":[\"c-1\",\"C 1\"],\"count\":0}");
    assertThat(element.getProblem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(element.getPath()).isEqualTo("$[unknown property #1][1]");
    LoopbaanJsonException nested =
        team("{\"profile\":{\"id\":\"c-1\",\"name\":\" \"},\"count\":0}");
    assertThat(nested.getProblem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(nested.getPath()).isEqualTo("$[unknown property #1].name");
    LoopbaanJsonException root =
        fails(LoopbaanJson.standard(), m -> m.readValue("\"C 1\"", ClientId.class));
    assertThat(root.getProblem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(root.getPath()).isEqualTo("$");
    LoopbaanJsonException inArray =
        fails(
            LoopbaanJson.standard(),
            m -> m.readValue("[{\"id\":\"c-1\"},{\"id\":\"c-2\",\"x y\":1}]", Client[].class));
    assertFailure(
        inArray, Problem.UNKNOWN_PROPERTY, "$[1][unknown property #2]", "unknown property");
  }

  @Test
  void broken_json_around_model_values_is_told_apart_by_kind() {
    assertFailure(
        team("{\"client\":nope,\"count\":0}"),
        Problem.MALFORMED,
        "$.client",
        "the input is not well-formed JSON");
    assertFailure(
        team("{\"client\":\"c-1\",\"count\":0"),
        Problem.TRUNCATED,
        "$[unknown property #2]",
        "the input ends in the middle of a value");
    assertFailure(
        team("{\"client\":\"c-1\",\"client\":\"c-2\",\"count\":0}"),
        Problem.DUPLICATE_KEY,
        "$.client",
        "an object holds the same key twice");
    assertFailure(
        team("{\"client\":\"c-1\",\"count\":0} {}"),
        Problem.MALFORMED,
        "$",
        "the input continues after the value");
    assertFailure(team(""), Problem.TRUNCATED, "$", "the input ends before a value");
  }

  @Test
  void unknown_properties_of_an_applications_type_are_named_only_when_the_format_knows_them() {
    assertFailure(
        team("{\"client\":\"c-1\",\"stage\":1,\"count\":0}"),
        Problem.UNKNOWN_PROPERTY,
        "$.stage",
        "unknown property");
  }

  /**
   * A null into a primitive component is refused at its name on every supported Jackson 2; which
   * problem depends on the version: Jackson 2.17 reports a missing value ("must not be null"), 2.22
   * (and Jackson 3) a wrong type. Both are refusals at {@code $.count}, which is what the format
   * promises outside its documents.
   */
  @Test
  void a_null_into_a_primitive_of_an_applications_type_is_refused_at_its_name() {
    LoopbaanJsonException e = team("{\"count\":null}");
    assertThat(e.getPath()).as(e.getMessage()).isEqualTo("$.count");
    assertThat(e.getProblem()).as(e.getMessage()).isIn(Problem.WRONG_TYPE, Problem.MISSING_VALUE);
  }

  @Test
  void wrong_types_in_an_applications_type_are_named() {
    assertFailure(
        team("{\"count\":\"4\"}"),
        Problem.WRONG_TYPE,
        "$.count",
        "wrong JSON type: expected an integer number");
    assertFailure(
        team("{\"members\":\"c-1\",\"count\":0}"),
        Problem.WRONG_TYPE,
        "$.members",
        "wrong JSON type: expected an array");
    assertFailure(
        fails(LoopbaanJson.standard(), m -> m.readValue("{}", Named.class)),
        Problem.MISSING_VALUE,
        "$",
        "must not be null");
  }

  @Test
  void an_invalid_model_value_built_by_the_applications_constructor_is_an_invalid_value() {
    LoopbaanJsonException e =
        fails(LoopbaanJson.standard(), m -> m.readValue("{\"id\":\"C 1\"}", Checked.class));
    assertThat(e.getProblem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.getPath()).isEqualTo("$");
    assertThat(e.getReason()).contains("ClientId.value").doesNotContain("C 1");
  }

  @Test
  void a_limit_met_while_reading_through_the_mapper_names_the_limit() {
    LoopbaanJson five = LoopbaanJson.builder().maxStringLength(5).build();
    LoopbaanJsonException e =
        fails(five, m -> m.readValue("{\"client\":\"c-123456\",\"count\":0}", Team.class));
    assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.getReason()).isEqualTo("a text is longer than 5 characters");
    assertThat(e.getPath()).isEqualTo("$.client");
  }

  @Test
  void collections_maps_and_arrays_of_model_values_in_an_applications_type_are_limited() {
    LoopbaanJson two = LoopbaanJson.builder().maxCollectionSize(2).build();
    String reason = "a collection holds more than 2 elements";
    Holders atLimit =
        LoopbaanJson.builder()
            .maxCollectionSize(2)
            .build()
            .read(
                "{\"byName\":{\"a\":\"c-1\",\"b\":\"c-2\"},\"byClient\":{\"c-1\":\"a\",\"c-2\":\"b\"},"
                    + "\"texts\":[\"a\",\"b\",\"c\"],\"array\":[\"c-1\",\"c-2\"]}",
                Holders.class);
    assertThat(atLimit.byName()).hasSize(2);
    assertThat(atLimit.byClient()).containsEntry(ClientId.of("c-2"), "b").hasSize(2);
    assertThat(atLimit.texts()).hasSize(3);
    assertThat(atLimit.array()).containsExactly(ClientId.of("c-1"), ClientId.of("c-2"));
    LoopbaanJsonException byName =
        fails(
            two,
            m ->
                m.readValue(
                    "{\"byName\":{\"a\":\"c-1\",\"b\":\"c-2\",\"c\":\"c-3\"}}", Holders.class));
    assertThat(byName.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(byName.getReason()).isEqualTo(reason);
    assertThat(byName.getPath()).isEqualTo("$[unknown property #1]");
    LoopbaanJsonException byClient =
        fails(
            two,
            m ->
                m.readValue(
                    "{\"byClient\":{\"c-1\":\"a\",\"c-2\":\"b\",\"c-3\":\"c\"}}", Holders.class));
    assertThat(byClient.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(byClient.getReason()).isEqualTo(reason);
    assertThat(byClient.getPath()).isEqualTo("$[unknown property #1]");
    LoopbaanJsonException array =
        fails(two, m -> m.readValue("{\"array\":[\"c-1\",\"c-2\",\"c-3\"]}", Holders.class));
    assertThat(array.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(array.getReason()).isEqualTo(reason);
    assertThat(array.getPath()).isEqualTo("$[unknown property #1]");
    LoopbaanJsonException list =
        fails(
            two,
            m -> m.readValue("[\"c-1\",\"c-2\",\"c-3\"]", new TypeReference<List<ClientId>>() {}));
    assertFailure(list, Problem.LIMIT_EXCEEDED, "$", reason);
  }

  @Test
  void the_module_on_a_plain_mapper_limits_collections_and_reads_keys_by_its_catalogue()
      throws Exception {
    JsonMapper plain =
        JsonMapper.builder().addModule(new LoopbaanModule(2, Catalogue.standard())).build();
    LoopbaanJson json = LoopbaanJson.builder().maxCollectionSize(2).build();
    try {
      plain.readValue("[\"c-1\",\"c-2\",\"c-3\"]", ClientId[].class);
      throw new AssertionError("three identifiers were accepted over the limit of 2");
    } catch (JsonProcessingException e) {
      assertFailure(
          json.translate(e),
          Problem.LIMIT_EXCEEDED,
          "$",
          "a collection holds more than 2 elements");
    }
    assertThat(plain.readValue("[\"c-1\",\"c-2\"]", ClientId[].class)).hasSize(2);
    Map<ClientId, Integer> keys =
        plain.readValue("{\"c-1\":1}", new TypeReference<Map<ClientId, Integer>>() {});
    assertThat(keys).containsExactly(Map.entry(ClientId.of("c-1"), 1));
  }

  // Findings: the Jackson 3 artifact gives these results for the same reads (checked by running
  // the same inputs through its LoopbaanJson.jsonMapper() and translate); Jackson 2 differs.

  /** Jackson 3: {@code $.profile}; Jackson 2: {@code $[unknown property #1].id}. */
  @Test
  @Disabled("finding: Jackson 2 gives $[unknown property #1].id where Jackson 3 gives $.profile")
  void broken_json_inside_a_nested_model_value_is_placed_as_on_jackson_3() {
    assertFailure(
        team("{\"profile\":{\"id\":nope},\"count\":0}"),
        Problem.MALFORMED,
        "$.profile",
        "the input is not well-formed JSON");
  }

  /** Jackson 3: {@code $[unknown property #4]} and {@code #2}; Jackson 2: no number at all. */
  @Test
  @Disabled("finding: Jackson 2 gives $[unknown property] without the position Jackson 3 gives")
  void an_unknown_property_read_through_the_mapper_is_given_by_position_as_on_jackson_3() {
    assertFailure(
        team("{\"client\":\"c-1\",\"Jan Janssens\":1,\"count\":0}"),
        Problem.UNKNOWN_PROPERTY,
        "$[unknown property #4]",
        "unknown property");
    assertFailure(
        team("{\"client\":\"c-1\",\"Jan\":{\"a\":1},\"count\":0}"),
        Problem.UNKNOWN_PROPERTY,
        "$[unknown property #2]",
        "unknown property");
  }

  /** Jackson 3 reads an absent int component as 0; Jackson 2 fails with wrong_type at $.count. */
  @Test
  @Disabled("finding: Jackson 2 rejects an absent primitive record component, Jackson 3 reads 0")
  void an_absent_primitive_component_of_an_applications_record_reads_as_on_jackson_3()
      throws Exception {
    assertThat(
            LoopbaanJson.standard()
                .jsonMapper()
                .readValue("{\"client\":\"c-1\"}", Team.class)
                .count())
        .isZero();
  }
}
