package io.github.loopbaan.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The report generator reads JMH's JSON and writes ratios to the baseline of the same run. */
class PerformanceReportTest {

  private static String row(String method, String params, double score, double bytes) {
    return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"io.github.loopbaan.benchmarks.lifecycle." + method + "\","
        + "\"mode\":\"avgt\",\"threads\":1,\"forks\":1,\"jvmArgs\":[\"-Xms1g\"],\"jdkVersion\":\"17.0.15\","
        + "\"vmName\":\"OpenJDK 64-Bit Server VM\",\"vmVersion\":\"17.0.15+6\",\"warmupIterations\":3,"
        + "\"warmupTime\":\"1 s\",\"measurementIterations\":5,\"measurementTime\":\"1 s\","
        + (params.isEmpty() ? "" : "\"params\":{" + params + "},")
        + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":\"NaN\",\"scoreUnit\":\"ns/op\"},"
        + "\"secondaryMetrics\":{\"\u00b7gc.alloc.rate.norm\":{\"score\":" + bytes + ",\"scoreUnit\":\"B/op\"}}}";
  }

  private static final String JSON = "[" + String.join(",",
      row("LifecycleDecide.baseline", "", 10, 0),
      row("LifecycleDecide.loopbaan", "", 150, 800),
      row("LifecycleDecide.stateless4j", "", 200, 64),
      row("LifecycleApply.stateless4j", "", 1000, 900),
      row("LifecycleApply.loopbaan", "", 1500, 5000),
      row("HistoryGrowth.historyOnly", "\"events\":\"10\"", 100, 10),
      row("HistoryGrowth.historyOnly", "\"events\":\"10000\"", 120, 10)) + "]";

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
  void writesRatiosAndJudgesGoals() {
    String text = PerformanceReport.render(Results.parse(JSON),
        new PerformanceReport.Run("quick", "bash benchmarks/run.sh quick", "load 0.5", LocalDate.of(2026, 11, 23),
            "2 cores"));
    assertThat(text).contains("| loopbaan |  | 150 | n/a | 15.0 |");
    assertThat(text).contains("| Lifecycle decide at most 10.0x the enum-switch limit | 15.0x (150 ns/op / 10.0 "
        + "ns/op) | **missed** |");
    assertThat(text).contains("| Lifecycle apply at most 2.00x stateless4j's fire (immutable values and events) | "
        + "1.50x stateless4j (1500 ns/op / 1000 ns/op) | met |");
    assertThat(text).contains("history only (pause/resume, two sessions): 10,000 events within 1.50x of 10 events "
        + "| 1.20x (120 ns/op / 100 ns/op) | met |");
    assertThat(text).contains("What would close the missed goals");
    assertThat(text).startsWith(PerformanceReport.BEGIN).endsWith(PerformanceReport.END + "\n");
  }

  @Test
  void replacesOnlyTheGeneratedPart() {
    String doc = "# Performance\n\nby hand\n\n" + PerformanceReport.BEGIN + "\nold\n" + PerformanceReport.END
        + "\n\n## After\n";
    String spliced = PerformanceReport.splice(doc, PerformanceReport.BEGIN + "\nnew\n" + PerformanceReport.END
        + "\n");
    assertThat(spliced).isEqualTo("# Performance\n\nby hand\n\n" + PerformanceReport.BEGIN + "\nnew\n"
        + PerformanceReport.END + "\n\n## After\n");
    assertThat(PerformanceReport.splice("# P\n", "G\n")).isEqualTo("# P\nG\n");
  }
}
