package io.github.loopbaan.benchmarks.coldstart;

import io.github.loopbaan.benchmarks.Config;
import io.github.loopbaan.benchmarks.Measures;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: the first validated round trip in a fresh JVM, one invocation per fork, no warm-up.
 * The class holds no state and no static initialiser: everything the libraries need is loaded and
 * initialised inside the measured call ({@link LoopbaanRoundTrip#run()} or {@link
 * BareRoundTrip#run()}), which JMH runs once in each of at least {@link #FORKS} fresh JVMs.
 */
@Measures(
    "A fresh JVM until the first validated round trip is done: create the mapper and the validator, write a "
        + "small trajectory, read it back, validate it (one violation expected). One invocation per fork, no warm-up, "
        + "averaged over the forks.")
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(
    value = ColdStart.FORKS,
    jvmArgsAppend = {Config.XMS, Config.XMX, Config.GC})
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
public class ColdStart {

  /** Forks, each one fresh JVM and one measured invocation. */
  public static final int FORKS = 10;

  /*
   * Whether each contender already ran in this JVM. Command-line options override the annotations: the quick and
   * smoke profiles of run.sh pass warm-up and measurement iterations to every benchmark, which would make the
   * measured invocation a warm one. A second invocation in the same JVM therefore fails instead of reporting a
   * warm figure as a cold one. Plain booleans: their initialisation loads nothing.
   */
  private static boolean baselineRan;
  private static boolean loopbaanRan;

  /**
   * @return the round trip
   */
  @Benchmark
  @Measures(
      "A bare Jackson 3 `JsonMapper.builder().build()` and a bare `Validation.buildDefaultValidatorFactory()` "
          + "(with its expression-language interpolator) on an equivalent plain record with a few Jakarta constraints.")
  public RoundTrip baseline() {
    if (baselineRan) {
      throw secondRun();
    }
    baselineRan = true;
    return BareRoundTrip.run();
  }

  /**
   * @return the round trip
   */
  @Benchmark
  @Measures(
      "Loopbaan: `LoopbaanJson.standard()` and `LoopbaanValidator.create()`, a small voucher "
          + "trajectory (two sessions, an unsigned intake agreement) built, written as a document, read back and "
          + "validated under `base` and `flemish_voucher`.")
  public RoundTrip loopbaan() {
    if (loopbaanRan) {
      throw secondRun();
    }
    loopbaanRan = true;
    return LoopbaanRoundTrip.run();
  }

  private static IllegalStateException secondRun() {
    return new IllegalStateException(
        "ColdStart measures one invocation per fresh JVM: run it with its own "
            + "defaults (no -wi/-i options, or -wi 0 -i 1), not inside run.sh's quick or smoke profile");
  }

  /** Lets a test run each contender again in its JVM. */
  static void forgetRuns() {
    baselineRan = false;
    loopbaanRan = false;
  }
}
