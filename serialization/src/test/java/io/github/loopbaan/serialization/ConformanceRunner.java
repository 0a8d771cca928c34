package io.github.loopbaan.serialization;

import io.github.loopbaan.core.Coded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the conformance corpus ({@code conformance/manifest.json} and its files) against one
 * artifact of the wire format, given as a {@link Subject}: every case's input is read as the case
 * says, and the outcome compared with the manifest's (the exact output bytes, the value read back
 * from them, or the problem code, path and reason of the rejection). The manifest's format is
 * described in {@code conformance/README.md}.
 */
final class ConformanceRunner {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private ConformanceRunner() {}

  /** A rejection as every artifact reports it: problem code, JSON path and reason. */
  record Rejection(String problem, String path, String reason) {

    @Override
    public String toString() {
      return problem + " at " + path + ": " + reason;
    }
  }

  /** One case of the manifest. */
  record Case(
      String name,
      boolean document,
      Class<?> type,
      String input,
      Optional<String> output,
      Optional<View> view,
      JsonNode options,
      Optional<Rejection> rejection) {

    static Case of(JsonNode node) {
      String read = node.get("read").asString();
      if (!read.equals("document") && !read.equals("value")) {
        throw new IllegalArgumentException(node.get("name") + ": read is document or value");
      }
      Optional<Rejection> rejection =
          node.has("problem")
              ? Optional.of(
                  new Rejection(
                      node.get("problem").asString(),
                      node.get("path").asString(),
                      node.get("reason").asString()))
              : Optional.empty();
      try {
        return new Case(
            node.get("name").asString(),
            read.equals("document"),
            Class.forName(node.get("type").asString()),
            node.get("input").asString(),
            Optional.ofNullable(node.get("output")).map(JsonNode::asString),
            Optional.ofNullable(node.get("view"))
                .map(view -> Coded.byCode(View.class, view.asString())),
            node.has("options") ? node.get("options") : PLAIN.createObjectNode(),
            rejection);
      } catch (ClassNotFoundException e) {
        throw new IllegalArgumentException(node.get("name") + ": unknown type", e);
      }
    }

    boolean rejected() {
      return rejection.isPresent();
    }
  }

  /** An artifact of the wire format, as the corpus drives it. */
  interface Subject {

    /**
     * @param c the case: document or plain value, content type, reading options
     * @param input the input's bytes
     * @return the value read, or the {@link Rejection} the artifact reported
     */
    Object read(Case c, byte[] input);

    /**
     * @param c the case: document or plain value, and the view
     * @param value the value read
     * @param day the day views are written for (consents and age bands)
     * @return the JSON the artifact writes
     */
    String write(Case c, Object value, LocalDate day);
  }

  /** This artifact: {@link LoopbaanJson}, configured by each case's options. */
  static final Subject JACKSON_3 =
      new Subject() {
        @Override
        public Object read(Case c, byte[] input) {
          LoopbaanJson json = configured(c.options());
          try {
            return c.document() ? json.readDocument(input, c.type()) : json.read(input, c.type());
          } catch (LoopbaanJsonException e) {
            return new Rejection(e.getProblem().code(), e.getPath(), e.getReason());
          }
        }

        @Override
        public String write(Case c, Object value, LocalDate day) {
          LoopbaanJson json = LoopbaanJson.standard();
          if (c.view().isPresent()) {
            ViewWriter writer = json.viewWriter(c.view().get()).consentsOn(day).ageBandsOn(day);
            return c.document() ? writer.writeDocument(value) : writer.write(value);
          }
          return c.document() ? json.writeDocument(value) : json.write(value);
        }
      };

  private static LoopbaanJson configured(JsonNode options) {
    LoopbaanJson.Builder builder = LoopbaanJson.builder();
    for (var option : options.properties()) {
      JsonNode value = option.getValue();
      switch (option.getKey()) {
        case "strict" -> {
          if (!value.asBoolean()) {
            builder.lenient();
          }
        }
        case "maxDocumentBytes" -> builder.maxDocumentBytes(value.asLong());
        case "maxNestingDepth" -> builder.maxNestingDepth(value.asInt());
        case "maxStringLength" -> builder.maxStringLength(value.asInt());
        case "maxCollectionSize" -> builder.maxCollectionSize(value.asInt());
        default -> throw new IllegalArgumentException("unknown option " + option.getKey());
      }
    }
    return builder.build();
  }

  /**
   * @param corpus the folder of the corpus
   * @return the cases of its manifest, in order
   */
  static List<Case> cases(Path corpus) {
    JsonNode manifest = PLAIN.readTree(read(corpus.resolve("manifest.json")));
    List<Case> cases = new ArrayList<>();
    manifest.get("cases").forEach(node -> cases.add(Case.of(node)));
    return cases;
  }

  /**
   * @param corpus the folder of the corpus
   * @return the day views are written for
   */
  static LocalDate viewDay(Path corpus) {
    return LocalDate.parse(
        PLAIN.readTree(read(corpus.resolve("manifest.json"))).get("viewDay").asString());
  }

  /**
   * Runs one case.
   *
   * @param corpus the folder of the corpus
   * @param day the day views are written for ({@link #viewDay})
   * @param c the case
   * @param subject the artifact
   * @return what differs from the manifest, empty when the subject meets the case
   */
  static Optional<String> run(Path corpus, LocalDate day, Case c, Subject subject) {
    Object outcome = subject.read(c, read(corpus.resolve(c.input())));
    if (c.rejected()) {
      return outcome.equals(c.rejection().get())
          ? Optional.empty()
          : Optional.of(c.name() + ": expected " + c.rejection().get() + ", got " + outcome);
    }
    if (outcome instanceof Rejection) {
      return Optional.of(c.name() + ": expected a value, got " + outcome);
    }
    byte[] expected = read(corpus.resolve(c.output().orElseThrow()));
    String written = subject.write(c, outcome, day);
    if (!Arrays.equals(written.getBytes(StandardCharsets.UTF_8), expected)) {
      return Optional.of(c.name() + ": output differs from " + c.output().get());
    }
    if (c.view().isEmpty()) {
      Object again = subject.read(c, expected);
      if (!Objects.equals(again, outcome)) {
        return Optional.of(c.name() + ": the output does not read back as the same value");
      }
    }
    return Optional.empty();
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
