package io.github.loopbaan.core.serializationfixture;

/**
 * Abstract with a public static nested {@code Builder}, but its {@code builder()} returns something
 * else: no value type.
 */
public abstract class Crate {

  Crate() {}

  /**
   * @return a description, not the builder
   */
  public static String builder() {
    return "not a builder";
  }

  /**
   * @return the label
   */
  public abstract String getLabel();

  /** A builder that {@code builder()} does not return. */
  public static final class Builder {
    Builder() {}

    /**
     * @param label the label
     * @return this builder
     */
    public Builder label(String label) {
      return this;
    }
  }
}
