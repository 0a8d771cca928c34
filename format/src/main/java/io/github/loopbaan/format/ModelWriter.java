package io.github.loopbaan.format;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.party.AgeBand;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.Shared;
import io.github.loopbaan.core.standards.RiasecProfile;
import io.github.loopbaan.core.standards.RiasecType;
import io.github.loopbaan.core.trajectory.ConsentScope;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.spi.JsonSink;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeMap;

/**
 * Writes the model's values in the wire format to a {@link JsonSink}, in every {@link View}: the
 * one place where the format's writing rules live, apart from any JSON library (the module's
 * Jackson 3 serializer is a thin adapter, {@link ModelSerializers}).
 *
 * <p>What it writes, by the value's class:
 *
 * <ul>
 *   <li>a value type of the model ({@link ModelTypes}): an object of its attributes and read-only
 *       properties, in alphabetical order, each through the rules of the view ({@link Views}); an
 *       absent {@link Optional} attribute is left out, a funding's default regime and a trajectory
 *       without consent records too ({@link Views.Rule#omits}); the model holds no primitive
 *       optionals ({@code OptionalInt}), whose absence this writer would not recognise;
 *   <li>a {@link Coded} enum constant or catalogue entry: its code; an identifier or code value:
 *       its text; a {@code java.time} value: ISO-8601 text ({@link IsoTime});
 *   <li>a sequence value, a history or a collection: an array; a map: an object whose keys are
 *       written as texts the same way; a RIASEC profile: an object of scores by type code; a
 *       lifecycle event: {@code sequence}, {@code from}, {@code to}, {@code command}; a command:
 *       {@code kind}, {@code date} and the fields of its {@link CommandFormat};
 *   <li>texts, {@code int} and {@code long} numbers and booleans as such; anything else through
 *       {@link JsonSink#foreign}.
 * </ul>
 *
 * <p>Three kinds of value change what is written beneath them: a development plan whose client
 * refused its storage is written in its checklist form in every view; a trajectory's opening day is
 * the reference day of age bands and its consent records decide sharing with the commissioner; an
 * item shared with the commissioner releases its texts to the commissioner view when the client
 * consents. That state lives in a {@link Scope}, one per write, never in the values.
 */
final class ModelWriter {

  private ModelWriter() {}

  /**
   * The state of one write: the view and its reference days, and what the values written so far
   * have released beneath them. Not shared between writes.
   */
  static final class Scope {
    final View view;
    private final LocalDate consentsOn;
    private LocalDate ageBandsOn;
    private boolean released;
    private boolean sharing;

    /**
     * @param view the view
     * @param consentsOn the day consents are judged on, or null for the trajectory's current ones
     * @param ageBandsOn the reference day of age bands outside a trajectory, or null for the
     *     declared band
     */
    Scope(View view, LocalDate consentsOn, LocalDate ageBandsOn) {
      this.view = view;
      this.consentsOn = consentsOn;
      this.ageBandsOn = ageBandsOn;
    }

    /**
     * @return whether the commissioner sees the texts beneath: inside an item shared with them
     */
    boolean released() {
      return released;
    }

    /**
     * @return whether the client of the trajectory being written consents to sharing with the
     *     commissioning party
     */
    boolean sharingConsented() {
      return sharing;
    }

    private Optional<AgeBand> ageBand(Client client) {
      return ageBandsOn != null ? client.ageBandOn(ageBandsOn) : client.getDeclaredAgeBand();
    }
  }

  /**
   * Writes a value and everything beneath it.
   *
   * @param value the value, not null
   * @param out the sink
   * @param scope the write's state
   */
  static void write(Object value, JsonSink out, Scope scope) {
    switch (SHAPES.get(value.getClass())) {
      case TEXT:
        out.string((String) value);
        break;
      case CODE:
        out.string(((Coded) value).code());
        break;
      case ISO_TIME: // and URI, whose text is its toString() as well
        out.string(value.toString());
        break;
      case STRING_VALUE:
        out.string(ModelTypes.valueOf(value));
        break;
      case NUMBER:
        number((Number) value, out);
        break;
      case BOOLEAN:
        out.bool((Boolean) value);
        break;
      case COMMAND:
        command((Command<?>) value, out, scope);
        break;
      case EVENT:
        event((Event<?, ?>) value, out, scope);
        break;
      case RIASEC:
        riasec((RiasecProfile) value, out);
        break;
      case ERASED:
        write(((ErasedTrajectory) value).getTrajectory(), out, scope);
        break;
      case OPTIONAL:
        writeNullable(((Optional<?>) value).orElse(null), out, scope);
        break;
      case MAP:
        map((Map<?, ?>) value, out, scope);
        break;
      case INDEXED:
        List<?> list = (List<?>) value;
        out.startArray();
        for (int i = 0, n = list.size(); i < n; i++) {
          writeNullable(list.get(i), out, scope);
        }
        out.endArray();
        break;
      case ITERABLE:
        out.startArray();
        for (Object element : (Iterable<?>) value) {
          writeNullable(element, out, scope);
        }
        out.endArray();
        break;
      case VALUE:
        valueObject(value, out, scope);
        break;
      case DOCUMENT:
        Documents.write((Documents.Envelope) value, out, scope);
        break;
      default:
        out.foreign(value);
    }
  }

  /** How values of a class are written; decided once per class. */
  enum Shape {
    TEXT,
    CODE,
    ISO_TIME,
    STRING_VALUE,
    NUMBER,
    BOOLEAN,
    COMMAND,
    EVENT,
    RIASEC,
    ERASED,
    OPTIONAL,
    MAP,
    INDEXED,
    ITERABLE,
    VALUE,
    DOCUMENT,
    FOREIGN
  }

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return shapeOf(type);
        }
      };

  /**
   * The shape of a class, worked out afresh (package-private so that tests reach it past the
   * cache).
   */
  static Shape shapeOf(Class<?> type) {
    if (type == String.class) {
      return Shape.TEXT;
    } else if (isCoded(type)) {
      return Shape.CODE;
    } else if (IsoTime.handles(type) || type == URI.class) {
      return Shape.ISO_TIME;
    } else if (ModelTypes.isStringValue(type)) {
      return Shape.STRING_VALUE;
    } else if (Number.class.isAssignableFrom(type)) {
      return Shape.NUMBER;
    } else if (type == Boolean.class) {
      return Shape.BOOLEAN;
    } else if (Command.class.isAssignableFrom(type)) {
      return CommandFormat.of(type).isPresent() ? Shape.COMMAND : Shape.FOREIGN;
    } else if (Event.class.isAssignableFrom(type)) {
      return Shape.EVENT;
    } else if (type == RiasecProfile.class) {
      return Shape.RIASEC;
    } else if (type == ErasedTrajectory.class) {
      return Shape.ERASED;
    } else if (type == Documents.Envelope.class) {
      return Shape.DOCUMENT;
    } else if (type == Optional.class) {
      return Shape.OPTIONAL;
    } else if (Map.class.isAssignableFrom(type)) {
      return Shape.MAP;
    } else if (List.class.isAssignableFrom(type) && RandomAccess.class.isAssignableFrom(type)) {
      return Shape.INDEXED;
    } else if (Collection.class.isAssignableFrom(type)
        || type == History.class
        || ModelTypes.isSequenceValue(type)) {
      return Shape.ITERABLE;
    } else if (valueType(type).isPresent()) {
      return Shape.VALUE;
    }
    return Shape.FOREIGN;
  }

  /**
   * @param type a class
   * @return whether this writer writes values of the class by the format's own rules, rather than
   *     the host library's configuration: the model's codes, texts, sequences, histories, events,
   *     commands, RIASEC profiles and value types (their generated implementations included), and
   *     erased trajectories
   */
  static boolean handles(Class<?> type) {
    if (type == History.class || ModelTypes.isSequenceValue(type)) {
      return true;
    }
    switch (SHAPES.get(type)) {
      case CODE:
      case STRING_VALUE:
      case COMMAND:
      case EVENT:
      case RIASEC:
      case ERASED:
      case VALUE:
      case DOCUMENT:
        return true;
      default:
        return false;
    }
  }

  /**
   * @param value a map key of the model: a code, an identifier or a text
   * @return the property name it is written as
   */
  static String keyOf(Object value) {
    if (value instanceof Coded) {
      return ((Coded) value).code();
    }
    return ModelTypes.isStringValue(value.getClass())
        ? ModelTypes.valueOf(value)
        : String.valueOf(value);
  }

  /**
   * @return whether the class is written as its stable code: a {@link Coded} enum (a constant with
   *     a body included) or an entry type of an open catalogue
   */
  static boolean isCoded(Class<?> type) {
    return Coded.class.isAssignableFrom(type)
        && (type.isEnum()
            || type.getSuperclass() != null && type.getSuperclass().isEnum()
            || ModelTypes.isCatalogueEntry(type));
  }

  private static Optional<Class<?>> valueType(Class<?> type) {
    return ModelTypes.isValueType(type)
        ? Optional.of(type)
        : ModelTypes.valueTypeOfImplementation(type);
  }

  private static void writeNullable(Object value, JsonSink out, Scope scope) {
    if (value == null) {
      out.nul();
    } else {
      write(value, out, scope);
    }
  }

  /** The model's numbers are {@code int} and {@code long}; any other is the host's to write. */
  private static void number(Number n, JsonSink out) {
    if (n instanceof Integer) {
      out.number(n.intValue());
    } else if (n instanceof Long) {
      out.number(n.longValue());
    } else {
      out.foreign(n);
    }
  }

  private static void map(Map<?, ?> map, JsonSink out, Scope scope) {
    out.startObject();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.name(keyOf(entry.getKey()));
      writeNullable(entry.getValue(), out, scope);
    }
    out.endObject();
  }

  private static void riasec(RiasecProfile profile, JsonSink out) {
    out.startObject();
    for (RiasecType type : RiasecType.values()) {
      out.name(type.code());
      out.number(profile.score(type));
    }
    out.endObject();
  }

  private static void event(Event<?, ?> event, JsonSink out, Scope scope) {
    out.startObject();
    out.name("sequence");
    out.number(event.getSequence());
    out.name("from");
    write(event.getFrom(), out, scope);
    out.name("to");
    write(event.getTo(), out, scope);
    if (!Views.hidden(event.getCommand().getKind(), scope)) {
      out.name("command");
      write(event.getCommand(), out, scope);
    }
    out.endObject();
  }

  private static void command(Command<?> command, JsonSink out, Scope scope) {
    Optional<CommandFormat> format = CommandFormat.of(command.getClass());
    if (format.isEmpty()) {
      out.foreign(command);
      return;
    }
    String code = command.getKind().code();
    CommandFormat.Kind kind =
        format
            .get()
            .kind(code)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        format.get().getLifecycle()
                            + " command kind without a wire format: "
                            + code));
    View view = scope.view;
    out.startObject();
    out.name("kind");
    out.string(code);
    out.name("date");
    write(command.getDate(), out, scope);
    for (CommandFormat.Field field : kind.getFields()) {
      if (field.getCategory() != DataCategory.ORDINARY && !Views.writesPersonal(scope)
          || Views.dropsType(view, field.getType())) {
        continue;
      }
      Optional<Object> value = field.valueIn(command).flatMap(v -> Views.shown(v, scope));
      if (value.isPresent()) {
        out.name(field.getName());
        write(value.get(), out, scope);
      }
    }
    out.endObject();
  }

  /**
   * Writes a value type's object, with the state its kind of value sets for what lies beneath (see
   * the class comment), restored afterwards.
   */
  private static void valueObject(Object value, JsonSink out, Scope scope) {
    if (value instanceof DevelopmentPlan
        && ((DevelopmentPlan) value).getStorageConsent() == StorageConsent.CHECKLIST_ONLY) {
      properties(((DevelopmentPlan) value).toChecklist(), out, scope);
      return;
    }
    boolean released = scope.released;
    boolean sharing = scope.sharing;
    LocalDate ageBandsOn = scope.ageBandsOn;
    try {
      if (value instanceof Shared
          && scope.view == View.COMMISSIONER
          && ((Shared) value).getVisibility().visibleToCommissioner()
          && scope.sharing) {
        scope.released = true;
      } else if (value instanceof Trajectory) {
        Trajectory t = (Trajectory) value;
        scope.ageBandsOn = t.getOpenedOn();
        scope.sharing =
            scope.view == View.COMMISSIONER
                && (scope.consentsOn != null
                    ? t.hasConsent(ConsentScope.SHARING_WITH_COMMISSIONER, scope.consentsOn)
                    : t.hasConsent(ConsentScope.SHARING_WITH_COMMISSIONER));
      }
      properties(value, out, scope);
    } finally {
      scope.released = released;
      scope.sharing = sharing;
      scope.ageBandsOn = ageBandsOn;
    }
  }

  private static void properties(Object bean, JsonSink out, Scope scope) {
    out.startObject();
    for (Attribute attribute : ATTRIBUTES.get(bean.getClass())) {
      attribute.write(bean, out, scope);
    }
    out.endObject();
  }

  /**
   * The written properties of each value type, in the order written, by the class of its values (a
   * generated implementation).
   */
  private static final ClassValue<Attribute[]> ATTRIBUTES =
      new ClassValue<>() {
        @Override
        protected Attribute[] computeValue(Class<?> implementation) {
          return attributesOf(implementation);
        }
      };

  /**
   * The written properties of a value type, worked out afresh (package-private so that tests reach
   * it past the cache).
   */
  static Attribute[] attributesOf(Class<?> implementation) {
    Class<?> type = valueType(implementation).orElseThrow();
    Map<String, Method> all = new TreeMap<>(ModelTypes.attributes(type));
    all.putAll(ModelTypes.readOnlyProperties(type));
    List<Attribute> attributes = new ArrayList<>();
    for (Map.Entry<String, Method> e : all.entrySet()) {
      attributes.add(
          new Attribute(e.getKey(), e.getValue(), new Views.Rule(type, e.getKey(), e.getValue())));
    }
    return attributes.toArray(new Attribute[0]);
  }

  /** One written property of a value type and the view rules that apply to it. */
  static final class Attribute {
    final String name;
    private final Method accessor;
    final Views.Rule rule;

    Attribute(String name, Method accessor, Views.Rule rule) {
      this.name = name;
      this.accessor = accessor;
      this.rule = rule;
    }

    void write(Object bean, JsonSink out, Scope scope) {
      if (rule.omits(bean)) {
        return;
      }
      View view = scope.view;
      if (view == View.FULL) {
        Object value = get(bean);
        if (value == null) {
          out.name(name);
          out.nul();
        } else if (!(value instanceof Optional)) {
          out.name(name);
          ModelWriter.write(value, out, scope);
        } else if (((Optional<?>) value).isPresent()) {
          out.name(name);
          ModelWriter.write(((Optional<?>) value).get(), out, scope);
        }
        return;
      }
      if (rule.personal() && !Views.writesPersonal(scope)) {
        return;
      }
      String written = name;
      Object value;
      if (rule.ageBand() && view == View.ANONYMISED) {
        written = "ageBand";
        value = scope.ageBand((Client) bean);
      } else {
        if (Views.dropsType(view, rule.contentType())) {
          return;
        }
        value = get(bean);
      }
      Optional<Object> shown = Views.shown(value, scope);
      if (shown.isPresent()) {
        out.name(written);
        ModelWriter.write(shown.get(), out, scope);
      }
    }

    private Object get(Object bean) {
      try {
        return accessor.invoke(bean, (Object[]) null);
      } catch (InvocationTargetException e) {
        throw e.getCause() instanceof RuntimeException
            ? (RuntimeException) e.getCause()
            : new IllegalStateException("Cannot read the attribute " + name, e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read the attribute " + name, e);
      }
    }
  }
}
