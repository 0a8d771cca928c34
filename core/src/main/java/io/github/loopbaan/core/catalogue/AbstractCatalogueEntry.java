package io.github.loopbaan.core.catalogue;

import io.github.loopbaan.core.internal.Labels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one implementation of what every catalogued type shares: a code, labels (from the library's
 * bundles for a standard entry, carried by an application's entry), equality and {@code
 * toString()}. A catalogued type extends it, declares its standard entries as constants and adds
 * its category attributes ({@link #meaning()}).
 *
 * <p>Subclasses are final and immutable.
 */
public abstract class AbstractCatalogueEntry implements CatalogueEntry {

  private final String code;
  private final String name;
  private final EntryLabels labels;

  /**
   * A standard entry, labelled from the bundles of the subclass's package under {@code
   * SimpleName.NAME}.
   *
   * @param name the Java name of the constant, such as {@code LIFE_LINE}
   * @param code the stable code
   */
  protected AbstractCatalogueEntry(String name, String code) {
    this.name = Objects.requireNonNull(name, "name");
    this.code = Objects.requireNonNull(code, "code");
    this.labels = null;
  }

  /**
   * An application's entry.
   *
   * @param builder the builder holding the namespaced code and the labels
   * @throws io.github.loopbaan.core.InvalidValueException when the English label is missing or a
   *     label is blank or too long
   */
  protected AbstractCatalogueEntry(Builder<?> builder) {
    this.name = null;
    this.code = builder.code;
    this.labels = EntryLabels.of(builder.labels, getClass().getSimpleName());
  }

  @Override
  public final String code() {
    return code;
  }

  /**
   * @param locale the language
   * @return the label: for a standard entry from the library's bundles (Dutch for {@code nl},
   *     English otherwise); for an application's entry its label in that language, or its English
   *     label
   */
  @Override
  public String label(Locale locale) {
    return labels == null ? Labels.label(getClass(), name, locale) : labels.label(locale);
  }

  /**
   * @return the labels of an application's entry; empty for a standard entry, whose labels come
   *     from the library's bundles
   */
  public final Optional<EntryLabels> labels() {
    return Optional.ofNullable(labels);
  }

  /**
   * @return the attributes besides code and labels that give the entry its meaning (its category,
   *     approach, domain…), compared by {@link #equals(Object)}
   */
  protected abstract List<Object> meaning();

  /**
   * @param other another object
   * @return whether it is the same entry: the same type, code, labels and meaning
   */
  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || other.getClass() != getClass()) {
      return false;
    }
    AbstractCatalogueEntry that = (AbstractCatalogueEntry) other;
    return code.equals(that.code)
        && Objects.equals(labels, that.labels)
        && meaning().equals(that.meaning());
  }

  @Override
  public final int hashCode() {
    return code.hashCode();
  }

  /**
   * @return the code, for example {@code life_line} or {@code acme:disc}; a type whose entries say
   *     something about a person overrides it
   */
  @Override
  public String toString() {
    return code;
  }

  /**
   * The shared part of the builders of an application's entries: the namespaced code and the
   * labels.
   *
   * @param <B> the concrete builder
   */
  public abstract static class Builder<B extends Builder<B>> {

    private final String code;
    private final Map<String, String> labels = new LinkedHashMap<>();

    /**
     * @param code a namespaced code ({@link CatalogueCodes})
     * @param type the entry type's simple name, for the message
     * @throws io.github.loopbaan.core.InvalidValueException when the code is not namespaced
     */
    protected Builder(String code, String type) {
      this.code = CatalogueCodes.requireNamespaced(code, type);
    }

    /**
     * @param language the language of the label; only {@link Locale#getLanguage()} counts
     * @param label the label
     * @return this builder
     */
    public final B label(Locale language, String label) {
      labels.put(Objects.requireNonNull(language, "language").getLanguage(), label);
      return self();
    }

    /**
     * @return this builder, as its concrete type
     */
    protected abstract B self();
  }
}
