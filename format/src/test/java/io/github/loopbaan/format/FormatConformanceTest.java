package io.github.loopbaan.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.format.conformance.ConformanceRunner;
import io.github.loopbaan.format.conformance.ConformanceRunner.Case;
import io.github.loopbaan.format.conformance.ConformanceRunner.Rejection;
import io.github.loopbaan.format.conformance.TextSource;
import io.github.loopbaan.format.spi.Binding;
import io.github.loopbaan.format.spi.JsonSource.Token;
import io.github.loopbaan.format.spi.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The format alone, with no JSON library, meets the conformance corpus: read through a plain text
 * tokenizer ({@link TextSource}) and written with the format's own {@link JsonText}, every
 * document, value and view gives the expected bytes, and every rejection the format itself decides
 * (envelopes, codes, types, missing values, model rules, collection limits, UTF-8, surrogates,
 * restricted views, versions) gives the expected problem, path and reason. The rejections that are
 * a parser's to make (malformed or truncated JSON, duplicate keys, depth, size and text limits) are
 * left to the bindings' runs of the corpus, whose parsers make them.
 */
class FormatConformanceTest {

  /** The reasons of the rejections a JSON parser makes, not the format. */
  private static final Set<String> PARSERS =
      Set.of(
          "the input is not well-formed JSON",
          "the input ends in the middle of a value",
          "the input ends before a value",
          "an object holds the same key twice");

  private static boolean parsers(Case c) {
    return c.rejection()
        .map(Rejection::reason)
        .filter(
            reason ->
                PARSERS.contains(reason)
                    || reason.startsWith("the input nests deeper")
                    || reason.startsWith("the document is larger")
                    || reason.startsWith("a text is longer"))
        .isPresent();
  }

  @Test
  void the_format_alone_meets_every_case_of_the_corpus_that_is_not_a_parsers() {
    LocalDate day = ConformanceRunner.viewDay(ConformanceRunner.CORPUS);
    List<String> failures = new ArrayList<>();
    int run = 0;
    for (Case c : ConformanceRunner.cases(ConformanceRunner.CORPUS)) {
      if (!parsers(c)) {
        ConformanceRunner.run(ConformanceRunner.CORPUS, day, c, PLAIN).ifPresent(failures::add);
        run++;
      }
    }
    assertThat(failures).isEmpty();
    assertThat(run).isGreaterThan(70);
  }

  @Test
  void a_subject_that_reports_another_path_fails_the_corpus() {
    Case unknownCode =
        ConformanceRunner.cases(ConformanceRunner.CORPUS).stream()
            .filter(c -> c.name().equals("content.unknown_employment"))
            .findFirst()
            .orElseThrow();
    ConformanceRunner.Subject shifted =
        new ConformanceRunner.Subject() {
          @Override
          public Object read(Case c, byte[] input) {
            Object outcome = PLAIN.read(c, input);
            return outcome instanceof Rejection
                ? new Rejection(
                    ((Rejection) outcome).problem(), "$", ((Rejection) outcome).reason())
                : outcome;
          }

          @Override
          public String write(Case c, Object value, LocalDate day) {
            return PLAIN.write(c, value, day);
          }
        };
    LocalDate day = ConformanceRunner.viewDay(ConformanceRunner.CORPUS);
    assertThat(ConformanceRunner.run(ConformanceRunner.CORPUS, day, unknownCode, PLAIN)).isEmpty();
    assertThat(ConformanceRunner.run(ConformanceRunner.CORPUS, day, unknownCode, shifted))
        .isPresent();
  }

  /**
   * The format with no JSON library: the engine's reads over {@link TextSource}, {@link JsonText}.
   */
  private static final ConformanceRunner.Subject PLAIN =
      new ConformanceRunner.Subject() {
        @Override
        public Object read(Case c, byte[] input) {
          boolean strict = !Boolean.FALSE.equals(c.options().get("strict"));
          int max =
              Optional.ofNullable((Long) c.options().get("maxCollectionSize"))
                  .map(Long::intValue)
                  .orElse(ReadLimits.DEFAULT_MAX_COLLECTION_SIZE);
          ModelReader reader = new ModelReader(strict, max, Catalogue.standard());
          ReadLimits limits =
              new ReadLimits(
                  ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES,
                  ReadLimits.DEFAULT_MAX_NESTING_DEPTH,
                  ReadLimits.DEFAULT_MAX_STRING_LENGTH,
                  max);
          Binding binding =
              new Binding() {
                @Override
                public Parser open(byte[] json) {
                  return new TextSource(new String(json, StandardCharsets.UTF_8));
                }

                @Override
                public LoopbaanJsonException translate(RuntimeException e, Parser parser) {
                  return null;
                }

                @Override
                public Object bind(Parser parser, Class<?> type) {
                  return parser.next() == Token.NULL ? null : reader.read(type, parser);
                }
              };
          try {
            return c.document()
                ? PlainJson.ENGINE.readDocument(input, c.type(), reader, strict, limits, binding)
                : PlainJson.ENGINE.readValue(input, c.type(), limits, binding);
          } catch (LoopbaanJsonException e) {
            return new Rejection(e.getProblem().code(), e.getPath(), e.getReason());
          }
        }

        @Override
        public String write(Case c, Object value, LocalDate day) {
          View view = c.view().orElse(View.FULL);
          ModelWriter.Scope scope =
              c.view().isPresent()
                  ? new ModelWriter.Scope(view, day, day)
                  : new ModelWriter.Scope(view, null, null);
          JsonText out = new JsonText();
          ModelWriter.write(c.document() ? Documents.Envelope.of(value, view) : value, out, scope);
          return out.toString();
        }
      };
}
