package io.github.loopbaan.core.catalogue;

import io.github.loopbaan.core.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The form of the codes of an application's catalogue entries.
 *
 * <p>A namespaced code is {@code namespace:name}: the namespace a lower-case letter followed by at
 * most 31 lower-case letters, digits or hyphens ({@code acme}, {@code hr-suite}); the name a
 * lower-case letter or digit followed by at most 63 lower-case letters, digits, underscores, dots
 * or hyphens ({@code disc}, {@code mbti.short}). The namespace {@code loopbaan} is reserved: the
 * library's own entries have codes without a namespace. The form keeps codes safe to use as JSON
 * values, file names and database keys, and keeps an application's codes apart from every code the
 * library may add later.
 */
public final class CatalogueCodes {

  /**
   * The pattern of a namespaced code, as a regular expression that Java and the JSON Schema's
   * ECMA-262 dialect read alike; it excludes the reserved namespace.
   */
  public static final String NAMESPACED_PATTERN =
      "^(?!loopbaan:)[a-z][a-z0-9-]{0,31}:[a-z0-9][a-z0-9_.-]{0,63}$";

  private static final Pattern NAMESPACED = Pattern.compile(NAMESPACED_PATTERN);

  /** The namespace reserved for the library. */
  public static final String RESERVED_NAMESPACE = "loopbaan";

  private CatalogueCodes() {}

  /**
   * @param code a code
   * @return whether the code has the form of an application's code, {@code namespace:name}, in a
   *     namespace other than {@value #RESERVED_NAMESPACE}
   */
  public static boolean isNamespaced(String code) {
    return code != null && NAMESPACED.matcher(code).matches();
  }

  /**
   * @param code an application's code
   * @param type the entry type, for the message
   * @return the code
   * @throws InvalidValueException with the rule {@code namespaced_code} when the code is not of the
   *     form {@code namespace:name}; the message does not quote the code
   */
  public static String requireNamespaced(String code, String type) {
    Objects.requireNonNull(code, "code");
    if (!isNamespaced(code)) {
      throw new InvalidValueException(
          type,
          "code",
          "namespaced_code",
          "an application's entry needs a code of the form namespace:name (lower case, for"
              + " example acme:disc), outside the reserved namespace loopbaan");
    }
    return code;
  }
}
