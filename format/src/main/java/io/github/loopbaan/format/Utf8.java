package io.github.loopbaan.format;

import io.github.loopbaan.format.LoopbaanJsonException.Problem;

/**
 * Strict UTF-8 and Unicode text at every read entry. Jackson's UTF-8 parser checks that
 * continuation bytes are continuation bytes, but accepts overlong forms ({@code C0 AF}), encoded
 * surrogates ({@code ED A0 80}) and sequences above U+10FFFF ({@code F4 90 80 80}), which it turns
 * into other text or into lone surrogates; a value read from such input does not read back equal.
 * So the bytes are checked first, in one pass without allocation, against the table of well-formed
 * byte sequences of the Unicode Standard (chapter 3, table 3-7):
 *
 * <pre>
 * 00..7F
 * C2..DF  80..BF
 * E0      A0..BF  80..BF
 * E1..EC  80..BF  80..BF
 * ED      80..9F  80..BF
 * EE..EF  80..BF  80..BF
 * F0      90..BF  80..BF  80..BF
 * F1..F3  80..BF  80..BF  80..BF
 * F4      80..8F  80..BF  80..BF
 * </pre>
 *
 * <p>A read from a {@code String} checks the characters instead: a lone surrogate would otherwise
 * be encoded as {@code ?} and the value read would silently differ from the input.
 *
 * <p>A failure is {@code malformed} at {@code $} with the byte (or character) offset in the reason;
 * the offending bytes are never quoted.
 */
final class Utf8 {

  private Utf8() {}

  /**
   * @param bytes the input
   * @return the offset of the first byte of the first ill-formed sequence, or -1 when every
   *     sequence is well-formed; a sequence cut off by the end of the input is ill-formed
   */
  static int firstIllFormed(byte[] bytes) {
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      int lead = bytes[i];
      if (lead >= 0) {
        i++;
        continue;
      }
      lead &= 0xFF;
      int length;
      int low = 0x80;
      int high = 0xBF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) {
          low = 0xA0;
        } else if (lead == 0xED) {
          high = 0x9F;
        }
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) {
          low = 0x90;
        } else if (lead == 0xF4) {
          high = 0x8F;
        }
      } else {
        return i;
      }
      if (n - i < length) {
        return i;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < low || second > high) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }

  /**
   * @param text the input
   * @return the index of the first surrogate that is not part of a pair, or -1
   */
  static int firstUnpairedSurrogate(CharSequence text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * @param bytes the input
   * @throws LoopbaanJsonException {@code malformed} at {@code $}, naming the byte offset, when the
   *     input is not well-formed UTF-8
   */
  static void requireWellFormed(byte[] bytes) {
    int offset = firstIllFormed(bytes);
    if (offset >= 0) {
      throw new LoopbaanJsonException(
          Problem.MALFORMED,
          "$",
          "the input is not well-formed UTF-8 from byte offset "
              + offset
              + " (overlong form, encoded surrogate, code point above U+10FFFF, stray or missing"
              + " continuation byte)");
    }
  }

  /**
   * @param text the input
   * @throws LoopbaanJsonException {@code malformed} at {@code $}, naming the character offset, when
   *     the text holds a lone surrogate
   */
  static void requireUnicode(CharSequence text) {
    int offset = firstUnpairedSurrogate(text);
    if (offset >= 0) {
      throw new LoopbaanJsonException(
          Problem.MALFORMED,
          "$",
          "the input holds an unpaired surrogate at character offset "
              + offset
              + ", which is not Unicode text");
    }
  }
}
