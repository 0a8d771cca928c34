package io.github.loopbaan.serialization;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.serialization.LoopbaanJsonException.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
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
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 8L * 1024 * 1024;

  /**
   * Default deepest nesting of arrays and objects: 64 levels (a trajectory with its histories nests
   * fewer than 20).
   */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Default longest text, in characters: 100,000, the model's longest accepted text attribute. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;

  /** Default largest collection, map or array: 10,000 elements. */
  public static final int DEFAULT_MAX_COLLECTION_SIZE = 10_000;

  private static final LoopbaanJson STANDARD = builder().build();

  private final JsonMapper mapper;
  private final Limits limits;
  private final boolean strict;
  private final Catalogue catalogue;

  /** The format's reader, for the one-pass read of a document's content. */
  private final ModelReader reader;

  private LoopbaanJson(Builder builder) {
    this.limits =
        new Limits(
            builder.maxDocumentBytes,
            builder.maxNestingDepth,
            builder.maxStringLength,
            builder.maxCollectionSize);
    this.strict = builder.strict;
    this.catalogue = builder.catalogue;
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(limits.constraints())
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
    this.reader = new ModelReader(strict, limits.maxCollectionSize(), builder.catalogue);
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
   * @return the format's reader with this instance's strictness, collection limit and catalogue
   */
  ModelReader reader() {
    return reader;
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
    Utf8.requireUnicode(Objects.requireNonNull(json, "json"));
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
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    Utf8.requireWellFormed(json);
    if (mayHoldSurrogate(json)) {
      rejectUnpairedSurrogates(json);
    }
    JsonParser parser = null;
    T value;
    try {
      parser = mapper.createParser(json);
      value = mapper.readValue(parser, type);
    } catch (JacksonException e) {
      throw Errors.translate(e, limits, parser);
    } catch (RuntimeException e) {
      throw unexpected(e);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    if (value == null) {
      throw new LoopbaanJsonException(Problem.MISSING_VALUE, "$", "must not be null");
    }
    return value;
  }

  /**
   * Writes a top-level document: {@code {"kind": "client", "schemaVersion": 1, "content": {…}}}.
   *
   * @param value a value whose type is a {@link DocumentKind}'s content type
   * @return compact JSON of the document in the current schema version of its kind
   * @throws IllegalArgumentException when the value's type is not a document kind
   */
  public String writeDocument(Object value) {
    return mapper.writeValueAsString(Documents.Envelope.of(value, View.FULL));
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
    Utf8.requireUnicode(Objects.requireNonNull(json, "json"));
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
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    Utf8.requireWellFormed(json);
    if (strict && !mayHoldSurrogate(json)) {
      Object streamed = readCurrent(json, type);
      if (streamed != NOT_STREAMED) {
        return type.cast(streamed);
      }
    }
    return readThroughTree(json, type);
  }

  /** What {@link #readCurrent} answers when the document needs the tree path. */
  static final Object NOT_STREAMED = Documents.NOT_STREAMED;

  /**
   * Reads a document of the current schema version in one pass, straight from the parser ({@link
   * Documents#readCurrent}), or answers {@link #NOT_STREAMED} for a document that needs the tree
   * path. The parser's own failures are placed at its position, which counts from the envelope.
   */
  Object readCurrent(byte[] json, Class<?> type) {
    JsonParser parser = null;
    try {
      parser = mapper.createParser(json);
      return Documents.readCurrent(new ParserSource(parser), type, reader);
    } catch (JacksonException e) {
      throw Errors.translate(e, limits, parser);
    } catch (RuntimeException e) {
      throw unexpected(e);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /**
   * Reads a document through a tree of plain values ({@link JsonTrees}): documents of older schema
   * versions, which are upgraded on the tree, and every document {@link #readCurrent} leaves to
   * this path ({@link Documents#readTree}). Bounded like the one-pass read: the parser enforces
   * size, depth and text length while the tree is built, and the tree's builder the collection
   * sizes, before anything is bound.
   */
  private <T> T readThroughTree(byte[] json, Class<T> type) {
    Object root;
    JsonParser parser = null;
    try {
      parser = mapper.createParser(json);
      ParserSource in = new ParserSource(parser);
      if (in.next() == JsonSource.Token.END) {
        throw new LoopbaanJsonException(
            Problem.TRUNCATED, "$", "the input ends before the document");
      }
      root = JsonTrees.build(in, limits.maxCollectionSize(), "$");
      if (in.next() != JsonSource.Token.END) {
        throw new LoopbaanJsonException(
            Problem.MALFORMED, "$", "the input continues after the value");
      }
    } catch (JacksonException e) {
      throw Errors.translate(e, limits, parser);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    try {
      return type.cast(Documents.readTree(root, type, reader, strict));
    } catch (RuntimeException e) {
      throw unexpected(e);
    }
  }

  /**
   * A quick scan of the bytes of a bare value: whether they could hold an escaped surrogate ({@code
   * \\uD800} to {@code \\uDFFF}, either case). Most input holds none, and is then bound straight
   * from the parser; a paired surrogate (an emoji) also passes here and is then checked for
   * pairing. An encoded surrogate ({@code ED A0 80}) is ill-formed UTF-8, refused before this scan.
   */
  static boolean mayHoldSurrogate(byte[] json) {
    for (int i = 0; i + 1 < json.length; i++) {
      byte b = json[i];
      if (b == '\\' && json[i + 1] == 'u' && i + 3 < json.length && (json[i + 2] | 0x20) == 'd') {
        int next = json[i + 3] | 0x20;
        if (next == '8' || next == '9' || next >= 'a' && next <= 'f') {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Rejects a bare value holding an unpaired surrogate in a text or property name, as {@code
   * malformed} at its path, as {@link #readDocument(byte[], Class)} does (see {@link
   * JsonTrees#build}). Reads the input as a tree for the check only; input that is not JSON at all
   * is left to the binding read, which reports it as it always does.
   */
  private void rejectUnpairedSurrogates(byte[] json) {
    JsonParser parser = null;
    try {
      parser = mapper.createParser(json);
      ParserSource in = new ParserSource(parser);
      if (in.next() != JsonSource.Token.END) {
        JsonTrees.build(in, limits.maxCollectionSize(), "$");
      }
    } catch (JacksonException e) {
      return;
    } finally {
      if (parser != null) {
        parser.close();
      }
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

  private static LoopbaanJsonException unexpected(RuntimeException e) {
    if (e instanceof LoopbaanJsonException) {
      return (LoopbaanJsonException) e;
    }
    if (e instanceof InvalidValueException) {
      return new LoopbaanJsonException(Problem.INVALID_VALUE, "$", e.getMessage());
    }
    return new LoopbaanJsonException(Problem.WRONG_TYPE, "$", "the value cannot be read");
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
