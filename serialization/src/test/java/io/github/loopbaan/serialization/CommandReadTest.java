package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.conformance.Examples;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Commands in a history are read straight from the parser when their kind comes first, as this
 * library writes them, and buffered as a tree when it comes later: both forms read to the same
 * value and refuse the same faults with the same problem, path and reason.
 */
class CommandReadTest {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final LoopbaanJson STRICT = LoopbaanJson.standard();
  private static final LoopbaanJson LENIENT = LoopbaanJson.builder().lenient().build();

  /** What reading gave: the value, or the rejection without its message. */
  private static Object outcome(LoopbaanJson json, String document) {
    try {
      return json.readDocument(document, Trajectory.class);
    } catch (LoopbaanJsonException e) {
      return List.of(e.getProblem(), e.getPath(), e.getReason());
    }
  }

  /**
   * The document with the kind of every command, at any depth, moved after its other properties.
   */
  private static String kindLast(String document) {
    JsonNode tree = PLAIN.readTree(document);
    moveKinds(tree);
    return PLAIN.writeValueAsString(tree);
  }

  private static void moveKinds(JsonNode node) {
    if (node.isObject()) {
      JsonNode command = node.get("command");
      if (command != null && command.isObject() && command.has("kind")) {
        JsonNode kind = ((ObjectNode) command).remove("kind");
        ((ObjectNode) command).set("kind", kind);
      }
    }
    for (JsonNode child : node) {
      moveKinds(child);
    }
  }

  private static String edited(String document, int event, Consumer<ObjectNode> edit) {
    ObjectNode tree = (ObjectNode) PLAIN.readTree(document);
    edit.accept((ObjectNode) tree.get("content").get("history").get(event).get("command"));
    return PLAIN.writeValueAsString(tree);
  }

  @Test
  void a_command_reads_the_same_whether_its_kind_comes_first_or_last() {
    Trajectory trajectory = Examples.trajectory();
    String written = STRICT.writeDocument(trajectory);
    assertThat(written).contains("\"command\":{\"kind\":");
    String last = kindLast(written);
    assertThat(last).doesNotContain("\"command\":{\"kind\":");
    assertThat(STRICT.readDocument(written, Trajectory.class)).isEqualTo(trajectory);
    assertThat(STRICT.readDocument(last, Trajectory.class)).isEqualTo(trajectory);
  }

  @Test
  void both_forms_refuse_each_fault_of_a_command_with_the_same_problem_path_and_reason() {
    String written = STRICT.writeDocument(Examples.trajectory());
    Map<String, String> faults = new LinkedHashMap<>();
    faults.put("no date", edited(written, 4, c -> c.remove("date")));
    faults.put("null date", edited(written, 4, c -> c.putNull("date")));
    faults.put("date not ISO", edited(written, 1, c -> c.put("date", "20-01-2025")));
    faults.put("date of another day", edited(written, 1, c -> c.put("date", "2025-01-21")));
    faults.put("no agreement", edited(written, 1, c -> c.remove("agreement")));
    faults.put("agreement as number", edited(written, 1, c -> c.put("agreement", 7)));
    faults.put(
        "agreement without topics",
        edited(written, 1, c -> ((ObjectNode) c.get("agreement")).remove("explainedTopics")));
    faults.put("known name out of place", edited(written, 1, c -> c.put("stage", 1)));
    faults.put("null kind", edited(written, 3, c -> c.putNull("kind")));
    faults.put("kind as number", edited(written, 3, c -> c.put("kind", 7)));
    faults.put("unknown kind", edited(written, 3, c -> c.put("kind", "java.lang.Runtime")));
    faults.put("payload of another kind", edited(written, 3, c -> c.put("kind", "resume")));
    faults.put("no reason", edited(written, 3, c -> c.remove("reason")));
    List<String> differing = new ArrayList<>();
    for (Map.Entry<String, String> fault : faults.entrySet()) {
      Object streamed = outcome(STRICT, fault.getValue());
      assertThat(streamed).as(fault.getKey()).isInstanceOf(List.class);
      if (!streamed.equals(outcome(STRICT, kindLast(fault.getValue())))) {
        differing.add(fault.getKey() + ": " + streamed);
      }
    }
    assertThat(differing).isEmpty();
    assertThat(outcome(STRICT, faults.get("agreement as number")))
        .isEqualTo(
            List.of(
                LoopbaanJsonException.Problem.WRONG_TYPE,
                "$.content.history[1].command.agreement",
                "wrong JSON type: expected IntakeAgreement"));
  }

  @Test
  void
      an_unknown_payload_property_is_refused_at_its_position_in_strict_reading_and_skipped_in_lenient() {
    String written = STRICT.writeDocument(Examples.trajectory());
    String extra =
        edited(
            written,
            1,
            c ->
                c.set("a remark", PLAIN.createObjectNode().set("nested", PLAIN.createArrayNode())));
    // kind, date, session, agreement, plan and question come first: the seventh property
    assertThat(outcome(STRICT, extra))
        .isEqualTo(
            List.of(
                LoopbaanJsonException.Problem.UNKNOWN_PROPERTY,
                "$.content.history[1].command[unknown property #7]",
                "unknown property for command kind hold_intake"));
    assertThat(outcome(STRICT, kindLast(extra)))
        .isEqualTo(
            List.of(
                LoopbaanJsonException.Problem.UNKNOWN_PROPERTY,
                "$.content.history[1].command[unknown property #6]",
                "unknown property for command kind hold_intake"));
    Trajectory trajectory = Examples.trajectory();
    assertThat(LENIENT.readDocument(extra, Trajectory.class)).isEqualTo(trajectory);
    assertThat(LENIENT.readDocument(kindLast(extra), Trajectory.class)).isEqualTo(trajectory);
  }
}
