package io.github.loopbaan.serialization;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.serialization.LoopbaanJsonException.Problem;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * Reads a part of the input that was first buffered as a tree (a command whose kind comes after its
 * payload), keeping the JSON paths of failures absolute: a failure inside the part is reported
 * under the path of the part.
 */
final class Subtrees {

  private Subtrees() {}

  /**
   * @return the JSON path of the value the parser is at (an object or array just opened, or a
   *     scalar)
   */
  static String pathOf(JsonParser p) {
    return Errors.contextPath(p.streamReadContext());
  }

  /**
   * @param p a parser at the first token of a value
   * @return the place of that value, whose JSON path is only spelled out when a failure is reported
   *     there
   */
  static Base baseOf(JsonParser p) {
    return new Base(p.streamReadContext());
  }

  /**
   * The JSON path of a value that a deserializer has started to read, computed only when a failure
   * is reported. A value that opens an object or array gets a context of its own that adds nothing
   * to the path yet; the path is then that of its parent context, which the parser leaves unchanged
   * until it moves past the value's end, so the path is the same whenever it is asked for while the
   * value is read. Any other position is spelled out at once.
   */
  static final class Base {
    private final TokenStreamContext parent;
    private final String path;
    private final Base owner;
    private final String name;

    private Base(TokenStreamContext context) {
      boolean adds =
          context != null
              && !context.inRoot()
              && (context.inArray()
                  ? context.hasCurrentIndex()
                  : context.inObject() && context.currentName() != null);
      if (context != null && !context.inRoot() && !adds) {
        this.parent = context.getParent();
        this.path = null;
      } else {
        this.parent = null;
        this.path = Errors.contextPath(context);
      }
      this.owner = null;
      this.name = null;
    }

    private Base(Base owner, String name) {
      this.parent = null;
      this.path = null;
      this.owner = owner;
      this.name = name;
    }

    /**
     * @return the JSON path of the value, for example {@code $.history[3].command}
     */
    String path() {
      if (owner != null) {
        return owner.path() + "." + name;
      }
      return path != null ? path : Errors.contextPath(parent);
    }
  }

  /**
   * @return {@code base} followed by the relative path {@code relative} ({@code $.x} under {@code
   *     $.a} is {@code $.a.x})
   */
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
  static <T> T read(
      JsonNode node,
      DeserializationContext ctxt,
      JsonParser outer,
      Base base,
      Function<JsonParser, T> reader) {
    try (JsonParser tree = node.traverse(ctxt)) {
      tree.nextToken();
      return reader.apply(tree);
    } catch (JacksonException e) {
      LoopbaanJsonException inner = Errors.translate(e, Limits.DEFAULT);
      throw new ProblemException(
          outer, inner.getProblem(), inner.getReason(), join(base.path(), inner.getPath()));
    } catch (InvalidValueException e) {
      throw new ProblemException(outer, Problem.INVALID_VALUE, e.getMessage(), base.path());
    }
  }

  /**
   * Reads a tree as a value of a type, reporting failures under {@code base}. A {@code java.time}
   * value is read by the model's strict ISO-8601 reader, which is not registered for the type (an
   * application's own {@code java.time} values keep the mapper's rules).
   *
   * @return the value
   */
  static Object readValue(
      JsonNode node,
      JavaType type,
      DeserializationContext ctxt,
      JsonParser outer,
      Base base,
      String name) {
    if (IsoTime.handles(type.getRawClass())) {
      ModelDeserializers.TextDeserializer iso =
          new ModelDeserializers.TextDeserializer(type.getRawClass());
      return read(node, ctxt, outer, new Base(base, name), tree -> iso.deserialize(tree, ctxt));
    }
    return read(node, ctxt, outer, new Base(base, name), tree -> ctxt.readValue(tree, type));
  }
}
