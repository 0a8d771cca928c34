package io.github.loopbaan.serialization;

import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.format.DocumentKind;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.View;
import io.github.loopbaan.format.spi.Binding;
import io.github.loopbaan.format.spi.FormatEngine;
import io.github.loopbaan.format.spi.ReadLimits;
import io.github.loopbaan.format.spi.ValueReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Ready-made JSON for the Loopbaan model: a configured Jackson 3 {@link JsonMapper} with the {@link
 * LoopbaanModule}, and reading and writing of values and versioned documents that report every read
 * failure as a {@link LoopbaanJsonException}.
 *
 * <pre>{@code
 * String json = LoopbaanJson.standard().writeDocument(client);
 * Client back = LoopbaanJson.standard().readDocument(json, Client.class);
 *
 * LoopbaanJson lenient = LoopbaanJson.builder().lenient().maxCollectionSize(500).build();
 * JsonMapper mapper = LoopbaanJson.mapper();            // for frameworks that want a mapper
 * }</pre>
 *
 * <p><b>Strict by default.</b> Reading fails on unknown properties, duplicate keys (also in trees),
 * trailing content after the value, {@code null} for primitives, floats for integers and scalar
 * coercions (a number where a text is expected, or a text where a number is). {@link
 * Builder#lenient()} ignores unknown properties, and only that: a newer producer may add
 * properties, but input stays well-formed and typed.
 *
 * <p><b>Limits.</b> Every read is bounded; defaults: a document of at most {@value
 * #DEFAULT_MAX_DOCUMENT_BYTES} bytes (8 MiB), nesting of at most {@value
 * #DEFAULT_MAX_NESTING_DEPTH} levels, texts of at most {@value #DEFAULT_MAX_STRING_LENGTH}
 * characters (the model's longest text), and collections (arrays, lists, sets, maps) of at most
 * {@value #DEFAULT_MAX_COLLECTION_SIZE} elements. Property names are limited to 1,000 characters
 * and number literals to 100. The document size is counted in bytes of UTF-8 for the methods of
 * this class; a caller that hands the {@linkplain #jsonMapper() mapper} a {@code String} or {@code
 * Reader} directly gets it counted in characters.
 *
 * <p><b>Strict UTF-8.</b> Every read of bytes accepts only the well-formed byte sequences of the
 * Unicode Standard (table 3-7): an overlong form, an encoded surrogate, a code point above U+10FFFF
 * or a stray or missing continuation byte is {@code malformed} at {@code $}, with the byte offset
 * and never the bytes. A read of a {@code String} refuses a lone surrogate the same way (with the
 * character offset), and an escaped lone surrogate ({@code "\\ud800"}) is {@code malformed} at its
 * path. Input is thereby either read back equal or refused, never silently changed.
 *
 * <p><b>Catalogues.</b> An entry of an open catalogue (an {@code Instrument}) is written as its
 * code. On reading, a code resolves through the reader's {@link Catalogue} ({@link
 * Builder#catalogue(Catalogue)}; the standard catalogue by default): an application's namespaced
 * code that the catalogue does not list is {@code unknown_code} at its path, and the message does
 * not quote it.
 *
 * <p><b>Views.</b> {@link #writer(View)} writes what a client, a commissioning party or a
 * statistician may see ({@link View}); only the full view reads back.
 *
 * <p>Instances are immutable and thread-safe; share them.
 */
public final class LoopbaanJson {

  /** Default largest document, in bytes: 8 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES;

  /**
   * Default deepest nesting of arrays and objects: 64 levels (a trajectory with its histories nests
   * fewer than 20).
   */
  public static final int DEFAULT_MAX_NESTING_DEPTH = ReadLimits.DEFAULT_MAX_NESTING_DEPTH;

  /** Default longest text, in characters: 100,000, the model's longest accepted text attribute. */
  public static final int DEFAULT_MAX_STRING_LENGTH = ReadLimits.DEFAULT_MAX_STRING_LENGTH;

  /** Default largest collection, map or array: 10,000 elements. */
  public static final int DEFAULT_MAX_COLLECTION_SIZE = ReadLimits.DEFAULT_MAX_COLLECTION_SIZE;

  private static final FormatEngine ENGINE = FormatEngine.get();

  private static final LoopbaanJson STANDARD = builder().build();

  private final JsonMapper mapper;
  private final ReadLimits limits;
  private final boolean strict;
  private final Catalogue catalogue;

  /** The format's reader, for the one-pass read of a document's content. */
  private final ValueReader reader;

  /** This instance's parser and data binding, for the format's reads of bytes. */
  private final Binding binding;

  private LoopbaanJson(Builder builder) {
    this.limits =
        new ReadLimits(
            builder.maxDocumentBytes,
            builder.maxNestingDepth,
            builder.maxStringLength,
            builder.maxCollectionSize);
    this.strict = builder.strict;
    this.catalogue = builder.catalogue;
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints(limits))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.mapper =
        JsonMapper.builder(factory)
            .addModule(new LoopbaanModule(limits.maxCollectionSize(), builder.catalogue))
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // ALLOW_COERCION_OF_SCALARS only stops text becoming a number or boolean; the other
            // direction (a number
            // or boolean where a text is expected) is a coercion config of its own.
            .withCoercionConfig(
                LogicalType.Textual,
                text ->
                    text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();
    this.reader = ENGINE.reader(strict, limits.maxCollectionSize(), builder.catalogue);
    this.binding = new JacksonBinding();
  }

  /**
   * @return the parser's share of the limits: size, depth, text, property name and number length
   */
  static StreamReadConstraints constraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxDocumentLength(limits.maxDocumentBytes())
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(ReadLimits.MAX_NAME_LENGTH)
        .maxNumberLength(ReadLimits.MAX_NUMBER_LENGTH)
        .build();
  }

  /**
   * @return the strict instance with default limits
   */
  public static LoopbaanJson standard() {
    return STANDARD;
  }

  /**
   * @return the mapper of the {@linkplain #standard() strict instance with default limits}
   */
  public static JsonMapper mapper() {
    return STANDARD.mapper;
  }

  /**
   * @return a builder, strict and with the default limits until told otherwise
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the configured mapper; reading through it directly reports Jackson's exceptions, which
   *     {@link #translate(JacksonException)} turns into {@link LoopbaanJsonException}s
   */
  public JsonMapper jsonMapper() {
    return mapper;
  }

  /**
   * @return the catalogue through which this instance reads the codes of catalogued types
   */
  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * @return the largest document this instance reads, in bytes (for a caller that reads a stream
   *     and wants to stop at the limit: it reads one byte more and hands that to this instance,
   *     which refuses it as {@code limit_exceeded})
   */
  public long maxDocumentBytes() {
    return limits.maxDocumentBytes();
  }

  /**
   * @return whether unknown properties are an error (the default)
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Writes a model value (or any value the module maps) as JSON, without envelope.
   *
   * @param value the value
   * @return compact JSON
   */
  public String write(Object value) {
    return mapper.writeValueAsString(Objects.requireNonNull(value, "value"));
  }

  /**
   * Reads a value written by {@link #write(Object)}.
   *
   * @param json the JSON text
   * @param type the type to read
   * @param <T> the type
   * @return the value, never {@code null}
   * @throws LoopbaanJsonException for every failure; paths start at the value ({@code
   *     $.birthYear}); a JSON {@code null} is a {@code missing_value} at {@code $}
   */
  public <T> T read(String json, Class<T> type) {
    ENGINE.requireUnicode(Objects.requireNonNull(json, "json"));
    return read(json.getBytes(StandardCharsets.UTF_8), type);
  }

  /**
   * Reads a value written by {@link #write(Object)}, from UTF-8 bytes.
   *
   * @param json the JSON, UTF-8
   * @param type the type to read
   * @param <T> the type
   * @return the value, never {@code null}
   * @throws LoopbaanJsonException for every failure; a JSON {@code null} is a {@code missing_value}
   *     at {@code $}; input that is not well-formed UTF-8 is {@code malformed} at {@code $}, with
   *     the byte offset
   */
  public <T> T read(byte[] json, Class<T> type) {
    return ENGINE.readValue(json, type, limits, binding);
  }

  /**
   * Writes a top-level document: {@code {"kind": "client", "schemaVersion": 1, "content": {…}}}.
   *
   * @param value a value whose type is a {@link DocumentKind}'s content type
   * @return compact JSON of the document in the current schema version of its kind
   * @throws IllegalArgumentException when the value's type is not a document kind
   */
  public String writeDocument(Object value) {
    return mapper.writeValueAsString(ENGINE.document(value, View.FULL));
  }

  /**
   * A writer of one view of the {@linkplain #standard() standard instance}: {@code
   * LoopbaanJson.writer(View.COMMISSIONER).write(trajectory)}.
   *
   * @param view the view
   * @return the writer
   */
  public static ViewWriter writer(View view) {
    return STANDARD.viewWriter(view);
  }

  /**
   * @param view the view
   * @return a writer of that view with this instance's mapper
   */
  public ViewWriter viewWriter(View view) {
    return new ViewWriter(this, view, Optional.empty());
  }

  /**
   * Reads a top-level document of any kind, upgrading older schema versions step by step.
   *
   * @param json the document
   * @return the content, of the type of the document's kind
   * @throws LoopbaanJsonException for every failure; content paths start at {@code $.content}
   */
  public Object readDocument(String json) {
    return readDocument(json, Object.class);
  }

  /**
   * Reads a top-level document of an expected kind.
   *
   * @param json the document
   * @param type the expected content type, for example {@code Client.class}
   * @param <T> the content type
   * @return the content
   * @throws LoopbaanJsonException for every failure, including a document of another kind
   */
  public <T> T readDocument(String json, Class<T> type) {
    ENGINE.requireUnicode(Objects.requireNonNull(json, "json"));
    return readDocument(json.getBytes(StandardCharsets.UTF_8), type);
  }

  /**
   * Reads a top-level document of an expected kind from UTF-8 bytes.
   *
   * @param json the document, UTF-8
   * @param type the expected content type, or {@code Object.class} for any kind
   * @param <T> the content type
   * @return the content
   * @throws LoopbaanJsonException for every failure; input that is not well-formed UTF-8 is {@code
   *     malformed} at {@code $}, with the byte offset
   */
  public <T> T readDocument(byte[] json, Class<T> type) {
    return ENGINE.readDocument(json, type, reader, strict, limits, binding);
  }

  /** Jackson 3's share of the format's reads: its parser, its failures, its data binding. */
  private final class JacksonBinding implements Binding {

    @Override
    public Parser open(byte[] json) {
      return new ParserSource(mapper.createParser(json));
    }

    @Override
    public LoopbaanJsonException translate(RuntimeException e, Parser parser) {
      if (!(e instanceof JacksonException)) {
        return null;
      }
      return Errors.translate(
          (JacksonException) e, limits, parser == null ? null : ((ParserSource) parser).parser());
    }

    @Override
    public Object bind(Parser parser, Class<?> type) {
      return mapper.readValue(((ParserSource) parser).parser(), type);
    }
  }

  /**
   * Turns an exception from reading through {@link #jsonMapper()} into a {@link
   * LoopbaanJsonException}, with the JSON path and a reason that does not quote the input.
   *
   * @param e the Jackson exception
   * @return the equivalent exception
   */
  public LoopbaanJsonException translate(JacksonException e) {
    return Errors.translate(Objects.requireNonNull(e, "e"), limits);
  }

  /** Configures a {@link LoopbaanJson}. Strict, with the default limits, until told otherwise. */
  public static final class Builder {

    private boolean strict = true;
    private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxCollectionSize = DEFAULT_MAX_COLLECTION_SIZE;
    private Catalogue catalogue = Catalogue.standard();

    private Builder() {}

    /**
     * @return this builder, set to fail on unknown properties (the default)
     */
    public Builder strict() {
      this.strict = true;
      return this;
    }

    /**
     * Ignores unknown properties, for example those a newer producer added. Nothing else is
     * relaxed.
     *
     * @return this builder
     */
    public Builder lenient() {
      this.strict = false;
      return this;
    }

    /**
     * @param bytes the largest document accepted, in bytes; at least 1
     * @return this builder
     */
    public Builder maxDocumentBytes(long bytes) {
      this.maxDocumentBytes = positive(bytes, "maxDocumentBytes");
      return this;
    }

    /**
     * @param depth the deepest nesting of arrays and objects accepted; at least 1
     * @return this builder
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = (int) positive(depth, "maxNestingDepth");
      return this;
    }

    /**
     * @param characters the longest text value accepted, in characters; at least 1
     * @return this builder
     */
    public Builder maxStringLength(int characters) {
      this.maxStringLength = (int) positive(characters, "maxStringLength");
      return this;
    }

    /**
     * @param elements the largest collection, map or array accepted; at least 1
     * @return this builder
     */
    public Builder maxCollectionSize(int elements) {
      this.maxCollectionSize = (int) positive(elements, "maxCollectionSize");
      return this;
    }

    /**
     * @param catalogue the entries accepted for the catalogued types, the application's own
     *     included ({@link Catalogue#standard()} by default); a code the catalogue does not list is
     *     refused on reading
     * @return this builder
     */
    public Builder catalogue(Catalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /**
     * @return the configured instance
     */
    public LoopbaanJson build() {
      return new LoopbaanJson(this);
    }

    private static long positive(long value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1");
      }
      return value;
    }
  }
}
