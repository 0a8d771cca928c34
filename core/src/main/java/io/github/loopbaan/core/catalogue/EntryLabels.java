package io.github.loopbaan.core.catalogue;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.internal.Require;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The labels of an application's catalogue entry, one per language.
 *
 * <p>An English label is required: it is the label of every language the entry has none for, as for
 * the library's own entries ({@link io.github.loopbaan.core.Coded#label(Locale)}). Languages are
 * ISO 639 codes ({@code en}, {@code nl}, {@code fr}); a label is not blank and at most {@value
 * io.github.loopbaan.core.internal.Require#MAX_TEXT_LENGTH} characters. Labels name a catalogue
 * entry, not a person: they are not personal data.
 */
public final class EntryLabels {

  private final Map<String, String> labels;

  private EntryLabels(Map<String, String> labels) {
    this.labels = labels;
  }

  /**
   * @param labels the label per language ({@code Locale.getLanguage()}, such as {@code en})
   * @param type the entry type, for the message
   * @return the labels
   * @throws InvalidValueException when the English label is missing or a label is blank or too long
   */
  public static EntryLabels of(Map<String, String> labels, String type) {
    Objects.requireNonNull(labels, "labels");
    Map<String, String> copy = new TreeMap<>();
    for (Map.Entry<String, String> entry : labels.entrySet()) {
      String language = Objects.requireNonNull(entry.getKey(), "language");
      String label = Objects.requireNonNull(entry.getValue(), "label");
      Require.that(
          language.matches("[a-z]{2,3}"),
          type,
          "labels",
          "language_code",
          "a label's language is a lower-case ISO 639 code such as en or nl");
      Require.notBlank(label, type, "labels");
      Require.maxLength(label, type, "labels");
      copy.put(language, label);
    }
    Require.that(
        copy.containsKey("en"),
        type,
        "labels",
        "english_label",
        "an application's entry needs an English label, the label of every other language");
    return new EntryLabels(Collections.unmodifiableMap(copy));
  }

  /**
   * @param locale the language asked for
   * @return the label in that language, or the English label when there is none
   */
  public String label(Locale locale) {
    String label = labels.get(locale.getLanguage());
    return label != null ? label : labels.get("en");
  }

  /**
   * @return every label by language, sorted by language; unmodifiable
   */
  public Map<String, String> asMap() {
    return labels;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EntryLabels && labels.equals(((EntryLabels) other).labels);
  }

  @Override
  public int hashCode() {
    return labels.hashCode();
  }

  @Override
  public String toString() {
    return "EntryLabels" + labels.keySet();
  }
}
