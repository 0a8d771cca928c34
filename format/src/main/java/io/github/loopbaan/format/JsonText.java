package io.github.loopbaan.format;

import io.github.loopbaan.format.spi.JsonSink;

/**
 * A {@link JsonSink} that writes compact JSON text, with no JSON library: strings escaped as
 * Jackson escapes them by default (a quote, a backslash and the control characters below U+0020,
 * with the short forms {@code \n}, {@code \t}, {@code \r}, {@code \b}, {@code \f}, and a
 * six-character escape with four upper-case hex digits for the others; everything else as it is).
 * The format's own small documents ({@link ProblemDetails}) are written with it, and the tests hold
 * the model's writer to the same bytes through it.
 */
final class JsonText implements JsonSink {
  private final StringBuilder out = new StringBuilder();
  private boolean first = true;

  private void separate() {
    if (!first) {
      out.append(',');
    }
    first = false;
  }

  @Override
  public void startObject() {
    separate();
    out.append('{');
    first = true;
  }

  @Override
  public void endObject() {
    out.append('}');
    first = false;
  }

  @Override
  public void startArray() {
    separate();
    out.append('[');
    first = true;
  }

  @Override
  public void endArray() {
    out.append(']');
    first = false;
  }

  @Override
  public void name(String name) {
    separate();
    quoted(name);
    out.append(':');
    first = true;
  }

  @Override
  public void string(String text) {
    separate();
    quoted(text);
  }

  @Override
  public void number(int number) {
    separate();
    out.append(number);
  }

  @Override
  public void number(long number) {
    separate();
    out.append(number);
  }

  @Override
  public void bool(boolean value) {
    separate();
    out.append(value);
  }

  @Override
  public void nul() {
    separate();
    out.append("null");
  }

  /**
   * @throws IllegalStateException always: the documents written as text hold no value outside the
   *     format's shapes
   */
  @Override
  public void foreign(Object value) {
    throw new IllegalStateException(
        value.getClass().getSimpleName() + " is not a value of the wire format");
  }

  private void quoted(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        switch (c) {
          case '\n':
            out.append("\\n");
            break;
          case '\t':
            out.append("\\t");
            break;
          case '\r':
            out.append("\\r");
            break;
          case '\b':
            out.append("\\b");
            break;
          case '\f':
            out.append("\\f");
            break;
          default:
            out.append(String.format("\\u%04X", (int) c));
        }
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
