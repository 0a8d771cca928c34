package io.github.loopbaan.core.catalogue;

import io.github.loopbaan.core.Coded;

/**
 * An entry of an open catalogue: one of the library's standard entries, or an application's own
 * entry under a namespaced code.
 *
 * <p>Implementations are immutable and final, and compare by everything they carry (code, labels,
 * category), so that two applications that give the same code different meanings do not compare
 * equal. The wire format writes an entry as its {@linkplain #code() code} alone.
 */
public interface CatalogueEntry extends Coded {

  /**
   * The stable wire code of this entry.
   *
   * @return for a standard entry a lower-case code of letters, digits and underscores; for an
   *     application's entry a namespaced code such as {@code acme:disc} ({@link
   *     CatalogueCodes#isNamespaced(String)})
   */
  @Override
  String code();

  /**
   * @return {@code true} for the library's own entries, {@code false} for an application's
   */
  default boolean isStandard() {
    return !CatalogueCodes.isNamespaced(code());
  }
}
