package io.github.loopbaan.format;

import io.github.loopbaan.format.spi.JsonSink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link JsonSink} that builds a tree of plain Java values ({@link JsonTrees}) instead of text:
 * how erasure takes a value apart, attribute by attribute, without a JSON library. Integers are
 * {@code Long}s, as in a tree read from text.
 */
final class TreeSink implements JsonSink {

  private final Deque<Object> open = new ArrayDeque<>();
  private final Deque<String> names = new ArrayDeque<>();
  private String name;
  private Object root;

  /**
   * @return the tree written, once its value is complete
   */
  Object root() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("the value is not complete");
    }
    return root;
  }

  @SuppressWarnings("unchecked")
  private void add(Object value) {
    Object parent = open.peek();
    if (parent == null) {
      root = value;
    } else if (parent instanceof Map) {
      ((Map<String, Object>) parent).put(name, value);
    } else {
      ((List<Object>) parent).add(value);
    }
  }

  private void start(Object container) {
    add(container);
    open.push(container);
    names.push(name == null ? "" : name);
  }

  private void end() {
    open.pop();
    name = names.pop();
  }

  @Override
  public void startObject() {
    start(new LinkedHashMap<String, Object>());
  }

  @Override
  public void endObject() {
    end();
  }

  @Override
  public void startArray() {
    start(new ArrayList<>());
  }

  @Override
  public void endArray() {
    end();
  }

  @Override
  public void name(String name) {
    this.name = name;
  }

  @Override
  public void string(String text) {
    add(text);
  }

  @Override
  public void number(int number) {
    add((long) number);
  }

  @Override
  public void number(long number) {
    add(number);
  }

  @Override
  public void bool(boolean value) {
    add(value);
  }

  @Override
  public void nul() {
    add(null);
  }

  /**
   * @throws IllegalStateException always: the model holds no value outside the format's shapes, so
   *     a tree of a model value never needs one
   */
  @Override
  public void foreign(Object value) {
    throw new IllegalStateException(
        value.getClass().getSimpleName() + " is not a value of the wire format");
  }
}
