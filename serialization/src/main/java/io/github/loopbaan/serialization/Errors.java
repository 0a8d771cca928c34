package io.github.loopbaan.serialization;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.serialization.LoopbaanJsonException.Problem;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Turns Jackson's exceptions into {@link LoopbaanJsonException}s: a JSON path, a {@link Problem}
 * and a reason written here. Jackson's own messages are never passed on, because they often quote
 * the input.
 */
final class Errors {

  private Errors() {}

  /**
   * @param e a Jackson exception from reading
   * @param limits the limits in force, to name them in the reason
   * @return the equivalent Loopbaan exception
   */
  static LoopbaanJsonException translate(JacksonException e, Limits limits) {
    return translate(e, limits, null);
  }

  /**
   * @param e a Jackson exception from reading
   * @param limits the limits in force, to name them in the reason
   * @param parser the parser that was reading, when known: its position gives the path of limit
   *     failures that Jackson reports without one
   * @return the equivalent Loopbaan exception
   */
  static LoopbaanJsonException translate(JacksonException e, Limits limits, JsonParser parser) {
    StreamConstraintsException limit = find(e, StreamConstraintsException.class);
    if (limit != null) {
      String path =
          limit.processor() instanceof JsonParser
              ? parserPath(limit)
              : parser != null
                  ? contextPath(parser.streamReadContext())
                  : referencePath(e.getPath());
      return new LoopbaanJsonException(
          Problem.LIMIT_EXCEEDED, path, limitReason(limit.getOriginalMessage(), limits));
    }
    if (e instanceof StreamReadException) {
      String path = e.getPath().isEmpty() ? parserPath(e) : referencePath(e.getPath());
      // Input that ends early is placed where the parser stands: the chain of values being bound
      // may end above it (a command buffered as a tree inside a history).
      String end = e.processor() instanceof JsonParser ? parserPath(e) : path;
      if (e instanceof UnexpectedEndOfInputException) {
        return new LoopbaanJsonException(
            Problem.TRUNCATED, end, "the input ends in the middle of a value");
      }
      String original = String.valueOf(e.getOriginalMessage());
      if (original.startsWith("Duplicate Object property")
          || original.startsWith("Duplicate field")
          || original.contains("Duplicate")) {
        return new LoopbaanJsonException(
            Problem.DUPLICATE_KEY, path, "an object holds the same key twice");
      }
      if (original.contains("end-of-input") || original.contains("Unexpected end")) {
        return new LoopbaanJsonException(
            Problem.TRUNCATED, end, "the input ends in the middle of a value");
      }
      if (e instanceof InputCoercionException) {
        return new LoopbaanJsonException(
            Problem.WRONG_TYPE, path, "a number is out of range for its type");
      }
      return new LoopbaanJsonException(
          Problem.MALFORMED, path, "the input is not well-formed JSON");
    }
    String path = referencePath(e.getPath());
    ProblemException own = find(e, ProblemException.class);
    if (own != null) {
      return new LoopbaanJsonException(own.problem(), own.path(), own.reason());
    }
    InvalidValueException invalid = find(e, InvalidValueException.class);
    if (invalid != null) {
      return ModelReader.invalidAt(path, invalid);
    }
    if (e instanceof PropertyBindingException) {
      // The name is one the target type does not declare: it came from the input, so only its
      // position shows.
      String name = ((PropertyBindingException) e).getPropertyName();
      List<JacksonException.Reference> references = e.getPath();
      String parent =
          name != null
                  && !references.isEmpty()
                  && name.equals(references.get(references.size() - 1).getPropertyName())
              ? referencePath(references.subList(0, references.size() - 1))
              : path;
      String where =
          name == null ? path : parent + (KnownNames.contains(name) ? named(name) : positionOf(e));
      return new LoopbaanJsonException(Problem.UNKNOWN_PROPERTY, where, "unknown property");
    }
    if (e instanceof InvalidNullException || find(e, NullPointerException.class) != null) {
      return new LoopbaanJsonException(Problem.MISSING_VALUE, path, "must not be null");
    }
    if (e instanceof InvalidDefinitionException) {
      InvalidDefinitionException d = (InvalidDefinitionException) e;
      String type =
          d.getType() == null ? "the target type" : d.getType().getRawClass().getSimpleName();
      return new LoopbaanJsonException(
          Problem.UNMAPPABLE_TYPE, path, type + " cannot be mapped to JSON");
    }
    if (String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
      return new LoopbaanJsonException(Problem.TRUNCATED, path, "the input ends before a value");
    }
    if (e instanceof MismatchedInputException
        && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
      // FAIL_ON_TRAILING_TOKENS: more JSON after the value is not well-formed input, not a value of
      // a wrong type.
      return new LoopbaanJsonException(
          Problem.MALFORMED, path, "the input continues after the value");
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      if (m.processor() instanceof JsonParser
          && ((JsonParser) m.processor()).currentToken() == JsonToken.VALUE_NULL) {
        return new LoopbaanJsonException(Problem.MISSING_VALUE, path, "must not be null");
      }
      String expected =
          m.getTargetType() == null ? "another JSON type" : describe(m.getTargetType());
      return new LoopbaanJsonException(
          Problem.WRONG_TYPE, path, "wrong JSON type: expected " + expected);
    }
    StreamReadException nested = find(e, StreamReadException.class);
    if (nested != null) {
      return translate(nested, limits);
    }
    return new LoopbaanJsonException(Problem.WRONG_TYPE, path, "the value cannot be read");
  }

  private static String describe(Class<?> type) {
    if (type == String.class) {
      return "a text";
    }
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class) {
      return "an integer number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    // a value type is read through its builder, which is what Jackson names; the user knows the
    // value type
    return ModelTypes.valueTypeOfBuilder(type).orElse(type).getSimpleName();
  }

  private static String limitReason(String original, Limits limits) {
    String m = String.valueOf(original).toLowerCase(Locale.ROOT);
    if (m.contains("nesting depth")) {
      return "the input nests deeper than " + limits.maxNestingDepth() + " levels";
    }
    if (m.contains("string value length")) {
      return "a text is longer than " + limits.maxStringLength() + " characters";
    }
    if (m.contains("document length")) {
      return "the document is larger than " + limits.maxDocumentBytes() + " bytes";
    }
    if (m.contains("name length")) {
      return "a property name is longer than " + Limits.MAX_NAME_LENGTH + " characters";
    }
    if (m.contains("number value length")) {
      return "a number has more than " + Limits.MAX_NUMBER_LENGTH + " characters";
    }
    return "the input exceeds a configured limit";
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return (T) t;
      }
    }
    return null;
  }

  /**
   * @return the path of Jackson's reference chain, for example {@code $.healthConcerns[1]}
   */
  static String referencePath(List<JacksonException.Reference> references) {
    StringBuilder path = new StringBuilder("$");
    for (JacksonException.Reference r : references) {
      if (r.getPropertyName() != null) {
        Object from = r.from();
        boolean declared =
            from != null
                && !(from instanceof Map)
                && !(from instanceof Class && Map.class.isAssignableFrom((Class<?>) from));
        boolean enumKey = from instanceof EnumMap;
        path.append(
            declared || enumKey
                ? named(r.getPropertyName())
                : segmentIfKnown(r.getPropertyName(), -1));
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String parserPath(JacksonException e) {
    Object processor = e.processor();
    if (!(processor instanceof JsonParser)) {
      return "$";
    }
    return contextPath(((JsonParser) processor).streamReadContext());
  }

  /**
   * @return the path of a parser's position, for example {@code $.content.name}
   */
  static String contextPath(TokenStreamContext context) {
    ArrayDeque<String> segments = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.hasCurrentIndex()) {
          segments.push("[" + c.getCurrentIndex() + "]");
        }
      } else if (c.inObject() && c.currentName() != null) {
        String name = c.currentName();
        int index = c.hasCurrentIndex() ? c.getCurrentIndex() : -1;
        segments.push(declares(c.currentValue(), name) ? named(name) : segmentIfKnown(name, index));
      }
    }
    StringBuilder path = new StringBuilder("$");
    segments.forEach(path::append);
    return path.toString();
  }

  /**
   * @param name a property name the reader resolved, one the type being read declares
   * @return {@code .name} for a simple name, else {@code ['name']}
   */
  static String segment(String name) {
    return named(name);
  }

  /**
   * The segment of a property name that may have come from the input rather than from a
   * declaration: an unknown or duplicate key, or any name on the parser's path before binding. Such
   * a name may carry personal data (a client's name used as a key), so it appears only when the
   * wire format knows it; otherwise the segment gives its position in its object, {@code [unknown
   * property #3]} for the third property, or {@code [unknown property]} when the position is not
   * known.
   *
   * @param name the property name
   * @param index the 0-based position of the property in its object, or -1
   * @return {@code .name} for a name the wire format knows, else the position
   */
  static String segmentIfKnown(String name, int index) {
    return KnownNames.contains(name) ? named(name) : unknown(index);
  }

  /**
   * @return the segment of a name the bound type declares: {@code .name}, or {@code ['name']} when
   *     not simple
   */
  private static String named(String name) {
    if (isSimple(name)) {
      return "." + name;
    }
    return "['"
        + (name.length() > 64 ? name.substring(0, 64) + "…" : name).replace("'", "\\'")
        + "']";
  }

  /**
   * @return the position segment of the property the parser stands on, or one without a number
   */
  private static String positionOf(JacksonException e) {
    Object processor = e.processor();
    if (processor instanceof JsonParser) {
      TokenStreamContext c = ((JsonParser) processor).streamReadContext();
      if (c != null && !c.hasCurrentIndex()) {
        // the property's value opened an object or array just now: the property is in the parent
        c = c.getParent();
      }
      if (c != null && c.inObject() && c.hasCurrentIndex()) {
        return unknown(c.getCurrentIndex());
      }
    }
    return unknown(-1);
  }

  /**
   * @return whether the value being read at a parser position (a bean, a builder, a map) declares
   *     the property: a name the reader resolved against a type, or the code key of an enum map. A
   *     key of any other map is data.
   */
  static boolean declares(Object owner, String name) {
    if (owner == null || owner instanceof Map) {
      return owner instanceof EnumMap;
    }
    return DECLARED.get(owner.getClass()).contains(name);
  }

  /**
   * The property names a class being bound by Jackson declares: a Java bean's or record's
   * properties and fields (the model's own values are read by {@link ModelReader}, which keeps its
   * paths itself).
   */
  private static final ClassValue<Set<String>> DECLARED =
      new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
          return declaredNames(type);
        }
      };

  /**
   * The declared names of a class, worked out afresh (package-private so that tests reach it past
   * the cache): its getters' and setters' property names, its instance fields and record
   * components, none of {@code Object}'s.
   */
  static Set<String> declaredNames(Class<?> type) {
    Set<String> names = new HashSet<>();
    for (Method m : type.getMethods()) {
      String n = m.getName();
      if (m.getDeclaringClass() == Object.class) {
        continue;
      }
      if (m.getParameterCount() == 0 && n.startsWith("get") && n.length() > 3) {
        Optional.ofNullable(ModelTypes.propertyName(n)).ifPresent(names::add);
      } else if (m.getParameterCount() == 0 && n.startsWith("is") && n.length() > 2) {
        Optional.ofNullable(ModelTypes.propertyName(n)).ifPresent(names::add);
      } else if (m.getParameterCount() == 1 && n.startsWith("set") && n.length() > 3) {
        names.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
      }
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          names.add(f.getName());
        }
      }
    }
    if (type.isRecord()) {
      for (RecordComponent r : type.getRecordComponents()) {
        names.add(r.getName());
      }
    }
    return Set.copyOf(names);
  }

  private static String unknown(int index) {
    return index < 0 ? "[unknown property]" : "[unknown property #" + (index + 1) + "]";
  }

  /**
   * @return whether the name matches {@code [A-Za-z_][A-Za-z0-9_]*}, without a regular expression
   *     per call
   */
  private static boolean isSimple(String name) {
    int n = name.length();
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
