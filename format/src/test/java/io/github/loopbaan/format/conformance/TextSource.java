package io.github.loopbaan.format.conformance;

import io.github.loopbaan.format.spi.Binding;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A source over JSON text with no JSON library: enough of a tokenizer for well-formed documents (it
 * does not check well-formedness, duplicate keys or input limits, which are the host parser's job).
 * The format's tests read through it to show that the format needs nothing of Jackson, and the
 * conformance runner reads the corpus's manifest with it.
 */
public final class TextSource implements Binding.Parser {
  private final String json;
  private int at;
  private Token current = Token.END;
  private String text;
  private long number;
  private IntegerSize size;
  private Number exact;
  private final List<Boolean> inObject = new ArrayList<>();
  private boolean expectName;

  /**
   * @param json well-formed JSON text
   */
  public TextSource(String json) {
    this.json = json;
  }

  /** Moves to the first token of the envelope's {@code content}. */
  public void toContent() {
    next();
    while (!(next() == Token.NAME && text.equals("content"))) {
      next();
      skipChildren();
    }
    next();
  }

  @Override
  public Token current() {
    return current;
  }

  @Override
  public Token next() {
    skipBlanks();
    if (at < json.length() && (json.charAt(at) == ',' || json.charAt(at) == ':')) {
      at++;
      skipBlanks();
    }
    if (at >= json.length()) {
      return current = Token.END;
    }
    char c = json.charAt(at);
    boolean object = !inObject.isEmpty() && inObject.get(inObject.size() - 1);
    if (c == '}' || c == ']') {
      at++;
      inObject.remove(inObject.size() - 1);
      expectName = !inObject.isEmpty() && inObject.get(inObject.size() - 1);
      return current = c == '}' ? Token.END_OBJECT : Token.END_ARRAY;
    }
    if (object && expectName) {
      text = string();
      expectName = false;
      return current = Token.NAME;
    }
    expectName = object;
    if (c == '{' || c == '[') {
      at++;
      inObject.add(c == '{');
      expectName = c == '{';
      return current = c == '{' ? Token.START_OBJECT : Token.START_ARRAY;
    }
    if (c == '"') {
      text = string();
      return current = Token.STRING;
    }
    if (json.startsWith("true", at)) {
      at += 4;
      return current = Token.TRUE;
    }
    if (json.startsWith("false", at)) {
      at += 5;
      return current = Token.FALSE;
    }
    if (json.startsWith("null", at)) {
      at += 4;
      return current = Token.NULL;
    }
    int start = at;
    while (at < json.length() && "-+.eE0123456789".indexOf(json.charAt(at)) >= 0) {
      at++;
    }
    String digits = json.substring(start, at);
    if (digits.contains(".") || digits.contains("e") || digits.contains("E")) {
      exact = new BigDecimal(digits);
      return current = Token.FRACTION;
    }
    BigInteger big = new BigInteger(digits);
    size =
        big.bitLength() < 32
            ? IntegerSize.INT
            : big.bitLength() < 64 ? IntegerSize.LONG : IntegerSize.BIG;
    number = big.longValue();
    exact = size == IntegerSize.BIG ? big : (Number) number;
    return current = Token.INTEGER;
  }

  private void skipBlanks() {
    while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
      at++;
    }
  }

  private String string() {
    StringBuilder s = new StringBuilder();
    at++;
    for (char c = json.charAt(at); c != '"'; c = json.charAt(at)) {
      if (c == '\\') {
        char e = json.charAt(++at);
        switch (e) {
          case 'n':
            s.append('\n');
            break;
          case 't':
            s.append('\t');
            break;
          case 'r':
            s.append('\r');
            break;
          case 'b':
            s.append('\b');
            break;
          case 'f':
            s.append('\f');
            break;
          case 'u':
            s.append((char) Integer.parseInt(json.substring(at + 1, at + 5), 16));
            at += 4;
            break;
          default:
            s.append(e);
        }
      } else {
        s.append(c);
      }
      at++;
    }
    at++;
    return s.toString();
  }

  @Override
  public String name() {
    return text;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public IntegerSize integerSize() {
    return size;
  }

  @Override
  public long longValue() {
    return number;
  }

  @Override
  public Number numberValue() {
    return exact;
  }

  /** Nothing to release. */
  @Override
  public void close() {}

  @Override
  public void skipChildren() {
    if (current != Token.START_OBJECT && current != Token.START_ARRAY) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      Token t = next();
      if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
        depth++;
      } else if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
        depth--;
      }
    }
  }
}
