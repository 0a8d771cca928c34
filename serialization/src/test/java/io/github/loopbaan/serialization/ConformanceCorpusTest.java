package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.format.View;
import io.github.loopbaan.format.conformance.ConformanceRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The conformance corpus in {@code conformance/}: the committed files are what {@link
 * ConformanceCorpus} generates (regenerate with {@code -Dloopbaan.regenerate=true}), and {@link
 * LoopbaanJson} meets every case: the same output bytes, the same value read back, the same
 * problem, path and reason for every hostile input.
 */
class ConformanceCorpusTest {

  private static final Path CORPUS = ConformanceRunner.CORPUS;

  @Test
  void the_committed_corpus_is_what_its_definition_generates() throws IOException {
    Map<String, byte[]> generated = ConformanceCorpus.generate();
    if (Boolean.getBoolean("loopbaan.regenerate")) {
      try (Stream<Path> old = Files.walk(CORPUS)) {
        for (Path file : old.filter(Files::isRegularFile).collect(Collectors.toList())) {
          if (!file.getFileName().toString().equals("README.md")) {
            Files.delete(file);
          }
        }
      }
      for (Map.Entry<String, byte[]> file : generated.entrySet()) {
        Path path = CORPUS.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue());
      }
    }
    assertThat(committedFiles())
        .as("the files of conformance/; regenerate with -Dloopbaan.regenerate=true")
        .isEqualTo(new TreeSet<>(generated.keySet()));
    for (Map.Entry<String, byte[]> file : generated.entrySet()) {
      assertThat(ConformanceRunner.read(CORPUS.resolve(file.getKey())))
          .as("conformance/%s is stale; regenerate with -Dloopbaan.regenerate=true", file.getKey())
          .isEqualTo(file.getValue());
    }
  }

  @Test
  void loopbaan_json_meets_every_case_of_the_corpus() {
    List<ConformanceRunner.Case> cases = ConformanceRunner.cases(CORPUS);
    LocalDate day = ConformanceRunner.viewDay(CORPUS);
    List<String> failures =
        cases.stream()
            .map(c -> ConformanceRunner.run(CORPUS, day, c, Jackson3Subject.INSTANCE))
            .flatMap(Optional::stream)
            .collect(Collectors.toList());
    assertThat(failures).isEmpty();
    // Every kind of rejection and every document kind and view is in the corpus.
    assertThat(cases.stream().flatMap(c -> c.rejection().stream()).map(r -> r.problem()))
        .contains(
            "malformed",
            "truncated",
            "duplicate_key",
            "unknown_property",
            "unknown_code",
            "wrong_type",
            "missing_value",
            "invalid_value",
            "limit_exceeded",
            "unknown_kind",
            "unsupported_version",
            "restricted_view");
    assertThat(cases.stream().filter(c -> !c.rejected()).map(c -> c.type().getSimpleName()))
        .contains("Client", "DevelopmentPlan", "Trajectory", "ErasedTrajectory");
    assertThat(cases.stream().flatMap(c -> c.view().stream()))
        .contains(View.CLIENT, View.COMMISSIONER, View.ANONYMISED);
  }

  @Test
  void a_subject_that_writes_other_bytes_or_reports_another_path_fails_the_corpus() {
    ConformanceRunner.Subject shifted =
        new ConformanceRunner.Subject() {
          @Override
          public Object read(ConformanceRunner.Case c, byte[] input) {
            Object outcome = Jackson3Subject.INSTANCE.read(c, input);
            return outcome instanceof ConformanceRunner.Rejection
                ? new ConformanceRunner.Rejection(
                    ((ConformanceRunner.Rejection) outcome).problem(),
                    "$",
                    ((ConformanceRunner.Rejection) outcome).reason())
                : outcome;
          }

          @Override
          public String write(ConformanceRunner.Case c, Object value, LocalDate day) {
            return Jackson3Subject.INSTANCE.write(c, value, day) + " ";
          }
        };
    LocalDate day = ConformanceRunner.viewDay(CORPUS);
    List<ConformanceRunner.Case> cases = ConformanceRunner.cases(CORPUS);
    ConformanceRunner.Case trajectory = find(cases, "trajectory");
    ConformanceRunner.Case unknownCode = find(cases, "content.unknown_employment");
    assertThat(ConformanceRunner.run(CORPUS, day, trajectory, shifted))
        .contains("trajectory: output differs from expected/trajectory.json");
    assertThat(ConformanceRunner.run(CORPUS, day, unknownCode, shifted)).isPresent();
    assertThat(unknownCode.rejection().orElseThrow().path())
        .isEqualTo("$.content.client.employment");
  }

  private static ConformanceRunner.Case find(List<ConformanceRunner.Case> cases, String name) {
    return cases.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  private static Set<String> committedFiles() throws IOException {
    try (Stream<Path> files = Files.walk(CORPUS)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> CORPUS.relativize(file).toString().replace('\\', '/'))
          .filter(name -> !name.equals("README.md"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
