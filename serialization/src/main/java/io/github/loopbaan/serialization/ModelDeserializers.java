package io.github.loopbaan.serialization;

import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.spi.FormatEngine;
import io.github.loopbaan.format.spi.ValueReader;
import java.lang.reflect.Type;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.KeyDeserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.LogicalType;

/**
 * Jackson 3's way into {@link ModelReader}: one deserializer for every class the format reads by
 * its own rules (value types, codes, identifiers, code values, sequences, histories, events,
 * commands, RIASEC profiles, erased trajectories) and key deserializers for maps keyed by codes or
 * identifiers. A model value inside an application's own type (a {@code List<Trajectory>} of a
 * request) is read the same way, with failures placed under the path where it stands.
 */
final class ModelDeserializers implements Deserializers, KeyDeserializers {

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
  public ValueDeserializer<?> findEnumDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
    return ENGINE.isCodedEnum(type.getRawClass()) ? new Adapter(type, reader) : null;
  }

  @Override
  public ValueDeserializer<?> findBeanDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
    return ENGINE.reads(type.getRawClass()) ? new Adapter(type, reader) : null;
  }

  /**
   * A sequence value that is a {@code java.util.List} (such as {@code Sessions}) is a collection
   * type to Jackson.
   */
  @Override
  public ValueDeserializer<?> findCollectionDeserializer(
      CollectionType type,
      DeserializationConfig config,
      BeanDescription.Supplier beanDesc,
      TypeDeserializer elementTypeDeserializer,
      ValueDeserializer<?> elementDeserializer) {
    return ENGINE.isSequenceValue(type.getRawClass()) ? new Adapter(type, reader) : null;
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return ENGINE.reads(valueType);
  }

  @Override
  public KeyDeserializer findKeyDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
    Class<?> raw = type.getRawClass();
    if (ENGINE.readsKey(raw)) {
      return new KeyDeserializer() {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
          try {
            return reader.key(raw, key);
          } catch (LoopbaanJsonException e) {
            throw new ProblemException(ctxt.getParser(), e.getProblem(), e.getReason());
          }
        }
      };
    }
    return null;
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
   * Reads one model value through {@link ModelReader}, strict as the mapper is ({@link
   * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}); a failure is placed under the path of the
   * value in the whole input.
   */
  static final class Adapter extends StdDeserializer<Object> {
    private final transient Type type;
    private final transient ValueReader reader;

    Adapter(JavaType type, ValueReader reader) {
      super(type);
      this.type = typeOf(type);
      this.reader = reader;
    }

    /**
     * @return {@code true}: this deserializer keeps no state beyond its type, so Jackson may reuse
     *     it
     */
    @Override
    public boolean isCachable() {
      return true;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      Subtrees.Base base = Subtrees.baseOf(p);
      try {
        return reader
            .strict(ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .read(type, new ParserSource(p));
      } catch (LoopbaanJsonException e) {
        throw new ProblemException(
            p, e.getProblem(), e.getReason(), Subtrees.join(base.path(), e.getPath()));
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
