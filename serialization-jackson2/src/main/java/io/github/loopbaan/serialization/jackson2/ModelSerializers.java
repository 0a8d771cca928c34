package io.github.loopbaan.serialization.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.CollectionLikeType;
import com.fasterxml.jackson.databind.type.CollectionType;
import io.github.loopbaan.format.View;
import io.github.loopbaan.format.spi.FormatEngine;
import io.github.loopbaan.format.spi.JsonSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * Jackson 2's entry to the format's writer: for every class the format {@linkplain
 * FormatEngine#writes writes} (the model's value types, codes, texts, sequences, histories, events,
 * commands, documents), one serializer that hands the value to the format through a {@link
 * JsonSink} over Jackson's generator. The view and its reference days come from the attributes of
 * the serializer provider ({@link ViewWriter} sets them); without a view, the value is written in
 * {@link View#FULL}. Every other class is left to Jackson.
 */
final class ModelSerializers extends Serializers.Base {

  /** The attribute that holds the view ({@link ViewWriter}). */
  static final String VIEW = "io.github.loopbaan.serialization.view";

  /** The attribute that holds the reference day of age bands outside a trajectory. */
  static final String AGE_BANDS_ON = "io.github.loopbaan.serialization.ageBandsOn";

  /** The attribute that holds the day consents are judged on. */
  static final String CONSENTS_ON = "io.github.loopbaan.serialization.consentsOn";

  private static final FormatEngine ENGINE = FormatEngine.get();
  private static final JsonSerializer<Object> VALUES = new ValueWriter();
  private static final JsonSerializer<Object> KEYS = new KeyWriter();

  private final boolean keys;

  /**
   * @param keys whether these are key serializers (map keys are written as property names)
   */
  ModelSerializers(boolean keys) {
    this.keys = keys;
  }

  @Override
  public JsonSerializer<?> findSerializer(
      SerializationConfig config, JavaType type, BeanDescription beanDesc) {
    return find(type.getRawClass(), keys);
  }

  /** A sequence value that is a {@code java.util.List} (such as {@code Sessions}). */
  @Override
  public JsonSerializer<?> findCollectionSerializer(
      SerializationConfig config,
      CollectionType type,
      BeanDescription beanDesc,
      TypeSerializer elementTypeSerializer,
      JsonSerializer<Object> elementValueSerializer) {
    return find(type.getRawClass(), keys);
  }

  @Override
  public JsonSerializer<?> findCollectionLikeSerializer(
      SerializationConfig config,
      CollectionLikeType type,
      BeanDescription beanDesc,
      TypeSerializer elementTypeSerializer,
      JsonSerializer<Object> elementValueSerializer) {
    return find(type.getRawClass(), keys);
  }

  static JsonSerializer<Object> find(Class<?> raw, boolean key) {
    if (key) {
      return ENGINE.writesKey(raw) ? KEYS : null;
    }
    return ENGINE.writes(raw) ? VALUES : null;
  }

  /** Writes a value of the model through the format. */
  static final class ValueWriter extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;

    ValueWriter() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      Object view = provider.getAttribute(VIEW);
      Object consentsOn = provider.getAttribute(CONSENTS_ON);
      Object ageBandsOn = provider.getAttribute(AGE_BANDS_ON);
      try {
        ENGINE.write(
            value,
            new GeneratorSink(g, provider),
            view instanceof View ? (View) view : View.FULL,
            consentsOn instanceof LocalDate ? (LocalDate) consentsOn : null,
            ageBandsOn instanceof LocalDate ? (LocalDate) ageBandsOn : null);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }

  /** Writes a code or text of the model as a property name. */
  static final class KeyWriter extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;

    KeyWriter() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(ENGINE.keyOf(value));
    }
  }

  /** A {@link JsonSink} over a Jackson 2 generator. */
  static final class GeneratorSink implements JsonSink {
    private final JsonGenerator g;
    private final SerializerProvider provider;

    GeneratorSink(JsonGenerator g, SerializerProvider provider) {
      this.g = g;
      this.provider = provider;
    }

    /** A generator call, which Jackson 2 declares to throw {@link IOException}. */
    private interface Call {
      void run() throws IOException;
    }

    private static void call(Call call) {
      try {
        call.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void startObject() {
      call(g::writeStartObject);
    }

    @Override
    public void endObject() {
      call(g::writeEndObject);
    }

    @Override
    public void startArray() {
      call(g::writeStartArray);
    }

    @Override
    public void endArray() {
      call(g::writeEndArray);
    }

    @Override
    public void name(String name) {
      call(() -> g.writeFieldName(name));
    }

    @Override
    public void string(String text) {
      call(() -> g.writeString(text));
    }

    @Override
    public void number(int number) {
      call(() -> g.writeNumber(number));
    }

    @Override
    public void number(long number) {
      call(() -> g.writeNumber(number));
    }

    @Override
    public void bool(boolean value) {
      call(() -> g.writeBoolean(value));
    }

    @Override
    public void nul() {
      call(g::writeNull);
    }

    @Override
    public void foreign(Object value) {
      call(() -> provider.defaultSerializeValue(value, g));
    }
  }
}
