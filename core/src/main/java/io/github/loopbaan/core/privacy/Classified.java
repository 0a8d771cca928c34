package io.github.loopbaan.core.privacy;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.catalogue.Catalogue;

/**
 * A constant whose mere use says something about a person, such as "the client's question turned
 * into a stress question". Dutch: gevoelige code.
 *
 * <p>No inference: masking only the health constants would single them out, since a reader could
 * tell them apart by the mask. So a <em>sensitive class</em>, an enum with at least one {@link
 * DataCategory#HEALTH} constant, is masked as a whole: wherever Loopbaan writes a code into a
 * message, a reason fact or a {@code toString()}, every constant of a sensitive class shows its
 * {@link #maskedCode()} (by default {@link #REDACTED}), health or not; see {@link #shown(Coded)}.
 * Likewise the restricted views leave out every value of a sensitive class. Code that works with
 * the constant itself still gets the real value.
 */
public interface Classified {

  /** What is shown instead of the code of a health-data constant. */
  String REDACTED = "<redacted>";

  /**
   * @return the data category that knowing this constant about a person falls under
   */
  DataCategory dataCategory();

  /**
   * @return what shows instead of the code when the constant's class is {@linkplain #isSensitive
   *     sensitive}: the same text for every constant that could be health data (by default {@link
   *     #REDACTED}); a class may keep the code of a constant that says nothing of the kind, such as
   *     "answer the question"
   */
  default String maskedCode() {
    return REDACTED;
  }

  /**
   * @param constant a coded constant
   * @return its code, or its {@link #maskedCode()} when its class is {@linkplain #isSensitive
   *     sensitive}
   */
  static String shown(Coded constant) {
    return constant instanceof Classified && isSensitive(constant.getClass())
        ? ((Classified) constant).maskedCode()
        : constant.code();
  }

  /**
   * @param type a class, typically an enum implementing this interface
   * @return whether it is an enum with at least one {@link DataCategory#HEALTH} constant, or a
   *     catalogued type implementing this interface (an application may add a health entry to it):
   *     then every constant or entry of it is masked in messages and left out of restricted views,
   *     so that none can be told apart
   */
  static boolean isSensitive(Class<?> type) {
    return Sensitivity.OF.get(type);
  }
}

/** The sensitivity of each class, computed once per class. */
final class Sensitivity {
  static final ClassValue<Boolean> OF =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          if (Catalogue.isCatalogued(type)) {
            // An application may add a health entry at any time: the whole class is sensitive.
            return Classified.class.isAssignableFrom(type);
          }
          Class<?> enumType =
              type.isEnum()
                  ? type
                  : type.getSuperclass() != null && type.getSuperclass().isEnum()
                      ? type.getSuperclass()
                      : null;
          if (enumType == null || !Classified.class.isAssignableFrom(enumType)) {
            return false;
          }
          for (Object constant : enumType.getEnumConstants()) {
            if (((Classified) constant).dataCategory() == DataCategory.HEALTH) {
              return true;
            }
          }
          return false;
        }
      };

  private Sensitivity() {}
}
