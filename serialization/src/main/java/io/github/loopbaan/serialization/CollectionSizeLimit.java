package io.github.loopbaan.serialization;

import io.github.loopbaan.serialization.LoopbaanJsonException.Problem;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.type.ArrayType;
import tools.jackson.databind.type.CollectionLikeType;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapLikeType;
import tools.jackson.databind.type.MapType;

/**
 * Rejects a collection, map or array with more elements than the limit, wherever it occurs in the
 * input. The parser's own limit on document size bounds the work done before the check.
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
    return new Limited(deserializer, max);
  }

  @Override
  public ValueDeserializer<?> modifyCollectionLikeDeserializer(
      DeserializationConfig config,
      CollectionLikeType type,
      BeanDescription.Supplier beanDesc,
      ValueDeserializer<?> deserializer) {
    return new Limited(deserializer, max);
  }

  @Override
  public ValueDeserializer<?> modifyMapDeserializer(
      DeserializationConfig config,
      MapType type,
      BeanDescription.Supplier beanDesc,
      ValueDeserializer<?> deserializer) {
    return new Limited(deserializer, max);
  }

  @Override
  public ValueDeserializer<?> modifyMapLikeDeserializer(
      DeserializationConfig config,
      MapLikeType type,
      BeanDescription.Supplier beanDesc,
      ValueDeserializer<?> deserializer) {
    return new Limited(deserializer, max);
  }

  @Override
  public ValueDeserializer<?> modifyArrayDeserializer(
      DeserializationConfig config,
      ArrayType type,
      BeanDescription.Supplier beanDesc,
      ValueDeserializer<?> deserializer) {
    return new Limited(deserializer, max);
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
      int size =
          result instanceof Collection
              ? ((Collection<?>) result).size()
              : result instanceof Map
                  ? ((Map<?, ?>) result).size()
                  : result != null && result.getClass().isArray() ? Array.getLength(result) : 0;
      if (size > max) {
        throw new ProblemException(
            p, Problem.LIMIT_EXCEEDED, "a collection holds more than " + max + " elements");
      }
      return result;
    }
  }
}
