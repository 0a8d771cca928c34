package io.github.loopbaan.format;

import io.github.loopbaan.format.spi.JsonSource;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A {@link JsonSource} over a tree of plain Java values ({@link JsonTrees}): how an upgraded
 * document's content is read by {@link ModelReader}.
 */
final class TreeSource implements JsonSource {

  /** An open object or array: what remains of it, and the value after a property name. */
  private static final class Frame {
    final Iterator<?> rest;
    final boolean object;
    Object value;
    boolean valueNext;

    Frame(Iterator<?> rest, boolean object) {
      this.rest = rest;
      this.object = object;
    }
  }

  private final Deque<Frame> open = new ArrayDeque<>();
  private final Object root;
  private boolean started;
  private Token current = Token.END;
  private Object scalar;

  /**
   * @param root the tree; the source stands before its first token
   */
  TreeSource(Object root) {
    this.root = root;
  }

  @Override
  public Token current() {
    return current;
  }

  @Override
  public Token next() {
    if (!started) {
      started = true;
      return current = enter(root);
    }
    Frame frame = open.peek();
    if (frame == null) {
      return current = Token.END;
    }
    if (frame.valueNext) {
      frame.valueNext = false;
      Object value = frame.value;
      frame.value = null;
      return current = enter(value);
    }
    if (!frame.rest.hasNext()) {
      open.pop();
      return current = frame.object ? Token.END_OBJECT : Token.END_ARRAY;
    }
    Object next = frame.rest.next();
    if (frame.object) {
      Map.Entry<?, ?> entry = (Map.Entry<?, ?>) next;
      scalar = entry.getKey();
      frame.value = entry.getValue();
      frame.valueNext = true;
      return current = Token.NAME;
    }
    return current = enter(next);
  }

  private Token enter(Object value) {
    scalar = value;
    if (value instanceof Map) {
      open.push(new Frame(((Map<?, ?>) value).entrySet().iterator(), true));
      return Token.START_OBJECT;
    }
    if (value instanceof List) {
      open.push(new Frame(((List<?>) value).iterator(), false));
      return Token.START_ARRAY;
    }
    if (value == null) {
      return Token.NULL;
    }
    if (value instanceof String) {
      return Token.STRING;
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? Token.TRUE : Token.FALSE;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
      return Token.INTEGER;
    }
    if (value instanceof Number) {
      return Token.FRACTION;
    }
    return Token.OTHER;
  }

  @Override
  public String name() {
    return (String) scalar;
  }

  @Override
  public String text() {
    return (String) scalar;
  }

  @Override
  public IntegerSize integerSize() {
    return sizeOf((Number) scalar);
  }

  /**
   * @return the size of an integer of a tree or recording: {@code Integer}, {@code Long} or {@code
   *     BigInteger}
   */
  static IntegerSize sizeOf(Number n) {
    if (n instanceof BigInteger) {
      return ((BigInteger) n).bitLength() < 32
          ? IntegerSize.INT
          : ((BigInteger) n).bitLength() < 64 ? IntegerSize.LONG : IntegerSize.BIG;
    }
    long value = n.longValue();
    return value == (int) value ? IntegerSize.INT : IntegerSize.LONG;
  }

  @Override
  public long longValue() {
    return ((Number) scalar).longValue();
  }

  @Override
  public Number numberValue() {
    return (Number) scalar;
  }

  @Override
  public void skipChildren() {
    if (current == Token.START_OBJECT || current == Token.START_ARRAY) {
      Frame frame = open.pop();
      current = frame.object ? Token.END_OBJECT : Token.END_ARRAY;
    }
  }
}
