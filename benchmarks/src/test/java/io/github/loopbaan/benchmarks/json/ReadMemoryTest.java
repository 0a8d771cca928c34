package io.github.loopbaan.benchmarks.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.benchmarks.inputs.StandardInputs;
import io.github.loopbaan.serialization.LoopbaanJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory bound of one read (issue 15): a document of the current version is read in one pass
 * within a heap of four times its size plus {@value #CONSTANT_MIB} MiB, measured by running {@link
 * ReadMemoryProbe} in a JVM with exactly that {@code -Xmx}. The same bytes with the content before
 * the envelope's kind, which only the tree path reads, do not fit: the probe can fail. Concurrent
 * readers each need their own bound: four readers fit in four times the heap of one reader.
 */
class ReadMemoryTest {

  /**
   * The constant of the bound: the JVM's own heap use with Jackson and the model loaded; a read of
   * the 24 KB medium document needs a 5 MiB heap.
   */
  static final int CONSTANT_MIB = 6;

  @TempDir Path dir;

  private static int run(Path document, long heapMib, Path log)
      throws IOException, InterruptedException {
    return run(document, heapMib, 1, log);
  }

  private static int run(Path document, long heapMib, int readers, Path log)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx" + heapMib + "m",
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    ReadMemoryProbe.class.getName(),
                    document.toString(),
                    "3",
                    Integer.toString(readers)))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("probe finished").isTrue();
    return process.exitValue();
  }

  @Test
  void a_large_document_is_read_within_four_times_its_size_plus_a_constant() throws Exception {
    String json = LoopbaanJson.standard().writeDocument(StandardInputs.largeTrajectory());
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    long heapMib = (4L * bytes.length + (1 << 20) - 1) / (1 << 20) + CONSTANT_MIB;
    Path document = Files.write(dir.resolve("large.json"), bytes);
    Path log = dir.resolve("probe.log");
    int exit = run(document, heapMib, log);
    assertThat(exit).as(Files.readString(log)).isZero();
    assertThat(Files.readString(log))
        .contains("read " + bytes.length + " bytes 3 times in 1 readers");

    // The tree path, taken for the same content when it comes before the envelope's kind.
    String contentFirst =
        "{\"content\":"
            + json.substring(json.indexOf("\"content\":") + 10, json.length() - 1)
            + ",\"kind\":\"trajectory\",\"schemaVersion\":1}";
    assertThat(LoopbaanJson.standard().readDocument(contentFirst, Object.class))
        .isEqualTo(StandardInputs.largeTrajectory());
    Path treeDocument =
        Files.write(
            dir.resolve("content-first.json"), contentFirst.getBytes(StandardCharsets.UTF_8));
    assertThat(run(treeDocument, heapMib, dir.resolve("tree.log")))
        .as("the tree path does not fit in the same heap")
        .isNotZero();
  }

  @Test
  void four_concurrent_readers_fit_in_four_times_the_heap_of_one() throws Exception {
    byte[] bytes =
        LoopbaanJson.standard()
            .writeDocument(StandardInputs.largeTrajectory())
            .getBytes(StandardCharsets.UTF_8);
    int readers = 4;
    long oneReaderMib = (4L * bytes.length + (1 << 20) - 1) / (1 << 20) + CONSTANT_MIB;
    Path document = Files.write(dir.resolve("large.json"), bytes);
    Path log = dir.resolve("readers.log");
    assertThat(run(document, readers * oneReaderMib, readers, log))
        .as(Files.readString(log))
        .isZero();
    assertThat(Files.readString(log))
        .contains("read " + bytes.length + " bytes 3 times in 4 readers");
    // The probe can fail: the same four readers do not fit in the heap of one reader.
    Path tooSmall = dir.resolve("too-small.log");
    assertThat(run(document, oneReaderMib, readers, tooSmall))
        .as("four readers in the heap of one")
        .isNotZero();
  }
}
