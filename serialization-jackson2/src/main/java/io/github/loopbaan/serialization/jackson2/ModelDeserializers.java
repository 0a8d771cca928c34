package io.github.loopbaan.serialization.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.spi.FormatEngine;
import io.github.loopbaan.format.spi.ValueReader;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Jackson 2's way into the format's reader: one deserializer for every class the format reads by
 * its own rules and key deserializers for maps keyed by codes or identifiers. A model value inside
 * an application's own type is read the same way, with failures placed under the path where it
 * stands.
 */
final class ModelDeserializers extends Deserializers.Base implements KeyDeserializers {

  private static final FormatEngine ENGINE = FormatEngine.get();

  private final ValueReader reader;

  /**
   * @param maxCollectionSize the largest collection, map or history accepted
   * @param catalogue the entries accepted for the catalogued types
   */
  ModelDeserializers(int maxCollectionSize, Catalogue catalogue) {
    this.reader = ENGINE.reader(true, maxCollectionSize, catalogue);
  }

  @Override
  public JsonDeserializer<?> findEnumDeserializer(
      Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
    return ENGINE.isCodedEnum(type)
        ? new Adapter(config.getTypeFactory().constructType(type), reader)
        : null;
  }

  @Override
  public JsonDeserializer<?> findBeanDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
    return ENGINE.reads(type.getRawClass()) ? new Adapter(type, reader) : null;
  }

  /** A sequence value that is a {@code java.util.List} (such as {@code Sessions}). */
  @Override
  public JsonDeserializer<?> findCollectionDeserializer(
      CollectionType type,
      DeserializationConfig config,
      BeanDescription beanDesc,
      TypeDeserializer elementTypeDeserializer,
      JsonDeserializer<?> elementDeserializer) {
    return ENGINE.isSequenceValue(type.getRawClass()) ? new Adapter(type, reader) : null;
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return ENGINE.reads(valueType);
  }

  @Override
  public KeyDeserializer findKeyDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
    Class<?> raw = type.getRawClass();
    if (!ENGINE.readsKey(raw)) {
      return null;
    }
    return new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
        try {
          return reader.key(raw, key);
        } catch (LoopbaanJsonException e) {
          throw new ProblemException(ctxt.getParser(), e.getProblem(), e.getReason());
        }
      }
    };
  }

  /**
   * @return the Java type of a Jackson type, with its type arguments
   */
  static Type typeOf(JavaType type) {
    int n = type.containedTypeCount();
    if (n == 0) {
      return type.getRawClass();
    }
    Type[] arguments = new Type[n];
    for (int i = 0; i < n; i++) {
      arguments[i] = typeOf(type.containedType(i));
    }
    return ENGINE.parameterized(type.getRawClass(), arguments);
  }

  /**
   * Reads one model value through the format's reader, strict as the mapper is ({@link
   * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}); a failure is placed under the path of the
   * value in the whole input.
   */
  static final class Adapter extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;

    private final transient Type type;
    private final transient ValueReader reader;

    Adapter(JavaType type, ValueReader reader) {
      super(type);
      this.type = typeOf(type);
      this.reader = reader;
    }

    /**
     * @return {@code true}: this deserializer keeps no state beyond its type
     */
    @Override
    public boolean isCachable() {
      return true;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Subtrees base = Subtrees.baseOf(p);
      try {
        return reader
            .strict(ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .read(type, new ParserSource(p));
      } catch (LoopbaanJsonException e) {
        throw new ProblemException(
            p, e.getProblem(), e.getReason(), Subtrees.join(base.path(), e.getPath()));
      } catch (RuntimeException e) {
        IOException jackson = ParserSource.unwrap(e);
        if (jackson != null) {
          throw jackson;
        }
        throw e;
      }
    }

    @Override
    public LogicalType logicalType() {
      Class<?> raw = handledType();
      return raw.isEnum()
          ? LogicalType.Enum
          : ENGINE.isValueType(raw) ? LogicalType.POJO : LogicalType.OtherScalar;
    }
  }
}
