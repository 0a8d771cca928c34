package io.github.loopbaan.serialization.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionLikeType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapLikeType;
import com.fasterxml.jackson.databind.type.MapType;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.format.spi.FormatEngine;
import java.io.IOException;

/**
 * Rejects a collection, map or array of model values with more elements than the limit, wherever it
 * occurs in an application's own type. Collections of other types (an application's own lists, a
 * {@code byte[]} upload) are left alone: the module changes only the model's types.
 */
final class CollectionSizeLimit extends BeanDeserializerModifier {

  private static final long serialVersionUID = 1L;

  private final int max;

  CollectionSizeLimit(int max) {
    this.max = max;
  }

  @Override
  public JsonDeserializer<?> modifyCollectionDeserializer(
      DeserializationConfig config,
      CollectionType type,
      BeanDescription beanDesc,
      JsonDeserializer<?> deserializer) {
    return limited(type, deserializer);
  }

  @Override
  public JsonDeserializer<?> modifyCollectionLikeDeserializer(
      DeserializationConfig config,
      CollectionLikeType type,
      BeanDescription beanDesc,
      JsonDeserializer<?> deserializer) {
    return limited(type, deserializer);
  }

  @Override
  public JsonDeserializer<?> modifyMapDeserializer(
      DeserializationConfig config,
      MapType type,
      BeanDescription beanDesc,
      JsonDeserializer<?> deserializer) {
    return limited(type, deserializer);
  }

  @Override
  public JsonDeserializer<?> modifyMapLikeDeserializer(
      DeserializationConfig config,
      MapLikeType type,
      BeanDescription beanDesc,
      JsonDeserializer<?> deserializer) {
    return limited(type, deserializer);
  }

  @Override
  public JsonDeserializer<?> modifyArrayDeserializer(
      DeserializationConfig config,
      ArrayType type,
      BeanDescription beanDesc,
      JsonDeserializer<?> deserializer) {
    return limited(type, deserializer);
  }

  private JsonDeserializer<?> limited(JavaType type, JsonDeserializer<?> deserializer) {
    return holdsModelValues(type) ? new Limited(deserializer, max) : deserializer;
  }

  /**
   * @return whether the container is a model type itself or its elements, keys or values are
   */
  static boolean holdsModelValues(JavaType type) {
    FormatEngine engine = FormatEngine.get();
    JavaType content = type.getContentType();
    JavaType key = type.getKeyType();
    return engine.inModel(type.getRawClass())
        || content != null && engine.inModel(content.getRawClass())
        || key != null && engine.inModel(key.getRawClass());
  }

  /** Delegates, then checks the size of the result. */
  static final class Limited extends DelegatingDeserializer {

    private static final long serialVersionUID = 1L;

    private final int max;

    Limited(JsonDeserializer<?> delegate, int max) {
      super(delegate);
      this.max = max;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new Limited(newDelegatee, max);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return check(super.deserialize(p, ctxt), p);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue)
        throws IOException {
      return check(((JsonDeserializer<Object>) _delegatee).deserialize(p, ctxt, intoValue), p);
    }

    private Object check(Object result, JsonParser p) throws ProblemException {
      if (FormatEngine.get().sizeOf(result) > max) {
        throw new ProblemException(
            p, Problem.LIMIT_EXCEEDED, "a collection holds more than " + max + " elements");
      }
      return result;
    }
  }
}
