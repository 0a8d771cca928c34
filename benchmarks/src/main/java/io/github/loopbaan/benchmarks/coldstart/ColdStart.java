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
 * Cold start: the first validated round trip in a fresh JVM, one invocation per fork, no warm-up. The class holds
 * no state and no static initialiser: everything the libraries need is loaded and initialised inside the measured
 * call ({@link LoopbaanRoundTrip#run()} or {@link BareRoundTrip#run()}), which JMH runs once in each of at least
 * {@link #FORKS} fresh JVMs.
 */
@Measures("A fresh JVM until the first validated round trip is done: create the mapper and the validator, write a "
    + "small trajectory, read it back, validate it (one violation expected). One invocation per fork, no warm-up, "
    + "averaged over the forks.")
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = ColdStart.FORKS, jvmArgsAppend = {Config.XMS, Config.XMX, Config.GC})
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
public class ColdStart {

  /** Forks, each one fresh JVM and one measured invocation. */
  public static final int FORKS = 10;

  /** @return the round trip */
  @Benchmark
  @Measures("A bare Jackson 3 `JsonMapper.builder().build()` and a bare `Validation.buildDefaultValidatorFactory()` "
      + "(with its expression-language interpolator) on an equivalent plain record with a few Jakarta constraints.")
  public RoundTrip baseline() {
    return BareRoundTrip.run();
  }

  /** @return the round trip */
  @Benchmark
  @Measures("Loopbaan: `LoopbaanJson.standard()` and `LoopbaanValidator.create()`, a small voucher "
      + "trajectory (two sessions, an unsigned intake agreement) built, written as a document, read back and "
      + "validated under `base` and `flemish_voucher`.")
  public RoundTrip loopbaan() {
    return LoopbaanRoundTrip.run();
  }
}
