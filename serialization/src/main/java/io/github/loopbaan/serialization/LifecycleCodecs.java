package io.github.loopbaan.serialization;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.serialization.LoopbaanJsonException.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lifecycle histories on the wire: a {@link History} is a JSON array of its events, an {@link
 * Event} is {@code {"sequence": 1, "from": "opened", "to": "introduced", "command": {…}}} (the
 * lifecycle is implied by the value that owns the history), and a {@link Command} is an object
 * whose {@code "kind"} is its kind code, with its date and payload as {@link CommandFormat} lists
 * them. This class reads them ({@link ModelWriter} writes them): reading rebuilds equal events, the
 * command through its factory, the lifecycle name from the command's format.
 */
final class LifecycleCodecs {

  private LifecycleCodecs() {}

  /** Reads a history from an array of its elements; events must be numbered 1, 2, 3 and so on. */
  static final class HistoryDeserializer extends StdDeserializer<History<?>> {
    private final JavaType elementType;
    private final int maxSize;

    HistoryDeserializer(JavaType type, int maxSize) {
      super(type);
      JavaType[] parameters = type.findTypeParameters(History.class);
      this.elementType = parameters.length == 1 ? parameters[0] : null;
      this.maxSize = maxSize;
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
    public History<?> deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw new ProblemException(
            p, Problem.WRONG_TYPE, "wrong JSON type: expected an array of events");
      }
      if (elementType == null || elementType.getRawClass() == Object.class) {
        throw new ProblemException(
            p, Problem.UNMAPPABLE_TYPE, "a history without an element type cannot be read");
      }
      List<Object> elements = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (elements.size() >= maxSize) {
          throw new ProblemException(
              p, Problem.LIMIT_EXCEEDED, "a collection holds more than " + maxSize + " elements");
        }
        if (p.currentToken() == JsonToken.VALUE_NULL) {
          throw new ProblemException(p, Problem.MISSING_VALUE, "must not be null");
        }
        Object element = ctxt.readValue(p, elementType);
        if (element instanceof Event
            && ((Event<?, ?>) element).getSequence() != elements.size() + 1) {
          throw new ProblemException(
              p,
              Problem.INVALID_VALUE,
              "events must be numbered 1, 2, 3 and so on in " + "history order (history_sequence)",
              Subtrees.pathOf(p) + ".sequence");
        }
        elements.add(element);
      }
      return History.of(elements);
    }
  }

  /** Reads an event of a lifecycle given by the history's element type. */
  static final class EventDeserializer extends StdDeserializer<Event<?, ?>> {
    private final JavaType stateType;
    private final JavaType commandType;
    private final Optional<CommandFormat> format;

    EventDeserializer(JavaType type) {
      super(type);
      JavaType[] parameters = type.findTypeParameters(Event.class);
      this.stateType = parameters.length == 2 ? parameters[0] : null;
      this.commandType = parameters.length == 2 ? parameters[1] : null;
      this.format =
          commandType == null
              ? Optional.empty()
              : CommandFormat.of(commandType.getRawClass())
                  .filter(f -> f.getStateType() == stateType.getRawClass());
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
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Event<?, ?> deserialize(JsonParser p, DeserializationContext ctxt) {
      if (format.isEmpty()) {
        throw new ProblemException(
            p, Problem.UNMAPPABLE_TYPE, "events of this lifecycle have no wire format");
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw new ProblemException(
            p, Problem.WRONG_TYPE, "wrong JSON type: expected an event object");
      }
      Subtrees.Base base = Subtrees.baseOf(p);
      boolean strict = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      Long sequence = null;
      Enum from = null;
      Enum to = null;
      Command<?> command = null;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken token = p.nextToken();
        if (token == JsonToken.VALUE_NULL
            && (name.equals("sequence")
                || name.equals("from")
                || name.equals("to")
                || name.equals("command"))) {
          throw new ProblemException(p, Problem.MISSING_VALUE, "must not be null");
        }
        switch (name) {
          case "sequence":
            if (token != JsonToken.VALUE_NUMBER_INT) {
              throw new ProblemException(
                  p, Problem.WRONG_TYPE, "wrong JSON type: expected an integer number");
            }
            sequence = p.getLongValue();
            if (sequence < 1) {
              throw new ProblemException(p, Problem.INVALID_VALUE, "must be at least 1");
            }
            break;
          case "from":
            from = (Enum) ctxt.readValue(p, stateType);
            break;
          case "to":
            to = (Enum) ctxt.readValue(p, stateType);
            break;
          case "command":
            command = (Command<?>) ctxt.readValue(p, commandType);
            break;
          default:
            if (strict) {
              throw new ProblemException(p, Problem.UNKNOWN_PROPERTY, "unknown property");
            }
            p.skipChildren();
        }
      }
      require(sequence, p, base, "sequence");
      require(from, p, base, "from");
      require(to, p, base, "to");
      require(command, p, base, "command");
      return new Event(sequence, format.get().getLifecycle(), from, to, command);
    }

    private static void require(Object value, JsonParser p, Subtrees.Base base, String name) {
      if (value == null) {
        throw new ProblemException(
            p, Problem.MISSING_VALUE, "an event needs its " + name, base.path() + "." + name);
      }
    }
  }

  /**
   * Reads a command of one lifecycle: the kind code selects the payload fields, and the command is
   * built through the factory of its command interface. A kind code outside the lifecycle's closed
   * set (a class name, for instance) is an unknown code.
   *
   * <p>A command whose first property is its {@code kind}, as this library writes it, is read
   * straight from the parser. Only a command whose kind comes later is buffered as a tree first, to
   * learn the kind before its payload; both give the same values, paths and reasons, except that
   * the streamed read reports the first of several failures in reading order.
   */
  static final class CommandDeserializer extends StdDeserializer<Command<?>> {
    private final CommandFormat format;
    private final Map<String, Map<String, CommandFormat.Field>> fields;

    CommandDeserializer(CommandFormat format) {
      super(format.getCommandType());
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

    /**
     * @return {@code true}: this deserializer keeps no state beyond its type, so Jackson may reuse
     *     it
     */
    @Override
    public boolean isCachable() {
      return true;
    }

    @Override
    public Command<?> deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw new ProblemException(
            p, Problem.WRONG_TYPE, "wrong JSON type: expected a command object");
      }
      Subtrees.Base base = Subtrees.baseOf(p);
      String first = p.nextName();
      if (first == null) {
        throw missingKind(p, base);
      }
      return first.equals("kind")
          ? streamed(p, ctxt, base)
          : buffered((ObjectNode) ctxt.readTree(p), p, ctxt, base);
    }

    /** Reads the command from the parser, which is at its first property name, {@code kind}. */
    private Command<?> streamed(JsonParser p, DeserializationContext ctxt, Subtrees.Base base) {
      JsonToken token = p.nextToken();
      if (token == JsonToken.VALUE_NULL) {
        throw missingKind(p, base);
      }
      if (token != JsonToken.VALUE_STRING) {
        throw wrongKind(p, base);
      }
      CommandFormat.Kind kind = kind(p.getString(), p, base);
      Map<String, CommandFormat.Field> named = fields.get(kind.getCode());
      boolean strict = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      LocalDate date = null;
      Map<String, Object> values = new HashMap<>();
      int position = 1;
      for (String name = p.nextName(); name != null; name = p.nextName(), position++) {
        JsonToken value = p.nextToken();
        CommandFormat.Field field = named.get(name);
        if (field == null && !name.equals("date")) {
          if (strict) {
            throw unknownProperty(p, kind, base.path() + Errors.segmentIfKnown(name, position));
          }
          p.skipChildren();
        } else if (value != JsonToken.VALUE_NULL) {
          Object read =
              read(p, ctxt, field == null ? LocalDate.class : field.getType(), base, name);
          if (field == null) {
            date = (LocalDate) read;
          } else {
            values.put(name, read);
          }
        }
      }
      return built(kind, date, values, p, base);
    }

    /** Reads the command from its tree: its kind comes after other properties. */
    private Command<?> buffered(
        ObjectNode node, JsonParser p, DeserializationContext ctxt, Subtrees.Base base) {
      JsonNode kindNode = node.get("kind");
      if (kindNode == null || kindNode.isNull()) {
        throw missingKind(p, base);
      }
      if (!kindNode.isString()) {
        throw wrongKind(p, base);
      }
      CommandFormat.Kind kind = kind(kindNode.stringValue(), p, base);
      Map<String, CommandFormat.Field> named = fields.get(kind.getCode());
      if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
        int position = 0;
        for (String name : node.propertyNames()) {
          if (!name.equals("kind") && !name.equals("date") && !named.containsKey(name)) {
            throw unknownProperty(p, kind, base.path() + Errors.segmentIfKnown(name, position));
          }
          position++;
        }
      }
      LocalDate date = null;
      JsonNode dateNode = node.get("date");
      if (dateNode != null && !dateNode.isNull()) {
        date =
            (LocalDate)
                Subtrees.readValue(
                    dateNode, ctxt.constructType(LocalDate.class), ctxt, p, base, "date");
      }
      Map<String, Object> values = new HashMap<>();
      for (CommandFormat.Field field : kind.getFields()) {
        JsonNode value = node.get(field.getName());
        if (value != null && !value.isNull()) {
          values.put(
              field.getName(),
              Subtrees.readValue(
                  value, ctxt.constructType(field.getType()), ctxt, p, base, field.getName()));
        }
      }
      return built(kind, date, values, p, base);
    }

    /**
     * Reads one value of a command straight from the parser. A {@code java.time} value is read by
     * the model's strict ISO-8601 reader, which is not registered for the type (an application's
     * own {@code java.time} values keep the mapper's rules). A failure that Jackson places by its
     * reference chain (which stops at this deserializer) is placed under the value's absolute path,
     * as a buffered command's failures are.
     */
    private static Object read(
        JsonParser p, DeserializationContext ctxt, Class<?> type, Subtrees.Base base, String name) {
      try {
        if (IsoTime.handles(type)) {
          return new ModelDeserializers.TextDeserializer(type).deserialize(p, ctxt);
        }
        return ctxt.readValue(p, ctxt.constructType(type));
      } catch (JacksonException e) {
        if (Errors.placedInInput(e)) {
          throw e;
        }
        LoopbaanJsonException inner = Errors.translate(e, Limits.DEFAULT);
        throw new ProblemException(
            p,
            inner.getProblem(),
            inner.getReason(),
            Subtrees.join(base.path() + "." + name, inner.getPath()));
      } catch (InvalidValueException e) {
        throw new ProblemException(
            p, Problem.INVALID_VALUE, e.getMessage(), base.path() + "." + name);
      }
    }

    /** Builds the command from its date and payload, once every property was read. */
    private Command<?> built(
        CommandFormat.Kind kind,
        LocalDate date,
        Map<String, Object> values,
        JsonParser p,
        Subtrees.Base base) {
      if (date == null && kind.isDateArgument()) {
        throw new ProblemException(
            p,
            Problem.MISSING_VALUE,
            "a " + kind.getCode() + " command needs its date",
            base.path() + ".date");
      }
      for (CommandFormat.Field field : kind.getFields()) {
        if (!field.isOptional() && !values.containsKey(field.getName())) {
          throw new ProblemException(
              p,
              Problem.MISSING_VALUE,
              "a " + kind.getCode() + " command needs its " + field.getName(),
              base.path() + "." + field.getName());
        }
      }
      Command<?> command;
      try {
        command = kind.build(new CommandFormat.Arguments(date, values));
      } catch (InvalidValueException e) {
        String attribute = e.getAttribute();
        String where =
            attribute.contains(",") || attribute.equals("value")
                ? base.path()
                : base.path() + "." + attribute;
        throw new ProblemException(p, Problem.INVALID_VALUE, e.getMessage(), where);
      }
      if (!kind.isDateArgument() && date != null && !date.equals(command.getDate())) {
        throw new ProblemException(
            p,
            Problem.INVALID_VALUE,
            "must equal the date of the command's payload",
            base.path() + ".date");
      }
      return command;
    }

    private CommandFormat.Kind kind(String code, JsonParser p, Subtrees.Base base) {
      return format
          .kind(code)
          .orElseThrow(
              () ->
                  new ProblemException(
                      p,
                      Problem.UNKNOWN_CODE,
                      "unknown "
                          + format.getLifecycle()
                          + " command kind; valid kinds are: "
                          + format.getKinds().stream()
                              .map(CommandFormat.Kind::getCode)
                              .collect(Collectors.joining(", ")),
                      base.path() + ".kind"));
    }

    private static ProblemException missingKind(JsonParser p, Subtrees.Base base) {
      return new ProblemException(
          p, Problem.MISSING_VALUE, "a command needs a kind", base.path() + ".kind");
    }

    private static ProblemException wrongKind(JsonParser p, Subtrees.Base base) {
      return new ProblemException(
          p,
          Problem.WRONG_TYPE,
          "wrong JSON type: expected a command kind code",
          base.path() + ".kind");
    }

    private static ProblemException unknownProperty(
        JsonParser p, CommandFormat.Kind kind, String path) {
      return new ProblemException(
          p, Problem.UNKNOWN_PROPERTY, "unknown property for command kind " + kind.getCode(), path);
    }
  }
}
