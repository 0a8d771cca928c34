package io.github.loopbaan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.erosb.jsonsKema.FormatValidationPolicy;
import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.Schema;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.ValidationFailure;
import com.github.erosb.jsonsKema.Validator;
import com.github.erosb.jsonsKema.ValidatorConfig;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.ProblemDetails;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The problem documents are described where a user looks: every document {@link ProblemDetails}
 * makes validates against the generated {@code docs/schema/problem.schema.json}, the schema refuses
 * what no Loopbaan problem holds, and {@code docs/problems.md} lists every kind with its type and
 * status.
 */
class ProblemDocsTest {

  private static final Path DOCS = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

  private static ValidationFailure failure(String json) {
    Schema schema =
        new SchemaLoader(new JsonParser(ProblemSchema.schema().toString()).parse()).load();
    return Validator.create(schema, new ValidatorConfig(FormatValidationPolicy.ALWAYS))
        .validate(new JsonParser(json).parse());
  }

  @Test
  void every_problem_document_validates_against_the_schema() {
    for (Map.Entry<String, ProblemDetails> example : ProblemSchema.examples().entrySet()) {
      assertThat(failure(example.getValue().toJson())).as(example.getKey()).isNull();
    }
    for (LoopbaanJsonException.Problem problem : LoopbaanJsonException.Problem.values()) {
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("nl")}) {
        ProblemDetails document =
            ProblemDetails.of(new LoopbaanJsonException(problem, "$.content", "why"), locale);
        assertThat(failure(document.toJson())).as(problem.code()).isNull();
        assertThat(document.getType().toString()).isEqualTo(ProblemSchema.typeOf(problem.code()));
      }
    }
  }

  @Test
  void the_schema_refuses_what_no_loopbaan_problem_holds() {
    String valid = ProblemSchema.examples().get("command_rejected").toJson();
    assertThat(failure(valid)).isNull();
    assertThat(failure(valid.replace("\"status\":409", "\"status\":418"))).isNotNull();
    assertThat(failure(valid.replace("\"code\":\"command_rejected\"", "\"code\":\"teapot\"")))
        .isNotNull();
    assertThat(failure(valid.replace("\"severity\":\"error\"", "\"severity\":\"fatal\"")))
        .isNotNull();
    assertThat(failure(valid.replace("{\"type\"", "{\"name\":\"Jansen\",\"type\""))).isNotNull();
  }

  @Test
  void the_guide_lists_every_kind_with_its_type_and_status() throws IOException {
    String page = Files.readString(DOCS.resolve("problems.md"), StandardCharsets.UTF_8);
    for (Map.Entry<String, Integer> kind : ProblemSchema.statuses().entrySet()) {
      String type = ProblemSchema.typeOf(kind.getKey());
      String suffix = type.substring(ProblemDetails.PROBLEM_BASE.length());
      assertThat(page)
          .as(kind.getKey())
          .contains("| `" + kind.getKey() + "` | `" + suffix + "` | " + kind.getValue() + " |");
    }
  }
}
