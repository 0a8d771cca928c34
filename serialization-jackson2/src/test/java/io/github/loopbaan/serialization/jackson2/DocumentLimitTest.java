package io.github.loopbaan.serialization.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.format.LoopbaanJsonException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code maxDocumentBytes()}: the limit a caller that reads a stream stops at. */
class DocumentLimitTest {

  @Test
  void the_document_limit_is_readable_and_is_the_one_applied() throws Exception {
    assertThat(LoopbaanJson.standard().maxDocumentBytes())
        .isEqualTo(LoopbaanJson.DEFAULT_MAX_DOCUMENT_BYTES);
    LoopbaanJson small = LoopbaanJson.builder().maxDocumentBytes(12).build();
    assertThat(small.maxDocumentBytes()).isEqualTo(12);
    assertThat(small.read("\"0123456789\"".getBytes(StandardCharsets.UTF_8), String.class))
        .isEqualTo("0123456789");
    assertThatThrownBy(
            () -> small.read("\"01234567890\"".getBytes(StandardCharsets.UTF_8), String.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e ->
                assertThat(e.getProblem()).isEqualTo(LoopbaanJsonException.Problem.LIMIT_EXCEEDED));
  }
}
