package io.github.loopbaan.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.serializationfixture.Trail;
import io.github.loopbaan.core.standards.RiasecProfile;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.conformance.Examples;
import io.github.loopbaan.format.spi.JsonSink;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@link ModelWriter} apart from Jackson: the wire format comes out of the writer's token calls
 * alone, so a sink over any JSON library's generator (Jackson 3's streaming generator here, with no
 * data binding) writes the same bytes as the format's own text; JDK values keep the shapes the
 * format gives them, and whatever is not the model's goes to the sink's host.
 */
class ModelWriterTest {

  @Test
  void a_plain_text_sink_writes_the_same_bytes_as_jacksons_generator_in_every_view() {
    for (Object value :
        List.of(
            Examples.client(),
            Examples.plan(StorageConsent.STORE_FULL_PLAN),
            Examples.plan(StorageConsent.CHECKLIST_ONLY),
            Examples.trajectory())) {
      for (View view : View.values()) {
        JsonText text = new JsonText();
        ModelWriter.write(value, text, new ModelWriter.Scope(view, null, null));
        assertThat(text.toString())
            .as(value.getClass().getSimpleName() + " in " + view)
            .isEqualTo(viaJackson(value, new ModelWriter.Scope(view, null, null)));
      }
    }
  }

  @Test
  void a_document_written_to_a_plain_text_sink_is_what_jacksons_generator_writes_in_every_view() {
    for (Object value :
        List.of(
            Examples.client(),
            Examples.plan(StorageConsent.STORE_FULL_PLAN),
            Examples.trajectory())) {
      for (View view : View.values()) {
        JsonText text = new JsonText();
        Documents.write(
            Documents.Envelope.of(value, view), text, new ModelWriter.Scope(view, null, null));
        assertThat(text.toString())
            .as(value.getClass().getSimpleName() + " in " + view)
            .isEqualTo(
                viaJackson(
                    Documents.Envelope.of(value, view), new ModelWriter.Scope(view, null, null)))
            .contains(view == View.FULL ? "\"schemaVersion\":1,\"content\"" : "\"view\":");
      }
    }
    assertThatThrownBy(() -> Documents.Envelope.of("text", View.FULL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("String is not a document kind");
  }

  @Test
  void the_view_scope_takes_the_days_of_consents_and_age_bands() {
    Trajectory trajectory = Examples.trajectory();
    LocalDate day = trajectory.getOpenedOn().plusYears(30);
    JsonText text = new JsonText();
    ModelWriter.write(trajectory, text, new ModelWriter.Scope(View.COMMISSIONER, day, null));
    assertThat(text.toString())
        .isEqualTo(viaJackson(trajectory, new ModelWriter.Scope(View.COMMISSIONER, day, null)));
    Client client = Examples.client();
    text = new JsonText();
    ModelWriter.write(client, text, new ModelWriter.Scope(View.ANONYMISED, null, day));
    assertThat(text.toString())
        .isEqualTo(viaJackson(client, new ModelWriter.Scope(View.ANONYMISED, null, day)));
  }

  @Test
  void numbers_are_ints_and_longs_and_any_other_number_is_the_hosts() {
    assertThat(tokens(List.of(7, 7L, (short) 7, 7.5)))
        .containsExactly("[", "int 7", "long 7", "foreign Short", "foreign Double", "]");
  }

  @Test
  void an_absent_optional_inside_a_collection_is_null_and_a_present_one_its_value() {
    List<Object> values = new ArrayList<>();
    values.add(Optional.empty());
    values.add(Optional.of("x"));
    values.add(null);
    assertThat(tokens(values)).containsExactly("[", "null", "string x", "null", "]");
  }

  @Test
  void map_keys_are_codes_identifier_texts_or_the_keys_text() {
    Map<Object, Object> map = new LinkedHashMap<>();
    map.put(HealthConcern.STRESS, true);
    map.put(ClientId.of("c-1"), false);
    map.put("plain", 1);
    assertThat(tokens(map))
        .containsExactly(
            "{",
            "name " + HealthConcern.STRESS.code(),
            "bool true",
            "name c-1",
            "bool false",
            "name plain",
            "int 1",
            "}");
  }

  @Test
  void a_sequence_value_is_an_array_and_a_value_outside_the_model_goes_to_the_host() {
    assertThat(tokens(Trail.of(List.of("a", "b"))))
        .containsExactly("[", "string a", "string b", "]");
    assertThat(tokens(URI.create("https://example.org")))
        .as("a URI is its text, as the reader reads it")
        .containsExactly("string https://example.org");
    assertThat(tokens(UUID.fromString("00000000-0000-0000-0000-000000000001")))
        .containsExactly("foreign UUID");
  }

  @Test
  void the_writer_handles_the_models_classes_and_leaves_every_other_to_the_host() {
    Trajectory trajectory = Examples.trajectory();
    Event<?, ?> event = trajectory.getHistory().iterator().next();
    for (Class<?> type :
        List.of(
            Client.class,
            Examples.client().getClass(),
            ClientId.class,
            HealthConcern.class,
            Trail.class,
            trajectory.getHistory().getClass(),
            event.getClass(),
            event.getCommand().getClass(),
            RiasecProfile.class,
            ErasedTrajectory.class,
            Documents.Envelope.class)) {
      assertThat(ModelWriter.handles(type)).as(type.getName()).isTrue();
    }
    for (Class<?> type :
        List.of(
            String.class,
            Integer.class,
            ArrayList.class,
            Optional.class,
            LocalDate.class,
            URI.class,
            Object.class)) {
      assertThat(ModelWriter.handles(type)).as(type.getName()).isFalse();
    }
  }

  @Test
  void each_kind_of_class_has_its_shape_worked_out_past_the_cache() {
    Trajectory trajectory = Examples.trajectory();
    Event<?, ?> event = trajectory.getHistory().iterator().next();
    Map<Class<?>, ModelWriter.Shape> expected = new LinkedHashMap<>();
    expected.put(String.class, ModelWriter.Shape.TEXT);
    expected.put(HealthConcern.class, ModelWriter.Shape.CODE);
    expected.put(LocalDate.class, ModelWriter.Shape.ISO_TIME);
    expected.put(ClientId.class, ModelWriter.Shape.STRING_VALUE);
    expected.put(Integer.class, ModelWriter.Shape.NUMBER);
    expected.put(Long.class, ModelWriter.Shape.NUMBER);
    expected.put(Boolean.class, ModelWriter.Shape.BOOLEAN);
    expected.put(event.getCommand().getClass(), ModelWriter.Shape.COMMAND);
    expected.put(event.getClass(), ModelWriter.Shape.EVENT);
    expected.put(RiasecProfile.class, ModelWriter.Shape.RIASEC);
    expected.put(ErasedTrajectory.class, ModelWriter.Shape.ERASED);
    expected.put(Optional.class, ModelWriter.Shape.OPTIONAL);
    expected.put(LinkedHashMap.class, ModelWriter.Shape.MAP);
    expected.put(ArrayList.class, ModelWriter.Shape.INDEXED);
    expected.put(java.util.LinkedHashSet.class, ModelWriter.Shape.ITERABLE);
    expected.put(trajectory.getHistory().getClass(), ModelWriter.Shape.ITERABLE);
    expected.put(Trail.class, ModelWriter.Shape.ITERABLE);
    expected.put(Examples.client().getClass(), ModelWriter.Shape.VALUE);
    expected.put(Client.class, ModelWriter.Shape.VALUE);
    expected.put(URI.class, ModelWriter.Shape.ISO_TIME);
    expected.put(UUID.class, ModelWriter.Shape.FOREIGN);
    expected.put(Documents.Envelope.class, ModelWriter.Shape.DOCUMENT);
    expected.put(Object.class, ModelWriter.Shape.FOREIGN);
    for (Map.Entry<Class<?>, ModelWriter.Shape> e : expected.entrySet()) {
      assertThat(ModelWriter.shapeOf(e.getKey())).as(e.getKey().getName()).isEqualTo(e.getValue());
    }
  }

  @Test
  void a_value_types_properties_are_its_attributes_and_read_only_properties_in_order() {
    ModelWriter.Attribute[] attributes = ModelWriter.attributesOf(Examples.trajectory().getClass());
    List<String> names = new ArrayList<>();
    for (ModelWriter.Attribute attribute : attributes) {
      names.add(attribute.name);
    }
    assertThat(names).contains("stage", "history", "consents", "openedOn").isSorted();
    ModelWriter.Attribute consents = attributes[names.indexOf("consents")];
    assertThat(consents.rule.omits(Examples.trajectory().withConsents(List.of()))).isTrue();
    assertThat(attributes[names.indexOf("stage")].rule.omits(Examples.trajectory())).isFalse();

    ModelWriter.Attribute[] client = ModelWriter.attributesOf(Examples.client().getClass());
    for (ModelWriter.Attribute attribute : client) {
      assertThat(attribute.rule.ageBand())
          .as(attribute.name)
          .isEqualTo(attribute.name.equals("declaredAgeBand"));
      if (attribute.name.equals("name")) {
        assertThat(attribute.rule.personal()).isTrue();
        assertThat(attribute.rule.contentType()).isEqualTo(String.class);
      }
      if (attribute.name.equals("id")) {
        assertThat(attribute.rule.personal()).isFalse();
        assertThat(attribute.rule.contentType()).isEqualTo(ClientId.class);
      }
    }
  }

  private static List<String> tokens(Object value) {
    Recorder recorder = new Recorder();
    ModelWriter.write(value, recorder, new ModelWriter.Scope(View.FULL, null, null));
    return recorder.tokens;
  }

  /** Records each call as a token. */
  private static final class Recorder implements JsonSink {
    final List<String> tokens = new ArrayList<>();

    @Override
    public void startObject() {
      tokens.add("{");
    }

    @Override
    public void endObject() {
      tokens.add("}");
    }

    @Override
    public void startArray() {
      tokens.add("[");
    }

    @Override
    public void endArray() {
      tokens.add("]");
    }

    @Override
    public void name(String name) {
      tokens.add("name " + name);
    }

    @Override
    public void string(String text) {
      tokens.add("string " + text);
    }

    @Override
    public void number(int number) {
      tokens.add("int " + number);
    }

    @Override
    public void number(long number) {
      tokens.add("long " + number);
    }

    @Override
    public void bool(boolean value) {
      tokens.add("bool " + value);
    }

    @Override
    public void nul() {
      tokens.add("null");
    }

    @Override
    public void foreign(Object value) {
      tokens.add("foreign " + value.getClass().getSimpleName());
    }
  }

  /**
   * @return what the writer writes through a sink over Jackson 3's streaming generator, with
   *     Jackson's default escaping (no data binding: the model's values hold nothing foreign)
   */
  private static String viaJackson(Object value, ModelWriter.Scope scope) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out)) {
      ModelWriter.write(value, new GeneratorSink(g), scope);
    }
    return out.toString();
  }

  /** A sink over a Jackson 3 streaming generator. */
  private static final class GeneratorSink implements JsonSink {
    private final JsonGenerator g;

    GeneratorSink(JsonGenerator g) {
      this.g = g;
    }

    @Override
    public void startObject() {
      g.writeStartObject();
    }

    @Override
    public void endObject() {
      g.writeEndObject();
    }

    @Override
    public void startArray() {
      g.writeStartArray();
    }

    @Override
    public void endArray() {
      g.writeEndArray();
    }

    @Override
    public void name(String name) {
      g.writeName(name);
    }

    @Override
    public void string(String text) {
      g.writeString(text);
    }

    @Override
    public void number(int number) {
      g.writeNumber(number);
    }

    @Override
    public void number(long number) {
      g.writeNumber(number);
    }

    @Override
    public void bool(boolean value) {
      g.writeBoolean(value);
    }

    @Override
    public void nul() {
      g.writeNull();
    }

    @Override
    public void foreign(Object value) {
      throw new AssertionError("the model's values hold nothing foreign");
    }
  }
}
