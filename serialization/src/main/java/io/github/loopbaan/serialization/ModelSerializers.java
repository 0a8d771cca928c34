package io.github.loopbaan.serialization;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.loopbaan.format.View;
import io.github.loopbaan.format.spi.FormatEngine;
import io.github.loopbaan.format.spi.JsonSink;
import java.time.LocalDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Jackson 3's entry to {@link ModelWriter}: for every class the writer {@linkplain
 * ModelWriter#handles handles} (the model's value types, codes, texts, sequences, histories,
 * events, commands), one serializer that hands the value to the writer through a {@link JsonSink}
 * over Jackson's generator. The view and its reference days come from the attributes of the
 * serialization context ({@link ViewWriter} sets them); without a view, the value is written in
 * {@link View#FULL}.
 *
 * <p>As key serializers, codes and texts of the model give their code or text as property name.
 * Every other class is left to Jackson, so the module changes nothing outside the model.
 */
final class ModelSerializers implements Serializers {

  /** The attribute of a serialization context that holds the view ({@link ViewWriter}). */
  static final String VIEW = "io.github.loopbaan.serialization.view";

  /** The attribute that holds the reference day of age bands outside a trajectory. */
  static final String AGE_BANDS_ON = "io.github.loopbaan.serialization.ageBandsOn";

  /** The attribute that holds the day consents are judged on. */
  static final String CONSENTS_ON = "io.github.loopbaan.serialization.consentsOn";

  private static final FormatEngine ENGINE = FormatEngine.get();

  private static final ValueSerializer<Object> VALUES = new ValueWriter();
  private static final ValueSerializer<Object> KEYS = new KeyWriter();

  private final boolean keys;

  /**
   * @param keys whether these are key serializers (map keys are written as property names)
   */
  ModelSerializers(boolean keys) {
    this.keys = keys;
  }

  @Override
  public ValueSerializer<?> findSerializer(
      SerializationConfig config,
      JavaType type,
      BeanDescription.Supplier beanDesc,
      JsonFormat.Value formatOverrides) {
    return find(type.getRawClass(), keys);
  }

  @Override
  public ValueSerializer<?> findEnumSerializer(
      SerializationConfig config,
      JavaType type,
      BeanDescription.Supplier beanDesc,
      JsonFormat.Value formatOverrides) {
    return find(type.getRawClass(), keys);
  }

  static ValueSerializer<?> find(Class<?> raw, boolean key) {
    if (key) {
      return ENGINE.writesKey(raw) ? KEYS : null;
    }
    return ENGINE.writes(raw) ? VALUES : null;
  }

  /** Writes a value of the model through {@link ModelWriter}. */
  static final class ValueWriter extends StdSerializer<Object> {
    ValueWriter() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializationContext ctxt) {
      Object view = ctxt.getAttribute(VIEW);
      Object consentsOn = ctxt.getAttribute(CONSENTS_ON);
      Object ageBandsOn = ctxt.getAttribute(AGE_BANDS_ON);
      ENGINE.write(
          value,
          new GeneratorSink(g, ctxt),
          view instanceof View ? (View) view : View.FULL,
          consentsOn instanceof LocalDate ? (LocalDate) consentsOn : null,
          ageBandsOn instanceof LocalDate ? (LocalDate) ageBandsOn : null);
    }
  }

  /** Writes a code or text of the model as a property name. */
  static final class KeyWriter extends StdSerializer<Object> {
    KeyWriter() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializationContext ctxt) {
      g.writeName(ENGINE.keyOf(value));
    }
  }

  /** A {@link JsonSink} over a Jackson 3 generator. */
  static final class GeneratorSink implements JsonSink {
    private final JsonGenerator g;
    private final SerializationContext ctxt;

    GeneratorSink(JsonGenerator g, SerializationContext ctxt) {
      this.g = g;
      this.ctxt = ctxt;
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
      ctxt.writeValue(g, value);
    }
  }
}
