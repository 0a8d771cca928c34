package io.github.loopbaan.serialization;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;

/**
 * The JSON path of a value a deserializer reads, so that a failure found inside it (with a path
 * from the value) is reported under the value's place in the whole input.
 */
final class Subtrees {

  private Subtrees() {}

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
}
