package io.github.loopbaan.format;

import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.format.spi.JsonSource;
import io.github.loopbaan.format.spi.JsonSource.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON trees of plain Java values, apart from any JSON library: an object is a {@code
 * LinkedHashMap<String, Object>} in input order, an array a {@code List<Object>}, a text a {@code
 * String}, an integer a {@code Long} (a {@code BigInteger} beyond its range), a number with a
 * fraction or exponent a {@code BigDecimal}, {@code true} and {@code false} a {@code Boolean}, and
 * {@code null} is {@code null}. Documents of older schema versions are read into such a tree,
 * upgraded on it ({@link Upgrade}) and read from it ({@link TreeSource}).
 */
final class JsonTrees {

  private JsonTrees() {}

  /**
   * Builds the tree of one value, bounded as it goes: an array with more elements than the limit is
   * refused as soon as it has one too many ({@code limit_exceeded} at the array), and a text or
   * property name holding an unpaired surrogate ({@code "\ud800"} escaped, which JSON allows but is
   * not Unicode, so the value could not be written back as UTF-8) is {@code malformed} at its
   * place. The source's parser bounds the rest (size, depth, text length).
   *
   * @param in a source standing on the value's first token; left on its last
   * @param maxCollectionSize the largest array accepted
   * @param root the JSON path of the value, for failures
   * @return the tree
   */
  static Object build(JsonSource in, int maxCollectionSize, String root) {
    return new Builder(in, maxCollectionSize).value(new Path(root));
  }

  private static final class Builder {
    private final JsonSource in;
    private final int max;

    Builder(JsonSource in, int max) {
      this.in = in;
      this.max = max;
    }

    Object value(Path path) {
      switch (in.current()) {
        case START_OBJECT:
          Map<String, Object> object = new LinkedHashMap<>();
          for (Token t = in.next(); t == Token.NAME; t = in.next()) {
            String name = in.name();
            if (Utf8.firstUnpairedSurrogate(name) >= 0) {
              throw new LoopbaanJsonException(
                  Problem.MALFORMED,
                  path.toString(),
                  "a property name holds an unpaired surrogate, which is not Unicode text");
            }
            in.next();
            object.put(name, value(new Path(path, name, -1)));
          }
          return object;
        case START_ARRAY:
          List<Object> array = new ArrayList<>();
          for (Token t = in.next(); t != Token.END_ARRAY; t = in.next()) {
            if (array.size() >= max) {
              throw new LoopbaanJsonException(
                  Problem.LIMIT_EXCEEDED,
                  path.toString(),
                  "a collection holds more than " + max + " elements");
            }
            array.add(value(new Path(path, null, array.size())));
          }
          return array;
        case STRING:
          String text = in.text();
          if (Utf8.firstUnpairedSurrogate(text) >= 0) {
            throw new LoopbaanJsonException(
                Problem.MALFORMED,
                path.toString(),
                "a text holds an unpaired surrogate, which is not Unicode text");
          }
          return text;
        case INTEGER:
        case FRACTION:
          return in.numberValue();
        case TRUE:
          return Boolean.TRUE;
        case FALSE:
          return Boolean.FALSE;
        case NULL:
          return null;
        default:
          throw new LoopbaanJsonException(
              Problem.WRONG_TYPE, path.toString(), "the value cannot be read");
      }
    }
  }

  /** A position in a tree, spelled out as a JSON path only when a failure is reported there. */
  private static final class Path {
    private final Path parent;
    private final String name;
    private final int index;
    private final String root;

    Path(String root) {
      this.parent = null;
      this.name = null;
      this.index = -1;
      this.root = root;
    }

    Path(Path parent, String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
      this.root = null;
    }

    @Override
    public String toString() {
      StringBuilder path = new StringBuilder();
      append(path);
      return path.toString();
    }

    private void append(StringBuilder path) {
      if (parent == null) {
        path.append(root);
        return;
      }
      parent.append(path);
      if (name != null) {
        path.append(Paths.segment(name));
      } else {
        path.append('[').append(index).append(']');
      }
    }
  }
}
