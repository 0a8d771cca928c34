package io.github.loopbaan.format;

import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.format.spi.JsonSink;
import io.github.loopbaan.format.spi.JsonSource;
import io.github.loopbaan.format.spi.JsonSource.IntegerSize;
import io.github.loopbaan.format.spi.JsonSource.Token;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads documents ({@code {"kind": …, "schemaVersion": …, "content": {…}}}) from a {@link
 * JsonSource}, apart from any JSON library: the envelope's rules, the upgrade of older schema
 * versions and the reading of the content through {@link ModelReader}. A host library (Jackson 3's
 * {@code LoopbaanJson}) checks the bytes (UTF-8), makes the parser with the input limits, and
 * translates the parser's own failures.
 *
 * <p>A document is read in one of two ways. {@link #readCurrent} reads a document of the current
 * version in one pass, straight from the source, when it has the shape this library writes; it
 * answers {@link #NOT_STREAMED} for any other, and {@link #readTree} then reads the document from a
 * tree of it ({@link JsonTrees}), which holds the document's every rule and failure.
 */
final class Documents {

  /**
   * A value to write as a document: its kind and the view it is written in.
   *
   * @param content the content, of the kind's type
   * @param kind the kind
   * @param view the view; a restricted view is named in the envelope
   */
  record Envelope(Object content, DocumentKind kind, View view) {

    /**
     * @param content a value whose type is a document kind's content type
     * @param view the view
     * @return its envelope
     * @throws IllegalArgumentException when the value's type is not a document kind
     */
    static Envelope of(Object content, View view) {
      DocumentKind kind =
          DocumentKind.of(Objects.requireNonNull(content, "value"))
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          content.getClass().getSimpleName() + " is not a document kind"));
      return new Envelope(content, kind, view);
    }
  }

  /**
   * Writes a document: {@code {"kind": …, "schemaVersion": …, "view": …, "content": {…}}}, the view
   * only when restricted, the schema version the kind's current one.
   *
   * @param document the document
   * @param out the sink
   * @param scope the write's state, in the document's view
   */
  static void write(Envelope document, JsonSink out, ModelWriter.Scope scope) {
    out.startObject();
    out.name("kind");
    out.string(document.kind().code());
    out.name("schemaVersion");
    out.number(document.kind().currentVersion());
    if (document.view() != View.FULL) {
      out.name("view");
      out.string(document.view().code());
    }
    out.name("content");
    ModelWriter.write(document.content(), out, scope);
    out.endObject();
  }

  /** What {@link #readCurrent} answers when the document needs the tree path. */
  static final Object NOT_STREAMED = new Object();

  private Documents() {}

  /**
   * Reads a document of the current schema version in one pass: the envelope ({@code kind}, {@code
   * schemaVersion}, {@code view}) first, then the content through the reader, so no tree of the
   * document is built; collection sizes are checked as each collection is read, the rest of the
   * limits by the source's parser as tokens arrive. Whenever the document does not fit that shape
   * (an older version, a property before {@code kind} and {@code schemaVersion}, anything unknown,
   * a restricted view, trailing input, a kind not expected) it answers {@link #NOT_STREAMED}, and
   * the caller reads it again through {@link #readTree}, which reports what is wrong. Failures
   * inside the content carry paths under {@code $.content}; where a document has several faults,
   * this path reports the first in reading order. Only strict readers read this way: a lenient one
   * skips unknown properties, and the tree path checks the collections in those too.
   *
   * @param in the source, before the document's first token
   * @param type the expected content type, or {@code Object.class} for any kind
   * @param reader the content's reader
   * @return the content, or {@link #NOT_STREAMED}
   */
  static Object readCurrent(JsonSource in, Class<?> type, ModelReader reader) {
    if (in.next() != Token.START_OBJECT) {
      return NOT_STREAMED;
    }
    DocumentKind kind = null;
    boolean current = false;
    Object content = NOT_STREAMED;
    while (in.next() == Token.NAME) {
      String name = in.name();
      Token token = in.next();
      if (name.equals("kind") && kind == null && token == Token.STRING) {
        kind =
            DocumentKind.byCode(in.text())
                .filter(k -> type.isAssignableFrom(k.getType()))
                .orElse(null);
        if (kind == null) {
          return NOT_STREAMED;
        }
      } else if (name.equals("schemaVersion")
          && kind != null
          && !current
          && token == Token.INTEGER
          && in.integerSize() == IntegerSize.INT
          && in.longValue() == kind.currentVersion()) {
        current = true;
      } else if (name.equals("view")
          && token == Token.STRING
          && in.text().equals(View.FULL.code())) {
        continue;
      } else if (name.equals("content")
          && current
          && content == NOT_STREAMED
          && token == Token.START_OBJECT) {
        try {
          content = reader.read(kind.getType(), in);
        } catch (LoopbaanJsonException e) {
          throw e.under("$.content");
        }
      } else {
        return NOT_STREAMED;
      }
    }
    return content == NOT_STREAMED || in.next() != Token.END ? NOT_STREAMED : content;
  }

  /**
   * Reads a document from its tree: every rule of the envelope, in this order: an object ({@code
   * wrong_type} at {@code $}), its view ({@link #checkView}), in strict reading no property beyond
   * {@code kind}, {@code schemaVersion}, {@code view} and {@code content}, the kind, the version, a
   * content object; then the upgrade steps from the document's version to the current one, and the
   * content through the reader.
   *
   * @param root the document's tree ({@link JsonTrees#build}), bounded as it was built
   * @param type the expected content type, or {@code Object.class} for any kind
   * @param reader the content's reader, strict or lenient
   * @return the content
   */
  static Object readTree(Object root, Class<?> type, ModelReader reader, boolean strict) {
    if (!(root instanceof Map)) {
      throw new LoopbaanJsonException(
          Problem.WRONG_TYPE, "$", "wrong JSON type: expected a document object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> document = (Map<String, Object>) root;
    checkView(document.containsKey("view"), document.get("view"));
    if (strict) {
      int position = 0;
      for (String name : document.keySet()) {
        if (!name.equals("kind")
            && !name.equals("schemaVersion")
            && !name.equals("content")
            && !name.equals("view")) {
          throw new LoopbaanJsonException(
              Problem.UNKNOWN_PROPERTY,
              "$" + Paths.segmentIfKnown(name, position),
              "unknown property");
        }
        position++;
      }
    }
    DocumentKind kind = kindOf(document.get("kind"), type);
    int version = versionOf(document.get("schemaVersion"), kind);
    Object content = document.get("content");
    if (content == null) {
      throw new LoopbaanJsonException(
          Problem.MISSING_VALUE, "$.content", "a document needs a content");
    }
    if (!(content instanceof Map)) {
      throw new LoopbaanJsonException(
          Problem.WRONG_TYPE, "$.content", "wrong JSON type: expected an object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> upgraded = (Map<String, Object>) content;
    try {
      for (Upgrade step :
          kind.upgrades().subList(version - kind.oldestVersion(), kind.upgrades().size())) {
        upgraded = Objects.requireNonNull(step.apply(upgraded), "upgrade result");
      }
      TreeSource in = new TreeSource(upgraded);
      in.next();
      return reader.read(kind.getType(), in);
    } catch (LoopbaanJsonException e) {
      throw e.under("$.content");
    }
  }

  /**
   * Accepts an absent view and {@code "full"}. A restricted view's code is {@link
   * Problem#RESTRICTED_VIEW} (views are write-only); any other text, {@code "FULL"} included (codes
   * are case-sensitive), is {@link Problem#UNKNOWN_CODE}, and a value that is not a text {@link
   * Problem#WRONG_TYPE}.
   */
  private static void checkView(boolean present, Object view) {
    if (!present) {
      return;
    }
    if (!(view instanceof String)) {
      throw new LoopbaanJsonException(
          Problem.WRONG_TYPE, "$.view", "wrong JSON type: expected a view code");
    }
    Optional<View> known = Stream.of(View.values()).filter(v -> v.code().equals(view)).findFirst();
    if (known.isEmpty()) {
      throw new LoopbaanJsonException(
          Problem.UNKNOWN_CODE,
          "$.view",
          "unknown view code; valid codes are: "
              + Stream.of(View.values()).map(View::code).collect(Collectors.joining(", ")));
    }
    if (known.get() != View.FULL) {
      throw new LoopbaanJsonException(
          Problem.RESTRICTED_VIEW,
          "$.view",
          "a document of a restricted view cannot be read back; only full documents are");
    }
  }

  private static DocumentKind kindOf(Object node, Class<?> expected) {
    if (node == null) {
      throw new LoopbaanJsonException(Problem.MISSING_VALUE, "$.kind", "a document needs a kind");
    }
    String valid =
        Stream.of(DocumentKind.values())
            .filter(k -> expected.isAssignableFrom(k.getType()))
            .map(DocumentKind::code)
            .collect(Collectors.joining(", "));
    if (!(node instanceof String)) {
      throw new LoopbaanJsonException(
          Problem.WRONG_TYPE, "$.kind", "wrong JSON type: expected a kind code");
    }
    Optional<DocumentKind> kind = DocumentKind.byCode((String) node);
    if (kind.isEmpty() || !expected.isAssignableFrom(kind.get().getType())) {
      throw new LoopbaanJsonException(
          Problem.UNKNOWN_KIND,
          "$.kind",
          (kind.isEmpty() ? "unknown document kind" : "not the expected document kind")
              + "; valid kinds here are: "
              + valid);
    }
    return kind.get();
  }

  private static int versionOf(Object node, DocumentKind kind) {
    if (node == null) {
      throw new LoopbaanJsonException(
          Problem.MISSING_VALUE, "$.schemaVersion", "a document needs a schema version");
    }
    if (!(node instanceof Long || node instanceof BigInteger)
        || TreeSource.sizeOf((Number) node) != IntegerSize.INT) {
      throw new LoopbaanJsonException(
          Problem.WRONG_TYPE,
          "$.schemaVersion",
          "wrong JSON type: expected an integer schema version");
    }
    int version = ((Number) node).intValue();
    if (version < kind.oldestVersion() || version > kind.currentVersion()) {
      throw new LoopbaanJsonException(
          Problem.UNSUPPORTED_VERSION,
          "$.schemaVersion",
          "this library reads "
              + kind.code()
              + " documents of schema version "
              + kind.oldestVersion()
              + " to "
              + kind.currentVersion());
    }
    return version;
  }
}
