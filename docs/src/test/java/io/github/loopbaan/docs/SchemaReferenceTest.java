package io.github.loopbaan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.erosb.jsonsKema.FormatValidationPolicy;
import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.Schema;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.ValidationFailure;
import com.github.erosb.jsonsKema.Validator;
import com.github.erosb.jsonsKema.ValidatorConfig;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.DocumentKind;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.serialization.LoopbaanJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas and example documents committed under {@code docs/} are what the code generates
 * now, and every example document validates against the schema of its kind. Run with {@code
 * -Dloopbaan.regenerate=true} to rewrite them (see {@link SchemaReference}).
 *
 * <p>The validator is json-sKema (draft 2020-12), which parses plain JSON text itself and so works
 * whatever Jackson version the project uses.
 */
class SchemaReferenceTest {

  private static final Path DOCS = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

  @Test
  void committed_schemas_and_examples_are_fresh() throws IOException {
    if (Boolean.getBoolean("loopbaan.regenerate")) {
      SchemaReference.write(DOCS);
    }
    for (Map.Entry<String, String> file : SchemaReference.files().entrySet()) {
      Path path = DOCS.resolve(file.getKey());
      assertThat(path).as(file.getKey() + " is missing; regenerate (see SchemaReference)").exists();
      assertThat(Files.readString(path, StandardCharsets.UTF_8))
          .as(
              file.getKey()
                  + " is stale; regenerate with -Dloopbaan.regenerate=true (see SchemaReference)")
          .isEqualTo(file.getValue());
    }
  }

  @Test
  void every_example_document_validates_against_the_schema_of_its_kind() throws IOException {
    List<Path> examples = exampleFiles();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(DocumentKind.values().length);
    for (Path example : examples) {
      String json = Files.readString(example, StandardCharsets.UTF_8);
      String kind = LoopbaanJson.mapper().readTree(json).get("kind").stringValue();
      assertThat(failure(kind, json)).as(example.getFileName() + " against " + kind).isNull();
    }
  }

  @Test
  void every_example_document_reads_back() throws IOException {
    for (Path example : exampleFiles()) {
      Object value =
          LoopbaanJson.standard().readDocument(Files.readString(example, StandardCharsets.UTF_8));
      assertThat(DocumentKind.of(value)).isPresent();
    }
  }

  @Test
  void every_generated_document_kind_has_an_example() throws IOException {
    List<String> kinds =
        exampleFiles().stream()
            .map(p -> LoopbaanJson.mapper().readTree(read(p)).get("kind").stringValue())
            .collect(Collectors.toList());
    for (DocumentKind kind : DocumentKind.values()) {
      assertThat(kinds).contains(kind.code());
    }
  }

  @Test
  void the_subject_access_example_validates_and_holds_trajectory_documents() throws IOException {
    String json =
        Files.readString(
            DOCS.resolve("examples/access/subject_access.json"), StandardCharsets.UTF_8);
    assertThat(failure("subject_access", json)).isNull();
    assertThat(failure("subject_access", json.replace("\"producedOn\"", "\"madeOn\""))).isNotNull();
    JsonNode export = LoopbaanJson.mapper().readTree(json);
    for (JsonNode content : export.get("trajectories")) {
      String document = "{\"kind\":\"trajectory\",\"schemaVersion\":1,\"content\":" + content + "}";
      assertThat(failure("trajectory", document)).isNull();
      assertThat(LoopbaanJson.standard().readDocument(document, Trajectory.class))
          .isEqualTo(SchemaReference.exampleTrajectory());
    }
  }

  @Test
  void the_schemas_reject_what_strict_reading_rejects() {
    String trajectory = LoopbaanJson.standard().writeDocument(SchemaReference.exampleTrajectory());
    assertThat(failure("trajectory", trajectory)).isNull();
    assertThat(
            failure(
                "trajectory", trajectory.replace("\"kind\":\"close\"", "\"kind\":\"teleport\"")))
        .isNotNull();
    assertThat(
            failure(
                "trajectory",
                trajectory.replace(
                    "\"kind\":\"close\"",
                    "\"kind\":\"io.github.loopbaan.core.trajectory.TrajectoryCommand$Simple\"")))
        .isNotNull();
    assertThat(failure("trajectory", trajectory.replace("\"openedOn\":", "\"openedAt\":")))
        .isNotNull();
    assertThat(
            failure(
                "trajectory", trajectory.replace("\"stage\":\"closed\"", "\"stage\":\"nowhere\"")))
        .isNotNull();
    assertThat(
            failure("trajectory", trajectory.replace("\"schemaVersion\":1", "\"schemaVersion\":2")))
        .isNotNull();
    assertThat(
            failure(
                "client",
                "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":{\"id\":\"c-1\","
                    + "\"birthYear\":1973}}"))
        .isNotNull();
    assertThat(
            failure(
                "client", "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":{\"id\":\"c-1\"}}"))
        .isNull();
  }

  @Test
  void the_schema_marks_derived_and_optional_properties() {
    JsonNode schema = SchemaReference.schema(DocumentKind.TRAJECTORY);
    JsonNode trajectory = schema.get("$defs").get("Trajectory");
    assertThat(trajectory.get("properties").get("stage").get("readOnly").booleanValue()).isTrue();
    assertThat(trajectory.get("required").toString())
        .contains("\"openedOn\"")
        .doesNotContain("\"stage\"")
        .doesNotContain("\"sessions\"")
        .doesNotContain("\"developmentPlan\"");
    assertThat(schema.get("$schema").stringValue())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void restricted_views_are_not_readable_and_hide_the_clients_name() throws IOException {
    Trajectory t = SchemaReference.exampleTrajectory();
    String name = t.getClient().getName().orElseThrow();
    try (Stream<Path> views = Files.list(DOCS.resolve("views"))) {
      for (Path view : views.collect(Collectors.toList())) {
        String json = read(view);
        Assertions.assertThatThrownBy(() -> LoopbaanJson.standard().readDocument(json))
            .isInstanceOf(LoopbaanJsonException.class);
        if (!view.getFileName().toString().contains(".client.")) {
          assertThat(json).doesNotContain(name);
        }
      }
    }
  }

  private static ValidationFailure failure(String kind, String json) {
    String schemaText = read(DOCS.resolve("schema/" + kind + ".schema.json"));
    Schema schema = new SchemaLoader(new JsonParser(schemaText).parse()).load();
    Validator validator =
        Validator.create(schema, new ValidatorConfig(FormatValidationPolicy.ALWAYS));
    return validator.validate(new JsonParser(json).parse());
  }

  private static List<Path> exampleFiles() throws IOException {
    try (Stream<Path> files = Files.list(DOCS.resolve("examples"))) {
      return files
          .filter(p -> p.toString().endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
