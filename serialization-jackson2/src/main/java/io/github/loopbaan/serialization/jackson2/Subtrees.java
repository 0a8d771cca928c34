package io.github.loopbaan.serialization.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * The JSON path of a value a deserializer reads, so that a failure found inside it (with a path
 * from the value) is reported under the value's place in the whole input. Computed only when a
 * failure is reported: a value that opens an object or array gets a context of its own that adds
 * nothing to the path yet, so the path is that of its parent context, which the parser leaves
 * unchanged until it moves past the value's end.
 */
final class Subtrees {

  private final JsonStreamContext parent;
  private final String path;

  private Subtrees(JsonStreamContext context) {
    boolean adds =
        context != null
            && !context.inRoot()
            && (context.inArray()
                ? context.hasCurrentIndex()
                : context.inObject() && context.getCurrentName() != null);
    if (context != null && !context.inRoot() && !adds) {
      this.parent = context.getParent();
      this.path = null;
    } else {
      this.parent = null;
      this.path = Errors.contextPath(context);
    }
  }

  /**
   * @param p a parser at the first token of a value
   * @return the place of that value
   */
  static Subtrees baseOf(JsonParser p) {
    return new Subtrees(p.getParsingContext());
  }

  /**
   * @return the JSON path of the value, for example {@code $.history[3].command}
   */
  String path() {
    return path != null ? path : Errors.contextPath(parent);
  }

  /**
   * @return {@code base} followed by the relative path {@code relative}
   */
  static String join(String base, String relative) {
    return base + relative.substring(1);
  }
}
