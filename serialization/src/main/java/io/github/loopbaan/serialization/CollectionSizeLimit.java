package io.github.loopbaan.serialization;

import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.format.spi.FormatEngine;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.type.ArrayType;
import tools.jackson.databind.type.CollectionLikeType;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapLikeType;
import tools.jackson.databind.type.MapType;

/**
 * Rejects a collection, map or array of model values with more elements than the limit, wherever it
 * occurs in the input. The parser's own limit on document size bounds the work done before the
 * check. Collections of other types (an application's own lists, a {@code byte[]} upload) are left
 * alone: the module changes only the model's types.
 */
final class CollectionSizeLimit extends ValueDeserializerModifier {

  private static final long serialVersionUID = 1L;

  private final int max;

  CollectionSizeLimit(int max) {
    this.max = max;
  }

  @Override
  public ValueDeserializer<?> modifyCollectionDeserializer(
      DeserializationConfig config,
      CollectionType type,
      BeanDescription.Supplier beanDesc,
      ValueDeserializer<?> deserializer) {
    return limited(type, deserializer);
  }

  @Override
  public ValueDeserializer<?> modifyCollectionLikeDeserializer(
      DeserializationConfig config,
      CollectionLikeType type,
      BeanDescription.Supplier beanDesc,
      ValueDeserializer<?> deserializer) {
    return limited(type, deserializer);
  }

  @Override
  public ValueDeserializer<?> modifyMapDeserializer(
      DeserializationConfig config,
      MapType type,
      BeanDescription.Supplier beanDesc,
      ValueDeserializer<?> deserializer) {
    return limited(type, deserializer);
  }

  @Override
  public ValueDeserializer<?> modifyMapLikeDeserializer(
      DeserializationConfig config,
      MapLikeType type,
      BeanDescription.Supplier beanDesc,
      ValueDeserializer<?> deserializer) {
    return limited(type, deserializer);
  }

  @Override
  public ValueDeserializer<?> modifyArrayDeserializer(
      DeserializationConfig config,
      ArrayType type,
      BeanDescription.Supplier beanDesc,
      ValueDeserializer<?> deserializer) {
    return limited(type, deserializer);
  }

  /**
   * @return the deserializer, limited when the container holds model values
   */
  private ValueDeserializer<?> limited(JavaType type, ValueDeserializer<?> deserializer) {
    return holdsModelValues(type) ? new Limited(deserializer, max) : deserializer;
  }

  /**
   * @param type a collection, map or array type
   * @return whether it is a model type itself (a sequence value) or its elements, keys or values
   *     are
   */
  static boolean holdsModelValues(JavaType type) {
    JavaType content = type.getContentType();
    JavaType key = type.getKeyType();
    FormatEngine engine = FormatEngine.get();
    return engine.inModel(type.getRawClass())
        || content != null && engine.inModel(content.getRawClass())
        || key != null && engine.inModel(key.getRawClass());
  }

  /** Delegates, then checks the size of the result. */
  static final class Limited extends DelegatingDeserializer {

    private static final long serialVersionUID = 1L;

    private final int max;

    Limited(ValueDeserializer<?> delegate, int max) {
      super(delegate);
      this.max = max;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
      return new Limited(newDelegatee, max);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      return check(super.deserialize(p, ctxt), p);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) {
      return check(super.deserialize(p, ctxt, intoValue), p);
    }

    private Object check(Object result, JsonParser p) {
      if (FormatEngine.get().sizeOf(result) > max) {
        throw new ProblemException(
            p, Problem.LIMIT_EXCEEDED, "a collection holds more than " + max + " elements");
      }
      return result;
    }
  }
}
