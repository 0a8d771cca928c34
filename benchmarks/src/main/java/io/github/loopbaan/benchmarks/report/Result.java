package io.github.loopbaan.benchmarks.report;

import java.util.Map;

/**
 * One row of a JMH result file.
 *
 * @param className the benchmark class, fully qualified
 * @param method the benchmark method
 * @param params the JMH parameters, in declaration order
 * @param score the primary score
 * @param error the score error (99.9% confidence half-width), NaN when JMH could not compute one
 * @param unit the score unit, for example {@code ns/op}
 * @param bytesPerOp allocated bytes per operation ({@code -prof gc}), NaN when not profiled
 */
public record Result(
    String className,
    String method,
    Map<String, String> params,
    double score,
    double error,
    String unit,
    double bytesPerOp) {

  /**
   * @return the class name without package: the group of comparison
   */
  public String group() {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /**
   * @return the parameters as {@code name=value, ...}, or empty
   */
  public String paramText() {
    StringBuilder out = new StringBuilder();
    params.forEach(
        (k, v) -> out.append(out.length() == 0 ? "" : ", ").append(k).append('=').append(v));
    return out.toString();
  }
}
