package io.github.loopbaan.format;

import io.github.loopbaan.format.spi.JsonSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tokens of one JSON object, recorded from a {@link JsonSource} so that they can be read in
 * another order: a command whose {@code kind} comes after its payload is read this way ({@link
 * ModelReader.CommandReader}). It holds what the input held, so its size is bounded by the input's
 * limits.
 */
final class RecordedSource implements JsonSource {

  private final List<Token> tokens = new ArrayList<>();
  private final List<Object> values = new ArrayList<>();
  private int at;

  private RecordedSource() {}

  /**
   * Records the rest of an object from a source standing on one of its property names, to the
   * object's end (where the source is left), as a whole object.
   *
   * @param in the source
   * @return the recording, standing on the object's start
   */
  static RecordedSource restOfObject(JsonSource in) {
    RecordedSource recorded = new RecordedSource();
    recorded.add(Token.START_OBJECT, null);
    int depth = 1;
    for (Token t = in.current(); ; t = in.next()) {
      switch (t) {
        case START_OBJECT:
        case START_ARRAY:
          depth++;
          recorded.add(t, null);
          break;
        case END_OBJECT:
        case END_ARRAY:
          depth--;
          recorded.add(t, null);
          break;
        case NAME:
          recorded.add(t, in.name());
          break;
        case STRING:
          recorded.add(t, in.text());
          break;
        case INTEGER:
        case FRACTION:
          recorded.add(t, in.numberValue());
          break;
        case END:
          // the source reports input that ends early itself; this is reached only by a source
          // that does not
          throw new IllegalStateException("the input ends inside an object");
        default:
          recorded.add(t, null);
      }
      if (depth == 0) {
        return recorded;
      }
    }
  }

  private void add(Token token, Object value) {
    tokens.add(token);
    values.add(value);
  }

  /**
   * @return the index of each top-level property's first value token, by name, in input order
   */
  Map<String, Integer> topLevelValues() {
    Map<String, Integer> found = new LinkedHashMap<>();
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
        depth++;
      } else if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
        depth--;
      } else if (t == Token.NAME && depth == 1) {
        found.putIfAbsent((String) values.get(i), i + 1);
      }
    }
    return found;
  }

  /**
   * @return the number of tokens recorded
   */
  int size() {
    return tokens.size();
  }

  /**
   * @return the token at an index
   */
  Token tokenAt(int index) {
    return tokens.get(index);
  }

  /** Moves to the token at an index. */
  void seek(int index) {
    at = index;
  }

  @Override
  public Token current() {
    return tokens.get(at);
  }

  @Override
  public Token next() {
    if (at + 1 >= tokens.size()) {
      at = tokens.size();
      return Token.END;
    }
    return tokens.get(++at);
  }

  @Override
  public String name() {
    return (String) values.get(at);
  }

  @Override
  public String text() {
    return (String) values.get(at);
  }

  @Override
  public IntegerSize integerSize() {
    return TreeSource.sizeOf((Number) values.get(at));
  }

  @Override
  public long longValue() {
    return ((Number) values.get(at)).longValue();
  }

  @Override
  public Number numberValue() {
    return (Number) values.get(at);
  }

  @Override
  public void skipChildren() {
    Token t = current();
    if (t != Token.START_OBJECT && t != Token.START_ARRAY) {
      return;
    }
    int depth = 0;
    do {
      Token u = tokens.get(at);
      if (u == Token.START_OBJECT || u == Token.START_ARRAY) {
        depth++;
      } else if (u == Token.END_OBJECT || u == Token.END_ARRAY) {
        depth--;
      }
      if (depth > 0) {
        at++;
      }
    } while (depth > 0);
  }
}
