package io.github.loopbaan.benchmarks.json;

import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.serialization.LoopbaanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A memory probe for the JSON reader, run in a JVM of its own with a small heap ({@code -Xmx}):
 * reads a trajectory document from a file a number of times, keeping the last value, in one thread
 * or in several concurrent readers, each with its own copy of the document's bytes (as concurrent
 * requests would hold them). It ends normally only when every reader's read fits in the heap beside
 * the bytes and the values read; otherwise a reader fails with {@link OutOfMemoryError} and the
 * probe exits with status 1. {@code ReadMemoryTest} runs it with a heap of four times the
 * document's size per reader plus a constant, the bound stated in {@code docs/reliability.md}.
 */
public final class ReadMemoryProbe {

  private ReadMemoryProbe() {}

  /**
   * @param args the document's file, how many times each reader reads it, and optionally the number
   *     of concurrent readers (1 when absent)
   * @throws IOException when the file cannot be read
   * @throws InterruptedException when interrupted while waiting for the readers
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path file = Path.of(args[0]);
    int times = Integer.parseInt(args[1]);
    int readers = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    List<Thread> threads = new ArrayList<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicInteger sessions = new AtomicInteger();
    CountDownLatch loaded = new CountDownLatch(readers);
    long size = Files.size(file);
    for (int r = 0; r < readers; r++) {
      Thread reader =
          new Thread(
              () -> {
                try {
                  byte[] json = Files.readAllBytes(file);
                  loaded.countDown();
                  loaded.await();
                  Trajectory kept = null;
                  for (int i = 0; i < times; i++) {
                    kept = null;
                    kept = LoopbaanJson.standard().readDocument(json, Trajectory.class);
                  }
                  sessions.set(kept.getSessions().size());
                } catch (Throwable t) {
                  failure.compareAndSet(null, t);
                  loaded.countDown();
                }
              });
      reader.start();
      threads.add(reader);
    }
    for (Thread reader : threads) {
      reader.join();
    }
    if (failure.get() != null) {
      System.out.println("failed: " + failure.get().getClass().getName());
      System.exit(1);
    }
    System.out.println(
        "read "
            + size
            + " bytes "
            + times
            + " times in "
            + readers
            + " readers, "
            + sessions.get()
            + " sessions, max heap "
            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
            + " MiB");
  }
}
