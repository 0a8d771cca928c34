package io.github.loopbaan.serialization;

import tools.jackson.core.StreamReadConstraints;

/**
 * The input limits of a {@link LoopbaanJson}: checked by the parser (size, depth, text length) and
 * by this module (collection size).
 */
record Limits(
    long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxCollectionSize) {

  /** Longest property name or map key, in characters. */
  static final int MAX_NAME_LENGTH = 1_000;

  /** Longest number literal, in characters. */
  static final int MAX_NUMBER_LENGTH = 100;

  static final Limits DEFAULT =
      new Limits(
          LoopbaanJson.DEFAULT_MAX_DOCUMENT_BYTES,
          LoopbaanJson.DEFAULT_MAX_NESTING_DEPTH,
          LoopbaanJson.DEFAULT_MAX_STRING_LENGTH,
          LoopbaanJson.DEFAULT_MAX_COLLECTION_SIZE);

  Limits {
    if (maxDocumentBytes < 1
        || maxNestingDepth < 1
        || maxStringLength < 1
        || maxCollectionSize < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentBytes)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .build();
  }
}
