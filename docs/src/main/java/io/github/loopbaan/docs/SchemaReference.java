package io.github.loopbaan.docs;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.catalogue.CatalogueCodes;
import io.github.loopbaan.core.catalogue.CatalogueEntry;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.session.Assignment;
import io.github.loopbaan.core.session.AssignmentCommand;
import io.github.loopbaan.core.session.AssignmentId;
import io.github.loopbaan.core.session.Note;
import io.github.loopbaan.core.session.NoteId;
import io.github.loopbaan.core.standards.RiasecProfile;
import io.github.loopbaan.core.standards.RiasecType;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.CommandFormat;
import io.github.loopbaan.format.DocumentKind;
import io.github.loopbaan.format.ErasedTrajectory;
import io.github.loopbaan.format.Erasure;
import io.github.loopbaan.format.ProblemDetails;
import io.github.loopbaan.format.SubjectAccessExport;
import io.github.loopbaan.format.View;
import io.github.loopbaan.format.WireFormat;
import io.github.loopbaan.serialization.LoopbaanJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schemas of the wire format (draft 2020-12), one per {@link DocumentKind},
 * under {@code docs/schema/<kind>.schema.json}, and example documents under {@code docs/examples/}
 * (full documents, which validate against their schema) and {@code docs/views/} (the write-only
 * views of the example trajectory).
 *
 * <p>The schemas are generated with victools' jsonschema-generator from the model, through the
 * description the serialization module gives of what it writes ({@link WireFormat}, {@link
 * CommandFormat}), so they match the wire format: camelCase property names, codes as enums of
 * strings, identifiers as strings, ISO-8601 formats ({@code date}, {@code duration}), optional
 * attributes and collections not required, no other properties ({@code additionalProperties:
 * false}, as strict reading demands), the derived {@code stage} read-only, commands as a {@code
 * oneOf} keyed by the constant {@code kind}, and a development plan as either the plan or its
 * checklist. A schema describes the full view; the other views leave out attributes and are not
 * described.
 *
 * <p>{@code SchemaReferenceTest} fails when a committed file differs from what this class
 * generates; regenerate with {@code mvn -q -pl docs -am -Dloopbaan.regenerate=true
 * -Dtest=SchemaReferenceTest -Dsurefire.failIfNoSpecifiedTests=false verify}.
 */
public final class SchemaReference {

  /** Where the schemas are published, the base of their {@code $id}. */
  public static final String BASE_URI = "https://loopbaan.github.io/schema/";

  private static final JsonMapper PRETTY =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .defaultPrettyPrinter(
              new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
          .build();

  /** The pseudonym key of the erased example, so that the committed example stays the same. */
  private static final String EXAMPLE_KEY = "the example practice's pseudonym key";

  private SchemaReference() {}

  /**
   * @return every generated file, by path relative to the {@code docs/} folder, in a stable order
   */
  public static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    for (DocumentKind kind : DocumentKind.values()) {
      files.put("schema/" + kind.code() + ".schema.json", pretty(schema(kind)));
    }
    files.put("schema/problem.schema.json", pretty(ProblemSchema.schema()));
    files.put("schema/" + SubjectAccessExport.KIND + ".schema.json", pretty(subjectAccessSchema()));
    files.put(
        "examples/access/" + SubjectAccessExport.KIND + ".json",
        pretty(LoopbaanJson.mapper().readTree(subjectAccessExample().toJson())));
    for (Map.Entry<String, ProblemDetails> problem : ProblemSchema.examples().entrySet()) {
      files.put(
          "examples/problems/" + problem.getKey() + ".json",
          pretty(LoopbaanJson.mapper().readTree(problem.getValue().toJson())));
    }
    for (Map.Entry<String, Object> example : examples().entrySet()) {
      files.put(
          "examples/" + example.getKey() + ".json",
          pretty(
              LoopbaanJson.mapper()
                  .readTree(LoopbaanJson.standard().writeDocument(example.getValue()))));
    }
    Trajectory trajectory = exampleTrajectory();
    for (View view : View.values()) {
      if (view != View.FULL) {
        files.put(
            "views/trajectory." + view.code() + ".json",
            pretty(
                LoopbaanJson.mapper()
                    .readTree(LoopbaanJson.writer(view).writeDocument(trajectory))));
      }
    }
    return files;
  }

  /**
   * @return the example values of the full documents by file name: one per document kind, and a
   *     development plan whose client refused its storage
   */
  public static Map<String, Object> examples() {
    Trajectory trajectory = exampleTrajectory();
    Map<String, Object> examples = new LinkedHashMap<>();
    examples.put("client", trajectory.getClient());
    examples.put("development_plan", trajectory.getDevelopmentPlan().orElseThrow());
    examples.put(
        "development_plan.checklist_only",
        trajectory
            .getDevelopmentPlan()
            .orElseThrow()
            .withStorageConsent(StorageConsent.CHECKLIST_ONLY));
    examples.put("trajectory", trajectory);
    examples.put(
        "erased_trajectory",
        Erasure.pseudonymising(EXAMPLE_KEY.getBytes(StandardCharsets.UTF_8)).erase(trajectory));
    return examples;
  }

  /**
   * @return the trajectory of the tour, with notes of every visibility and an assignment answered
   *     through its lifecycle added (the names and texts are invented)
   */
  public static Trajectory exampleTrajectory() {
    Trajectory t =
        new Tour(Locale.ENGLISH, new PrintStream(OutputStream.nullOutputStream())).play();
    LocalDate day = t.getSessions().get(2).getDate();
    Assignment assignment =
        Assignment.builder()
            .id(AssignmentId.of("as-1"))
            .title("Levenslijn")
            .givenOn(day)
            .visibility(Visibility.SHARED_WITH_CLIENT)
            .build()
            .apply(
                AssignmentCommand.complete(
                    day.plusDays(5), "Drie keerpunten: de fusie, de verhuis, het nieuwe team."))
            .orElseThrow()
            .apply(AssignmentCommand.discuss(day.plusDays(14)))
            .orElseThrow();
    return Trajectory.builder()
        .from(t)
        .assignments(List.of(assignment))
        .notes(
            List.of(
                note(
                    "n-1",
                    "Twijfelt of ze het zelf wel kan; eerst vertrouwen opbouwen.",
                    Visibility.PRIVATE_TO_COACH,
                    DataCategory.PERSONAL,
                    day),
                note(
                    "n-2",
                    "Huiswerk over waarden grondig gemaakt: autonomie en zorg staan bovenaan.",
                    Visibility.SHARED_WITH_CLIENT,
                    DataCategory.PERSONAL,
                    day),
                note(
                    "n-3",
                    "Kiest voor een overstap naar opleidingswerk; start met netwerkgesprekken.",
                    Visibility.SHARED_WITH_COMMISSIONER,
                    DataCategory.PERSONAL,
                    day),
                note(
                    "n-4",
                    "Slaapt slecht sinds de aankondiging van de reorganisatie.",
                    Visibility.PRIVATE_TO_COACH,
                    DataCategory.HEALTH,
                    day)))
        .build();
  }

  private static Note note(
      String id, String text, Visibility visibility, DataCategory category, LocalDate day) {
    return Note.builder()
        .id(NoteId.of(id))
        .text(text)
        .writtenOn(day)
        .visibility(visibility)
        .dataCategory(category)
        .build();
  }

  /**
   * The JSON Schema of the documents of one kind: the envelope with the kind's code and current
   * schema version as constants, and the content.
   *
   * @param kind the document kind
   * @return the schema, draft 2020-12
   */
  public static ObjectNode schema(DocumentKind kind) {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.DEFINITION_FOR_MAIN_SCHEMA)
            .with(new WireDefinitions());
    boolean erased = kind == DocumentKind.ERASED_TRAJECTORY;
    ObjectNode generated =
        new SchemaGenerator(config.build())
            .generateSchema(erased ? Trajectory.class : kind.getType());
    if (erased) {
      // The content has a trajectory's shape; the client's identifier is a pseudonym. That no
      // attribute holds personal data is checked on reading (rule not_erased), beyond a schema.
      ((ObjectNode) generated.get("$defs").get("Client").get("properties").get("id"))
          .put("pattern", "^" + ErasedTrajectory.PSEUDONYM.pattern() + "$");
    }
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode schema = nodes.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", BASE_URI + kind.code() + ".schema.json");
    schema.put(
        "title", "Loopbaan " + kind.label(Locale.ENGLISH).toLowerCase(Locale.ROOT) + " document");
    schema.put(
        "description",
        "A "
            + kind.code()
            + " document of the Loopbaan wire format, schema version "
            + kind.currentVersion()
            + ", full view."
            + (erased
                ? " The content is a trajectory without personal or health data (see Erasure);"
                    + " reading refuses one that still holds any."
                : "")
            + " Generated by io.github.loopbaan.docs.SchemaReference; do not edit by hand.");
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("kind").put("const", kind.code());
    properties.putObject("schemaVersion").put("const", kind.currentVersion());
    properties.putObject("view").put("const", View.FULL.code());
    ObjectNode content = nodes.objectNode();
    content.set("$ref", generated.get("$ref"));
    properties.set("content", content);
    schema.putArray("required").add("kind").add("schemaVersion").add("content");
    schema.put("additionalProperties", false);
    schema.set("$defs", generated.get("$defs"));
    return schema;
  }

  /**
   * The schema of the subject-access export: the trajectory schema's definitions, with the export's
   * own envelope (written, never read back).
   *
   * @return the schema, draft 2020-12
   */
  public static ObjectNode subjectAccessSchema() {
    ObjectNode trajectory = schema(DocumentKind.TRAJECTORY);
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode schema = nodes.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", BASE_URI + SubjectAccessExport.KIND + ".schema.json");
    schema.put("title", "Loopbaan subject-access export");
    schema.put(
        "description",
        "Everything a practice holds about one client (GDPR art. 15 and 20): the client's"
            + " trajectories, each in the full view. Written by SubjectAccessExport, schema version "
            + SubjectAccessExport.SCHEMA_VERSION
            + "; not read back. Generated by io.github.loopbaan.docs.SchemaReference; do not edit"
            + " by hand.");
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("kind").put("const", SubjectAccessExport.KIND);
    properties.putObject("schemaVersion").put("const", SubjectAccessExport.SCHEMA_VERSION);
    properties.putObject("subject").put("type", "string");
    properties.putObject("producedOn").put("type", "string").put("format", "date");
    ObjectNode trajectories = properties.putObject("trajectories");
    trajectories.put("type", "array");
    trajectories.set("items", trajectory.get("properties").get("content").deepCopy());
    schema
        .putArray("required")
        .add("kind")
        .add("schemaVersion")
        .add("subject")
        .add("producedOn")
        .add("trajectories");
    schema.put("additionalProperties", false);
    schema.set("$defs", trajectory.get("$defs"));
    return schema;
  }

  /**
   * @return the export of the example trajectory's client, made the day after its closing
   */
  public static SubjectAccessExport subjectAccessExample() {
    Trajectory trajectory = exampleTrajectory();
    return SubjectAccessExport.of(
        trajectory.getClient().getId(),
        trajectory.getHistory().last().getDate().plusDays(1),
        List.of(trajectory));
  }

  /** Provides the definition of every type of the wire format from its description. */
  private static final class WireDefinitions implements CustomDefinitionProviderV2 {

    @Override
    public CustomDefinition provideCustomSchemaDefinition(
        ResolvedType type, SchemaGenerationContext context) {
      Class<?> raw = type.getErasedType();
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      if (WireFormat.isCodedEnum(raw)) {
        node.put("type", "string");
        ArrayNode codes = node.putArray("enum");
        for (Object constant : raw.getEnumConstants()) {
          codes.add(((Coded) constant).code());
        }
        return new CustomDefinition(node);
      }
      if (WireFormat.isCatalogueEntry(raw)) {
        ArrayNode either = node.putArray("anyOf");
        ObjectNode standard = either.addObject().put("type", "string");
        ArrayNode codes = standard.putArray("enum");
        for (CatalogueEntry entry :
            Catalogue.standard().entries(raw.asSubclass(CatalogueEntry.class))) {
          codes.add(entry.code());
        }
        either
            .addObject()
            .put("type", "string")
            .put("pattern", CatalogueCodes.NAMESPACED_PATTERN)
            .put(
                "description",
                "an application's entry; a reader accepts it only when its catalogue lists it");
        return new CustomDefinition(node);
      }
      if (WireFormat.isStringValue(raw)) {
        node.put("type", "string").put("minLength", 1);
        return inline(node);
      }
      if (raw.getName().startsWith("java.time.")) {
        node.put("type", "string");
        if (raw == Year.class) {
          node.put("pattern", "^[0-9]{4}$");
        } else if (format(raw) != null) {
          node.put("format", format(raw));
        }
        return inline(node);
      }
      if (raw == RiasecProfile.class) {
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = node.putArray("required");
        for (RiasecType riasec : RiasecType.values()) {
          properties.putObject(riasec.code()).put("type", "integer");
          required.add(riasec.code());
        }
        node.put("additionalProperties", false);
        return new CustomDefinition(node);
      }
      if (raw == History.class) {
        node.put("type", "array");
        node.set("items", reference(type.getTypeParameters().get(0), context));
        return inline(node);
      }
      if (raw == Event.class) {
        return inline(event(type, context));
      }
      Optional<CommandFormat> commands = CommandFormat.of(raw);
      if (commands.isPresent() && commands.get().getCommandType() == raw) {
        return new CustomDefinition(commands(commands.get(), context));
      }
      if (WireFormat.isValueType(raw)) {
        return new CustomDefinition(valueType(raw, context));
      }
      return null;
    }

    private static CustomDefinition inline(ObjectNode node) {
      return new CustomDefinition(
          node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.EXCLUDING_ATTRIBUTES);
    }

    private static String format(Class<?> raw) {
      if (raw == LocalDate.class) {
        return "date";
      }
      if (raw == Duration.class) {
        return "duration";
      }
      if (raw == Instant.class || raw == OffsetDateTime.class) {
        return "date-time";
      }
      return null;
    }

    private ObjectNode valueType(Class<?> raw, SchemaGenerationContext context) {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      node.put("type", "object");
      ObjectNode properties = node.putObject("properties");
      List<String> required = new ArrayList<>();
      for (WireFormat.Property property : WireFormat.properties(raw)) {
        ObjectNode schema = property(property.getType(), context);
        if (property.isReadOnly()) {
          schema.put("readOnly", true);
          schema.put("description", "Derived; written for readers and ignored on reading.");
        }
        properties.set(property.getName(), schema);
        if (property.isRequired()) {
          required.add(property.getName());
        }
      }
      if (!required.isEmpty()) {
        ArrayNode names = node.putArray("required");
        required.forEach(names::add);
      }
      node.put("additionalProperties", false);
      return node;
    }

    private ObjectNode property(Type type, SchemaGenerationContext context) {
      if (type instanceof ParameterizedType) {
        ParameterizedType p = (ParameterizedType) type;
        Class<?> raw = (Class<?>) p.getRawType();
        Type element = p.getActualTypeArguments()[0];
        if (raw == Optional.class) {
          return property(element, context);
        }
        if (Collection.class.isAssignableFrom(raw)) {
          ObjectNode array = JsonNodeFactory.instance.objectNode();
          array.put("type", "array");
          array.set("items", property(element, context));
          if (Set.class.isAssignableFrom(raw)) {
            array.put("uniqueItems", true);
          }
          return array;
        }
      }
      return reference(context.getTypeContext().resolve(type), context);
    }

    private static ObjectNode reference(ResolvedType type, SchemaGenerationContext context) {
      return context.createDefinitionReference(type);
    }

    private ObjectNode event(ResolvedType type, SchemaGenerationContext context) {
      List<ResolvedType> parameters = type.typeParametersFor(Event.class);
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      node.put("type", "object");
      ObjectNode properties = node.putObject("properties");
      properties.putObject("sequence").put("type", "integer").put("minimum", 1);
      properties.set("from", reference(parameters.get(0), context));
      properties.set("to", reference(parameters.get(0), context));
      properties.set("command", reference(parameters.get(1), context));
      node.putArray("required").add("sequence").add("from").add("to").add("command");
      node.put("additionalProperties", false);
      return node;
    }

    private ObjectNode commands(CommandFormat format, SchemaGenerationContext context) {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      node.put(
          "description",
          "A command of the " + format.getLifecycle() + " lifecycle, by its kind code.");
      ArrayNode kinds = node.putArray("oneOf");
      for (CommandFormat.Kind kind : format.getKinds()) {
        ObjectNode command = kinds.addObject();
        command.put("type", "object");
        ObjectNode properties = command.putObject("properties");
        properties.putObject("kind").put("const", kind.getCode());
        ObjectNode date = properties.putObject("date").put("type", "string").put("format", "date");
        ArrayNode required = command.putArray("required").add("kind");
        if (kind.isDateArgument()) {
          required.add("date");
        } else {
          date.put("description", "The date of the payload; optional on reading.");
        }
        for (CommandFormat.Field field : kind.getFields()) {
          properties.set(
              field.getName(),
              reference(context.getTypeContext().resolve(field.getType()), context));
          if (!field.isOptional()) {
            required.add(field.getName());
          }
        }
        command.put("additionalProperties", false);
      }
      return node;
    }
  }

  private static String pretty(JsonNode node) {
    return PRETTY.writeValueAsString(node) + "\n";
  }

  /**
   * Writes every generated file under a folder.
   *
   * @param docs the {@code docs/} folder
   */
  public static void write(Path docs) {
    for (Map.Entry<String, String> file : files().entrySet()) {
      Path path = docs.resolve(file.getKey());
      try {
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Regenerates the schemas and examples.
   *
   * @param args the {@code docs/} folder (default: {@code docs})
   */
  public static void main(String[] args) {
    write(Path.of(args.length > 0 ? args[0] : "docs"));
  }
}
