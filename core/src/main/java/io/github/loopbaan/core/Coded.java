package io.github.loopbaan.core;

import io.github.loopbaan.core.internal.Labels;
import java.util.Locale;
import java.util.Objects;

/**
 * A constant with a stable lower-case code for the wire format and a human label in Dutch and
 * English.
 *
 * <p>Every enum of the Loopbaan model implements this interface, and so does every entry of an open
 * catalogue ({@link io.github.loopbaan.core.catalogue.CatalogueEntry}), whose standard entries are
 * constants of a final class and whose application entries carry their own labels. The {@linkplain
 * #code() code} never changes when a Java constant is renamed; it is what JSON documents, rule
 * tables and databases store. Labels come from the resource bundles {@code labels_en.properties}
 * and {@code labels_nl.properties} next to the enum, keyed by {@code EnumName.CONSTANT}.
 */
public interface Coded {

  /**
   * The stable wire code of this constant.
   *
   * @return a lower-case code of letters, digits and underscores, unique within its enum
   */
  String code();

  /**
   * The human label of this constant.
   *
   * @param locale the language; Dutch ({@code nl}, also {@code nl-BE}) gives the Dutch label, every
   *     other language the English one
   * @return the label, never {@code null}
   */
  default String label(Locale locale) {
    return Labels.label(this, locale);
  }

  /**
   * Finds the constant of an enum by its stable code.
   *
   * @param type the enum type
   * @param code the code, as returned by {@link #code()}
   * @param <E> the enum type
   * @return the constant with that code
   * @throws IllegalArgumentException when no constant of {@code type} has that code; the message
   *     names the enum and lists the valid codes
   */
  static <E extends Enum<E> & Coded> E byCode(Class<E> type, String code) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(code, "code");
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equals(code)) {
        return constant;
      }
    }
    StringBuilder valid = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      valid.append(valid.length() == 0 ? "" : ", ").append(constant.code());
    }
    throw new IllegalArgumentException(
        "Unknown " + type.getSimpleName() + " code; valid codes are: " + valid);
  }
}
