package io.github.loopbaan.validation.constraints;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a rule found wrong: the path below the validated value and the facts for the message. Facts
 * are codes, durations, periods and counts, never personal data.
 */
public final class Finding {

  private final String path;
  private final Map<String, Object> facts = new LinkedHashMap<>();

  private Finding(String path) {
    this.path = path;
  }

  /**
   * @param path dot-separated property names below the validated value, for example {@code
   *     generalData.title}
   * @return a finding without facts
   */
  public static Finding at(String path) {
    return new Finding(path);
  }

  /**
   * @param name the placeholder name in the message
   * @param value the fact
   * @return this finding
   */
  public Finding with(String name, Object value) {
    facts.put(name, value);
    return this;
  }

  /**
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * @return the facts by name
   */
  public Map<String, Object> facts() {
    return Collections.unmodifiableMap(facts);
  }
}
