package io.github.loopbaan.serialization.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.format.spi.FormatEngine;
import io.github.loopbaan.format.spi.ReadLimits;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns Jackson 2's exceptions into {@link LoopbaanJsonException}s with the same problem, JSON path
 * and reason as the Jackson 3 artifact gives for the same input. Jackson's own messages are never
 * passed on, because they often quote the input; the reasons and path segments come from the format
 * ({@link FormatEngine}).
 */
final class Errors {

  private static final FormatEngine ENGINE = FormatEngine.get();

  private Errors() {}

  /**
   * @param e a Jackson exception from reading
   * @param limits the limits in force, to name them in the reason
   * @param parser the parser that was reading, when known: its position gives the path of limit
   *     failures, which Jackson 2 reports without one
   * @return the equivalent Loopbaan exception
   */
  static LoopbaanJsonException translate(
      JsonProcessingException e, ReadLimits limits, JsonParser parser) {
    StreamConstraintsException limit = find(e, StreamConstraintsException.class);
    if (limit != null) {
      String path =
          parser != null
              ? contextPath(parser.getParsingContext())
              : e instanceof JsonMappingException
                  ? referencePath(((JsonMappingException) e).getPath())
                  : "$";
      return new LoopbaanJsonException(
          Problem.LIMIT_EXCEEDED, path, limits.reasonFor(limit.getOriginalMessage()));
    }
    if (e instanceof StreamReadException) {
      String path = parserPath(e);
      if (e instanceof JsonEOFException) {
        return new LoopbaanJsonException(
            Problem.TRUNCATED, path, "the input ends in the middle of a value");
      }
      String original = String.valueOf(e.getOriginalMessage());
      if (original.contains("Duplicate")) {
        return new LoopbaanJsonException(
            Problem.DUPLICATE_KEY, path, "an object holds the same key twice");
      }
      if (original.contains("end-of-input") || original.contains("Unexpected end")) {
        return new LoopbaanJsonException(
            Problem.TRUNCATED, path, "the input ends in the middle of a value");
      }
      if (e instanceof InputCoercionException) {
        return new LoopbaanJsonException(
            Problem.WRONG_TYPE, path, "a number is out of range for its type");
      }
      return new LoopbaanJsonException(
          Problem.MALFORMED, path, "the input is not well-formed JSON");
    }
    List<JsonMappingException.Reference> references =
        e instanceof JsonMappingException
            ? ((JsonMappingException) e).getPath()
            : Collections.emptyList();
    String path = referencePath(references);
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
      String parent =
          name != null
                  && !references.isEmpty()
                  && name.equals(references.get(references.size() - 1).getFieldName())
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
      return new LoopbaanJsonException(
          Problem.MALFORMED, path, "the input continues after the value");
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      if (m.getProcessor() instanceof JsonParser
          && ((JsonParser) m.getProcessor()).currentToken() == JsonToken.VALUE_NULL) {
        return new LoopbaanJsonException(Problem.MISSING_VALUE, path, "must not be null");
      }
      String expected =
          m.getTargetType() == null ? "another JSON type" : ENGINE.describe(m.getTargetType());
      return new LoopbaanJsonException(
          Problem.WRONG_TYPE, path, "wrong JSON type: expected " + expected);
    }
    StreamReadException nested = find(e.getCause(), StreamReadException.class);
    if (nested != null) {
      return translate(nested, limits, null);
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
  static String referencePath(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        Object from = r.getFrom();
        boolean declared =
            from != null
                && !(from instanceof Map)
                && !(from instanceof Class && Map.class.isAssignableFrom((Class<?>) from));
        boolean enumKey = from instanceof EnumMap;
        path.append(
            declared || enumKey
                ? ENGINE.segment(r.getFieldName())
                : ENGINE.segmentIfKnown(r.getFieldName(), -1));
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String parserPath(JsonProcessingException e) {
    Object processor = e.getProcessor();
    if (!(processor instanceof JsonParser)) {
      return "$";
    }
    return contextPath(((JsonParser) processor).getParsingContext());
  }

  /**
   * @return the path of a parser's position, for example {@code $.content.name}
   */
  static String contextPath(JsonStreamContext context) {
    ArrayDeque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.hasCurrentIndex()) {
          segments.push("[" + c.getCurrentIndex() + "]");
        }
      } else if (c.inObject() && c.getCurrentName() != null) {
        String name = c.getCurrentName();
        int index = c.hasCurrentIndex() ? c.getCurrentIndex() : -1;
        segments.push(
            ENGINE.declares(c.getCurrentValue(), name)
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
  private static String positionOf(JsonProcessingException e) {
    Object processor = e.getProcessor();
    if (processor instanceof JsonParser) {
      JsonStreamContext c = ((JsonParser) processor).getParsingContext();
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
