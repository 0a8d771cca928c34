package io.github.loopbaan.format;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.catalogue.CatalogueCodes;
import io.github.loopbaan.core.catalogue.CatalogueEntry;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.standards.RiasecProfile;
import io.github.loopbaan.core.standards.RiasecType;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.format.spi.JsonSource;
import io.github.loopbaan.format.spi.JsonSource.IntegerSize;
import io.github.loopbaan.format.spi.JsonSource.Token;
import io.github.loopbaan.format.spi.ValueReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads the model's values in the wire format from a {@link JsonSource}: the one place where the
 * format's reading rules live, apart from any JSON library (the counterpart of {@link ModelWriter};
 * the module's Jackson 3 deserializer is a thin adapter, {@link ModelDeserializers}).
 *
 * <p>It reads straight from the tokens, building each value type through its builder as its
 * properties arrive, so no tree of the input is built; only a command whose {@code kind} comes
 * after its payload is recorded first (its tokens, bounded by the input's size), to learn the kind.
 * What it checks, and how it reports it, in a {@link LoopbaanJsonException} whose path counts from
 * the value read ({@code $}) and whose reason never quotes the input:
 *
 * <ul>
 *   <li>JSON types: a text where a text is expected, integer numbers that fit their Java type,
 *       {@code true}/{@code false}, arrays for collections, sequences and histories, objects for
 *       value types ({@code wrong_type}); {@code null} where a value is required, an Optional
 *       attribute included ({@code missing_value}); no coercion between them;
 *   <li>codes by their exact stable code, catalogue entries through the reader's catalogue ({@code
 *       unknown_code}); ISO-8601 text for {@code java.time} values and the model's factories for
 *       identifiers and code values ({@code invalid_value});
 *   <li>in strict reading, every property name against the type's attributes, command payload
 *       fields and event names ({@code unknown_property}, placed by position when the name is not
 *       one the format knows: {@code [unknown property #3]}); read-only properties (a trajectory's
 *       {@code stage}) are ignored;
 *   <li>the number of elements of every collection, sequence, map and history, as elements arrive
 *       ({@code limit_exceeded});
 *   <li>the model's own rules, through the builders and factories ({@code invalid_value} at the
 *       attribute the rule names; {@code missing_value} for required attributes, named).
 * </ul>
 *
 * <p>Well-formedness, duplicate keys and the input limits of size, depth and text length are the
 * source's to enforce (its parser does so as tokens arrive), in the host library's exceptions.
 *
 * <p>A development plan whose client refused the storage of the POP is read as it is stored: in its
 * checklist form, so that what the writer wrote reads back equal.
 */
final class ModelReader implements ValueReader {

  private final boolean strict;
  private final int maxCollectionSize;
  private final Catalogue catalogue;

  /**
   * @param strict whether a property the format does not know is an error (else it is skipped)
   * @param maxCollectionSize the largest number of elements of a collection, map or history
   * @param catalogue the entries accepted for the catalogued types
   */
  ModelReader(boolean strict, int maxCollectionSize, Catalogue catalogue) {
    this.strict = strict;
    this.maxCollectionSize = maxCollectionSize;
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  /**
   * @return a reader with the same limit and catalogue and the given strictness
   */
  @Override
  public ModelReader strict(boolean strict) {
    return strict == this.strict ? this : new ModelReader(strict, maxCollectionSize, catalogue);
  }

  /**
   * Reads one value.
   *
   * @param type the type to read: a model type, or a JDK type the model uses ({@code String},
   *     {@code Integer}, {@code java.time}, {@code Optional}, {@code List}, {@code Set}, {@code
   *     Map}) with model types in it
   * @param in the source, standing on the value's first token (not {@code null}: the caller decides
   *     what a JSON {@code null} means where it stands); left on its last token
   * @return the value
   * @throws LoopbaanJsonException for every failure of the format, with a path from the value
   */
  @Override
  public Object read(Type type, JsonSource in) {
    return readerFor(type).read(new Cursor(in, this));
  }

  /**
   * Reads a code, an identifier, a code value or a {@code java.time} value from a text, as a map
   * key.
   *
   * @param type the key type
   * @param text the key
   * @return the value
   * @throws LoopbaanJsonException with the path {@code $} for a text the type refuses
   */
  @Override
  public Object key(Class<?> type, String text) {
    return new Cursor(null, this).key(type, text);
  }

  /**
   * @return whether this reader reads values of the class by the format's own rules: the model's
   *     codes, catalogue entries, identifiers, code values, sequences, histories, events, commands,
   *     RIASEC profiles and value types, and erased trajectories
   */
  static boolean handles(Class<?> type) {
    return ModelTypes.isCodedEnum(type)
        || ModelTypes.isCatalogueEntry(type)
        || ModelTypes.isStringValue(type)
        || ModelTypes.isSequenceValue(type)
        || ModelTypes.isValueType(type)
        || type == RiasecProfile.class
        || type == ErasedTrajectory.class
        || type == History.class
        || type == Event.class
        || CommandFormat.of(type).isPresent();
  }

  /**
   * @param raw a generic class
   * @param arguments its type arguments
   * @return the parameterized type, equal to the JDK's own for the same class and arguments
   */
  static ParameterizedType parameterized(Class<?> raw, Type... arguments) {
    return new Parameterized(raw, arguments);
  }

  // --- the state of one read ---

  /**
   * The state of one read: the source, the settings and the path to the value being read, kept as
   * segments and spelled out only when a failure is reported.
   */
  static final class Cursor {
    JsonSource in;
    final ModelReader settings;
    private String[] segments = new String[16];
    private int depth;

    Cursor(JsonSource in, ModelReader settings) {
      this.in = in;
      this.settings = settings;
    }

    void push(String segment) {
      if (depth == segments.length) {
        segments = Arrays.copyOf(segments, depth * 2);
      }
      segments[depth++] = segment;
    }

    void pop() {
      depth--;
    }

    String path() {
      StringBuilder path = new StringBuilder("$");
      for (int i = 0; i < depth; i++) {
        path.append(segments[i]);
      }
      return path.toString();
    }

    LoopbaanJsonException fail(Problem problem, String reason) {
      return new LoopbaanJsonException(problem, path(), reason);
    }

    LoopbaanJsonException failAt(Problem problem, String reason, String segment) {
      return new LoopbaanJsonException(problem, path() + segment, reason);
    }

    /** An invalid value reported by the model's own rule, at the attribute the rule names. */
    LoopbaanJsonException invalid(InvalidValueException e) {
      return invalidAt(path(), e);
    }

    /**
     * A failure of the model's own code that the format has no name for (not an invalid value):
     * reported as a value that cannot be read, at the cursor's path, without the model's message.
     */
    LoopbaanJsonException unreadable(RuntimeException e) {
      if (e instanceof LoopbaanJsonException) {
        return (LoopbaanJsonException) e;
      }
      if (e instanceof InvalidValueException) {
        return invalid((InvalidValueException) e);
      }
      return fail(Problem.WRONG_TYPE, "the value cannot be read");
    }

    /** Reads a value that must not be {@code null}, under a segment of the path. */
    Object required(TypeReader reader, String segment) {
      push(segment);
      if (in.current() == Token.NULL) {
        throw fail(Problem.MISSING_VALUE, "must not be null");
      }
      Object value = reader.read(this);
      pop();
      return value;
    }

    Object key(Class<?> type, String text) {
      return ((TextReader) readerFor(type)).fromText(text, this);
    }

    String text(String expected) {
      return textOf(this, expected);
    }

    /**
     * @param largest the largest size the number may have
     * @return the integer number the source stands on
     */
    long integer(IntegerSize largest) {
      if (in.current() != Token.INTEGER) {
        throw fail(Problem.WRONG_TYPE, "wrong JSON type: expected an integer number");
      }
      if (in.integerSize().compareTo(largest) > 0) {
        throw fail(Problem.WRONG_TYPE, "a number is out of range for its type");
      }
      return in.longValue();
    }

    Boolean bool() {
      Token t = in.current();
      if (t != Token.TRUE && t != Token.FALSE) {
        throw fail(Problem.WRONG_TYPE, "wrong JSON type: expected true or false");
      }
      return t == Token.TRUE;
    }
  }

  /**
   * An invalid value the model's own rule reports, placed at the attribute the rule names: under
   * the value's path, unless the rule names several attributes ({@code "a,b"}), the value as a
   * whole ({@code "value"}), or the attribute the path already ends with.
   *
   * @param path the JSON path of the value being built
   * @param e the model's exception
   * @return the format's failure
   */
  static LoopbaanJsonException invalidAt(String path, InvalidValueException e) {
    String attribute = e.getAttribute();
    String where =
        attribute.contains(",") || attribute.equals("value") || path.endsWith("." + attribute)
            ? path
            : path + "." + attribute;
    return new LoopbaanJsonException(Problem.INVALID_VALUE, where, e.getMessage());
  }

  /** Reads values of one type from a cursor standing on their first token. */
  interface TypeReader {
    Object read(Cursor c);
  }

  private static final Map<Type, TypeReader> READERS = new ConcurrentHashMap<>();

  /** The reader of a type, made once and shared (readers keep no state of a read). */
  static TypeReader readerFor(Type type) {
    TypeReader reader = READERS.get(type);
    if (reader == null) {
      reader = readerOf(type);
      TypeReader raced = READERS.putIfAbsent(type, reader);
      reader = raced != null ? raced : reader;
    }
    return reader;
  }

  /** The reader of a type, made afresh (package-private so that tests reach it past the cache). */
  static TypeReader readerOf(Type type) {
    Class<?> raw = rawOf(type);
    Type[] arguments =
        type instanceof ParameterizedType
            ? ((ParameterizedType) type).getActualTypeArguments()
            : new Type[0];
    if (raw == null) {
      return unmappable(String.valueOf(type));
    }
    if (raw == String.class) {
      return c -> c.text("a text");
    }
    if (raw == Integer.class || raw == int.class) {
      return c -> (int) c.integer(IntegerSize.INT);
    }
    if (raw == Long.class || raw == long.class) {
      return c -> c.integer(IntegerSize.LONG);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return Cursor::bool;
    }
    if (raw == URI.class
        || IsoTime.handles(raw)
        || ModelTypes.isCodedEnum(raw)
        || ModelTypes.isCatalogueEntry(raw)
        || ModelTypes.isStringValue(raw)) {
      return new TextReader(raw);
    }
    if (raw == RiasecProfile.class) {
      return ModelReader::riasec;
    }
    if (raw == ErasedTrajectory.class) {
      TypeReader trajectory = readerFor(io.github.loopbaan.core.trajectory.Trajectory.class);
      return c -> {
        Object read = trajectory.read(c);
        try {
          return ErasedTrajectory.of((io.github.loopbaan.core.trajectory.Trajectory) read);
        } catch (InvalidValueException e) {
          throw c.fail(Problem.INVALID_VALUE, e.getMessage());
        } catch (RuntimeException e) {
          throw c.unreadable(e);
        }
      };
    }
    if (ModelTypes.isSequenceValue(raw)) {
      return new SequenceReader(raw);
    }
    if (raw == History.class) {
      return arguments.length == 1 && rawOf(arguments[0]) == Event.class
          ? new HistoryReader(arguments[0])
          : c -> {
            throw c.fail(
                Problem.UNMAPPABLE_TYPE, "a history without an element type cannot be read");
          };
    }
    if (raw == Event.class) {
      return new EventReader(arguments);
    }
    Optional<CommandFormat> format = CommandFormat.of(raw);
    if (format.isPresent()) {
      return format.get().getCommandType() == raw
          ? new CommandReader(format.get())
          : unmappable(raw.getSimpleName());
    }
    if (ModelTypes.isValueType(raw)) {
      return new ValueTypeReader(raw);
    }
    if (raw == Optional.class && arguments.length == 1) {
      TypeReader content = readerFor(arguments[0]);
      return c -> Optional.of(content.read(c));
    }
    if ((raw == List.class || raw == Collection.class || raw == Iterable.class || raw == Set.class)
        && arguments.length == 1) {
      return new CollectionReader(arguments[0], raw == Set.class);
    }
    if (raw == Map.class
        && arguments.length == 2
        && (arguments[0] == String.class || readerFor(arguments[0]) instanceof TextReader)) {
      return new MapReader((Class<?>) arguments[0], arguments[1]);
    }
    return unmappable(raw.getSimpleName());
  }

  private static TypeReader unmappable(String name) {
    return c -> {
      throw c.fail(Problem.UNMAPPABLE_TYPE, name + " cannot be mapped to JSON");
    };
  }

  static Class<?> rawOf(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    return null;
  }

  // --- scalars ---

  /** The scalar reads, on the cursor so that they report at its path. */
  private static String textOf(Cursor c, String expected) {
    if (c.in.current() != Token.STRING) {
      throw c.fail(Problem.WRONG_TYPE, "wrong JSON type: expected " + expected);
    }
    return c.in.text();
  }

  /**
   * Reads a code, a catalogue entry, an identifier, a code value, a URI or a {@code java.time}
   * value from a JSON string.
   */
  static final class TextReader implements TypeReader {
    private final Class<?> type;
    private final Object[] constants;
    private final boolean catalogued;

    TextReader(Class<?> type) {
      this.type = type;
      this.constants = type.isEnum() ? type.getEnumConstants() : null;
      this.catalogued = ModelTypes.isCatalogueEntry(type);
    }

    @Override
    public Object read(Cursor c) {
      return fromText(textOf(c, "a text (" + type.getSimpleName() + ")"), c);
    }

    Object fromText(String text, Cursor c) {
      if (constants != null) {
        return byCode(text, c);
      }
      if (catalogued) {
        return fromCatalogue(text, c);
      }
      if (type == URI.class) {
        try {
          return new URI(text);
        } catch (URISyntaxException e) {
          throw c.fail(Problem.INVALID_VALUE, "not a URI");
        }
      }
      if (IsoTime.handles(type)) {
        try {
          return IsoTime.parse(type, text);
        } catch (DateTimeException e) {
          throw c.fail(Problem.INVALID_VALUE, "not an ISO-8601 " + type.getSimpleName());
        }
      }
      try {
        return ModelTypes.call(ModelTypes.stringFactory(type), text);
      } catch (InvalidValueException e) {
        throw c.fail(Problem.INVALID_VALUE, e.getMessage());
      } catch (RuntimeException e) {
        throw c.unreadable(e);
      }
    }

    private Object byCode(String code, Cursor c) {
      for (Object constant : constants) {
        if (((Coded) constant).code().equals(code)) {
          return constant;
        }
      }
      throw c.fail(
          Problem.UNKNOWN_CODE,
          "unknown "
              + type.getSimpleName()
              + " code; valid codes are: "
              + Arrays.stream(constants)
                  .map(k -> ((Coded) k).code())
                  .collect(Collectors.joining(", ")));
    }

    /**
     * Resolves a catalogue entry. An unknown code is refused without quoting it: an application's
     * code may itself be sensitive (a question type that names a health condition).
     */
    private Object fromCatalogue(String code, Cursor c) {
      @SuppressWarnings("unchecked")
      Class<? extends CatalogueEntry> entryType = (Class<? extends CatalogueEntry>) type;
      Optional<? extends CatalogueEntry> entry = c.settings.catalogue.find(entryType, code);
      if (entry.isPresent()) {
        return entry.get();
      }
      throw c.fail(
          Problem.UNKNOWN_CODE,
          "unknown "
              + type.getSimpleName()
              + " code; valid codes are the standard ones ("
              + Catalogue.standard().entries(entryType).stream()
                  .map(CatalogueEntry::code)
                  .collect(Collectors.joining(", "))
              + ") and the namespaced codes of the reader's catalogue"
              + (CatalogueCodes.isNamespaced(code)
                  ? ", which does not list this one"
                  : ", which this code is not"));
    }
  }

  // --- collections ---

  /** Reads the elements of an array, counting them against the limit as they arrive. */
  private static List<Object> elements(Cursor c, TypeReader element, String expected) {
    if (c.in.current() != Token.START_ARRAY) {
      throw c.fail(Problem.WRONG_TYPE, "wrong JSON type: expected " + expected);
    }
    int max = c.settings.maxCollectionSize;
    List<Object> elements = new ArrayList<>();
    for (Token t = c.in.next(); t != Token.END_ARRAY; t = c.in.next()) {
      if (elements.size() >= max) {
        throw c.fail(Problem.LIMIT_EXCEEDED, "a collection holds more than " + max + " elements");
      }
      elements.add(c.required(element, "[" + elements.size() + "]"));
    }
    return elements;
  }

  /** A list or set of the model: an array, read into a list (a set when asked for one). */
  static final class CollectionReader implements TypeReader {
    private final Type elementType;
    private final boolean set;
    private TypeReader elements;

    CollectionReader(Type elementType, boolean set) {
      this.elementType = elementType;
      this.set = set;
    }

    @Override
    public Object read(Cursor c) {
      TypeReader element = elements;
      if (element == null) {
        element = readerFor(elementType);
        elements = element;
      }
      List<Object> read = elements(c, element, "an array");
      return set ? new LinkedHashSet<>(read) : read;
    }
  }

  /** A map of the model: an object whose keys are read as texts of the key type. */
  static final class MapReader implements TypeReader {
    private final Class<?> keyType;
    private final Type valueType;

    MapReader(Class<?> keyType, Type valueType) {
      this.keyType = keyType;
      this.valueType = valueType;
    }

    @Override
    public Object read(Cursor c) {
      if (c.in.current() != Token.START_OBJECT) {
        throw c.fail(Problem.WRONG_TYPE, "wrong JSON type: expected an object");
      }
      TypeReader values = readerFor(valueType);
      int max = c.settings.maxCollectionSize;
      Map<Object, Object> map = new LinkedHashMap<>();
      int position = 0;
      for (Token t = c.in.next(); t == Token.NAME; t = c.in.next(), position++) {
        String name = c.in.name();
        String segment = Paths.segmentIfKnown(name, position);
        if (map.size() >= max) {
          throw c.fail(Problem.LIMIT_EXCEEDED, "a collection holds more than " + max + " elements");
        }
        c.push(segment);
        Object key = keyType == String.class ? name : c.key(keyType, name);
        c.pop();
        c.in.next();
        map.put(key, c.required(values, keyType.isEnum() ? Paths.segment(name) : segment));
      }
      return map;
    }
  }

  /** A sequence value: an array of its elements, through its {@code of(List)}. */
  static final class SequenceReader implements TypeReader {
    private final Method factory;
    private final Type elementType;
    private TypeReader elements;

    SequenceReader(Class<?> type) {
      this.factory = ModelTypes.sequenceFactory(type);
      this.elementType = elementTypeOf(type);
    }

    @Override
    public Object read(Cursor c) {
      if (elementType == null) {
        throw c.fail(Problem.UNMAPPABLE_TYPE, "a sequence without an element type cannot be read");
      }
      TypeReader element = elements;
      if (element == null) {
        element = readerFor(elementType);
        elements = element;
      }
      List<Object> read = elements(c, element, "an array");
      try {
        return ModelTypes.call(factory, read);
      } catch (InvalidValueException e) {
        throw c.fail(Problem.INVALID_VALUE, e.getMessage());
      } catch (RuntimeException e) {
        throw c.unreadable(e);
      }
    }

    /** The element type of a sequence class: the argument of the Iterable it implements. */
    static Type elementTypeOf(Class<?> type) {
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        List<Type> supers = new ArrayList<>(Arrays.asList(c.getGenericInterfaces()));
        supers.add(c.getGenericSuperclass());
        for (Type s : supers) {
          Class<?> raw = rawOf(s);
          if (s instanceof ParameterizedType
              && raw != null
              && Iterable.class.isAssignableFrom(raw)
              && ((ParameterizedType) s).getActualTypeArguments().length == 1
              && ((ParameterizedType) s).getActualTypeArguments()[0] instanceof Class) {
            return ((ParameterizedType) s).getActualTypeArguments()[0];
          }
        }
      }
      return null;
    }
  }

  /** A RIASEC profile: {@code {"realistic": 10, …}}; all six types are required. */
  private static RiasecProfile riasec(Cursor c) {
    if (c.in.current() != Token.START_OBJECT) {
      throw c.fail(Problem.WRONG_TYPE, "wrong JSON type: expected an object of scores");
    }
    TypeReader score = readerFor(Integer.class);
    Map<RiasecType, Integer> scores = new EnumMap<>(RiasecType.class);
    int position = 0;
    for (Token t = c.in.next(); t == Token.NAME; t = c.in.next(), position++) {
      String name = c.in.name();
      c.push(Paths.segmentIfKnown(name, position));
      RiasecType type = (RiasecType) c.key(RiasecType.class, name);
      c.pop();
      c.in.next();
      scores.put(type, (Integer) c.required(score, Paths.segment(name)));
    }
    try {
      return RiasecProfile.of(scores);
    } catch (InvalidValueException e) {
      throw c.fail(Problem.INVALID_VALUE, e.getMessage());
    } catch (RuntimeException e) {
      throw c.unreadable(e);
    }
  }

  // --- value types ---

  /** A value type: an object of its attributes, built through its builder as they arrive. */
  static final class ValueTypeReader implements TypeReader {
    private final Class<?> type;
    private final Method builder;
    private final Method build;
    private final Set<String> ignored;
    private volatile Map<String, Slot> slots;

    ValueTypeReader(Class<?> type) {
      this.type = type;
      Class<?> builderType = ModelTypes.builderOf(type).orElseThrow();
      try {
        this.builder = type.getMethod("builder");
        this.build = builderType.getMethod("build");
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(type.getSimpleName() + " has no builder", e);
      }
      this.ignored = ModelTypes.readOnlyProperties(type).keySet();
    }

    /** The attributes, worked out on first use (a value type may contain itself). */
    Map<String, Slot> slots() {
      Map<String, Slot> s = slots;
      if (s == null) {
        s = slotsOf(type);
        slots = s;
      }
      return s;
    }

    @Override
    public Object read(Cursor c) {
      JsonSource in = c.in;
      if (in.current() != Token.START_OBJECT) {
        throw c.fail(Problem.WRONG_TYPE, "wrong JSON type: expected " + type.getSimpleName());
      }
      Map<String, Slot> attributes = slots();
      Object values = invoke(builder, null, null, c);
      int position = 0;
      for (Token t = in.next(); t == Token.NAME; t = in.next(), position++) {
        String name = in.name();
        Slot slot = attributes.get(name);
        in.next();
        if (slot == null) {
          if (c.settings.strict && !ignored.contains(name)) {
            throw c.failAt(
                Problem.UNKNOWN_PROPERTY, "unknown property", Paths.segmentIfKnown(name, position));
          }
          in.skipChildren();
          continue;
        }
        Object value = c.required(slot.reader, slot.segment);
        c.push(slot.segment);
        invoke(slot.setter, values, value, c);
        c.pop();
      }
      Object built = invoke(build, values, null, c);
      if (built instanceof DevelopmentPlan
          && ((DevelopmentPlan) built).getStorageConsent() == StorageConsent.CHECKLIST_ONLY) {
        return ((DevelopmentPlan) built).toChecklist();
      }
      return built;
    }

    /**
     * Calls a builder method, turning what the model throws into the format's failures at the
     * cursor's path.
     */
    private static Object invoke(Method method, Object target, Object argument, Cursor c) {
      try {
        return argument == null ? method.invoke(target) : method.invoke(target, argument);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidValueException) {
          throw c.invalid((InvalidValueException) cause);
        }
        if (cause instanceof NullPointerException) {
          throw c.fail(Problem.MISSING_VALUE, "must not be null");
        }
        if (cause instanceof IllegalStateException
            && String.valueOf(cause.getMessage()).contains("required attribute")) {
          String message = cause.getMessage();
          int open = message.lastIndexOf('[');
          String names = open >= 0 && message.endsWith("]") ? " " + message.substring(open) : "";
          throw c.fail(Problem.MISSING_VALUE, "required attributes are missing" + names);
        }
        if (cause instanceof RuntimeException) {
          throw c.unreadable((RuntimeException) cause);
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw new IllegalStateException(cause);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot call " + method, e);
      }
    }
  }

  /** One attribute of a value type as it is read: its reader and the builder method it sets. */
  static final class Slot {
    final String segment;
    final TypeReader reader;
    final Method setter;

    Slot(String name, TypeReader reader, Method setter) {
      this.segment = Paths.segment(name);
      this.reader = reader;
      this.setter = setter;
    }
  }

  /**
   * The attributes of a value type as they are read (package-private so that tests reach it past
   * the reader's cache): an Optional attribute is set through the builder's overload of its content
   * type ({@code name(String)} for {@code Optional<String>}, {@code count(int)} for {@code
   * Optional<Integer>}), a collection through its {@code Iterable} one, anything else through the
   * overload of the attribute's own type.
   */
  static Map<String, Slot> slotsOf(Class<?> type) {
    Class<?> builderType = ModelTypes.builderOf(type).orElseThrow();
    Map<String, Slot> slots = new HashMap<>();
    for (Map.Entry<String, Method> attribute : ModelTypes.attributes(type).entrySet()) {
      String name = attribute.getKey();
      Type generic = attribute.getValue().getGenericReturnType();
      Class<?> raw = rawOf(generic);
      Type[] arguments =
          generic instanceof ParameterizedType
              ? ((ParameterizedType) generic).getActualTypeArguments()
              : new Type[0];
      boolean optional = raw == Optional.class && arguments.length == 1;
      Type read = optional ? arguments[0] : generic;
      Class<?> parameter =
          optional ? rawOf(read) : raw == List.class || raw == Set.class ? Iterable.class : raw;
      Method setter = null;
      for (Method m : builderType.getMethods()) {
        if (m.getName().equals(name)
            && m.getParameterCount() == 1
            && boxed(m.getParameterTypes()[0]) == boxed(parameter)) {
          setter = m;
        }
      }
      if (setter == null) {
        throw new IllegalStateException(
            type.getSimpleName()
                + ".Builder has no "
                + name
                + "("
                + parameter.getSimpleName()
                + ")");
      }
      slots.put(name, new Slot(name, readerFor(read), setter));
    }
    return Collections.unmodifiableMap(slots);
  }

  private static Class<?> boxed(Class<?> type) {
    if (type == int.class) {
      return Integer.class;
    }
    if (type == long.class) {
      return Long.class;
    }
    if (type == boolean.class) {
      return Boolean.class;
    }
    return type;
  }

  // --- lifecycles ---

  /** A history: an array of events numbered 1, 2, 3 and so on. */
  static final class HistoryReader implements TypeReader {
    private final Type eventType;
    private TypeReader eventReader;

    HistoryReader(Type eventType) {
      this.eventType = eventType;
    }

    @Override
    public Object read(Cursor c) {
      if (c.in.current() != Token.START_ARRAY) {
        throw c.fail(Problem.WRONG_TYPE, "wrong JSON type: expected an array of events");
      }
      TypeReader events = eventReader;
      if (events == null) {
        events = readerFor(eventType);
        eventReader = events;
      }
      int max = c.settings.maxCollectionSize;
      List<Object> elements = new ArrayList<>();
      for (Token t = c.in.next(); t != Token.END_ARRAY; t = c.in.next()) {
        String segment = "[" + elements.size() + "]";
        if (elements.size() >= max) {
          throw c.failAt(
              Problem.LIMIT_EXCEEDED, "a collection holds more than " + max + " elements", segment);
        }
        Event<?, ?> event = (Event<?, ?>) c.required(events, segment);
        if (event.getSequence() != elements.size() + 1) {
          throw c.failAt(
              Problem.INVALID_VALUE,
              "events must be numbered 1, 2, 3 and so on in history order (history_sequence)",
              segment + ".sequence");
        }
        elements.add(event);
      }
      return History.of(elements);
    }
  }

  /** An event of the lifecycle given by its type arguments (state and command type). */
  static final class EventReader implements TypeReader {
    private final Type stateType;
    private final Type commandType;
    private final Optional<CommandFormat> format;
    private TypeReader stateReader;
    private TypeReader commandReader;

    EventReader(Type[] arguments) {
      this.stateType = arguments.length == 2 ? arguments[0] : null;
      this.commandType = arguments.length == 2 ? arguments[1] : null;
      this.format =
          commandType == null
              ? Optional.empty()
              : CommandFormat.of(rawOf(commandType))
                  .filter(f -> f.getStateType() == rawOf(stateType));
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object read(Cursor c) {
      if (format.isEmpty()) {
        throw c.fail(Problem.UNMAPPABLE_TYPE, "events of this lifecycle have no wire format");
      }
      JsonSource in = c.in;
      if (in.current() != Token.START_OBJECT) {
        throw c.fail(Problem.WRONG_TYPE, "wrong JSON type: expected an event object");
      }
      TypeReader states = stateReader;
      TypeReader commands = commandReader;
      if (states == null || commands == null) {
        states = readerFor(stateType);
        commands = readerFor(commandType);
        stateReader = states;
        commandReader = commands;
      }
      Long sequence = null;
      Enum from = null;
      Enum to = null;
      Command<?> command = null;
      int position = 0;
      for (Token t = in.next(); t == Token.NAME; t = in.next(), position++) {
        String name = in.name();
        Token token = in.next();
        switch (name) {
          case "sequence":
            c.push(".sequence");
            if (token == Token.NULL) {
              throw c.fail(Problem.MISSING_VALUE, "must not be null");
            }
            sequence = c.integer(IntegerSize.LONG);
            if (sequence < 1) {
              throw c.fail(Problem.INVALID_VALUE, "must be at least 1");
            }
            c.pop();
            break;
          case "from":
            from = (Enum) c.required(states, ".from");
            break;
          case "to":
            to = (Enum) c.required(states, ".to");
            break;
          case "command":
            command = (Command<?>) c.required(commands, ".command");
            break;
          default:
            if (c.settings.strict) {
              throw c.failAt(
                  Problem.UNKNOWN_PROPERTY,
                  "unknown property",
                  Paths.segmentIfKnown(name, position));
            }
            in.skipChildren();
        }
      }
      require(sequence, c, "sequence");
      require(from, c, "from");
      require(to, c, "to");
      require(command, c, "command");
      return new Event(sequence, format.get().getLifecycle(), from, to, command);
    }

    private static void require(Object value, Cursor c, String name) {
      if (value == null) {
        throw c.failAt(Problem.MISSING_VALUE, "an event needs its " + name, "." + name);
      }
    }
  }

  /**
   * A command of one lifecycle: the kind code selects the payload fields, and the command is built
   * through the factory of its command interface. A kind code outside the lifecycle's closed set (a
   * class name, for instance) is an unknown code.
   *
   * <p>A command whose first property is its {@code kind}, as this library writes it, is read
   * straight from the source. Only a command whose kind comes later is recorded first, to learn the
   * kind before its payload; both give the same values, paths and reasons, except that the streamed
   * read reports the first of several failures in reading order.
   */
  /** The reader of command dates, the one value every command has. */
  private static final TypeReader DATES = new TextReader(LocalDate.class);

  static final class CommandReader implements TypeReader {
    private final CommandFormat format;
    private final Map<String, Map<String, CommandFormat.Field>> fields;

    CommandReader(CommandFormat format) {
      this.format = format;
      this.fields =
          format.getKinds().stream()
              .collect(
                  Collectors.toUnmodifiableMap(
                      CommandFormat.Kind::getCode,
                      k ->
                          k.getFields().stream()
                              .collect(
                                  Collectors.toUnmodifiableMap(
                                      CommandFormat.Field::getName, f -> f))));
    }

    @Override
    public Object read(Cursor c) {
      if (c.in.current() != Token.START_OBJECT) {
        throw c.fail(Problem.WRONG_TYPE, "wrong JSON type: expected a command object");
      }
      if (c.in.next() != Token.NAME) {
        throw missingKind(c);
      }
      if (c.in.name().equals("kind")) {
        return streamed(c);
      }
      JsonSource outer = c.in;
      RecordedSource recorded = RecordedSource.restOfObject(outer);
      c.in = recorded;
      try {
        return buffered(c, recorded);
      } finally {
        c.in = outer;
      }
    }

    /** Reads the command from the source, which stands on its first property name, {@code kind}. */
    private Command<?> streamed(Cursor c) {
      JsonSource in = c.in;
      Token token = in.next();
      if (token == Token.NULL) {
        throw missingKind(c);
      }
      if (token != Token.STRING) {
        throw wrongKind(c);
      }
      CommandFormat.Kind kind = kind(in.text(), c);
      Map<String, CommandFormat.Field> named = fields.get(kind.getCode());
      LocalDate date = null;
      Map<String, Object> values = new HashMap<>();
      int position = 1;
      for (Token t = in.next(); t == Token.NAME; t = in.next(), position++) {
        String name = in.name();
        Token value = in.next();
        CommandFormat.Field field = named.get(name);
        if (field == null && !name.equals("date")) {
          if (c.settings.strict) {
            throw unknownProperty(c, kind, Paths.segmentIfKnown(name, position));
          }
          in.skipChildren();
        } else if (value != Token.NULL) {
          Object read = value(c, field == null ? LocalDate.class : field.getType(), name);
          if (field == null) {
            date = (LocalDate) read;
          } else {
            values.put(name, read);
          }
        }
      }
      return built(kind, date, values, c);
    }

    /** Reads the command from its recorded tokens: its kind comes after other properties. */
    private Command<?> buffered(Cursor c, RecordedSource in) {
      Map<String, Integer> at = in.topLevelValues();
      Integer kindAt = at.get("kind");
      if (kindAt == null || in.tokenAt(kindAt) == Token.NULL) {
        throw missingKind(c);
      }
      if (in.tokenAt(kindAt) != Token.STRING) {
        throw wrongKind(c);
      }
      in.seek(kindAt);
      CommandFormat.Kind kind = kind(in.text(), c);
      Map<String, CommandFormat.Field> named = fields.get(kind.getCode());
      if (c.settings.strict) {
        int position = 0;
        for (String name : at.keySet()) {
          if (!name.equals("kind") && !name.equals("date") && !named.containsKey(name)) {
            throw unknownProperty(c, kind, Paths.segmentIfKnown(name, position));
          }
          position++;
        }
      }
      LocalDate date = null;
      Integer dateAt = at.get("date");
      if (dateAt != null && in.tokenAt(dateAt) != Token.NULL) {
        in.seek(dateAt);
        date = (LocalDate) value(c, LocalDate.class, "date");
      }
      Map<String, Object> values = new HashMap<>();
      for (CommandFormat.Field field : kind.getFields()) {
        Integer valueAt = at.get(field.getName());
        if (valueAt != null && in.tokenAt(valueAt) != Token.NULL) {
          in.seek(valueAt);
          values.put(field.getName(), value(c, field.getType(), field.getName()));
        }
      }
      in.seek(in.size() - 1);
      return built(kind, date, values, c);
    }

    private static Object value(Cursor c, Class<?> type, String name) {
      c.push("." + name);
      Object value = (type == LocalDate.class ? DATES : readerFor(type)).read(c);
      c.pop();
      return value;
    }

    /** Builds the command from its date and payload, once every property was read. */
    private Command<?> built(
        CommandFormat.Kind kind, LocalDate date, Map<String, Object> values, Cursor c) {
      if (date == null && kind.isDateArgument()) {
        throw c.failAt(
            Problem.MISSING_VALUE, "a " + kind.getCode() + " command needs its date", ".date");
      }
      for (CommandFormat.Field field : kind.getFields()) {
        if (!field.isOptional() && !values.containsKey(field.getName())) {
          throw c.failAt(
              Problem.MISSING_VALUE,
              "a " + kind.getCode() + " command needs its " + field.getName(),
              "." + field.getName());
        }
      }
      Command<?> command;
      try {
        command = kind.build(new CommandFormat.Arguments(date, values));
      } catch (InvalidValueException e) {
        String attribute = e.getAttribute();
        throw attribute.contains(",") || attribute.equals("value")
            ? c.fail(Problem.INVALID_VALUE, e.getMessage())
            : c.failAt(Problem.INVALID_VALUE, e.getMessage(), "." + attribute);
      } catch (RuntimeException e) {
        throw c.unreadable(e);
      }
      if (!kind.isDateArgument() && date != null && !date.equals(command.getDate())) {
        throw c.failAt(
            Problem.INVALID_VALUE, "must equal the date of the command's payload", ".date");
      }
      return command;
    }

    private CommandFormat.Kind kind(String code, Cursor c) {
      return format
          .kind(code)
          .orElseThrow(
              () ->
                  c.failAt(
                      Problem.UNKNOWN_CODE,
                      "unknown "
                          + format.getLifecycle()
                          + " command kind; valid kinds are: "
                          + format.getKinds().stream()
                              .map(CommandFormat.Kind::getCode)
                              .collect(Collectors.joining(", ")),
                      ".kind"));
    }

    private static LoopbaanJsonException missingKind(Cursor c) {
      return c.failAt(Problem.MISSING_VALUE, "a command needs a kind", ".kind");
    }

    private static LoopbaanJsonException wrongKind(Cursor c) {
      return c.failAt(Problem.WRONG_TYPE, "wrong JSON type: expected a command kind code", ".kind");
    }

    private static LoopbaanJsonException unknownProperty(
        Cursor c, CommandFormat.Kind kind, String segment) {
      return c.failAt(
          Problem.UNKNOWN_PROPERTY, "unknown property for command kind " + kind.getCode(), segment);
    }
  }

  /** A parameterized type of this reader's making, equal to the JDK's for the same arguments. */
  private static final class Parameterized implements ParameterizedType {
    private final Class<?> raw;
    private final Type[] arguments;

    Parameterized(Class<?> raw, Type[] arguments) {
      this.raw = raw;
      this.arguments = arguments.clone();
    }

    @Override
    public Type[] getActualTypeArguments() {
      return arguments.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return raw.getDeclaringClass();
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof ParameterizedType)) {
        return false;
      }
      ParameterizedType other = (ParameterizedType) o;
      return raw.equals(other.getRawType())
          && Objects.equals(getOwnerType(), other.getOwnerType())
          && Arrays.equals(arguments, other.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(arguments) ^ Objects.hashCode(getOwnerType()) ^ raw.hashCode();
    }

    @Override
    public String toString() {
      return raw.getName()
          + Arrays.stream(arguments)
              .map(Type::getTypeName)
              .collect(Collectors.joining(", ", "<", ">"));
    }
  }
}
