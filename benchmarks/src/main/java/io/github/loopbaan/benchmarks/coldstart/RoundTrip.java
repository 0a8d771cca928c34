package io.github.loopbaan.benchmarks.coldstart;

import java.util.List;

/**
 * What a first validated round trip produced, so the setup test can check that it really happened.
 *
 * @param written the value written
 * @param document the JSON document written
 * @param read the value read back from the document
 * @param violations the codes (Loopbaan) or property paths (plain Hibernate Validator) of the
 *     violations found on the value read back
 */
public record RoundTrip(Object written, String document, Object read, List<String> violations) {

  /**
   * @return a fixed description without the values, which hold invented personal data
   */
  @Override
  public String toString() {
    return "RoundTrip[" + document.length() + " chars, " + violations.size() + " violation(s)]";
  }
}
