package io.github.loopbaan.serialization.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.format.DocumentKind;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.View;
import io.github.loopbaan.format.spi.Binding;
import io.github.loopbaan.format.spi.FormatEngine;
import io.github.loopbaan.format.spi.ReadLimits;
import io.github.loopbaan.format.spi.ValueReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Ready-made JSON for the Loopbaan model on Jackson 2: a configured {@link JsonMapper} with the
 * {@link LoopbaanModule}, and reading and writing of values and versioned documents that report
 * every read failure as a {@link LoopbaanJsonException}. The same API, the same documents, views,
 * limits, upgrades and exceptions as the Jackson 3 artifact's {@code LoopbaanJson}, and the same
 * bytes: both drive the format's one implementation ({@code loopbaan-format}), and the conformance
 * corpus in {@code conformance/} holds both to it.
 *
 * <pre>{@code
 * String json = LoopbaanJson.standard().writeDocument(client);
 * Client back = LoopbaanJson.standard().readDocument(json, Client.class);
 * }</pre>
 *
 * <p><b>Strict by default.</b> Reading fails on unknown properties, duplicate keys, trailing
 * content, {@code null} for primitives, floats for integers and scalar coercions; {@link
 * Builder#lenient()} ignores unknown properties, and only that.
 *
 * <p><b>Limits.</b> Every read is bounded; defaults: a document of at most {@value
 * #DEFAULT_MAX_DOCUMENT_BYTES} bytes (8 MiB), nesting of at most {@value
 * #DEFAULT_MAX_NESTING_DEPTH} levels, texts of at most {@value #DEFAULT_MAX_STRING_LENGTH}
 * characters and collections of at most {@value #DEFAULT_MAX_COLLECTION_SIZE} elements, checked as
 * tokens arrive.
 *
 * <p><b>Strict UTF-8.</b> Every read of bytes accepts only well-formed UTF-8; anything else is
 * {@code malformed} at {@code $}, with the byte offset and never the bytes.
 *
 * <p><b>Supported Jackson 2 versions:</b> 2.17 to the current 2.x ({@code jackson-core}, {@code
 * jackson-databind} and {@code jackson-annotations} from 2.17 on).
 *
 * <p>Instances are immutable and thread-safe; share them.
 */
public final class LoopbaanJson {

  /** Default largest document, in bytes: 8 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES;

  /** Default deepest nesting of arrays and objects: 64 levels. */
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
  private final ValueReader reader;
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
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(limits.maxDocumentBytes())
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNameLength(ReadLimits.MAX_NAME_LENGTH)
                    .maxNumberLength(ReadLimits.MAX_NUMBER_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // never quote the input in an exception's location (the default before 2.16)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
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
   *     {@link #translate(JsonProcessingException)} turns into {@link LoopbaanJsonException}s
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
   * @return the largest document this instance reads, in bytes
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
   * @throws IllegalArgumentException when the value cannot be written as JSON
   */
  public String write(Object value) {
    Objects.requireNonNull(value, "value");
    return written(() -> mapper.writeValueAsString(value));
  }

  /**
   * Reads a value written by {@link #write(Object)}.
   *
   * @param json the JSON text
   * @param type the type to read
   * @param <T> the type
   * @return the value, never {@code null}
   * @throws LoopbaanJsonException for every failure; paths start at the value
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
   * @throws LoopbaanJsonException for every failure
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
    Object document = ENGINE.document(value, View.FULL);
    return written(() -> mapper.writeValueAsString(document));
  }

  /**
   * A writer of one view of the {@linkplain #standard() standard instance}.
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
    return new ViewWriter(this, view, Optional.empty(), Optional.empty());
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
   * @throws LoopbaanJsonException for every failure
   */
  public <T> T readDocument(byte[] json, Class<T> type) {
    return ENGINE.readDocument(json, type, reader, strict, limits, binding);
  }

  /**
   * Turns an exception from reading through {@link #jsonMapper()} into a {@link
   * LoopbaanJsonException}, with the JSON path and a reason that does not quote the input.
   *
   * @param e the Jackson exception
   * @return the equivalent exception
   */
  public LoopbaanJsonException translate(JsonProcessingException e) {
    return Errors.translate(Objects.requireNonNull(e, "e"), limits, null);
  }

  /** A write through Jackson 2, which declares {@link JsonProcessingException}. */
  interface Write {
    String run() throws JsonProcessingException;
  }

  /**
   * @return the written text
   * @throws IllegalArgumentException for a value that cannot be written (an unchecked failure of
   *     the format inside Jackson's wrapping is rethrown as it is)
   */
  static String written(Write write) {
    try {
      return write.run();
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalArgumentException("the value cannot be written as JSON", e);
    }
  }

  /** Jackson 2's share of the format's reads: its parser, its failures, its data binding. */
  private final class JacksonBinding implements Binding {

    @Override
    public Parser open(byte[] json) {
      try {
        return new ParserSource(mapper.createParser(json));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public LoopbaanJsonException translate(RuntimeException e, Parser parser) {
      IOException jackson = ParserSource.unwrap(e);
      if (!(jackson instanceof JsonProcessingException)) {
        return null;
      }
      return Errors.translate(
          (JsonProcessingException) jackson,
          limits,
          parser == null ? null : ((ParserSource) parser).parser());
    }

    @Override
    public Object bind(Parser parser, Class<?> type) {
      try {
        return mapper.readValue(((ParserSource) parser).parser(), type);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
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
     * @param catalogue the entries accepted for the catalogued types ({@link Catalogue#standard()}
     *     by default); a code the catalogue does not list is refused on reading
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
