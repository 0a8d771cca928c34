package io.github.loopbaan.core.serializationfixture;

import io.github.loopbaan.core.privacy.DataCategory;

/**
 * A code enum with a public {@code dataCategory()} that does not implement {@code Classified}: its
 * category is still found.
 */
public enum Mood {
  /** A health matter. */
  WORN_OUT(DataCategory.HEALTH),
  /** An ordinary personal matter. */
  CONTENT(DataCategory.PERSONAL);

  private final DataCategory category;

  Mood(DataCategory category) {
    this.category = category;
  }

  /**
   * @return the data category of the code
   */
  public DataCategory dataCategory() {
    return category;
  }
}
