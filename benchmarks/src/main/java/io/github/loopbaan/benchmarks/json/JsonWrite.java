package io.github.loopbaan.benchmarks.json;

import io.github.loopbaan.benchmarks.Config;
import io.github.loopbaan.benchmarks.Measures;
import io.github.loopbaan.serialization.LoopbaanJson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON, write: one standard document (parameter {@code document}: {@code small} one client, {@code
 * medium} and {@code large} the trajectories) from its value to a compact JSON {@code String}, in
 * the full view. Every contender writes the same JSON tree (the module's tests check it).
 */
@Measures(
    "Write one standard document (small: one client; medium: 12 sessions, POP with 3 insights and 20 "
        + "actions; large: 1,000 sessions, 2,000 actions) from its value to a compact JSON `String` in the full view; "
        + "every contender writes the same JSON tree.")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(
    value = Config.FORKS,
    jvmArgsAppend = {Config.XMS, Config.XMX, Config.GC})
@Warmup(iterations = Config.WARMUP, time = Config.SECONDS)
@Measurement(iterations = Config.MEASUREMENT, time = Config.SECONDS)
@State(Scope.Benchmark)
public class JsonWrite {

  /** Which standard document. */
  @Param({"small", "medium", "large"})
  public String document;

  private StandardDocument doc;
  private Mirror.ClientDocument clientRecords;
  private Mirror.TrajectoryDocument trajectoryRecords;

  /** Builds the standard document and its records. */
  @Setup
  public void setup() {
    doc = StandardDocument.of(document);
    clientRecords = doc.isClient() ? (Mirror.ClientDocument) doc.mirror() : null;
    trajectoryRecords = doc.isClient() ? null : (Mirror.TrajectoryDocument) doc.mirror();
  }

  /**
   * @return the JSON
   */
  @Benchmark
  @Measures(
      "The baseline: hand-written Jackson 3 streaming (`JsonGenerator` on a pooled "
          + "`SegmentedStringWriter`, as databind writes a `String`) of the plain records mirroring the document, "
          + "property by property.")
  public String baseline() {
    return clientRecords != null
        ? Streaming.write(clientRecords)
        : Streaming.write(trajectoryRecords);
  }

  /**
   * @return the JSON
   */
  @Benchmark
  @Measures("Peer: plain Jackson 3 databind (`JsonMapper.writeValueAsString`) on the same records.")
  public String databind() {
    return Databind.write(doc.mirror());
  }

  /**
   * @return the JSON
   */
  @Benchmark
  @Measures(
      "Loopbaan: `LoopbaanJson.standard().writeDocument` of the model value (envelope, then the "
          + "format's own writer, `ModelWriter`, through the module's one serializer, in the full view).")
  public String loopbaan() {
    return LoopbaanJson.standard().writeDocument(doc.value());
  }
}
