package io.github.loopbaan.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The report generator reads JMH's JSON and writes ratios to the baseline of the same run. */
class PerformanceReportTest {

  private static String row(String method, String params, double score, double bytes) {
    return row("lifecycle", method, params, score, bytes);
  }

  private static String row(String area, String method, String params, double score, double bytes) {
    return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"io.github.loopbaan.benchmarks."
        + area
        + "."
        + method
        + "\","
        + "\"mode\":\"avgt\",\"threads\":1,\"forks\":1,\"jvmArgs\":[\"-Xms1g\"],\"jdkVersion\":\"17.0.15\","
        + "\"vmName\":\"OpenJDK 64-Bit Server VM\",\"vmVersion\":\"17.0.15+6\",\"warmupIterations\":3,"
        + "\"warmupTime\":\"1 s\",\"measurementIterations\":5,\"measurementTime\":\"1 s\","
        + (params.isEmpty() ? "" : "\"params\":{" + params + "},")
        + "\"primaryMetric\":{\"score\":"
        + score
        + ",\"scoreError\":\"NaN\",\"scoreUnit\":\"ns/op\"},"
        + "\"secondaryMetrics\":{\"\u00b7gc.alloc.rate.norm\":{\"score\":"
        + bytes
        + ",\"scoreUnit\":\"B/op\"}}}";
  }

  /** A row of another area, mode and unit, with the 99.9% error given. */
  private static String row(
      String benchmark, String mode, String params, double score, double error, String unit) {
    return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"io.github.loopbaan.benchmarks."
        + benchmark
        + "\","
        + "\"mode\":\""
        + mode
        + "\",\"threads\":1,\"forks\":10,\"jvmArgs\":[\"-Xms1g\"],"
        + "\"jdkVersion\":\"17.0.15\",\"vmName\":\"OpenJDK 64-Bit Server VM\",\"vmVersion\":\"17.0.15+6\","
        + "\"warmupIterations\":0,\"warmupTime\":\"single-shot\",\"measurementIterations\":1,"
        + "\"measurementTime\":\"single-shot\","
        + (params.isEmpty() ? "" : "\"params\":{" + params + "},")
        + "\"primaryMetric\":{\"score\":"
        + score
        + ",\"scoreError\":"
        + error
        + ",\"scoreUnit\":\""
        + unit
        + "\"},\"secondaryMetrics\":{}}";
  }

  private static final String JSON =
      "["
          + String.join(
              ",",
              row("LifecycleDecide.baseline", "", 10, 0),
              row("LifecycleDecide.loopbaan", "", 150, 800),
              row("LifecycleDecide.stateless4j", "", 200, 64),
              row("LifecycleApply.stateless4j", "", 1000, 900),
              row("LifecycleApply.loopbaan", "", 1500, 5000),
              row("HistoryGrowth.historyOnly", "\"events\":\"10\"", 100, 10),
              row("HistoryGrowth.historyOnly", "\"events\":\"10000\"", 120, 10))
          + "]";

  @Test
  void parsesScoresAllocationAndParameters() {
    Results results = Results.parse(JSON);
    assertThat(results.rows()).hasSize(7);
    Result loopbaan = results.rows().get(1);
    assertThat(loopbaan.group()).isEqualTo("LifecycleDecide");
    assertThat(loopbaan.score()).isEqualTo(150.0);
    assertThat(loopbaan.error()).isNaN();
    assertThat(loopbaan.bytesPerOp()).isEqualTo(800.0);
    assertThat(results.rows().get(6).paramText()).isEqualTo("events=10000");
    assertThat(results.jdk()).contains("17.0.15");
  }

  @Test
  void readsSeveralResultFilesAsOneRunInTheirOrder() {
    Results results = Results.parse(List.of(JSON, JSON_AREA));
    assertThat(results.rows())
        .hasSize(Results.parse(JSON).rows().size() + Results.parse(JSON_AREA).rows().size());
    assertThat(results.rows().get(0)).isEqualTo(Results.parse(JSON).rows().get(0));
    assertThat(results.rows().get(results.rows().size() - 1))
        .isEqualTo(Results.parse(JSON_AREA).rows().get(Results.parse(JSON_AREA).rows().size() - 1));
  }

  @Test
  void rejectsAResultFileThatIsNoArray() {
    Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Results.parse(List.of(JSON, "{}")))
        .withMessageContaining("not a JSON array");
  }

  @Test
  void writesRatiosAndJudgesGoals() {
    String text =
        PerformanceReport.render(
            Results.parse(JSON),
            new PerformanceReport.Run(
                "quick",
                "bash benchmarks/run.sh quick",
                "load 0.5",
                LocalDate.of(2026, 11, 23),
                "2 cores"));
    assertThat(text).contains("| loopbaan |  | 150 | n/a | 15.0 |");
    assertThat(text)
        .contains(
            "| Lifecycle decide at most 3.00x the enum-switch limit | 15.0x (150 ns/op / 10.0 "
                + "ns/op) | **missed** |");
    assertThat(text)
        .contains(
            "| Lifecycle decide faster than stateless4j's canFire, while answering target and "
                + "reasons | 0.75x stateless4j (150 ns/op / 200 ns/op) | met |");
    assertThat(text)
        .contains(
            "| Lifecycle apply allocates at most 2.00x stateless4j's bytes per path | 5.56x "
                + "stateless4j (5000 / 900 B/op) | **missed** |");
    assertThat(text)
        .contains(
            "| Lifecycle apply at most 2.00x stateless4j's fire (immutable values and events) | "
                + "1.50x stateless4j (1500 ns/op / 1000 ns/op) | met |");
    assertThat(text)
        .contains(
            "history only (pause/resume, two sessions): 10,000 events within 1.50x of 10 events "
                + "| 1.20x (120 ns/op / 100 ns/op) | met |");
    assertThat(text).contains("What would close the missed goals");
    assertThat(text).startsWith(PerformanceReport.BEGIN).endsWith(PerformanceReport.END + "\n");
  }

  private static final String JSON_AREA =
      "["
          + String.join(
              ",",
              row("json", "JsonWrite.baseline", "\"document\":\"medium\"", 10, 1000),
              row("json", "JsonWrite.loopbaan", "\"document\":\"medium\"", 12, 1500),
              row("json", "JsonRead.baseline", "\"document\":\"medium\"", 20, 2000),
              row("json", "JsonRead.loopbaan", "\"document\":\"medium\"", 40, 4500),
              row("json", "JsonWrite.baseline", "\"document\":\"large\"", 100, 1000),
              row("json", "JsonWrite.loopbaan", "\"document\":\"large\"", 110, 1500),
              row("json", "JsonRead.baseline", "\"document\":\"large\"", 200, 2000),
              row("json", "JsonRead.loopbaan", "\"document\":\"large\"", 220, 3500))
          + "]";

  @Test
  void judgesTheJsonGoalsOnWritePlusReadPerDocument() {
    String text =
        PerformanceReport.render(
            Results.parse(JSON_AREA),
            new PerformanceReport.Run(
                "quick",
                "bash benchmarks/run.sh quick",
                "load 0.5",
                LocalDate.of(2026, 12, 1),
                "2 cores"));
    // medium: (12 + 40) / (10 + 20) = 1.73x time, (1500 + 4500) / (1000 + 2000) = 2.00x bytes
    assertThat(text)
        .contains(
            "| JSON round trip (write + read) of the medium trajectory at most 1.50x hand-written "
                + "streaming | 1.73x (write + read 52.0 / 30.0 ns/op) | **missed** |");
    assertThat(text)
        .contains(
            "| JSON bytes per round trip (write + read) of the medium trajectory at most 2.00x "
                + "hand-written streaming | 2.00x (write + read 6000 / 3000 B/op) | met |");
    // large: (110 + 220) / (100 + 200) = 1.10x time, 5000 / 3000 = 1.67x bytes
    assertThat(text)
        .contains(
            "of the large trajectory at most 1.50x hand-written streaming | 1.10x (write + read "
                + "330 / 300 ns/op) | met |");
    assertThat(text)
        .contains("of the large trajectory at most 2.00x hand-written streaming | 1.67x");
    // no row for the client document in this run
    assertThat(text)
        .contains(
            "| JSON round trip (write + read) of the client document at most 1.50x hand-written "
                + "streaming | not in this run | n/a |");
    // a named parameter gets no growth column
    assertThat(text).contains("| Benchmark | Params | ns/op | ± | x baseline | B/op |");
  }

  @Test
  void judgesTheValidationGoalsPerParametersAndRendersSingleShotTimesInMilliseconds() {
    String voucher = "\"ruleSet\":\"flemish_voucher\",\"size\":";
    String json =
        "["
            + String.join(
                ",",
                row(
                    "validation.ValidateTrajectory.baseline",
                    "avgt",
                    voucher + "\"medium\"",
                    900,
                    10,
                    "ns/op"),
                row(
                    "validation.ValidateTrajectory.hibernate",
                    "avgt",
                    voucher + "\"medium\"",
                    9000,
                    100,
                    "ns/op"),
                row(
                    "validation.ValidateTrajectory.loopbaan",
                    "avgt",
                    voucher + "\"medium\"",
                    9900,
                    100,
                    "ns/op"),
                row(
                    "validation.ValidateTrajectory.hibernate",
                    "avgt",
                    voucher + "\"large\"",
                    100000,
                    100,
                    "ns/op"),
                row(
                    "validation.ValidateTrajectory.loopbaan",
                    "avgt",
                    voucher + "\"large\"",
                    250000,
                    100,
                    "ns/op"),
                row(
                    "validation.ValidateTrajectory.hibernate",
                    "avgt",
                    "\"ruleSet\":\"base\",\"size\":\"medium\"",
                    1,
                    0,
                    "ns/op"),
                row("coldstart.ColdStart.baseline", "ss", "", 130.4, 12.5, "ms/op"),
                row("coldstart.ColdStart.loopbaan", "ss", "", 150.0, 20.0, "ms/op"))
            + "]";
    String text =
        PerformanceReport.render(
            Results.parse(json),
            new PerformanceReport.Run(
                "quick",
                "bash benchmarks/run.sh quick",
                "load 0.5",
                LocalDate.of(2026, 12, 1),
                "2 cores"));
    assertThat(text)
        .contains(
            "| Validation, Flemish voucher rule set, medium trajectory: the facade at most 2.00x a "
                + "cached Hibernate Validator on the same graph (and its ratio to the hand-written limit) | 1.10x Hibernate "
                + "Validator (9900 ± 100 ns/op / 9000 ± 100 ns/op); 11.0x the limit | met |");
    assertThat(text)
        .contains(
            "large trajectory: the facade at most 1.10x a cached Hibernate Validator on the same "
                + "graph (and its ratio to the hand-written limit) | 2.50x Hibernate Validator (250000 ± 100 ns/op / 100000 "
                + "± 100 ns/op) | **missed** |");
    assertThat(text)
        .contains(
            "| Cold start, first validated round trip at most 1.20x a bare Jackson mapper plus a "
                + "bare Hibernate Validator | 1.15x the bare pair (150 ± 20.0 ms/op / 130 ± 12.5 ms/op) | met |");
    assertThat(text)
        .contains("### ColdStart")
        .contains("| Benchmark | Params | ms/op | ± | x baseline | B/op |")
        .contains("| loopbaan |  | 150 | 20.0 | 1.15 | n/a |");
    assertThat(text)
        .contains("| loopbaan | ruleSet=flemish_voucher, size=medium | 9,900 | 100 | 11.0 | n/a |");
    assertThat(text)
        .contains(
            "mode avgt; 10 fork(s), 0 warm-up x single-shot, 1 measurement x single-shot, 1 "
                + "thread(s), mode ss");
  }

  @Test
  void replacesOnlyTheGeneratedPart() {
    String doc =
        "# Performance\n\nby hand\n\n"
            + PerformanceReport.BEGIN
            + "\nold\n"
            + PerformanceReport.END
            + "\n\n## After\n";
    String spliced =
        PerformanceReport.splice(
            doc, PerformanceReport.BEGIN + "\nnew\n" + PerformanceReport.END + "\n");
    assertThat(spliced)
        .isEqualTo(
            "# Performance\n\nby hand\n\n"
                + PerformanceReport.BEGIN
                + "\nnew\n"
                + PerformanceReport.END
                + "\n\n## After\n");
    assertThat(PerformanceReport.splice("# P\n", "G\n")).isEqualTo("# P\nG\n");
  }
}
