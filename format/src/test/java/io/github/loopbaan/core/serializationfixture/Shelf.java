package io.github.loopbaan.core.serializationfixture;

/**
 * A hand-written value type (no Immutables) with a second nested class besides its {@code Builder}:
 * only the builder leads back to it.
 */
public abstract class Shelf {

  Shelf() {}

  /**
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the label, an attribute
   */
  public abstract String getLabel();

  /**
   * @return the side, an attribute
   */
  public abstract Side getSide();

  /**
   * @return derived, no builder method: not an attribute
   */
  public String getSummary() {
    return getLabel() + "/" + getSide();
  }

  /** A nested enum that is not the builder. */
  public enum Side {
    /** The left. */
    LEFT,
    /** The right. */
    RIGHT
  }

  /** Builds a {@link Shelf}. */
  public static final class Builder {
    private String label = "";
    private Side side = Side.LEFT;

    Builder() {}

    /**
     * @param label the label
     * @return this builder
     */
    public Builder label(String label) {
      this.label = label;
      return this;
    }

    /**
     * @param side the side
     * @return this builder
     */
    public Builder side(Side side) {
      this.side = side;
      return this;
    }

    /**
     * @param summary ignored: the summary is derived
     * @return this builder
     */
    public static Builder summary(String summary) {
      return new Builder();
    }

    /**
     * @return the shelf
     */
    public Shelf build() {
      String l = label;
      Side s = side;
      return new Shelf() {
        @Override
        public String getLabel() {
          return l;
        }

        @Override
        public Side getSide() {
          return s;
        }
      };
    }
  }
}
