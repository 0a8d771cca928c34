package io.github.loopbaan.benchmarks.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The rows of one JMH JSON result file ({@code -rf json}) and the run's configuration.
 *
 * @param rows the results, in file order
 * @param jdk the JDK version and VM, for example {@code 17.0.15, OpenJDK 64-Bit Server VM
 *     17.0.15+6}
 * @param jvmArgs the JVM arguments of the forks
 * @param configuration forks, iterations, threads and mode, as JMH ran them; every distinct one of
 *     the run
 */
public record Results(List<Result> rows, String jdk, List<String> jvmArgs, String configuration) {

  private static final String GC_NORM = "gc.alloc.rate.norm";

  /**
   * @param json the content of a JMH JSON result file
   * @return the results
   * @throws IllegalArgumentException when the file holds no result
   */
  public static Results parse(String json) {
    return parse(List.of(json));
  }

  /**
   * The results of several JMH runs as one, in the order given: the profiles run the cold start in
   * JVMs of its own (its forks and single-shot mode must not be overridden), so one report reads
   * two result files.
   *
   * @param jsons the contents of JMH JSON result files
   * @return the rows of all of them, the JDK and JVM arguments of the first, and every distinct
   *     configuration
   * @throws IllegalArgumentException when a file is not a JSON array or none holds a result
   */
  public static Results parse(List<String> jsons) {
    JsonMapper mapper = JsonMapper.builder().build();
    ArrayNode root = mapper.createArrayNode();
    for (String json : jsons) {
      JsonNode runs = mapper.readTree(json);
      if (!runs.isArray()) {
        throw new IllegalArgumentException("A JMH result file is not a JSON array");
      }
      runs.forEach(root::add);
    }
    if (root.isEmpty()) {
      throw new IllegalArgumentException("The JMH result file holds no result");
    }
    List<Result> rows = new ArrayList<>();
    for (JsonNode run : root) {
      String benchmark = run.get("benchmark").asString();
      int dot = benchmark.lastIndexOf('.');
      Map<String, String> params = new LinkedHashMap<>();
      JsonNode p = run.get("params");
      if (p != null) {
        for (Map.Entry<String, JsonNode> e : p.properties()) {
          params.put(e.getKey(), e.getValue().asString());
        }
      }
      JsonNode primary = run.get("primaryMetric");
      double bytes = Double.NaN;
      JsonNode secondary = run.get("secondaryMetrics");
      if (secondary != null) {
        for (Map.Entry<String, JsonNode> e : secondary.properties()) {
          if (e.getKey().endsWith(GC_NORM)) {
            bytes = number(e.getValue().get("score"));
          }
        }
      }
      rows.add(
          new Result(
              benchmark.substring(0, dot),
              benchmark.substring(dot + 1),
              params,
              number(primary.get("score")),
              number(primary.get("scoreError")),
              primary.get("scoreUnit").asString(),
              bytes));
    }
    JsonNode first = root.get(0);
    String jdk =
        first.path("jdkVersion").asString("?")
            + ", "
            + first.path("vmName").asString("?")
            + " "
            + first.path("vmVersion").asString("?");
    List<String> jvmArgs = new ArrayList<>();
    for (Iterator<JsonNode> it = first.path("jvmArgs").iterator(); it.hasNext(); ) {
      jvmArgs.add(it.next().asString());
    }
    // A run may mix modes (average time, and single shot for the cold start with its own forks):
    // every distinct
    // configuration is named, in file order.
    Set<String> configurations = new LinkedHashSet<>();
    for (JsonNode run : root) {
      configurations.add(
          run.path("forks").asInt()
              + " fork(s), "
              + run.path("warmupIterations").asInt()
              + " warm-up x "
              + run.path("warmupTime").asString("?")
              + ", "
              + run.path("measurementIterations").asInt()
              + " measurement x "
              + run.path("measurementTime").asString("?")
              + ", "
              + run.path("threads").asInt()
              + " thread(s), mode "
              + run.path("mode").asString("?"));
    }
    return new Results(
        Collections.unmodifiableList(rows),
        jdk,
        List.copyOf(jvmArgs),
        String.join("; ", configurations));
  }

  private static double number(JsonNode node) {
    if (node == null || node.isNull()) {
      return Double.NaN;
    }
    if (node.isString()) {
      return Double.NaN; // JMH writes "NaN" as a string when an error cannot be computed
    }
    return node.asDouble();
  }

  /**
   * @param group the class simple name
   * @param method the method
   * @param params the parameters, empty for none
   * @return the row, when present
   */
  public Optional<Result> find(String group, String method, Map<String, String> params) {
    return rows.stream()
        .filter(
            r -> r.group().equals(group) && r.method().equals(method) && r.params().equals(params))
        .findFirst();
  }

  /**
   * @param group the class simple name
   * @param method the method
   * @return every row of that benchmark, for all parameters, in file order
   */
  public List<Result> all(String group, String method) {
    List<Result> found = new ArrayList<>();
    for (Result r : rows) {
      if (r.group().equals(group) && r.method().equals(method)) {
        found.add(r);
      }
    }
    return found;
  }

  /**
   * @param row a row
   * @return the row of its group's {@code baseline} with the same parameters, when present
   */
  public Optional<Result> baselineOf(Result row) {
    return find(row.group(), "baseline", row.params());
  }
}
