package io.github.loopbaan.format.conformance;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.format.View;
import io.github.loopbaan.format.spi.JsonSource.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the conformance corpus ({@code conformance/manifest.json} and its files) against one
 * artifact of the wire format, given as a {@link Subject}: every case's input is read as the case
 * says, and the outcome compared with the manifest's (the exact output bytes, the value read back
 * from them, or the problem code, path and reason of the rejection). The manifest's format is
 * described in {@code conformance/README.md}. It needs no JSON library (the manifest is read with
 * {@link TextSource}), so that the Jackson 2 artifact's tests run it without Jackson 3.
 */
public final class ConformanceRunner {

  /** The corpus, at the root of the repository; the tests run in a module's folder. */
  public static final Path CORPUS = Path.of("..", "conformance");

  private ConformanceRunner() {}

  /**
   * A rejection as every artifact reports it: problem code, JSON path and reason.
   *
   * @param problem the problem's code
   * @param path the JSON path
   * @param reason the reason
   */
  public record Rejection(String problem, String path, String reason) {

    @Override
    public String toString() {
      return problem + " at " + path + ": " + reason;
    }
  }

  /**
   * One case of the manifest.
   *
   * @param name the case's stable name
   * @param document whether the input is a document (else a bare value)
   * @param type the type asked for
   * @param input the input file, relative to the corpus
   * @param output the expected output file, for a case that reads
   * @param view the view the value is written in, if not the full one
   * @param options reading options other than the defaults, by name: {@code strict} (a Boolean),
   *     {@code maxDocumentBytes}, {@code maxNestingDepth}, {@code maxStringLength}, {@code
   *     maxCollectionSize} (Longs)
   * @param rejection the expected rejection, for a case that must be refused
   */
  public record Case(
      String name,
      boolean document,
      Class<?> type,
      String input,
      Optional<String> output,
      Optional<View> view,
      Map<String, Object> options,
      Optional<Rejection> rejection) {

    /**
     * @param node a case of the manifest as plain values (numbers of any integer type)
     * @return the case
     */
    public static Case of(Map<String, Object> node) {
      String read = (String) node.get("read");
      if (!read.equals("document") && !read.equals("value")) {
        throw new IllegalArgumentException(node.get("name") + ": read is document or value");
      }
      Optional<Rejection> rejection =
          node.containsKey("problem")
              ? Optional.of(
                  new Rejection(
                      (String) node.get("problem"),
                      (String) node.get("path"),
                      (String) node.get("reason")))
              : Optional.empty();
      try {
        Map<String, Object> options = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> given = (Map<String, Object>) node.getOrDefault("options", Map.of());
        given.forEach(
            (name, value) ->
                options.put(
                    name, value instanceof Number ? (Object) ((Number) value).longValue() : value));
        return new Case(
            (String) node.get("name"),
            read.equals("document"),
            Class.forName((String) node.get("type")),
            (String) node.get("input"),
            Optional.ofNullable((String) node.get("output")),
            Optional.ofNullable((String) node.get("view"))
                .map(view -> Coded.byCode(View.class, view)),
            options,
            rejection);
      } catch (ClassNotFoundException e) {
        throw new IllegalArgumentException(node.get("name") + ": unknown type", e);
      }
    }

    /**
     * @return whether the case must be refused
     */
    public boolean rejected() {
      return rejection.isPresent();
    }
  }

  /** An artifact of the wire format, as the corpus drives it. */
  public interface Subject {

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

  /**
   * @param corpus the folder of the corpus
   * @return the cases of its manifest, in order
   */
  @SuppressWarnings("unchecked")
  public static List<Case> cases(Path corpus) {
    List<Case> cases = new ArrayList<>();
    for (Object node : (List<Object>) manifest(corpus).get("cases")) {
      cases.add(Case.of((Map<String, Object>) node));
    }
    return cases;
  }

  /**
   * @param corpus the folder of the corpus
   * @return the day views are written for
   */
  public static LocalDate viewDay(Path corpus) {
    return LocalDate.parse((String) manifest(corpus).get("viewDay"));
  }

  /**
   * Runs every case.
   *
   * @param subject the artifact
   * @return what differs from the manifest, one line per case that the subject does not meet
   */
  public static List<String> failures(Subject subject) {
    LocalDate day = viewDay(CORPUS);
    List<String> failures = new ArrayList<>();
    for (Case c : cases(CORPUS)) {
      run(CORPUS, day, c, subject).ifPresent(failures::add);
    }
    return failures;
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
  public static Optional<String> run(Path corpus, LocalDate day, Case c, Subject subject) {
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

  /**
   * @param file a file
   * @return its bytes
   */
  public static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> manifest(Path corpus) {
    TextSource in =
        new TextSource(new String(read(corpus.resolve("manifest.json")), StandardCharsets.UTF_8));
    in.next();
    return (Map<String, Object>) value(in);
  }

  /** The manifest as plain values: objects, arrays, texts, Longs and Booleans. */
  private static Object value(TextSource in) {
    switch (in.current()) {
      case START_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        while (in.next() == Token.NAME) {
          String name = in.name();
          in.next();
          object.put(name, value(in));
        }
        return object;
      case START_ARRAY:
        List<Object> array = new ArrayList<>();
        while (in.next() != Token.END_ARRAY) {
          array.add(value(in));
        }
        return array;
      case STRING:
        return in.text();
      case INTEGER:
        return in.longValue();
      case TRUE:
        return Boolean.TRUE;
      case FALSE:
        return Boolean.FALSE;
      default:
        throw new IllegalArgumentException("unexpected " + in.current() + " in the manifest");
    }
  }
}
