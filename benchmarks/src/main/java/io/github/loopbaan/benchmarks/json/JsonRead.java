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
 * JSON, read: the UTF-8 bytes of one standard document (parameter {@code document}), as {@code
 * LoopbaanJson} writes it in the full view, to a value. Every contender reads the same bytes;
 * streaming and databind give equal records and Loopbaan a value equal to the input (the module's
 * tests check both).
 */
@Measures(
    "Read one standard document (small, medium, large), the same UTF-8 bytes for every contender, to a "
        + "value: the mirror records (baseline, databind) or the model value (Loopbaan).")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(
    value = Config.FORKS,
    jvmArgsAppend = {Config.XMS, Config.XMX, Config.GC})
@Warmup(iterations = Config.WARMUP, time = Config.SECONDS)
@Measurement(iterations = Config.MEASUREMENT, time = Config.SECONDS)
@State(Scope.Benchmark)
public class JsonRead {

  /** Which standard document. */
  @Param({"small", "medium", "large"})
  public String document;

  private StandardDocument doc;
  private byte[] json;
  private boolean client;
  private Class<?> recordType;

  /** Builds the standard document and its bytes. */
  @Setup
  public void setup() {
    doc = StandardDocument.of(document);
    json = doc.json();
    client = doc.isClient();
    recordType = client ? Mirror.ClientDocument.class : Mirror.TrajectoryDocument.class;
  }

  /**
   * @return the records
   */
  @Benchmark
  @Measures(
      "The baseline: a hand-written Jackson 3 streaming reader (`JsonParser`, a `switch` on each property "
          + "name) into the plain records, failing on unknown properties.")
  public Object baseline() {
    return client ? Streaming.readClientDocument(json) : Streaming.readTrajectoryDocument(json);
  }

  /**
   * @return the records
   */
  @Benchmark
  @Measures(
      "Peer: plain Jackson 3 databind (`JsonMapper.readValue`) into the same records, the trajectory "
          + "commands chosen by `kind` (`@JsonTypeInfo`).")
  public Object databind() {
    return Databind.read(json, recordType);
  }

  /**
   * @return the model value
   */
  @Benchmark
  @Measures(
      "Loopbaan: `LoopbaanJson.standard().readDocument(bytes, type)`: strict limits and duplicate "
          + "detection, strict UTF-8, the envelope read from the parser, then the content read in the same pass "
          + "by the format's own reader (`ModelReader`) into the model's builders (structural checks included).")
  public Object loopbaan() {
    return LoopbaanJson.standard().readDocument(json, doc.type());
  }
}
