package io.github.loopbaan.core.catalogue;

import io.github.loopbaan.core.plan.InterventionKind;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.question.OrganisationalQuestionSubtype;
import io.github.loopbaan.core.session.Instrument;
import io.github.loopbaan.core.trajectory.OutcomeKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The entries an application accepts in its open catalogues: the library's standard entries of
 * every catalogued type, and the application's own (Dutch: catalogus).
 *
 * <p>Immutable and thread-safe. There is no global registry: a catalogue is passed where codes come
 * in or are checked, to the JSON reader ({@code LoopbaanJson.builder().catalogue(…)}) and to the
 * validator ({@code LoopbaanValidator.builder().catalogue(…)}). {@link #standard()} holds the
 * library's entries only.
 *
 * <pre>{@code
 * Instrument disc = Instrument.custom("acme:disc")
 *     .dimension(Dimension.BEING)
 *     .label(Locale.ENGLISH, "DISC profile")
 *     .label(Locale.forLanguageTag("nl"), "DISC-profiel")
 *     .build();
 * Catalogue catalogue = Catalogue.builder().add(disc).build();
 * catalogue.find(Instrument.class, "acme:disc");   // Optional[disc]
 * catalogue.find(Instrument.class, "life_line");   // Optional[Instrument.LIFE_LINE]
 * }</pre>
 *
 * <p>The catalogued types are listed by {@link #types()}: {@link Instrument}, {@link
 * ClientQuestionType}, {@link OrganisationalQuestionSubtype}, {@link OutcomeKind} and {@link
 * InterventionKind}.
 */
public final class Catalogue {

  private static final Map<Class<? extends CatalogueEntry>, List<? extends CatalogueEntry>>
      STANDARD = standardEntriesByType();

  private static final Catalogue STANDARD_CATALOGUE = new Catalogue(Map.of());

  /** The application's entries per type, in the order added; unmodifiable. */
  private final Map<Class<? extends CatalogueEntry>, Map<String, CatalogueEntry>> added;

  private Catalogue(Map<Class<? extends CatalogueEntry>, Map<String, CatalogueEntry>> added) {
    this.added = added;
  }

  private static Map<Class<? extends CatalogueEntry>, List<? extends CatalogueEntry>>
      standardEntriesByType() {
    Map<Class<? extends CatalogueEntry>, List<? extends CatalogueEntry>> byType =
        new LinkedHashMap<>();
    byType.put(Instrument.class, Instrument.standardEntries());
    byType.put(ClientQuestionType.class, ClientQuestionType.standardEntries());
    byType.put(
        OrganisationalQuestionSubtype.class, OrganisationalQuestionSubtype.standardEntries());
    byType.put(OutcomeKind.class, OutcomeKind.standardEntries());
    byType.put(InterventionKind.class, InterventionKind.standardEntries());
    return Collections.unmodifiableMap(byType);
  }

  /**
   * @return the catalogue of the library's standard entries only
   */
  public static Catalogue standard() {
    return STANDARD_CATALOGUE;
  }

  /**
   * @return a builder that starts from the standard entries
   */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /**
   * @return the catalogued types, in a fixed order: the entry types whose values an application may
   *     extend
   */
  public static Set<Class<? extends CatalogueEntry>> types() {
    return STANDARD.keySet();
  }

  /**
   * @param type any class
   * @return whether the class is a catalogued entry type
   */
  public static boolean isCatalogued(Class<?> type) {
    return STANDARD.containsKey(type);
  }

  /**
   * Finds an entry by its code: a standard entry, or one of the application's entries.
   *
   * @param type a catalogued type
   * @param code a code
   * @param <E> the entry type
   * @return the entry, or empty when this catalogue has none with that code
   * @throws IllegalArgumentException when {@code type} is not catalogued
   */
  public <E extends CatalogueEntry> Optional<E> find(Class<E> type, String code) {
    Objects.requireNonNull(code, "code");
    for (CatalogueEntry entry : standardEntries(type)) {
      if (entry.code().equals(code)) {
        return Optional.of(type.cast(entry));
      }
    }
    return Optional.ofNullable(type.cast(added.getOrDefault(type, Map.of()).get(code)));
  }

  /**
   * @param type a catalogued type
   * @param <E> the entry type
   * @return the standard entries, then the application's in the order added; unmodifiable
   * @throws IllegalArgumentException when {@code type} is not catalogued
   */
  public <E extends CatalogueEntry> List<E> entries(Class<E> type) {
    List<E> all = new ArrayList<>();
    for (CatalogueEntry entry : standardEntries(type)) {
      all.add(type.cast(entry));
    }
    all.addAll(applicationEntries(type));
    return Collections.unmodifiableList(all);
  }

  /**
   * @param type a catalogued type
   * @param <E> the entry type
   * @return the application's entries of the type in the order added; unmodifiable
   * @throws IllegalArgumentException when {@code type} is not catalogued
   */
  public <E extends CatalogueEntry> List<E> applicationEntries(Class<E> type) {
    standardEntries(type);
    List<E> entries = new ArrayList<>();
    for (CatalogueEntry entry : added.getOrDefault(type, Map.of()).values()) {
      entries.add(type.cast(entry));
    }
    return Collections.unmodifiableList(entries);
  }

  /**
   * Whether the catalogue holds exactly this entry: a standard entry, or an application's entry
   * with the same code and the same meaning (labels and category). An entry with a known code but
   * another meaning is not contained: it would read back from JSON as the catalogue's entry, not as
   * itself.
   *
   * @param entry an entry
   * @return whether the catalogue holds it
   */
  public boolean contains(CatalogueEntry entry) {
    Objects.requireNonNull(entry, "entry");
    return isCatalogued(entry.getClass())
        && find(entry.getClass().asSubclass(CatalogueEntry.class), entry.code())
            .filter(entry::equals)
            .isPresent();
  }

  /**
   * @return a builder holding this catalogue's entries, to add more
   */
  public Builder toBuilder() {
    return new Builder(added);
  }

  private static List<? extends CatalogueEntry> standardEntries(Class<?> type) {
    List<? extends CatalogueEntry> entries = STANDARD.get(Objects.requireNonNull(type, "type"));
    if (entries == null) {
      throw new IllegalArgumentException(
          type.getSimpleName() + " is not a catalogued type; catalogued types are " + names());
    }
    return entries;
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Class<?> type : STANDARD.keySet()) {
      names.add(type.getSimpleName());
    }
    Collections.sort(names);
    return names;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Catalogue && added.equals(((Catalogue) other).added);
  }

  @Override
  public int hashCode() {
    return added.hashCode();
  }

  /**
   * @return the application's codes per type, for example {@code Catalogue[Instrument: acme:disc]};
   *     codes name catalogue entries, not people
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Catalogue[");
    String separator = "";
    for (Map.Entry<Class<? extends CatalogueEntry>, Map<String, CatalogueEntry>> entry :
        added.entrySet()) {
      text.append(separator)
          .append(entry.getKey().getSimpleName())
          .append(": ")
          .append(String.join(", ", entry.getValue().keySet()));
      separator = "; ";
    }
    return text.append(']').toString();
  }

  /** Builds a {@link Catalogue}. Not thread-safe. */
  public static final class Builder {

    private final Map<Class<? extends CatalogueEntry>, Map<String, CatalogueEntry>> added =
        new LinkedHashMap<>();

    private Builder(Map<Class<? extends CatalogueEntry>, Map<String, CatalogueEntry>> from) {
      from.forEach((type, entries) -> added.put(type, new LinkedHashMap<>(entries)));
    }

    /**
     * Adds every application entry of another catalogue.
     *
     * @param catalogue a catalogue
     * @return this builder
     * @throws IllegalArgumentException when an entry conflicts with one already added
     */
    public Builder from(Catalogue catalogue) {
      Objects.requireNonNull(catalogue, "catalogue");
      catalogue.added.values().forEach(entries -> addAll(entries.values()));
      return this;
    }

    /**
     * Adds an application's entry.
     *
     * @param entry an entry with a namespaced code
     * @return this builder
     * @throws IllegalArgumentException when the entry is a standard one (they are always in), its
     *     type is not catalogued, or the catalogue already has another entry of its type with its
     *     code; the message names the code
     */
    public Builder add(CatalogueEntry entry) {
      Objects.requireNonNull(entry, "entry");
      Class<? extends CatalogueEntry> type = entry.getClass();
      standardEntries(type);
      if (entry.isStandard()) {
        throw new IllegalArgumentException(
            "The standard " + type.getSimpleName() + " entries are in every catalogue already");
      }
      CatalogueEntry earlier =
          added.computeIfAbsent(type, t -> new LinkedHashMap<>()).putIfAbsent(entry.code(), entry);
      if (earlier != null && !earlier.equals(entry)) {
        throw new IllegalArgumentException(
            "The catalogue already has another "
                + type.getSimpleName()
                + " with the code "
                + entry.code());
      }
      return this;
    }

    /**
     * @param entries application entries
     * @return this builder
     * @see #add(CatalogueEntry)
     */
    public Builder addAll(Iterable<? extends CatalogueEntry> entries) {
      for (CatalogueEntry entry : entries) {
        add(entry);
      }
      return this;
    }

    /**
     * @return the catalogue
     */
    public Catalogue build() {
      Map<Class<? extends CatalogueEntry>, Map<String, CatalogueEntry>> copy =
          new LinkedHashMap<>();
      added.forEach(
          (type, entries) -> {
            if (!entries.isEmpty()) {
              copy.put(type, Collections.unmodifiableMap(new LinkedHashMap<>(entries)));
            }
          });
      return copy.isEmpty() ? STANDARD_CATALOGUE : new Catalogue(Collections.unmodifiableMap(copy));
    }
  }
}
