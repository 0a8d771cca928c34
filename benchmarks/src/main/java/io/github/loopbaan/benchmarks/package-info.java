/**
 * JMH benchmarks of Loopbaan, each measured against a hand-written limit ({@code baseline}) in the
 * same run, and the generator of {@code docs/performance.md} ({@link
 * io.github.loopbaan.benchmarks.report.PerformanceReport}).
 *
 * <p>Layout: one package per area ({@code lifecycle} now; JSON, validation and cold start later).
 * Each benchmark class is one comparison group: its method {@code baseline} is the denominator of
 * every ratio in the group, and every method carries {@link
 * io.github.loopbaan.benchmarks.Measures}. Goals are declared in {@link
 * io.github.loopbaan.benchmarks.report.Goals}. Never a runtime dependency of the library.
 */
package io.github.loopbaan.benchmarks;
