package io.github.loopbaan.serialization;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.format.spi.FormatEngine;
import io.github.loopbaan.format.spi.ReadLimits;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

  private static final FormatEngine ENGINE = FormatEngine.get();

  private Errors() {}

  /**
   * @param e a Jackson exception from reading
   * @param limits the limits in force, to name them in the reason
   * @return the equivalent Loopbaan exception
   */
  static LoopbaanJsonException translate(JacksonException e, ReadLimits limits) {
    return translate(e, limits, null);
  }

  /**
   * @param e a Jackson exception from reading
   * @param limits the limits in force, to name them in the reason
   * @param parser the parser that was reading, when known: its position gives the path of limit
   *     failures that Jackson reports without one
   * @return the equivalent Loopbaan exception
   */
  static LoopbaanJsonException translate(JacksonException e, ReadLimits limits, JsonParser parser) {
    StreamConstraintsException limit = find(e, StreamConstraintsException.class);
    if (limit != null) {
      String path =
          limit.processor() instanceof JsonParser
              ? parserPath(limit)
              : parser != null
                  ? contextPath(parser.streamReadContext())
                  : referencePath(e.getPath());
      return new LoopbaanJsonException(
          Problem.LIMIT_EXCEEDED, path, limits.reasonFor(limit.getOriginalMessage()));
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
      return ENGINE.invalidAt(path, invalid);
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
          name == null
              ? path
              : parent + (ENGINE.isKnownName(name) ? ENGINE.segment(name) : positionOf(e));
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
          m.getTargetType() == null ? "another JSON type" : ENGINE.describe(m.getTargetType());
      return new LoopbaanJsonException(
          Problem.WRONG_TYPE, path, "wrong JSON type: expected " + expected);
    }
    StreamReadException nested = find(e, StreamReadException.class);
    if (nested != null) {
      return translate(nested, limits);
    }
    return new LoopbaanJsonException(Problem.WRONG_TYPE, path, "the value cannot be read");
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
                ? ENGINE.segment(r.getPropertyName())
                : ENGINE.segmentIfKnown(r.getPropertyName(), -1));
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
        segments.push(
            ENGINE.declares(c.currentValue(), name)
                ? ENGINE.segment(name)
                : ENGINE.segmentIfKnown(name, index));
      }
    }
    StringBuilder path = new StringBuilder("$");
    segments.forEach(path::append);
    return path.toString();
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
        return ENGINE.segmentIfKnown("", c.getCurrentIndex());
      }
    }
    return ENGINE.segmentIfKnown("", -1);
  }
}
