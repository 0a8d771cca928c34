package io.github.loopbaan.format.spi;

import java.util.Locale;

/**
 * The input limits of one reader of the wire format: checked by the binding's parser as tokens
 * arrive (document size, nesting depth, text length, property name and number length) and by the
 * format (collection size).
 *
 * <p>Part of the format's service provider interface for the Jackson bindings; not an API for
 * applications, and it may change in any release.
 *
 * @param maxDocumentBytes the largest document, in bytes of UTF-8
 * @param maxNestingDepth the deepest nesting of arrays and objects
 * @param maxStringLength the longest text, in characters
 * @param maxCollectionSize the largest collection, map, array or history, in elements
 */
public record ReadLimits(
    long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxCollectionSize) {

  /** Default largest document, in bytes: 8 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 8L * 1024 * 1024;

  /** Default deepest nesting of arrays and objects: 64 levels. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Default longest text, in characters: 100,000, the model's longest accepted text attribute. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;

  /** Default largest collection, map or array: 10,000 elements. */
  public static final int DEFAULT_MAX_COLLECTION_SIZE = 10_000;

  /** Longest property name or map key, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** Longest number literal, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The default limits. */
  public static final ReadLimits DEFAULT =
      new ReadLimits(
          DEFAULT_MAX_DOCUMENT_BYTES,
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_COLLECTION_SIZE);

  /**
   * @param maxDocumentBytes the largest document, in bytes of UTF-8; at least 1
   * @param maxNestingDepth the deepest nesting of arrays and objects; at least 1
   * @param maxStringLength the longest text, in characters; at least 1
   * @param maxCollectionSize the largest collection, map, array or history; at least 0
   * @throws IllegalArgumentException when a limit is below its least value
   */
  public ReadLimits {
    if (maxDocumentBytes < 1
        || maxNestingDepth < 1
        || maxStringLength < 1
        || maxCollectionSize < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /**
   * The reason of a limit failure, naming the limit and never the input.
   *
   * @param parserMessage the parser's own message of the failure, which names the limit it hit
   * @return for example {@code "the input nests deeper than 64 levels"}
   */
  public String reasonFor(String parserMessage) {
    String m = String.valueOf(parserMessage).toLowerCase(Locale.ROOT);
    if (m.contains("nesting depth")) {
      return "the input nests deeper than " + maxNestingDepth + " levels";
    }
    if (m.contains("string value length")) {
      return "a text is longer than " + maxStringLength + " characters";
    }
    if (m.contains("document length")) {
      return "the document is larger than " + maxDocumentBytes + " bytes";
    }
    if (m.contains("name length")) {
      return "a property name is longer than " + MAX_NAME_LENGTH + " characters";
    }
    if (m.contains("number value length")) {
      return "a number has more than " + MAX_NUMBER_LENGTH + " characters";
    }
    return "the input exceeds a configured limit";
  }
}
