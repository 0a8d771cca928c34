package io.github.loopbaan.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@link JsonText}, the format's own text writer, writes every text and property name exactly as
 * Jackson's generator does with its default escaping: control characters, quotes, backslashes,
 * non-ASCII letters, emoji (surrogate pairs) and the line separators Jackson leaves alone.
 */
class JsonTextProperties {

  private static final JsonFactory JACKSON = new JsonFactory();

  @Property(tries = 2000)
  void a_text_is_escaped_as_jacksons_generator_escapes_it(
      @ForAll("texts") String name, @ForAll("texts") String value) {
    JsonText text = new JsonText();
    text.startObject();
    text.name(name);
    text.string(value);
    text.name("n");
    text.number(-7L);
    text.name("a");
    text.startArray();
    text.bool(true);
    text.nul();
    text.number(3);
    text.endArray();
    text.endObject();
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JACKSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty(name, value);
      g.writeNumberProperty("n", -7L);
      g.writeName("a");
      g.writeStartArray();
      g.writeBoolean(true);
      g.writeNull();
      g.writeNumber(3);
      g.writeEndArray();
      g.writeEndObject();
    }
    assertThat(text.toString()).isEqualTo(out.toString());
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('\u0000', '\u007f').ofMaxLength(20),
        Arbitraries.strings()
            .withChars("\"\\/\b\f\n\r\t\u0000\u001f\u007f\u00e9\u2028\u2029\uffff")
            .ofMaxLength(12),
        Arbitraries.of("Marleen 🙂 Claes", "ĳsselmeer", "日本語", ""));
  }
}
