package io.github.loopbaan.core.lifecycle;

import io.github.loopbaan.core.internal.Labels;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Why a command is not possible: a stable reason code and the facts that caused it.
 *
 * <p>Facts are non-personal values only (states, command kinds, dates, counts), so a reason can be
 * logged and shown to anyone. {@link #message(Locale)} renders the reason in Dutch or English from
 * the bundles {@code reasons_en.properties} and {@code reasons_nl.properties} of this package,
 * filling {@code {fact}} placeholders. Dutch: reden van weigering.
 */
public final class Reason {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Map<String, Map<String, String>> BUNDLES = new ConcurrentHashMap<>();

  private final String code;
  private final Map<String, String> facts;

  private Reason(String code, Map<String, String> facts) {
    this.code = code;
    this.facts = facts;
  }

  /**
   * @param code the stable reason code, lower-case snake_case, for example {@code
   *     agreement_not_signed}
   * @return a reason without facts
   * @throws IllegalArgumentException when the code is not snake_case
   */
  public static Reason of(String code) {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("A reason code must be lower-case snake_case");
    }
    return new Reason(code, Collections.emptyMap());
  }

  /**
   * A copy with one more fact.
   *
   * @param name the fact's name, for example {@code state}
   * @param value the fact's value; must not be personal data
   * @return the new reason
   */
  public Reason with(String name, Object value) {
    Map<String, String> copy = new LinkedHashMap<>(facts);
    copy.put(
        Objects.requireNonNull(name, "name"),
        String.valueOf(Objects.requireNonNull(value, "value")));
    return new Reason(code, Collections.unmodifiableMap(copy));
  }

  /**
   * @return the stable reason code
   */
  public String getCode() {
    return code;
  }

  /**
   * @return the facts by name, in the order they were added
   */
  public Map<String, String> getFacts() {
    return facts;
  }

  /**
   * @param locale {@code nl} for Dutch, anything else for English
   * @return the reason as a sentence; the code itself when no text is known for it
   */
  public String message(Locale locale) {
    String language = "nl".equals(locale.getLanguage()) ? "nl" : "en";
    String template = bundle(language).get(code);
    if (template == null) {
      return code + (facts.isEmpty() ? "" : " " + facts);
    }
    String text = template;
    for (Map.Entry<String, String> fact : facts.entrySet()) {
      text = text.replace("{" + fact.getKey() + "}", fact.getValue());
    }
    return text;
  }

  /**
   * The known reason texts of one language, for tests and generated references.
   *
   * @param language {@code en} or {@code nl}
   * @return the texts by reason code, unmodifiable (the shared bundle every message is made from
   *     cannot be changed through it); empty for a language without texts
   */
  public static Map<String, String> texts(String language) {
    return bundle(language);
  }

  private static Map<String, String> bundle(String language) {
    return BUNDLES.computeIfAbsent(
        language,
        l -> {
          String path = "reasons_" + l + ".properties";
          return Labels.texts(Reason.class.getResourceAsStream(path), path);
        });
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reason
        && ((Reason) o).code.equals(code)
        && ((Reason) o).facts.equals(facts);
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + facts.hashCode();
  }

  /**
   * @return for example {@code agreement_not_signed{state=intake}}
   */
  @Override
  public String toString() {
    return code + facts;
  }
}
