package io.github.loopbaan.format;

import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.format.conformance.TextSource;
import io.github.loopbaan.format.spi.Binding;
import io.github.loopbaan.format.spi.FormatEngine;
import io.github.loopbaan.format.spi.JsonSource.Token;
import io.github.loopbaan.format.spi.ReadLimits;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * The wire format with no JSON library at all, for the format's own tests: written with {@link
 * JsonText}, read through {@link TextSource}, with the engine's reads of bytes and documents. What
 * a parser checks (well-formedness, duplicate keys, the input limits other than collection sizes)
 * is not checked here; everything the format itself decides is.
 */
final class PlainJson {

  /** The format's engine, as the bindings see it. */
  static final Engine ENGINE = (Engine) FormatEngine.get();

  /** The strict reader with the default collection limit and the standard catalogue. */
  static final ModelReader STRICT =
      new ModelReader(true, ReadLimits.DEFAULT_MAX_COLLECTION_SIZE, Catalogue.standard());

  private PlainJson() {}

  /**
   * @return the value as compact JSON of the full view, as a binding writes it
   */
  static String write(Object value) {
    JsonText out = new JsonText();
    ModelWriter.write(value, out, new ModelWriter.Scope(View.FULL, null, null));
    return out.toString();
  }

  /**
   * @return the document of the value, as a binding writes it
   */
  static String writeDocument(Object value) {
    return write(Documents.Envelope.of(value, View.FULL));
  }

  /**
   * @return the value read from JSON text by the strict reader
   */
  static Object read(String json, Type type) {
    TextSource in = new TextSource(json);
    in.next();
    return STRICT.read(type, in);
  }

  /**
   * @return the content of a document, read as a binding reads it (one pass, or the tree path)
   */
  static <T> T readDocument(String json, Class<T> type) {
    return ENGINE.readDocument(
        json.getBytes(StandardCharsets.UTF_8), type, STRICT, true, ReadLimits.DEFAULT, BINDING);
  }

  /** The binding of a plain text tokenizer: no failures of its own, values read by the format. */
  static final Binding BINDING =
      new Binding() {
        @Override
        public Parser open(byte[] json) {
          return new TextSource(new String(json, StandardCharsets.UTF_8));
        }

        @Override
        public LoopbaanJsonException translate(RuntimeException e, Parser parser) {
          return null;
        }

        @Override
        public Object bind(Parser parser, Class<?> type) {
          return parser.next() == Token.NULL ? null : STRICT.read(type, parser);
        }
      };
}
