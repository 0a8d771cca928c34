package io.github.loopbaan.benchmarks.json;

import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.serialization.LoopbaanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A memory probe for the JSON reader, run in a JVM of its own with a small heap ({@code -Xmx}):
 * reads a trajectory document from a file a number of times, keeping the last value. It ends
 * normally only when one read fits in the heap beside the document's bytes and the value read;
 * otherwise the JVM fails with {@link OutOfMemoryError}. {@code ReadMemoryTest} runs it with a heap
 * of four times the document's size plus a constant, the bound stated in {@code
 * docs/reliability.md}.
 */
public final class ReadMemoryProbe {

  private ReadMemoryProbe() {}

  /**
   * @param args the document's file and how many times to read it
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    byte[] json = Files.readAllBytes(Path.of(args[0]));
    int times = Integer.parseInt(args[1]);
    Trajectory kept = null;
    for (int i = 0; i < times; i++) {
      kept = null;
      kept = LoopbaanJson.standard().readDocument(json, Trajectory.class);
    }
    System.out.println(
        "read "
            + json.length
            + " bytes "
            + times
            + " times, "
            + kept.getSessions().size()
            + " sessions, max heap "
            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
            + " MiB");
  }
}
