package io.github.loopbaan.serialization.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.format.View;
import io.github.loopbaan.format.spi.FormatEngine;
import io.github.loopbaan.format.spi.JsonSource.IntegerSize;
import io.github.loopbaan.format.spi.JsonSource.Token;
import io.github.loopbaan.format.spi.ValueReader;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 2 glue's small parts, each with the exact answer the reads rely on: the token mapping
 * of the parser source (an absent token is the end, an embedded object is "other") and its integer
 * sizes, the Java type of a generic Jackson type, the logical type of each kind of model value, the
 * path of a reference chain (declared names with a dot, map keys only when the format knows them,
 * indexes in brackets), the accessors of the module's own exception, the joining of a value's place
 * with a path inside it, and which containers the collection limit applies to.
 */
class GlueUnitsTest {

  private static final JsonMapper MAPPER = LoopbaanJson.standard().jsonMapper();

  @Test
  void the_parser_source_maps_every_token_and_integer_size() throws Exception {
    assertThat(ParserSource.of(null)).isEqualTo(Token.END);
    assertThat(ParserSource.of(JsonToken.VALUE_EMBEDDED_OBJECT)).isEqualTo(Token.OTHER);
    assertThat(ParserSource.of(JsonToken.NOT_AVAILABLE)).isEqualTo(Token.OTHER);
    Map<JsonToken, Token> tokens = new EnumMap<>(JsonToken.class);
    tokens.put(JsonToken.START_OBJECT, Token.START_OBJECT);
    tokens.put(JsonToken.END_OBJECT, Token.END_OBJECT);
    tokens.put(JsonToken.START_ARRAY, Token.START_ARRAY);
    tokens.put(JsonToken.END_ARRAY, Token.END_ARRAY);
    tokens.put(JsonToken.FIELD_NAME, Token.NAME);
    tokens.put(JsonToken.VALUE_STRING, Token.STRING);
    tokens.put(JsonToken.VALUE_NUMBER_INT, Token.INTEGER);
    tokens.put(JsonToken.VALUE_NUMBER_FLOAT, Token.FRACTION);
    tokens.put(JsonToken.VALUE_TRUE, Token.TRUE);
    tokens.put(JsonToken.VALUE_FALSE, Token.FALSE);
    tokens.put(JsonToken.VALUE_NULL, Token.NULL);
    tokens.forEach((jackson, format) -> assertThat(ParserSource.of(jackson)).isEqualTo(format));
    for (Object[] c :
        new Object[][] {
          {"1", IntegerSize.INT, 1L},
          {"99999999999", IntegerSize.LONG, 99999999999L},
          {
            "99999999999999999999",
            IntegerSize.BIG,
            new java.math.BigInteger("99999999999999999999")
          }
        }) {
      try (JsonParser p = MAPPER.createParser((String) c[0])) {
        ParserSource source = new ParserSource(p);
        assertThat(source.next()).isEqualTo(Token.INTEGER);
        assertThat(source.integerSize()).as((String) c[0]).isEqualTo(c[1]);
        assertThat(source.numberValue()).isEqualTo(c[2]);
        assertThat(source.parser()).isSameAs(p);
      }
    }
    try (JsonParser p = MAPPER.createParser("[1.5]")) {
      ParserSource source = new ParserSource(p);
      assertThat(source.next()).isEqualTo(Token.START_ARRAY);
      assertThat(source.current()).isEqualTo(Token.START_ARRAY);
      source.skipChildren();
      assertThat(source.current()).isEqualTo(Token.END_ARRAY);
      assertThat(source.next()).isEqualTo(Token.END);
    }
    try (JsonParser p = MAPPER.createParser("[1]")) {
      ParserSource source = new ParserSource(p);
      assertThat(source.next()).isEqualTo(Token.START_ARRAY);
      assertThat(p.isClosed()).isFalse();
      source.close();
      assertThat(p.isClosed()).isTrue();
    }
  }

  @Test
  void the_java_type_of_a_jackson_type_keeps_its_type_arguments() {
    TypeFactory types = MAPPER.getTypeFactory();
    assertThat(ModelDeserializers.typeOf(types.constructType(ClientId.class)))
        .isEqualTo(ClientId.class);
    ParameterizedType list =
        (ParameterizedType)
            ModelDeserializers.typeOf(types.constructType(new TypeReference<List<ClientId>>() {}));
    assertThat(list.getRawType()).isEqualTo(List.class);
    assertThat(list.getActualTypeArguments()).containsExactly(ClientId.class);
    ParameterizedType map =
        (ParameterizedType)
            ModelDeserializers.typeOf(
                types.constructType(new TypeReference<Map<ClientId, List<String>>>() {}));
    assertThat(map.getActualTypeArguments()).hasSize(2);
    assertThat(map.getActualTypeArguments()[0]).isEqualTo(ClientId.class);
    assertThat(((ParameterizedType) map.getActualTypeArguments()[1]).getActualTypeArguments())
        .containsExactly(String.class);
  }

  @Test
  void each_kind_of_model_value_has_its_logical_type_and_is_cachable() {
    ValueReader reader = FormatEngine.get().reader(true, 10, Catalogue.standard());
    TypeFactory types = MAPPER.getTypeFactory();
    ModelDeserializers.Adapter concern =
        new ModelDeserializers.Adapter(types.constructType(HealthConcern.class), reader);
    assertThat(concern.logicalType()).isEqualTo(LogicalType.Enum);
    assertThat(concern.isCachable()).isTrue();
    assertThat(
            new ModelDeserializers.Adapter(types.constructType(Client.class), reader).logicalType())
        .isEqualTo(LogicalType.POJO);
    assertThat(
            new ModelDeserializers.Adapter(types.constructType(ClientId.class), reader)
                .logicalType())
        .isEqualTo(LogicalType.OtherScalar);
  }

  @Test
  void a_reference_chain_names_declared_properties_and_only_known_map_keys() {
    List<JsonMappingException.Reference> chain =
        List.of(
            new JsonMappingException.Reference(new Object(), "a b"),
            new JsonMappingException.Reference(new HashMap<>(), "Jan"),
            new JsonMappingException.Reference(new HashMap<>(), "sessions"),
            new JsonMappingException.Reference(new EnumMap<>(View.class), "x y"),
            new JsonMappingException.Reference(HashMap.class, "Jan"),
            new JsonMappingException.Reference(String.class, "it"),
            new JsonMappingException.Reference(null, "Jan"),
            new JsonMappingException.Reference(new ArrayList<>(), 0),
            new JsonMappingException.Reference(new ArrayList<>()),
            new JsonMappingException.Reference(new ArrayList<>(), 3));
    assertThat(Errors.referencePath(chain))
        .isEqualTo(
            "$['a b'][unknown property].sessions['x y'][unknown property].it[unknown property][0][3]");
    assertThat(Errors.referencePath(List.of())).isEqualTo("$");
  }

  @Test
  void a_limit_inside_a_mapping_failure_is_placed_by_its_reference_chain() {
    JsonMappingException e =
        JsonMappingException.wrapWithPath(
            new com.fasterxml.jackson.core.exc.StreamConstraintsException(
                "String value length (6) exceeds the maximum allowed (5, from"
                    + " `StreamReadConstraints.getMaxStringLength()`)"),
            new Object(),
            "name");
    var translated = LoopbaanJson.builder().maxStringLength(5).build().translate(e);
    assertThat(translated.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(translated.getPath()).isEqualTo("$.name");
    assertThat(translated.getReason()).isEqualTo("a text is longer than 5 characters");
  }

  @Test
  void the_modules_exception_carries_its_problem_reason_and_path() throws Exception {
    ProblemException atRoot = new ProblemException(null, Problem.UNKNOWN_CODE, "no such code");
    assertThat(atRoot.problem()).isEqualTo(Problem.UNKNOWN_CODE);
    assertThat(atRoot.reason()).isEqualTo("no such code");
    assertThat(atRoot.path()).isEqualTo("$");
    try (JsonParser p = MAPPER.createParser("{\"sessions\":[1,2]}")) {
      p.nextToken();
      p.nextToken();
      p.nextToken();
      p.nextToken();
      p.nextToken();
      ProblemException inside = new ProblemException(p, Problem.WRONG_TYPE, "why");
      assertThat(inside.path()).isEqualTo("$.sessions[1]");
      assertThat(Subtrees.baseOf(p).path()).isEqualTo("$.sessions[1]");
      assertThat(Subtrees.join("$.sessions[1]", "$.id")).isEqualTo("$.sessions[1].id");
      assertThat(LoopbaanJson.standard().translate(inside).getPath()).isEqualTo("$.sessions[1]");
    }
  }

  @Test
  void the_collection_limit_applies_to_containers_of_model_values_only() {
    TypeFactory types = MAPPER.getTypeFactory();
    assertThat(holds(types.constructType(new TypeReference<List<ClientId>>() {}))).isTrue();
    assertThat(holds(types.constructType(new TypeReference<Map<ClientId, String>>() {}))).isTrue();
    assertThat(holds(types.constructType(new TypeReference<Map<String, ClientId>>() {}))).isTrue();
    assertThat(holds(types.constructType(ClientId[].class))).isTrue();
    assertThat(holds(types.constructType(new TypeReference<List<String>>() {}))).isFalse();
    assertThat(holds(types.constructType(new TypeReference<Map<String, Integer>>() {}))).isFalse();
    assertThat(holds(types.constructType(byte[].class))).isFalse();
    CollectionSizeLimit limit = new CollectionSizeLimit(2);
    var likeOfModel = types.constructCollectionLikeType(Iterable.class, ClientId.class);
    var likeOfText = types.constructCollectionLikeType(Iterable.class, String.class);
    var mapLike = types.constructMapLikeType(Map.class, ClientId.class, String.class);
    var dummy = new com.fasterxml.jackson.databind.deser.std.StringDeserializer();
    assertThat(limit.modifyCollectionLikeDeserializer(null, likeOfModel, null, dummy))
        .isInstanceOf(CollectionSizeLimit.Limited.class);
    assertThat(limit.modifyCollectionLikeDeserializer(null, likeOfText, null, dummy))
        .isSameAs(dummy);
    assertThat(limit.modifyMapLikeDeserializer(null, mapLike, null, dummy))
        .isInstanceOf(CollectionSizeLimit.Limited.class);
  }

  private static boolean holds(JavaType type) {
    return CollectionSizeLimit.holdsModelValues(type);
  }
}
