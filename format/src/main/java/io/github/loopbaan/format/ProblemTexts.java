package io.github.loopbaan.format;

import io.github.loopbaan.core.internal.Labels;
import java.util.Map;

/**
 * The texts of the problem documents, in {@code problems_en.properties} and {@code
 * problems_nl.properties} beside this class: titles per kind and details per read problem.
 */
final class ProblemTexts {

  private static final Map<String, String> EN = load("en");
  private static final Map<String, String> NL = load("nl");

  private ProblemTexts() {}

  /**
   * @param language {@code en} or {@code nl}
   * @param key the text's key
   * @return the text
   * @throws IllegalStateException when the key has no text: a missing translation is a bug, which a
   *     test of every key guards
   */
  static String text(String language, String key) {
    String text = ("nl".equals(language) ? NL : EN).get(key);
    if (text == null) {
      throw new IllegalStateException("no problem text " + key + " in " + language);
    }
    return text;
  }

  /**
   * @param language {@code en} or {@code nl}
   * @return every text of the language by key, unmodifiable
   */
  static Map<String, String> texts(String language) {
    return "nl".equals(language) ? NL : EN;
  }

  private static Map<String, String> load(String language) {
    String name = "problems_" + language + ".properties";
    Map<String, String> texts = Labels.texts(ProblemTexts.class.getResourceAsStream(name), name);
    if (texts.isEmpty()) {
      throw new IllegalStateException(name + " is missing");
    }
    return texts;
  }
}
