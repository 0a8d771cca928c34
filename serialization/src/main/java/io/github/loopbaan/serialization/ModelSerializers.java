package io.github.loopbaan.serialization;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.standards.RiasecProfile;
import io.github.loopbaan.core.standards.RiasecType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Serializers for the model types that are not written as bean objects: {@link Coded} enums as
 * their code, identifiers and code values as their text, sequence values as arrays, {@link
 * RiasecProfile} as an object of scores by type code, the {@code java.time} values of the model as
 * ISO-8601 text, and lifecycle histories, events and commands ({@link LifecycleCodecs}).
 *
 * <p>The same instance serves as key serializers, so maps keyed by a coded enum or an identifier
 * get the code or the text as key.
 */
final class ModelSerializers implements Serializers {

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
    if (Coded.class.isAssignableFrom(raw)
        && (raw.isEnum()
            || raw.getSuperclass() != null && raw.getSuperclass().isEnum()
            || ModelTypes.isCatalogueEntry(raw))) {
      return new TextSerializer(Coded.class, key);
    }
    if (ModelTypes.isStringValue(raw)) {
      return new TextSerializer(raw, key);
    }
    if (key) {
      return null;
    }
    if (raw == RiasecProfile.class) {
      return new RiasecProfileSerializer();
    }
    if (raw == ErasedTrajectory.class) {
      return new ErasedTrajectorySerializer();
    }
    if (ModelTypes.isSequenceValue(raw)) {
      return new SequenceSerializer(raw);
    }
    if (raw == History.class) {
      return new LifecycleCodecs.HistorySerializer();
    }
    if (raw == Event.class) {
      return new LifecycleCodecs.EventSerializer();
    }
    if (Command.class.isAssignableFrom(raw)) {
      return CommandFormat.of(raw).map(LifecycleCodecs.CommandSerializer::new).orElse(null);
    }
    return null;
  }

  /**
   * Writes a value of the model where its type is not known in advance (a view's attribute, a
   * command's date and payload, a sequence's element): a {@code java.time} value as ISO-8601 text,
   * anything else through the mapper. The {@code java.time} rule is applied here, inside the
   * model's own serializers, rather than registered for the type, so that an application's own
   * {@code java.time} values keep the mapper's rules.
   *
   * @param ctxt the context
   * @param g the generator
   * @param value the value, not null
   */
  static void writeValue(SerializationContext ctxt, JsonGenerator g, Object value) {
    if (IsoTime.handles(value.getClass())) {
      g.writeString(value.toString());
    } else {
      ctxt.writeValue(g, value);
    }
  }

  /**
   * Writes a coded constant or catalogue entry as its stable code and an identifier or code value
   * as its text; as a value or as a map key.
   */
  static final class TextSerializer extends StdSerializer<Object> {
    private final boolean key;

    TextSerializer(Class<?> type, boolean key) {
      super(type);
      this.key = key;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
      String text =
          value instanceof Coded
              ? ((Coded) value).code()
              : ModelTypes.isStringValue(value.getClass())
                  ? ModelTypes.valueOf(value)
                  : value.toString();
      if (key) {
        gen.writeName(text);
      } else {
        gen.writeString(text);
      }
    }
  }

  /** Writes a RIASEC profile as {@code {"realistic": 10, …}} in RIASEC order. */
  /** Writes an erased trajectory as the trajectory it is. */
  static final class ErasedTrajectorySerializer extends StdSerializer<ErasedTrajectory> {
    ErasedTrajectorySerializer() {
      super(ErasedTrajectory.class);
    }

    @Override
    public void serialize(ErasedTrajectory value, JsonGenerator gen, SerializationContext ctxt) {
      ctxt.writeValue(gen, value.getTrajectory());
    }
  }

  static final class RiasecProfileSerializer extends StdSerializer<RiasecProfile> {
    RiasecProfileSerializer() {
      super(RiasecProfile.class);
    }

    @Override
    public void serialize(RiasecProfile value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject(value);
      for (RiasecType type : RiasecType.values()) {
        gen.writeNumberProperty(type.code(), value.score(type));
      }
      gen.writeEndObject();
    }
  }

  /** Writes a sequence value as a JSON array of its elements. */
  static final class SequenceSerializer extends StdSerializer<Object> {
    SequenceSerializer(Class<?> type) {
      super(type);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartArray(value);
      for (Object element : (Iterable<?>) value) {
        writeValue(ctxt, gen, element);
      }
      gen.writeEndArray();
    }
  }
}
