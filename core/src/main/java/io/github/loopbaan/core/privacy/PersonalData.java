package io.github.loopbaan.core.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an accessor whose value is personal or health data. Dutch: persoonsgegevens,
 * gezondheidsgegevens.
 *
 * <p>The mark is kept at run time, so serialization views and audits can find every such attribute
 * by reflection. In the model it always goes together with Immutables' {@code @Value.Redacted},
 * which keeps the value out of {@code toString()}; exception messages of the model never contain
 * attribute values at all.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PersonalData {

  /**
   * @return the category; {@link DataCategory#PERSONAL} unless the value is health data
   */
  DataCategory value() default DataCategory.PERSONAL;
}
