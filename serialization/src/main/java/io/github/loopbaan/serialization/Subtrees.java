package io.github.loopbaan.serialization;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.serialization.LoopbaanJsonException.Problem;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * Reads a part of the input that was first buffered as a tree (a command, whose kind may come after its payload;
 * a development plan, which may be a checklist), keeping the JSON paths of failures absolute: a failure inside
 * the part is reported under the path of the part.
 */
final class Subtrees {

  private Subtrees() {
  }

  /** @return the JSON path of the value the parser is at (an object or array just opened, or a scalar) */
  static String pathOf(JsonParser p) {
    return Errors.contextPath(p.streamReadContext());
  }

  /** @return {@code base} followed by the relative path {@code relative} ({@code $.x} under {@code $.a} is {@code $.a.x}) */
  static String join(String base, String relative) {
    return base + relative.substring(1);
  }

  /**
   * Reads a tree through a reader, reporting failures under {@code base}.
   *
   * @param node the buffered part
   * @param ctxt the context
   * @param outer the parser of the whole input, for the exception
   * @param base the path of the part
   * @param reader reads the part from a parser positioned on its first token
   * @param <T> the result type
   * @return what the reader read
   */
  static <T> T read(JsonNode node, DeserializationContext ctxt, JsonParser outer, String base,
      Function<JsonParser, T> reader) {
    try (JsonParser tree = node.traverse(ctxt)) {
      tree.nextToken();
      return reader.apply(tree);
    } catch (JacksonException e) {
      LoopbaanJsonException inner = Errors.translate(e, Limits.DEFAULT);
      throw new ProblemException(outer, inner.getProblem(), inner.getReason(), join(base, inner.getPath()));
    } catch (InvalidValueException e) {
      throw new ProblemException(outer, Problem.INVALID_VALUE, e.getMessage(), base);
    }
  }

  /**
   * Reads a tree as a value of a type, reporting failures under {@code base}.
   *
   * @return the value
   */
  static Object readValue(JsonNode node, JavaType type, DeserializationContext ctxt, JsonParser outer,
      String base) {
    return read(node, ctxt, outer, base, tree -> ctxt.readValue(tree, type));
  }
}
