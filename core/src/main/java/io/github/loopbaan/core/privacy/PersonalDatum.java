package io.github.loopbaan.core.privacy;

import java.util.Objects;

/**
 * One item of personal data found in a model value: where it is, its category and the value itself.
 * Found by {@link DataCategories#personalData(Object)}, for a subject-access export or an audit.
 * Dutch: persoonsgegeven.
 *
 * <p>{@link #toString()} names the path and the category, never the value.
 */
public final class PersonalDatum {

  private final String path;
  private final DataCategory category;
  private final Object value;

  PersonalDatum(String path, DataCategory category, Object value) {
    this.path = path;
    this.category = category;
    this.value = value;
  }

  /**
   * @return where the datum is in the value, as attribute names and indexes, for example {@code
   *     client.name} or {@code sessions[2].notes[0].text}
   */
  public String getPath() {
    return path;
  }

  /**
   * @return {@link DataCategory#PERSONAL} or {@link DataCategory#HEALTH}: the attribute's mark, or
   *     health when the item holding it (a note, an insight) is health data
   */
  public DataCategory getCategory() {
    return category;
  }

  /**
   * @return the value: a text, a date, a code, a collection or a model value; personal data
   */
  public Object getValue() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PersonalDatum
        && ((PersonalDatum) o).path.equals(path)
        && ((PersonalDatum) o).category == category
        && ((PersonalDatum) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, category, value);
  }

  /**
   * @return for example {@code PersonalDatum[client.name personal]}
   */
  @Override
  public String toString() {
    return "PersonalDatum[" + path + " " + category.code() + "]";
  }
}
