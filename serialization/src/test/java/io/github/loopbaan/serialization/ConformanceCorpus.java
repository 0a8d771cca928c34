package io.github.loopbaan.serialization;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.DocumentKind;
import io.github.loopbaan.format.ErasedTrajectory;
import io.github.loopbaan.format.Erasure;
import io.github.loopbaan.format.View;
import io.github.loopbaan.format.conformance.ConformanceRunner;
import io.github.loopbaan.format.conformance.Examples;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The definition of the conformance corpus in {@code conformance/} at the root of the repository:
 * documents of every kind, view and schema version, and the hostile inputs of the test suite, each
 * with the outcome every artifact of the wire format must give (the output bytes, or the problem,
 * path and reason of the rejection). The corpus is data, so that an artifact for another Jackson
 * generation runs the same cases without this class; {@link ConformanceCorpusTest} checks that the
 * committed files are what this class generates and that {@link LoopbaanJson} meets every case.
 *
 * <p>The expected outcomes are those of this artifact when the corpus was generated; a change of
 * the wire format shows as a stale corpus, regenerated with {@code -Dloopbaan.regenerate=true} and
 * reviewed in the diff like any other change of the format.
 */
final class ConformanceCorpus {

  /** The day views are written for (consents and age bands are judged on it). */
  static final LocalDate VIEW_DAY = LocalDate.of(2025, 6, 30);

  private static final JsonMapper PLAIN =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final LoopbaanJson JSON = LoopbaanJson.standard();
  private static final byte[] ERASURE_KEY =
      "the conformance corpus key".getBytes(StandardCharsets.UTF_8);

  /** The files of the corpus by path under {@code conformance/}, manifest included. */
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  private final ArrayNode cases = PLAIN.createArrayNode();

  /** Cases meant to be rejected that read: mistakes of the definition. */
  private final List<String> read = new ArrayList<>();

  private ConformanceCorpus() {}

  /**
   * @return the corpus: every file by its path under {@code conformance/}
   */
  static Map<String, byte[]> generate() {
    ConformanceCorpus corpus = new ConformanceCorpus();
    corpus.documents();
    corpus.views();
    corpus.envelopes();
    corpus.malformed();
    corpus.content();
    corpus.limits();
    corpus.utf8();
    corpus.cases.forEach(c -> corpus.outcome((ObjectNode) c));
    if (!corpus.read.isEmpty()) {
      throw new IllegalStateException("meant to be rejected, but read: " + corpus.read);
    }
    ObjectNode manifest = PLAIN.createObjectNode();
    manifest.put("corpusFormat", 1);
    manifest.put("viewDay", VIEW_DAY.toString());
    manifest.set("cases", corpus.cases);
    corpus.files.put(
        "manifest.json",
        (PLAIN.writeValueAsString(manifest) + "\n").getBytes(StandardCharsets.UTF_8));
    return corpus.files;
  }

  // ---- valid documents: read, written back byte for byte -------------------------------------

  private void documents() {
    Client client = Examples.client();
    String clientDocument = JSON.writeDocument(client);
    String clientOut = output("client", clientDocument);
    read("client", "document", Client.class, input("client", pretty(clientDocument)), clientOut);
    read(
        "client.compact",
        "document",
        Client.class,
        input("client.compact", clientDocument),
        clientOut);
    // Schema version 0: the first exchange format of client records, upgraded on reading.
    ObjectNode v0 = tree(clientDocument);
    v0.put("schemaVersion", 0);
    ObjectNode content = (ObjectNode) v0.get("content");
    content.put("yearOfBirth", content.remove("birthYear").asInt());
    content.put("employment", "FORCED_MOBILITY");
    content.set("healthConcerns", PLAIN.createArrayNode().add("STRESS"));
    read("client.v0", "document", Client.class, input("client.v0", pretty(v0)), clientOut);

    for (StorageConsent consent : StorageConsent.values()) {
      String name = "development_plan." + consent.code();
      String document = JSON.writeDocument(Examples.plan(consent));
      read(
          name,
          "document",
          DevelopmentPlan.class,
          input(name, pretty(document)),
          output(name, document));
    }

    String trajectory = JSON.writeDocument(Examples.trajectory());
    String trajectoryOut = output("trajectory", trajectory);
    read(
        "trajectory",
        "document",
        Trajectory.class,
        input("trajectory", pretty(trajectory)),
        trajectoryOut);
    ObjectNode extra = tree(trajectory);
    ((ObjectNode) extra.get("content")).put("remark", "a property this version does not know");
    ObjectNode lenient =
        read(
            "trajectory.lenient",
            "document",
            Trajectory.class,
            input("trajectory.lenient", pretty(extra)),
            trajectoryOut);
    lenient.set("options", PLAIN.createObjectNode().put("strict", false));

    // The stage is derived from the history: written for readers, ignored on reading, whatever it
    // holds.
    ObjectNode stage = tree(trajectory);
    ((ObjectNode) stage.get("content")).put("stage", "not a stage");
    read(
        "trajectory.stage_ignored",
        "document",
        Trajectory.class,
        input("trajectory.stage_ignored", pretty(stage)),
        trajectoryOut);

    String erased =
        JSON.writeDocument(Erasure.pseudonymising(ERASURE_KEY).erase(Examples.trajectory()));
    read(
        "erased_trajectory",
        "document",
        ErasedTrajectory.class,
        input("erased_trajectory", pretty(erased)),
        output("erased_trajectory", erased));

    // Plain values, without envelope.
    String bareClient = JSON.write(client);
    read(
        "client.value",
        "value",
        Client.class,
        input("client.value", pretty(bareClient)),
        output("client.value", bareClient));
  }

  private void views() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("client", Examples.client());
    values.put("development_plan.store_full_plan", Examples.plan(StorageConsent.STORE_FULL_PLAN));
    values.put("trajectory", Examples.trajectory());
    for (Map.Entry<String, Object> value : values.entrySet()) {
      String input = "documents/" + value.getKey() + ".json";
      Class<?> type = contentType(value.getValue());
      for (View view : View.values()) {
        if (view == View.FULL) {
          continue;
        }
        String name = value.getKey() + ".view." + view.code();
        String written =
            JSON.viewWriter(view)
                .consentsOn(VIEW_DAY)
                .ageBandsOn(VIEW_DAY)
                .writeDocument(value.getValue());
        ObjectNode c = entry(name, "document", type, input);
        c.put("view", view.code());
        c.put("output", output(name, written));
        // A view is write-only: reading it back is refused.
        reject(name + ".read", "document", type, file("hostile/" + name + ".read.json", written));
      }
    }
  }

  private static Class<?> contentType(Object value) {
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind.getType().isInstance(value)) {
        return kind.getType();
      }
    }
    throw new IllegalArgumentException("not a document's content: " + value.getClass());
  }

  // ---- hostile inputs: the problem, path and reason every artifact gives ----------------------

  private void envelopes() {
    String client = JSON.writeDocument(Examples.client());
    String content = JSON.write(Examples.client());
    hostileDocument("envelope.not_an_object", Client.class, "[]");
    hostileDocument("envelope.text", Client.class, "\"client\"");
    hostileDocument(
        "envelope.no_kind", Client.class, "{\"schemaVersion\":1,\"content\":" + content + "}");
    hostileDocument(
        "envelope.kind_null", Client.class, client.replace("\"kind\":\"client\"", "\"kind\":null"));
    hostileDocument(
        "envelope.kind_number", Client.class, client.replace("\"kind\":\"client\"", "\"kind\":7"));
    hostileDocument(
        "envelope.unknown_kind",
        Client.class,
        client.replace("\"kind\":\"client\"", "\"kind\":\"klant\""));
    hostileDocument("envelope.other_kind", Trajectory.class, client);
    hostileDocument(
        "envelope.no_version", Client.class, client.replace("\"schemaVersion\":1,", ""));
    hostileDocument(
        "envelope.version_text",
        Client.class,
        client.replace("\"schemaVersion\":1", "\"schemaVersion\":\"1\""));
    hostileDocument(
        "envelope.version_fraction",
        Client.class,
        client.replace("\"schemaVersion\":1", "\"schemaVersion\":1.5"));
    hostileDocument(
        "envelope.version_newer",
        Client.class,
        client.replace("\"schemaVersion\":1", "\"schemaVersion\":2"));
    hostileDocument(
        "envelope.version_older",
        Client.class,
        client.replace("\"schemaVersion\":1", "\"schemaVersion\":-1"));
    hostileDocument(
        "envelope.view_number",
        Client.class,
        client.replace("\"schemaVersion\":1", "\"schemaVersion\":1,\"view\":1"));
    hostileDocument(
        "envelope.view_upper_case",
        Client.class,
        client.replace("\"schemaVersion\":1", "\"schemaVersion\":1,\"view\":\"FULL\""));
    hostileDocument(
        "envelope.no_content", Client.class, "{\"kind\":\"client\",\"schemaVersion\":1}");
    hostileDocument(
        "envelope.content_null",
        Client.class,
        "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":null}");
    hostileDocument(
        "envelope.content_array",
        Client.class,
        "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":[]}");
    hostileDocument(
        "envelope.unknown_property",
        Client.class,
        client.replace("\"schemaVersion\":1", "\"schemaVersion\":1,\"note\":1"));
    hostileDocument(
        "envelope.duplicate_kind",
        Client.class,
        client.replace("\"kind\":\"client\"", "\"kind\":\"client\",\"kind\":\"client\""));
  }

  private void malformed() {
    String trajectory = JSON.writeDocument(Examples.trajectory());
    hostileDocument(
        "malformed.missing_value",
        Client.class,
        "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":{\"id\":}}");
    hostileDocument("malformed.unquoted_name", Client.class, "{kind:\"client\"}");
    hostileDocument("malformed.single_quotes", Client.class, "{'kind':'client'}");
    hostileDocument("malformed.comment", Client.class, "/* a comment */{}");
    hostileDocument("malformed.trailing_comma", Client.class, "{\"kind\":\"client\",}");
    hostileDocument("malformed.nan", Client.class, "{\"kind\":\"client\",\"schemaVersion\":NaN}");
    hostileDocument("truncated.empty", Client.class, "");
    hostileDocument("truncated.whitespace_only", Client.class, " \n\t");
    reject(
        "truncated.empty.value",
        "value",
        Client.class,
        file("hostile/truncated.empty.value.json", new byte[0]));
    hostileDocument(
        "truncated.trajectory", Trajectory.class, trajectory.substring(0, trajectory.length() / 2));
    hostileDocument("truncated.object", Client.class, "{\"kind\":\"client\"");
    hostileDocument("trailing.second_document", Trajectory.class, trajectory + trajectory);
    hostileDocument("trailing.garbage", Trajectory.class, trajectory + " x");
  }

  private void content() {
    String trajectory = JSON.writeDocument(Examples.trajectory());
    editTrajectory("content.unknown_property", trajectory, c -> c.put("remark", 1));
    editTrajectory(
        "content.unknown_employment",
        trajectory,
        c -> object(c, "client").put("employment", "retired_early"));
    editTrajectory(
        "content.upper_case_code",
        trajectory,
        c -> object(c, "client").put("employment", "FORCED_MOBILITY"));
    editTrajectory("content.date_as_number", trajectory, c -> c.put("openedOn", 20250113));
    editTrajectory("content.date_not_iso", trajectory, c -> c.put("openedOn", "13/01/2025"));
    editTrajectory("content.text_as_number", trajectory, c -> object(c, "client").put("name", 17));
    editTrajectory(
        "content.list_as_object", trajectory, c -> c.set("notes", PLAIN.createObjectNode()));
    editTrajectory("content.missing_id", trajectory, c -> c.remove("id"));
    editTrajectory("content.null_id", trajectory, c -> c.putNull("id"));
    editTrajectory("content.empty_id", trajectory, c -> c.put("id", ""));
    editTrajectory(
        "content.session_duration_negative",
        trajectory,
        c -> ((ObjectNode) c.get("sessions").get(0)).put("duration", "-PT1H"));
    editTrajectory(
        "content.history_sequence",
        trajectory,
        c -> ((ObjectNode) c.get("history").get(1)).put("sequence", 7));
    editTrajectory(
        "content.history_unknown_command",
        trajectory,
        c ->
            ((ObjectNode) c.get("history").get(1).get("command")).put("kind", "java.lang.Runtime"));
    editTrajectory(
        "content.history_other_state",
        trajectory,
        c -> ((ObjectNode) c.get("history").get(1)).put("to", "closed"));
    hostileDocument(
        "content.duplicate_key",
        Client.class,
        JSON.writeDocument(Examples.client())
            .replace("\"id\":\"c-17\"", "\"id\":\"c-17\",\"id\":\"c-18\""));
  }

  private void limits() {
    String trajectory = JSON.writeDocument(Examples.trajectory());
    limited("limit.collection", trajectory, "maxCollectionSize", 3);
    limited("limit.depth", trajectory, "maxNestingDepth", 6);
    limited("limit.string", trajectory, "maxStringLength", 40);
    limited("limit.document_bytes", trajectory, "maxDocumentBytes", 4096);
    String deep = "[".repeat(100) + "]".repeat(100);
    hostileDocument("limit.depth_before_kind", Trajectory.class, "{\"content\":" + deep + "}");
  }

  private void utf8() {
    // Every ill-formed form of the Unicode Standard's table of well-formed UTF-8 byte sequences
    // (overlong, surrogate, above U+10FFFF, stray continuation, truncated), inside a text of the
    // content; the rejection gives the byte offset, never the bytes.
    Map<String, byte[]> sequences = new LinkedHashMap<>();
    sequences.put("overlong_2", new byte[] {(byte) 0xC0, (byte) 0xAF});
    sequences.put("overlong_2_nul", new byte[] {(byte) 0xC0, (byte) 0x80});
    sequences.put("overlong_3", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF});
    sequences.put("overlong_4", new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF});
    sequences.put("surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
    sequences.put("above_10ffff", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
    sequences.put("lead_f7", new byte[] {(byte) 0xF7, (byte) 0xBF, (byte) 0xBF, (byte) 0xBF});
    sequences.put("lead_ff", new byte[] {(byte) 0xFF});
    sequences.put("stray_continuation", new byte[] {(byte) 0x80});
    sequences.put("truncated_3", new byte[] {(byte) 0xE2, (byte) 0x82});
    String document = JSON.writeDocument(Examples.client());
    String value = JSON.write(Examples.client());
    for (Map.Entry<String, byte[]> sequence : sequences.entrySet()) {
      String name = "utf8." + sequence.getKey();
      reject(
          name,
          "document",
          Client.class,
          file("hostile/" + name + ".bin", inName(document, sequence.getValue())));
      reject(
          name + ".value",
          "value",
          Client.class,
          file("hostile/" + name + ".value.bin", inName(value, sequence.getValue())));
    }
  }

  /** The document with the bytes inserted in the client's name, after its first letter. */
  private static byte[] inName(String json, byte[] sequence) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    String anchor = "\"name\":\"" + Examples.CLIENT_NAME.charAt(0);
    int at = json.indexOf(anchor) + anchor.length();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    out.writeBytes(sequence);
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }

  private void limited(String name, String document, String option, int limit) {
    ObjectNode c =
        reject(name, "document", Trajectory.class, file("hostile/" + name + ".json", document));
    c.set("options", PLAIN.createObjectNode().put(option, limit));
  }

  private void editTrajectory(String name, String document, Consumer<ObjectNode> edit) {
    ObjectNode tree = tree(document);
    edit.accept((ObjectNode) tree.get("content"));
    hostileDocument(name, Trajectory.class, PLAIN.writeValueAsString(tree));
  }

  private static ObjectNode object(ObjectNode parent, String name) {
    return (ObjectNode) parent.get(name);
  }

  private void hostileDocument(String name, Class<?> type, String input) {
    reject(name, "document", type, file("hostile/" + name + ".json", input));
  }

  /**
   * Fills in a rejected case's problem, path and reason from this artifact; a case meant to be
   * rejected that reads is a mistake of the definition.
   */
  private void outcome(ObjectNode c) {
    if (c.remove("rejected") == null) {
      return;
    }
    ConformanceRunner.Case probe =
        ConformanceRunner.Case.of(
            plainValues(c.deepCopy().put("problem", "").put("path", "").put("reason", "")));
    Object outcome = Jackson3Subject.INSTANCE.read(probe, files.get(probe.input()));
    if (!(outcome instanceof ConformanceRunner.Rejection)) {
      read.add(probe.name());
      return;
    }
    ConformanceRunner.Rejection rejection = (ConformanceRunner.Rejection) outcome;
    c.put("problem", rejection.problem());
    c.put("path", rejection.path());
    c.put("reason", rejection.reason());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> plainValues(ObjectNode node) {
    return PLAIN.convertValue(node, Map.class);
  }

  // ---- the manifest -----------------------------------------------------------------------------

  private ObjectNode read(String name, String read, Class<?> type, String input, String output) {
    ObjectNode c = entry(name, read, type, input);
    c.put("output", output);
    return c;
  }

  /** A case whose outcome, a rejection, is filled in by {@link #generate()}. */
  private ObjectNode reject(String name, String read, Class<?> type, String input) {
    ObjectNode c = entry(name, read, type, input);
    c.put("rejected", true);
    return c;
  }

  private ObjectNode entry(String name, String read, Class<?> type, String input) {
    ObjectNode c = cases.addObject();
    c.put("name", name);
    c.put("read", read);
    c.put("type", type.getName());
    c.put("input", input);
    return c;
  }

  private String pretty(String json) {
    return pretty(tree(json));
  }

  private String pretty(JsonNode tree) {
    return PLAIN.writeValueAsString(tree);
  }

  private String output(String name, String written) {
    return file("expected/" + name + ".json", written);
  }

  private String input(String name, String text) {
    return file("documents/" + name + ".json", text);
  }

  /** Registers a file of the corpus and returns its path. */
  private String file(String path, String text) {
    return file(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private String file(String path, byte[] bytes) {
    files.put(path, bytes);
    return path;
  }

  private static ObjectNode tree(String json) {
    return (ObjectNode) PLAIN.readTree(json);
  }
}
