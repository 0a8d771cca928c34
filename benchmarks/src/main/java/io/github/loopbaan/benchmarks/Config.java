package io.github.loopbaan.benchmarks;

/**
 * The standard configuration every benchmark class declares, as compile-time constants for JMH's
 * annotations. The quick profile ({@code benchmarks/run.sh quick}) overrides forks and iterations
 * on the command line, never the JVM flags: every contender runs with the same flags.
 */
public final class Config {

  /** Forks per benchmark in the full profile. */
  public static final int FORKS = 3;

  /** Warm-up iterations of {@link #SECONDS} each. */
  public static final int WARMUP = 5;

  /** Measurement iterations of {@link #SECONDS} each. */
  public static final int MEASUREMENT = 10;

  /** Length of one iteration, in seconds. */
  public static final int SECONDS = 1;

  /** Initial heap, the same for every contender. */
  public static final String XMS = "-Xms1g";

  /** Maximum heap, the same for every contender. */
  public static final String XMX = "-Xmx1g";

  /** The collector, the same for every contender. */
  public static final String GC = "-XX:+UseG1GC";

  private Config() {}
}
