package io.github.loopbaan.serialization.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;

/** Assertions on the rejections of {@link LoopbaanJson}, shared by the ported tests. */
final class Problems {

  private Problems() {}

  /**
   * Reads {@code json} as {@code type} and asserts that it fails with {@code problem} at {@code
   * path}.
   *
   * @return the exception, for further assertions
   */
  static LoopbaanJsonException assertProblem(
      LoopbaanJson reader, String json, Class<?> type, Problem problem, String path) {
    try {
      reader.read(json, type);
    } catch (LoopbaanJsonException e) {
      assertThat(e.getProblem()).as(e.getMessage()).isEqualTo(problem);
      assertThat(e.getPath()).as(e.getMessage()).isEqualTo(path);
      return e;
    }
    throw new AssertionError("expected " + problem + " at " + path);
  }
}
