package io.github.loopbaan.serialization;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.catalogue.CatalogueCodes;
import io.github.loopbaan.core.catalogue.CatalogueEntry;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.standards.RiasecProfile;
import io.github.loopbaan.core.standards.RiasecType;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.serialization.LoopbaanJsonException.Problem;
import java.lang.reflect.Method;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.KeyDeserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.type.TypeFactory;

/**
 * Deserializers for the model types that are not read through a builder: {@link Coded} enums by
 * code, identifiers and code values through their {@code of(String)}, sequence values through their
 * {@code of(List)}, {@link RiasecProfile} from an object of scores by type code, {@code java.time}
 * values from ISO-8601 text only, and lifecycle histories, events and commands ({@link
 * LifecycleCodecs}). The same rules give the key deserializers, for maps keyed by codes,
 * identifiers or dates.
 *
 * <p>Every failure is a {@link ProblemException} whose reason never quotes the input.
 */
final class ModelDeserializers implements Deserializers, KeyDeserializers {

  private final int maxCollectionSize;
  private final Catalogue catalogue;

  /**
   * @param maxCollectionSize the largest history accepted
   * @param catalogue the entries accepted for the catalogued types
   */
  ModelDeserializers(int maxCollectionSize, Catalogue catalogue) {
    this.maxCollectionSize = maxCollectionSize;
    this.catalogue = catalogue;
  }

  @Override
  public ValueDeserializer<?> findEnumDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
    return ModelTypes.isCodedEnum(type.getRawClass())
        ? new TextDeserializer(type.getRawClass())
        : null;
  }

  @Override
  public ValueDeserializer<?> findBeanDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
    Class<?> raw = type.getRawClass();
    if (ModelTypes.isStringValue(raw)) {
      return new TextDeserializer(raw);
    }
    if (ModelTypes.isCatalogueEntry(raw)) {
      return new TextDeserializer(raw, catalogue);
    }
    if (raw == RiasecProfile.class) {
      return new RiasecProfileDeserializer();
    }
    if (raw == ErasedTrajectory.class) {
      return new ErasedTrajectoryDeserializer();
    }
    if (ModelTypes.isSequenceValue(raw)) {
      return new SequenceDeserializer(type, maxCollectionSize);
    }
    if (raw == History.class) {
      return new LifecycleCodecs.HistoryDeserializer(type, maxCollectionSize);
    }
    if (raw == Event.class) {
      return new LifecycleCodecs.EventDeserializer(type);
    }
    if (isCommandInterface(raw)) {
      return new LifecycleCodecs.CommandDeserializer(CommandFormat.of(raw).orElseThrow());
    }
    if (CommandFormat.of(raw).isPresent()) {
      return new Unmappable(type);
    }
    return null;
  }

  /**
   * Reads an erased trajectory: a trajectory, checked by {@link ErasedTrajectory#of} to hold no
   * personal or health data (rule {@code not_erased} at the attribute that still holds some).
   */
  static final class ErasedTrajectoryDeserializer extends StdDeserializer<ErasedTrajectory> {
    ErasedTrajectoryDeserializer() {
      super(ErasedTrajectory.class);
    }

    @Override
    public ErasedTrajectory deserialize(JsonParser p, DeserializationContext ctxt) {
      Trajectory trajectory = ctxt.readValue(p, Trajectory.class);
      try {
        return ErasedTrajectory.of(trajectory);
      } catch (InvalidValueException e) {
        throw new ProblemException(p, Problem.INVALID_VALUE, e.getMessage());
      }
    }
  }

  /**
   * A command is read through its lifecycle's command interface, whose {@code "kind"} picks the
   * type; a concrete command type (a record, which Jackson could otherwise bind by its constructor,
   * skipping the kind) has no wire format of its own.
   */
  static final class Unmappable extends StdDeserializer<Object> {
    Unmappable(JavaType type) {
      super(type);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      throw new ProblemException(
          p, Problem.UNMAPPABLE_TYPE, handledType().getSimpleName() + " cannot be mapped to JSON");
    }
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
    return ModelTypes.isSequenceValue(type.getRawClass())
        ? new SequenceDeserializer(type, maxCollectionSize)
        : null;
  }

  private static boolean isCommandInterface(Class<?> raw) {
    return CommandFormat.of(raw).filter(f -> f.getCommandType() == raw).isPresent();
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return ModelTypes.isCodedEnum(valueType)
        || ModelTypes.isStringValue(valueType)
        || ModelTypes.isCatalogueEntry(valueType)
        || valueType == RiasecProfile.class
        || ModelTypes.isSequenceValue(valueType)
        || valueType == History.class
        || valueType == Event.class
        || CommandFormat.of(valueType).isPresent();
  }

  @Override
  public KeyDeserializer findKeyDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
    Class<?> raw = type.getRawClass();
    if (ModelTypes.isCodedEnum(raw)
        || ModelTypes.isStringValue(raw)
        || ModelTypes.isCatalogueEntry(raw)) {
      TextDeserializer values = new TextDeserializer(raw, catalogue);
      return new KeyDeserializer() {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
          return values.fromText(key, ctxt.getParser());
        }
      };
    }
    return null;
  }

  /**
   * Reads a coded enum, a catalogue entry, an identifier, a code value or a {@code java.time} value
   * from a JSON string.
   */
  static final class TextDeserializer extends StdDeserializer<Object> {

    private final Class<?> type;
    private final boolean isoTime;
    private final Object[] constants;
    private final Catalogue catalogue;

    TextDeserializer(Class<?> type) {
      this(type, Catalogue.standard());
    }

    /**
     * @param type the type read
     * @param catalogue the entries accepted when the type is catalogued
     */
    TextDeserializer(Class<?> type, Catalogue catalogue) {
      super(type);
      this.type = type;
      this.isoTime = IsoTime.handles(type);
      this.constants = type.isEnum() ? type.getEnumConstants() : null;
      this.catalogue = ModelTypes.isCatalogueEntry(type) ? catalogue : null;
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
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw new ProblemException(
            p,
            Problem.WRONG_TYPE,
            "wrong JSON type: expected a text (" + type.getSimpleName() + ")");
      }
      return fromText(p.getString(), p);
    }

    Object fromText(String text, JsonParser p) {
      if (constants != null) {
        return byCode(text, p);
      }
      if (catalogue != null) {
        return fromCatalogue(text, p);
      }
      if (isoTime) {
        try {
          return IsoTime.parse(type, text);
        } catch (DateTimeException e) {
          throw new ProblemException(
              p, Problem.INVALID_VALUE, "not an ISO-8601 " + type.getSimpleName());
        }
      }
      try {
        return ModelTypes.call(ModelTypes.stringFactory(type), text);
      } catch (InvalidValueException e) {
        throw new ProblemException(p, Problem.INVALID_VALUE, e.getMessage());
      }
    }

    private Object byCode(String code, JsonParser p) {
      for (Object constant : constants) {
        if (((Coded) constant).code().equals(code)) {
          return constant;
        }
      }
      StringBuilder valid = new StringBuilder();
      for (Object constant : constants) {
        valid.append(valid.length() == 0 ? "" : ", ").append(((Coded) constant).code());
      }
      throw new ProblemException(
          p,
          Problem.UNKNOWN_CODE,
          "unknown " + type.getSimpleName() + " code; valid codes are: " + valid);
    }

    /**
     * Resolves a catalogue entry. An unknown code is refused without quoting it: an application's
     * code may itself be sensitive (a question type that names a health condition).
     */
    private Object fromCatalogue(String code, JsonParser p) {
      @SuppressWarnings("unchecked")
      Class<? extends CatalogueEntry> entryType = (Class<? extends CatalogueEntry>) type;
      Optional<? extends CatalogueEntry> entry = catalogue.find(entryType, code);
      if (entry.isPresent()) {
        return entry.get();
      }
      StringBuilder valid = new StringBuilder();
      for (CatalogueEntry standard : Catalogue.standard().entries(entryType)) {
        valid.append(valid.length() == 0 ? "" : ", ").append(standard.code());
      }
      throw new ProblemException(
          p,
          Problem.UNKNOWN_CODE,
          "unknown "
              + type.getSimpleName()
              + " code; valid codes are the standard ones ("
              + valid
              + ") and the namespaced codes of the reader's catalogue"
              + (CatalogueCodes.isNamespaced(code)
                  ? ", which does not list this one"
                  : ", which this code is not"));
    }

    @Override
    public LogicalType logicalType() {
      return type.isEnum() ? LogicalType.Enum : LogicalType.OtherScalar;
    }
  }

  /** Reads a RIASEC profile from {@code {"realistic": 10, …}}; all six types are required. */
  static final class RiasecProfileDeserializer extends StdDeserializer<RiasecProfile> {

    RiasecProfileDeserializer() {
      super(RiasecProfile.class);
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
    public RiasecProfile deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw new ProblemException(
            p, Problem.WRONG_TYPE, "wrong JSON type: expected an object of scores");
      }
      JavaType mapType =
          ctxt.getTypeFactory().constructMapType(EnumMap.class, RiasecType.class, Integer.class);
      Map<RiasecType, Integer> scores = ctxt.readValue(p, mapType);
      try {
        return RiasecProfile.of(scores);
      } catch (InvalidValueException e) {
        throw new ProblemException(p, Problem.INVALID_VALUE, e.getMessage());
      }
    }
  }

  /** Reads a sequence value from a JSON array through its {@code of(List)}. */
  static final class SequenceDeserializer extends StdDeserializer<Object> {

    private final JavaType listType;
    private final Method factory;

    /** The largest number of elements accepted. */
    private final int max;

    SequenceDeserializer(JavaType type, int max) {
      super(type);
      this.max = max;
      JavaType[] parameters = type.findTypeParameters(Iterable.class);
      JavaType element = parameters.length == 1 ? parameters[0] : null;
      this.listType =
          element == null
              ? null
              : TypeFactory.createDefaultInstance()
                  .constructCollectionType(ArrayList.class, element);
      this.factory = ModelTypes.sequenceFactory(type.getRawClass());
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
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw new ProblemException(p, Problem.WRONG_TYPE, "wrong JSON type: expected an array");
      }
      JavaType type =
          listType != null
              ? listType
              : ctxt.getTypeFactory().constructCollectionType(ArrayList.class, Object.class);
      List<?> elements = ctxt.readValue(p, type);
      if (elements.size() > max) {
        throw new ProblemException(
            p, Problem.LIMIT_EXCEEDED, "a collection holds more than " + max + " elements");
      }
      try {
        return ModelTypes.call(factory, elements);
      } catch (InvalidValueException e) {
        throw new ProblemException(p, Problem.INVALID_VALUE, e.getMessage());
      }
    }
  }
}
