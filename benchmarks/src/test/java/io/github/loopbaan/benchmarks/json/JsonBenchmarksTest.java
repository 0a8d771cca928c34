package io.github.loopbaan.benchmarks.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.serialization.LoopbaanJson;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON contenders are like-for-like: for every standard document, streaming and databind write
 * the same JSON tree as {@code LoopbaanJson}, streaming and databind read the same bytes into equal
 * records, and {@code LoopbaanJson} reads back a value equal to the input. The benchmark methods
 * themselves are run once each and checked the same way.
 */
class JsonBenchmarksTest {

  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final Map<String, StandardDocument> DOCUMENTS = new ConcurrentHashMap<>();

  private static StandardDocument doc(String name) {
    return DOCUMENTS.computeIfAbsent(name, StandardDocument::of);
  }

  private static JsonNode tree(String json) {
    return TREES.readTree(json);
  }

  private static JsonNode loopbaanTree(StandardDocument d) {
    return TREES.readTree(d.json());
  }

  private static String streamingWrite(Object mirror) {
    return mirror instanceof Mirror.ClientDocument c
        ? Streaming.write(c)
        : Streaming.write((Mirror.TrajectoryDocument) mirror);
  }

  private static Object streamingRead(StandardDocument d, byte[] json) {
    return d.isClient()
        ? Streaming.readClientDocument(json)
        : Streaming.readTrajectoryDocument(json);
  }

  @ParameterizedTest
  @ValueSource(strings = {"small", "medium", "large"})
  void streamingWritesTheSameTreeAsLoopbaan(String name) {
    StandardDocument d = doc(name);
    assertThat(tree(streamingWrite(d.mirror()))).isEqualTo(loopbaanTree(d));
  }

  @ParameterizedTest
  @ValueSource(strings = {"small", "medium", "large"})
  void databindWritesTheSameTreeAsLoopbaan(String name) {
    StandardDocument d = doc(name);
    assertThat(tree(Databind.write(d.mirror()))).isEqualTo(loopbaanTree(d));
  }

  @ParameterizedTest
  @ValueSource(strings = {"small", "medium", "large"})
  void streamingAndDatabindReadEqualRecords(String name) {
    StandardDocument d = doc(name);
    Class<?> type = d.isClient() ? Mirror.ClientDocument.class : Mirror.TrajectoryDocument.class;
    Object databind = Databind.read(d.json(), type);
    assertThat(databind).isEqualTo(streamingRead(d, d.json())).isEqualTo(d.mirror());
  }

  @ParameterizedTest
  @ValueSource(strings = {"small", "medium", "large"})
  void loopbaanReadsBackAnEqualValueWithTheStandardLimits(String name) {
    StandardDocument d = doc(name);
    assertThat(LoopbaanJson.standard().readDocument(d.json(), d.type())).isEqualTo(d.value());
  }

  @Test
  void theDocumentsHaveTheirSizes() {
    assertThat(doc("small").json().length).isLessThan(1_000);
    assertThat(doc("medium").json().length).isBetween(10_000, 100_000);
    assertThat(doc("large").json().length)
        .isBetween(1_000_000, (int) LoopbaanJson.DEFAULT_MAX_DOCUMENT_BYTES);
    Mirror.TrajectoryDocument large = (Mirror.TrajectoryDocument) doc("large").mirror();
    assertThat(large.content().sessions()).hasSize(1_000);
    assertThat(large.content().developmentPlan().actionPlan().actions()).hasSize(2_000);
  }

  @Test
  void theComparisonCanFail() {
    // A record that differs in one property gives another tree, and the readers reject what they do
    // not know.
    Mirror.ClientDocument small = (Mirror.ClientDocument) doc("small").mirror();
    Mirror.Client c = small.content();
    Mirror.ClientDocument other =
        new Mirror.ClientDocument(
            small.kind(),
            small.schemaVersion(),
            new Mirror.Client(
                c.birthYear(),
                c.educationLevel(),
                c.employment(),
                c.healthConcerns(),
                "c-other",
                c.name(),
                c.privateSituation()));
    assertThat(tree(Streaming.write(other))).isNotEqualTo(loopbaanTree(doc("small")));
    byte[] extra =
        new String(doc("small").json(), StandardCharsets.UTF_8)
            .replace("\"id\":", "\"extra\":\"x\",\"id\":")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Streaming.readClientDocument(extra))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Databind.read(extra, Mirror.ClientDocument.class))
        .isInstanceOf(RuntimeException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"small", "medium", "large"})
  void theBenchmarkMethodsDoTheirWork(String name) {
    JsonWrite write = new JsonWrite();
    write.document = name;
    write.setup();
    JsonNode expected = loopbaanTree(doc(name));
    assertThat(tree(write.baseline())).isEqualTo(expected);
    assertThat(tree(write.databind())).isEqualTo(expected);
    assertThat(tree(write.loopbaan())).isEqualTo(expected);

    JsonRead read = new JsonRead();
    read.document = name;
    read.setup();
    assertThat(read.baseline()).isEqualTo(doc(name).mirror());
    assertThat(read.databind()).isEqualTo(doc(name).mirror());
    assertThat(read.loopbaan()).isEqualTo(doc(name).value());
  }
}
