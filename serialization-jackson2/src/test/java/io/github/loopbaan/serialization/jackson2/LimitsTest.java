package io.github.loopbaan.serialization.jackson2;

import static io.github.loopbaan.serialization.jackson2.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.serializationfixture.Sample;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Input limits: document size, nesting depth, text length and collection size, with their defaults.
 */
@Timeout(20)
class LimitsTest {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();

  @Test
  void the_defaults_are_documented_values() throws Exception {
    assertThat(LoopbaanJson.DEFAULT_MAX_DOCUMENT_BYTES).isEqualTo(8L * 1024 * 1024);
    assertThat(LoopbaanJson.DEFAULT_MAX_NESTING_DEPTH).isEqualTo(64);
    assertThat(LoopbaanJson.DEFAULT_MAX_STRING_LENGTH).isEqualTo(100_000);
    assertThat(LoopbaanJson.DEFAULT_MAX_COLLECTION_SIZE).isEqualTo(10_000);
  }

  @Test
  void deep_nesting_fails_quickly_without_a_stack_overflow() throws Exception {
    String deep =
        "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":"
            + "[".repeat(200_000)
            + "]".repeat(200_000)
            + "}";
    assertThatThrownBy(() -> JSON.readDocument(deep))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
              assertThat(e.getPath()).startsWith("$.content[0][0][0]");
            });
    String deepObject =
        "{\"id\":\"c\",\"x\":" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "}";
    LoopbaanJson lenient = LoopbaanJson.builder().lenient().build();
    LoopbaanJsonException e = readFails(lenient, deepObject);
    assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.getReason()).contains("64 levels");
  }

  @Test
  void a_huge_string_fails_without_being_echoed() throws Exception {
    String secret = "Geheim ".repeat(20_000);
    LoopbaanJsonException e = readFails(JSON, "{\"id\":\"c\",\"name\":\"" + secret + "\"}");
    assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.getPath()).isEqualTo("$.name");
    assertThat(e.getMessage()).doesNotContain("Geheim");
  }

  @Test
  void a_huge_property_name_fails() throws Exception {
    LoopbaanJsonException e =
        readFails(
            LoopbaanJson.builder().lenient().build(),
            "{\"id\":\"c\",\"" + "k".repeat(5_000) + "\":1}");
    assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
  }

  @Test
  void a_document_larger_than_the_limit_fails() throws Exception {
    LoopbaanJson small = LoopbaanJson.builder().maxDocumentBytes(1_000).build();
    LoopbaanJsonException e =
        readFails(small, "{\"id\":\"c\",\"name\":\"" + "a".repeat(2_000) + "\"}");
    assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.getReason()).contains("1000 bytes");
  }

  @Test
  void a_collection_larger_than_the_limit_fails_at_its_path() throws Exception {
    LoopbaanJson small = LoopbaanJson.builder().maxCollectionSize(3).build();
    String four =
        "{\"label\":\"x\",\"active\":false,\"count\":0,\"visibility\":\"shared_with_client\","
            + "\"parts\":[{\"name\":\"a\"},{\"name\":\"b\"},{\"name\":\"c\"},{\"name\":\"d\"}]}";
    assertProblem(small, four, Sample.class, Problem.LIMIT_EXCEEDED, "$.parts");
    assertThat(small.read(four.replace(",{\"name\":\"d\"}", ""), Sample.class).getParts())
        .hasSize(3);
    assertThat(JSON.read(four, Sample.class).getParts()).hasSize(4);
  }

  @Test
  void a_large_array_of_the_default_limit_is_rejected_quickly() throws Exception {
    String many =
        "{\"id\":\"c\",\"healthConcerns\":[" + "\"stress\",".repeat(20_000) + "\"stress\"]}";
    long start = System.nanoTime();
    assertProblem(JSON, many, Client.class, Problem.LIMIT_EXCEEDED, "$.healthConcerns");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void limits_can_be_raised() throws Exception {
    LoopbaanJson generous =
        LoopbaanJson.builder()
            .maxStringLength(300_000)
            .maxDocumentBytes(1_000_000)
            .maxNestingDepth(10)
            .build();
    String longName = "a".repeat(150_000);
    // the model itself caps texts at 100,000 characters: the limit passed, the model rejects it
    LoopbaanJsonException e = readFails(generous, "{\"id\":\"c\",\"name\":\"" + longName + "\"}");
    assertThat(e.getProblem()).isEqualTo(Problem.INVALID_VALUE);
  }

  @Test
  void limits_must_be_positive() throws Exception {
    assertThatThrownBy(() -> LoopbaanJson.builder().maxCollectionSize(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LoopbaanJson.builder().maxNestingDepth(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LoopbaanJson.builder().maxDocumentBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LoopbaanJson.builder().maxStringLength(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static LoopbaanJsonException readFails(LoopbaanJson json, String input) {
    try {
      json.read(input, Client.class);
    } catch (LoopbaanJsonException e) {
      return e;
    }
    throw new AssertionError("expected a LoopbaanJsonException");
  }
}
