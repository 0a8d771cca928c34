package io.github.loopbaan.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.catalogue.CatalogueEntry;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.PlanRevision;
import io.github.loopbaan.core.plan.Revisions;
import io.github.loopbaan.core.serializationfixture.Sample;
import io.github.loopbaan.core.serializationfixture.Trail;
import io.github.loopbaan.core.session.AssignmentStatus;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.Sessions;
import io.github.loopbaan.core.standards.RiasecProfile;
import io.github.loopbaan.core.standards.RiasecType;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import io.github.loopbaan.format.conformance.ConformanceRunner;
import io.github.loopbaan.format.conformance.Examples;
import io.github.loopbaan.format.conformance.TextSource;
import io.github.loopbaan.format.spi.JsonSource;
import io.github.loopbaan.format.spi.ReadLimits;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelReader} reads the wire format from any {@link JsonSource}: a plain-text source with
 * no JSON library ({@link TextSource}) gives the values and the failures (problem, path, reason)
 * that the conformance corpus expects of every artifact, for every document and every content case.
 * That is what lets both Jackson generations drive the same reader.
 */
class ModelReaderTest {

  private static final ModelReader STRICT =
      new ModelReader(true, ReadLimits.DEFAULT_MAX_COLLECTION_SIZE, Catalogue.standard());

  @Test
  void every_document_of_the_corpus_reads_to_the_value_of_its_expected_output() {
    int read = 0;
    for (ConformanceRunner.Case c : ConformanceRunner.cases(ConformanceRunner.CORPUS)) {
      if (c.rejected() || !c.options().isEmpty() || c.view().isPresent()) {
        continue;
      }
      String json =
          new String(
              ConformanceRunner.read(ConformanceRunner.CORPUS.resolve(c.input())),
              StandardCharsets.UTF_8);
      if (c.document() && json.replace(" ", "").contains("\"schemaVersion\":0")) {
        continue; // older versions are upgraded on a tree first
      }
      String expected =
          new String(
              ConformanceRunner.read(ConformanceRunner.CORPUS.resolve(c.output().orElseThrow())),
              StandardCharsets.UTF_8);
      TextSource in = new TextSource(json);
      if (c.document()) {
        in.toContent();
      } else {
        in.next();
      }
      Object value = STRICT.read(c.type(), in);
      assertThat(c.document() ? PlainJson.writeDocument(value) : PlainJson.write(value))
          .as(c.name())
          .isEqualTo(expected);
      read++;
    }
    assertThat(read).isGreaterThanOrEqualTo(5);
  }

  @Test
  void every_content_failure_of_the_corpus_is_reported_as_the_corpus_expects() {
    int checked = 0;
    for (ConformanceRunner.Case c : ConformanceRunner.cases(ConformanceRunner.CORPUS)) {
      // duplicate keys are the parser's to find; the others are the format's
      if (!c.name().startsWith("content.") || c.name().equals("content.duplicate_key")) {
        continue;
      }
      String json =
          new String(
              ConformanceRunner.read(ConformanceRunner.CORPUS.resolve(c.input())),
              StandardCharsets.UTF_8);
      ConformanceRunner.Rejection expected = c.rejection().orElseThrow();
      TextSource in = new TextSource(json);
      in.toContent();
      assertThatThrownBy(() -> STRICT.read(c.type(), in))
          .as(c.name())
          .isInstanceOfSatisfying(
              LoopbaanJsonException.class,
              e -> {
                LoopbaanJsonException placed = e.under("$.content");
                assertThat(
                        new ConformanceRunner.Rejection(
                            placed.getProblem().code(), placed.getPath(), placed.getReason()))
                    .isEqualTo(expected);
              });
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(10);
  }

  @Test
  void every_document_and_envelope_case_reads_through_a_plain_tree_as_the_corpus_expects() {
    int documents = 0;
    int rejections = 0;
    for (ConformanceRunner.Case c : ConformanceRunner.cases(ConformanceRunner.CORPUS)) {
      boolean parserCase =
          c.name().contains("duplicate")
              || !(c.name().startsWith("envelope.")
                  || c.name().startsWith("content.")
                  || c.name().endsWith(".read")
                  || !c.rejected());
      if (!c.document() || parserCase || c.view().isPresent()) {
        continue;
      }
      boolean strict = !Boolean.FALSE.equals(c.options().get("strict"));
      String json =
          new String(
              ConformanceRunner.read(ConformanceRunner.CORPUS.resolve(c.input())),
              StandardCharsets.UTF_8);
      ModelReader reader = STRICT.strict(strict);
      TextSource in = new TextSource(json);
      in.next();
      Object tree = JsonTrees.build(in, ReadLimits.DEFAULT_MAX_COLLECTION_SIZE, "$");
      if (c.rejected()) {
        assertThatThrownBy(() -> Documents.readTree(tree, c.type(), reader, strict))
            .as(c.name())
            .isInstanceOfSatisfying(
                LoopbaanJsonException.class,
                e ->
                    assertThat(
                            new ConformanceRunner.Rejection(
                                e.getProblem().code(), e.getPath(), e.getReason()))
                        .isEqualTo(c.rejection().orElseThrow()));
        rejections++;
      } else {
        assertThat(PlainJson.writeDocument(Documents.readTree(tree, c.type(), reader, strict)))
            .as(c.name())
            .isEqualTo(
                new String(
                    ConformanceRunner.read(
                        ConformanceRunner.CORPUS.resolve(c.output().orElseThrow())),
                    StandardCharsets.UTF_8));
        documents++;
      }
    }
    assertThat(documents).as("documents read").isGreaterThanOrEqualTo(8);
    assertThat(rejections).as("rejections").isGreaterThanOrEqualTo(25);
  }

  @Test
  void a_value_written_to_a_plain_tree_reads_back_equal_and_the_tree_is_its_json() {
    for (Object value : List.of(Examples.client(), Examples.trajectory())) {
      TreeSink sink = new TreeSink();
      ModelWriter.write(value, sink, new ModelWriter.Scope(View.FULL, null, null));
      Object tree = sink.root();
      TreeSource in = new TreeSource(tree);
      in.next();
      assertThat(STRICT.read(value.getClass().getSuperclass(), in)).isEqualTo(value);
      TextSource text = new TextSource(PlainJson.write(value));
      text.next();
      assertThat(tree).isEqualTo(JsonTrees.build(text, 100_000, "$"));
    }
    assertThatThrownBy(() -> new TreeSink().foreign(UUID.randomUUID()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("UUID is not a value of the wire format");
  }

  @Test
  void a_tree_read_back_through_its_source_is_the_same_tree() {
    String json =
        "{\"a\":[1,-5000000000,123456789012345678901234567890,1.5e3,true,false,null],"
            + "\"b\":{\"c\":\"d\",\"e\":{}},\"f\":[]}";
    TextSource text = new TextSource(json);
    text.next();
    Object tree = JsonTrees.build(text, 100, "$");
    TreeSource again = new TreeSource(tree);
    again.next();
    assertThat(JsonTrees.build(again, 100, "$")).isEqualTo(tree);
    assertThat(again.next()).isEqualTo(JsonSource.Token.END);
    assertThat(((Map<?, ?>) tree).get("a"))
        .isEqualTo(
            Arrays.asList(
                1L,
                -5_000_000_000L,
                new BigInteger("123456789012345678901234567890"),
                new BigDecimal("1.5e3"),
                true,
                false,
                null));
    TreeSource skipping = new TreeSource(tree);
    assertThat(skipping.next()).isEqualTo(JsonSource.Token.START_OBJECT);
    assertThat(skipping.next()).isEqualTo(JsonSource.Token.NAME);
    assertThat(skipping.next()).isEqualTo(JsonSource.Token.START_ARRAY);
    skipping.skipChildren();
    assertThat(skipping.current()).isEqualTo(JsonSource.Token.END_ARRAY);
    assertThat(skipping.next()).isEqualTo(JsonSource.Token.NAME);
    assertThat(skipping.name()).isEqualTo("b");
    assertThatThrownBy(
            () -> {
              TextSource big = new TextSource("[[1,2,3]]");
              big.next();
              JsonTrees.build(big, 2, "$.x");
            })
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getPath()).isEqualTo("$.x[0]");
              assertThat(e.getProblem()).isEqualTo(LoopbaanJsonException.Problem.LIMIT_EXCEEDED);
            });
  }

  @Test
  void every_kind_of_type_gets_its_reader_by_the_same_rules_past_the_cache() throws Exception {
    Trajectory trajectory = Examples.trajectory();
    History<?> history = trajectory.getHistory();
    Event<?, ?> event = trajectory.getHistory().iterator().next();
    Type eventType =
        ModelReader.parameterized(Event.class, TrajectoryStage.class, TrajectoryCommand.class);
    Class<? extends CatalogueEntry> catalogued = Catalogue.types().iterator().next();
    CatalogueEntry entry = Catalogue.standard().entries(catalogued).iterator().next();
    RiasecProfile profile =
        RiasecProfile.of(
            Map.of(
                RiasecType.REALISTIC, 10,
                RiasecType.INVESTIGATIVE, 20,
                RiasecType.ARTISTIC, 30,
                RiasecType.SOCIAL, 40,
                RiasecType.ENTERPRISING, 50,
                RiasecType.CONVENTIONAL, 60));
    Map<Type, Object> values = new LinkedHashMap<>();
    values.put(String.class, "a");
    values.put(Integer.class, 5);
    values.put(int.class, 6);
    values.put(Long.class, 5_000_000_000L);
    values.put(long.class, 7L);
    values.put(Boolean.class, true);
    values.put(boolean.class, false);
    values.put(URI.class, URI.create("https://example.org/a"));
    values.put(LocalDate.class, LocalDate.of(2025, 3, 1));
    values.put(EmploymentSituation.class, EmploymentSituation.EMPLOYED);
    values.put(ClientId.class, ClientId.of("c-1"));
    values.put(catalogued, entry);
    values.put(RiasecProfile.class, profile);
    values.put(Trail.class, Trail.of(List.of("intake", "synthesis")));
    values.put(ModelReader.parameterized(History.class, eventType), history);
    values.put(eventType, event);
    values.put(TrajectoryCommand.class, event.getCommand());
    values.put(Client.class, Examples.client());
    values.put(ModelReader.parameterized(Optional.class, Integer.class), Optional.of(8));
    values.put(ModelReader.parameterized(List.class, String.class), List.of("l"));
    values.put(ModelReader.parameterized(Collection.class, String.class), List.of("c"));
    values.put(ModelReader.parameterized(Iterable.class, String.class), List.of("i"));
    values.put(ModelReader.parameterized(Set.class, String.class), Set.of("s"));
    values.put(ModelReader.parameterized(Map.class, String.class, Integer.class), Map.of("k", 9));
    for (Map.Entry<Type, Object> e : values.entrySet()) {
      Object value = e.getValue();
      String json =
          value instanceof Optional
              ? PlainJson.write(((Optional<?>) value).get())
              : PlainJson.write(value);
      TextSource in = started(json);
      assertThat(ModelReader.readerOf(e.getKey()).read(new ModelReader.Cursor(in, STRICT)))
          .as(e.getKey().getTypeName())
          .isEqualTo(value);
      assertThat(in.next()).as("the whole value was read").isEqualTo(JsonSource.Token.END);
    }
    for (Type unmappable :
        List.of(
            Object.class,
            TrajectoryCommand.HoldIntake.class,
            ModelReader.parameterized(Map.class, Integer.class, String.class))) {
      assertThatThrownBy(
              () ->
                  ModelReader.readerOf(unmappable)
                      .read(new ModelReader.Cursor(started("{}"), STRICT)))
          .as(unmappable.getTypeName())
          .isInstanceOfSatisfying(
              LoopbaanJsonException.class,
              x ->
                  assertThat(x.getProblem())
                      .isEqualTo(LoopbaanJsonException.Problem.UNMAPPABLE_TYPE));
    }
    for (Type otherLifecycle :
        List.of(
            Event.class,
            ModelReader.parameterized(Event.class, AssignmentStatus.class, TrajectoryCommand.class),
            ModelReader.parameterized(Event.class, TrajectoryStage.class, String.class))) {
      assertThatThrownBy(
              () ->
                  ModelReader.readerOf(otherLifecycle)
                      .read(new ModelReader.Cursor(started("{}"), STRICT)))
          .isInstanceOf(LoopbaanJsonException.class)
          .hasMessageContaining("events of this lifecycle have no wire format");
    }
  }

  @Test
  void a_sequence_class_has_the_element_type_of_the_iterable_it_implements() {
    assertThat(ModelReader.SequenceReader.elementTypeOf(Trail.class)).isEqualTo(String.class);
    assertThat(ModelReader.SequenceReader.elementTypeOf(Sessions.class)).isEqualTo(Session.class);
    assertThat(ModelReader.SequenceReader.elementTypeOf(Revisions.class))
        .isEqualTo(PlanRevision.class);
    assertThat(ModelReader.SequenceReader.elementTypeOf(String.class)).isNull();
    assertThat(ModelReader.slotsOf(Sample.class).get("active").setter.getParameterTypes())
        .containsExactly(boolean.class);
  }

  @Test
  void a_recording_gives_back_every_token_it_recorded_and_skips_as_a_parser_does() {
    TextSource text =
        started(
            "{\"a\":1,\"b\":[2,{\"c\":3}],\"big\":123456789012345678901234567890,"
                + "\"l\":-5000000000,\"f\":1.5,\"t\":true,\"n\":null,\"s\":\"x\"}");
    text.next();
    RecordedSource r = RecordedSource.restOfObject(text);
    assertThat(text.current()).isEqualTo(JsonSource.Token.END_OBJECT);
    Map<String, Integer> at = r.topLevelValues();
    assertThat(at.keySet()).containsExactly("a", "b", "big", "l", "f", "t", "n", "s");
    r.seek(at.get("a"));
    assertThat(r.current()).isEqualTo(JsonSource.Token.INTEGER);
    assertThat(r.integerSize()).isEqualTo(JsonSource.IntegerSize.INT);
    assertThat(r.longValue()).isEqualTo(1L);
    r.seek(at.get("b"));
    assertThat(r.current()).isEqualTo(JsonSource.Token.START_ARRAY);
    r.skipChildren();
    assertThat(r.current()).isEqualTo(JsonSource.Token.END_ARRAY);
    assertThat(r.next()).isEqualTo(JsonSource.Token.NAME);
    assertThat(r.name()).isEqualTo("big");
    assertThat(r.next()).isEqualTo(JsonSource.Token.INTEGER);
    assertThat(r.integerSize()).isEqualTo(JsonSource.IntegerSize.BIG);
    assertThat(r.numberValue()).isEqualTo(new BigInteger("123456789012345678901234567890"));
    r.next();
    r.next();
    assertThat(r.integerSize()).isEqualTo(JsonSource.IntegerSize.LONG);
    r.seek(at.get("f"));
    assertThat(r.current()).isEqualTo(JsonSource.Token.FRACTION);
    assertThat(r.numberValue()).isEqualTo(new BigDecimal("1.5"));
    r.skipChildren();
    assertThat(r.current()).as("a scalar is not skipped").isEqualTo(JsonSource.Token.FRACTION);
    r.seek(at.get("s"));
    assertThat(r.text()).isEqualTo("x");
    assertThat(r.next()).isEqualTo(JsonSource.Token.END_OBJECT);
    assertThat(r.size()).isEqualTo(r.topLevelValues().get("s") + 2);
    assertThat(r.next()).isEqualTo(JsonSource.Token.END);
    assertThat(r.next()).isEqualTo(JsonSource.Token.END);
    assertThat(TreeSource.sizeOf(BigInteger.valueOf(5))).isEqualTo(JsonSource.IntegerSize.INT);
    assertThat(TreeSource.sizeOf(BigInteger.valueOf(Integer.MAX_VALUE + 1L)))
        .isEqualTo(JsonSource.IntegerSize.LONG);
    assertThat(TreeSource.sizeOf(BigInteger.valueOf(Long.MIN_VALUE)))
        .isEqualTo(JsonSource.IntegerSize.LONG);
    assertThat(TreeSource.sizeOf(BigInteger.ONE.shiftLeft(63)))
        .isEqualTo(JsonSource.IntegerSize.BIG);
    assertThat(TreeSource.sizeOf(Integer.MIN_VALUE)).isEqualTo(JsonSource.IntegerSize.INT);
    assertThat(TreeSource.sizeOf(Integer.MIN_VALUE - 1L)).isEqualTo(JsonSource.IntegerSize.LONG);
  }

  @Test
  void a_command_whose_kind_comes_last_reads_as_one_whose_kind_comes_first() {
    String session =
        "{\"attachments\":[],\"date\":\"2025-01-13\",\"duration\":\"PT1H30M\",\"history\":[],"
            + "\"id\":\"s-1\",\"kind\":\"introductory\",\"mode\":\"in_person\",\"notes\":[],"
            + "\"setting\":\"individual\",\"status\":\"planned\"}";
    String event = "[{\"sequence\":1,\"from\":\"opened\",\"to\":\"opened\",\"command\":";
    String first =
        event
            + "{\"kind\":\"hold_introductory_conversation\",\"date\":\"2025-01-13\",\"session\":"
            + session
            + "}}]";
    String last =
        event
            + "{\"date\":\"2025-01-13\",\"session\":"
            + session
            + ",\"kind\":\"hold_introductory_conversation\"}}]";
    Type history =
        ModelReader.parameterized(
            History.class,
            ModelReader.parameterized(Event.class, TrajectoryStage.class, TrajectoryCommand.class));
    Object streamed = STRICT.read(history, started(first));
    assertThat(STRICT.read(history, started(last))).isEqualTo(streamed);
    assertThat(((History<?>) streamed).size()).isEqualTo(1);
    String unknownFirst = last.replace("{\"date\"", "{\"when\":1,\"date\"");
    assertThatThrownBy(() -> STRICT.read(history, started(unknownFirst)))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getPath()).isEqualTo("$[0].command[unknown property #1]");
              assertThat(e.getReason())
                  .isEqualTo("unknown property for command kind hold_introductory_conversation");
            });
    assertThat(
            new ModelReader(false, 10, Catalogue.standard()).read(history, started(unknownFirst)))
        .as("lenient reading skips the unknown property")
        .isEqualTo(streamed);
  }

  @Test
  void a_collection_is_refused_as_soon_as_it_holds_one_element_more_than_the_limit() {
    ModelReader two = new ModelReader(true, 2, Catalogue.standard());
    Type list = ModelReader.parameterized(List.class, String.class);
    assertThat(two.read(list, started("[\"a\",\"b\"]"))).isEqualTo(List.of("a", "b"));
    TextSource three = started("[\"a\",\"b\",\"c\",\"d\"]");
    assertThatThrownBy(() -> two.read(list, three))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(LoopbaanJsonException.Problem.LIMIT_EXCEEDED);
              assertThat(e.getPath()).isEqualTo("$");
            });
    assertThat(three.current()).isEqualTo(JsonSource.Token.STRING).as("stopped at the third");
  }

  @Test
  void jdk_shapes_read_as_the_model_uses_them() {
    assertThat(STRICT.read(ModelReader.parameterized(Set.class, String.class), started("[\"a\"]")))
        .isEqualTo(Set.of("a"));
    assertThat(STRICT.read(ModelReader.parameterized(Optional.class, Integer.class), started("7")))
        .isEqualTo(Optional.of(7));
    assertThat(
            STRICT.read(
                ModelReader.parameterized(Map.class, String.class, Long.class),
                started("{\"k\":5000000000}")))
        .isEqualTo(Map.of("k", 5_000_000_000L));
    assertProblem(Integer.class, "5000000000", "a number is out of range for its type");
    assertProblem(Integer.class, "1.5", "wrong JSON type: expected an integer number");
    assertProblem(Boolean.class, "\"true\"", "wrong JSON type: expected true or false");
    assertProblem(String.class, "1", "wrong JSON type: expected a text");
    assertProblem(Client.class, "[]", "wrong JSON type: expected Client");
    assertProblem(Object.class, "{}", "Object cannot be mapped to JSON");
    assertProblem(History.class, "[]", "a history without an element type cannot be read");
    assertProblem(TrajectoryCommand.HoldIntake.class, "{}", "HoldIntake cannot be mapped to JSON");
  }

  @Test
  void the_reader_of_each_type_is_made_by_the_same_rules_past_the_cache() {
    Type listOfStrings = ModelReader.parameterized(List.class, String.class);
    ParameterizedType jdk;
    try {
      jdk = (ParameterizedType) ModelReaderTest.class.getDeclaredField("JDK_LIST").getGenericType();
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
    assertThat(listOfStrings).isEqualTo(jdk).hasSameHashCodeAs(jdk);
    assertThat(jdk).isEqualTo(listOfStrings);
    assertThat(listOfStrings.getTypeName()).isEqualTo("java.util.List<java.lang.String>");
    assertThat(ModelReader.readerOf(Client.class)).isInstanceOf(ModelReader.ValueTypeReader.class);
    assertThat(ModelReader.readerOf(listOfStrings))
        .isInstanceOf(ModelReader.CollectionReader.class);
    assertThat(ModelReader.slotsOf(Sample.class).keySet())
        .containsExactlyInAnyOrderElementsOf(ModelTypes.attributes(Sample.class).keySet());
    assertThat(ModelReader.slotsOf(Trajectory.class).get("notes").setter.getParameterTypes())
        .containsExactly(Iterable.class);
    assertThat(ModelReader.slotsOf(Client.class).get("name").setter.getParameterTypes())
        .as("an Optional attribute is set through the overload of its content")
        .containsExactly(String.class);
    assertThat(ModelReader.slotsOf(Sample.class).get("count").setter.getParameterTypes())
        .containsExactly(int.class);
    assertThat(ModelReader.handles(DevelopmentPlan.class)).isTrue();
    assertThat(ModelReader.handles(String.class)).isFalse();
  }

  /** A field whose generic type is the JDK's own {@code List<String>}. */
  @SuppressWarnings("unused")
  private static final List<String> JDK_LIST = List.of();

  private static void assertProblem(Type type, String json, String reason) {
    assertThatThrownBy(() -> STRICT.read(type, started(json)))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class, e -> assertThat(e.getReason()).isEqualTo(reason));
  }

  private static TextSource started(String json) {
    TextSource in = new TextSource(json);
    in.next();
    return in;
  }
}
