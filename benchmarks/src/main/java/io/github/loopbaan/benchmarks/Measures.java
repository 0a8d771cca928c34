package io.github.loopbaan.benchmarks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a benchmark method (or a benchmark class, as a group) measures: the report generator copies
 * it into {@code docs/performance.md}, so the description lives next to the code it describes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Measures {

  /**
   * @return the description, one sentence, Markdown allowed
   */
  String value();
}
