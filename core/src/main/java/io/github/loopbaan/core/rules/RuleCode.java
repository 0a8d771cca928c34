package io.github.loopbaan.core.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the stable rule code of a rule constraint annotation (Dutch: regelcode), and where the rule
 * comes from.
 *
 * <p>Put it on the declaration of a constraint annotation. The code is what reports, stored results
 * and message bundles use ({@code io.github.loopbaan.rules.<code>}); it never changes when the
 * annotation is renamed. Applications declaring their own rule constraints put this on them too, so
 * that their rules report codes the same way.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface RuleCode {

  /**
   * @return the stable rule code: lower-case letters, digits and underscores, for example {@code
   *     vch_intake_topics}
   */
  String value();

  /**
   * @return where the rule comes from, for example {@code "004 §2 Intakegesprek"}; empty when not
   *     given
   */
  String source() default "";
}
