package io.github.loopbaan.format;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.privacy.Shared;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.format.spi.Binding;
import io.github.loopbaan.format.spi.FormatEngine;
import io.github.loopbaan.format.spi.JsonSink;
import io.github.loopbaan.format.spi.JsonSource;
import io.github.loopbaan.format.spi.ReadLimits;
import io.github.loopbaan.format.spi.ValueReader;
import java.lang.reflect.Array;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The format's implementation of {@link FormatEngine}: each method hands over to the class that
 * holds the rule ({@link ModelWriter}, {@link ModelReader}, {@link Documents}, {@link ModelTypes},
 * {@link Paths}, {@link Utf8}), and the reads of bytes are written here once for every binding.
 * Installed when {@link WireFormat} is loaded.
 */
final class Engine extends FormatEngine {

  Engine() {}

  @Override
  public boolean writes(Class<?> type) {
    return ModelWriter.handles(type);
  }

  @Override
  public boolean writesKey(Class<?> type) {
    return ModelWriter.isCoded(type) || ModelTypes.isStringValue(type);
  }

  @Override
  public boolean reads(Class<?> type) {
    return ModelReader.handles(type);
  }

  @Override
  public boolean readsKey(Class<?> type) {
    return ModelTypes.isCodedEnum(type)
        || ModelTypes.isStringValue(type)
        || ModelTypes.isCatalogueEntry(type);
  }

  @Override
  public boolean isCodedEnum(Class<?> type) {
    return ModelTypes.isCodedEnum(type);
  }

  @Override
  public boolean isSequenceValue(Class<?> type) {
    return ModelTypes.isSequenceValue(type);
  }

  @Override
  public boolean isValueType(Class<?> type) {
    return ModelTypes.isValueType(type);
  }

  @Override
  public boolean inModel(Class<?> type) {
    return ModelTypes.inModel(type);
  }

  @Override
  public Type parameterized(Class<?> raw, Type... arguments) {
    return ModelReader.parameterized(raw, arguments);
  }

  @Override
  public void write(
      Object value, JsonSink out, View view, LocalDate consentsOn, LocalDate ageBandsOn) {
    ModelWriter.write(value, out, new ModelWriter.Scope(view, consentsOn, ageBandsOn));
  }

  @Override
  public String keyOf(Object value) {
    return ModelWriter.keyOf(value);
  }

  @Override
  public Object document(Object content, View view) {
    return Documents.Envelope.of(content, view);
  }

  @Override
  public void requireWritableAlone(Object value, View view) {
    if (value instanceof Shared && !view.shows(((Shared) value).getVisibility())) {
      throw new IllegalArgumentException("The " + view.code() + " view does not show this item");
    }
    if (value instanceof Shared && view == View.COMMISSIONER) {
      throw new IllegalArgumentException(
          "The commissioner view writes a shared item only within its trajectory, whose consent"
              + " records decide whether it is shared");
    }
  }

  @Override
  public int sizeOf(Object result) {
    return result instanceof Collection
        ? ((Collection<?>) result).size()
        : result instanceof Map
            ? ((Map<?, ?>) result).size()
            : result != null && result.getClass().isArray() ? Array.getLength(result) : 0;
  }

  @Override
  public ValueReader reader(boolean strict, int maxCollectionSize, Catalogue catalogue) {
    return new ModelReader(strict, maxCollectionSize, catalogue);
  }

  @Override
  public <T> T readValue(byte[] json, Class<T> type, ReadLimits limits, Binding binding) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    requireSize(json, limits);
    Utf8.requireWellFormed(json);
    if (mayHoldSurrogate(json)) {
      rejectUnpairedSurrogates(json, limits, binding);
    }
    Object value;
    Binding.Parser parser = null;
    try {
      parser = binding.open(json);
      value = binding.bind(parser, type);
    } catch (RuntimeException e) {
      throw failure(e, binding, parser);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    if (value == null) {
      throw new LoopbaanJsonException(Problem.MISSING_VALUE, "$", "must not be null");
    }
    // the library bound the value to the type; unchecked so that a primitive type gets its box
    @SuppressWarnings("unchecked")
    T bound = (T) value;
    return bound;
  }

  @Override
  public <T> T readDocument(
      byte[] json,
      Class<T> type,
      ValueReader reader,
      boolean strict,
      ReadLimits limits,
      Binding binding) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    requireSize(json, limits);
    Utf8.requireWellFormed(json);
    if (strict && !mayHoldSurrogate(json)) {
      Object streamed = readCurrent(json, type, (ModelReader) reader, binding);
      if (streamed != Documents.NOT_STREAMED) {
        return type.cast(streamed);
      }
    }
    Object root = tree(json, limits, binding);
    try {
      return type.cast(Documents.readTree(root, type, (ModelReader) reader, strict));
    } catch (RuntimeException e) {
      throw unexpected(e);
    }
  }

  /**
   * Refuses input larger than the document limit before anything else reads it: the whole input is
   * in hand, so its size is known, and neither the UTF-8 check nor a parser needs to see a byte of
   * it. (Jackson 2 before 2.18 does not count the length of input it was handed as one array.)
   */
  static void requireSize(byte[] json, ReadLimits limits) {
    if (json.length > limits.maxDocumentBytes()) {
      // the reason the parsers' own document limit gives
      throw new LoopbaanJsonException(
          Problem.LIMIT_EXCEEDED, "$", limits.reasonFor("document length"));
    }
  }

  /**
   * Reads a document of the current schema version in one pass, straight from the parser ({@link
   * Documents#readCurrent}), or answers {@link Documents#NOT_STREAMED} for a document that needs
   * the tree path. The parser's own failures are placed at its position, which counts from the
   * envelope.
   */
  static Object readCurrent(byte[] json, Class<?> type, ModelReader reader, Binding binding) {
    Binding.Parser parser = null;
    try {
      parser = binding.open(json);
      return Documents.readCurrent(parser, type, reader);
    } catch (RuntimeException e) {
      throw failure(e, binding, parser);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /**
   * Reads a document into a tree of plain values ({@link JsonTrees}), bounded like the one-pass
   * read: the parser enforces size, depth and text length while the tree is built, and the tree's
   * builder the collection sizes, before anything is bound.
   */
  private static Object tree(byte[] json, ReadLimits limits, Binding binding) {
    Binding.Parser parser = null;
    try {
      parser = binding.open(json);
      if (parser.next() == JsonSource.Token.END) {
        throw new LoopbaanJsonException(
            Problem.TRUNCATED, "$", "the input ends before the document");
      }
      Object root = JsonTrees.build(parser, limits.maxCollectionSize(), "$");
      if (parser.next() != JsonSource.Token.END) {
        throw new LoopbaanJsonException(
            Problem.MALFORMED, "$", "the input continues after the value");
      }
      return root;
    } catch (RuntimeException e) {
      LoopbaanJsonException translated = binding.translate(e, parser);
      if (translated != null) {
        throw translated;
      }
      throw e;
    } finally {
      if (parser != null) {
        parser.close();
      }
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
   * malformed} at its path, as a document read does (see {@link JsonTrees#build}). Reads the input
   * as a tree for the check only; input that is not JSON at all is left to the binding read, which
   * reports it as it always does.
   */
  private static void rejectUnpairedSurrogates(byte[] json, ReadLimits limits, Binding binding) {
    Binding.Parser parser = null;
    try {
      parser = binding.open(json);
      if (parser.next() != JsonSource.Token.END) {
        JsonTrees.build(parser, limits.maxCollectionSize(), "$");
      }
    } catch (RuntimeException e) {
      if (binding.translate(e, parser) == null) {
        throw e;
      }
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  private static LoopbaanJsonException failure(
      RuntimeException e, Binding binding, Binding.Parser parser) {
    LoopbaanJsonException translated = binding.translate(e, parser);
    return translated != null ? translated : failure(e);
  }

  private static LoopbaanJsonException failure(RuntimeException e) {
    if (e instanceof LoopbaanJsonException) {
      return (LoopbaanJsonException) e;
    }
    if (e instanceof InvalidValueException) {
      return new LoopbaanJsonException(Problem.INVALID_VALUE, "$", e.getMessage());
    }
    return new LoopbaanJsonException(Problem.WRONG_TYPE, "$", "the value cannot be read");
  }

  @Override
  public void requireUnicode(CharSequence text) {
    Utf8.requireUnicode(Objects.requireNonNull(text, "text"));
  }

  @Override
  public LoopbaanJsonException unexpected(RuntimeException e) {
    return failure(e);
  }

  @Override
  public LoopbaanJsonException invalidAt(String path, InvalidValueException e) {
    return ModelReader.invalidAt(path, e);
  }

  @Override
  public String segment(String name) {
    return Paths.segment(name);
  }

  @Override
  public String segmentIfKnown(String name, int index) {
    return Paths.segmentIfKnown(name, index);
  }

  @Override
  public boolean isKnownName(String name) {
    return KnownNames.contains(name);
  }

  @Override
  public boolean declares(Object owner, String name) {
    return Paths.declares(owner, name);
  }

  @Override
  public String describe(Class<?> type) {
    if (type == String.class) {
      return "a text";
    }
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class) {
      return "an integer number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    // a value type is read through its builder, which is what the library names; the user knows
    // the value type
    return ModelTypes.valueTypeOfBuilder(type).orElse(type).getSimpleName();
  }

  @Override
  public Optional<Class<?>> valueTypeOfBuilder(Class<?> type) {
    return ModelTypes.valueTypeOfBuilder(type);
  }
}
