package io.github.loopbaan.serialization.jackson2;

import static io.github.loopbaan.serialization.jackson2.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanId;
import io.github.loopbaan.core.plan.PopChecklist;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.privacy.Shared;
import io.github.loopbaan.core.serializationfixture.Sample;
import io.github.loopbaan.core.session.Assignment;
import io.github.loopbaan.core.session.AssignmentCommand;
import io.github.loopbaan.core.session.AssignmentId;
import io.github.loopbaan.core.session.SessionStatus;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.format.conformance.Examples;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Rejections at their exact place, each read by a {@link LoopbaanJson} built inside the test (so
 * the codecs that reject are built with it): the problem code, the JSON path and the reason of
 * null, absent and unknown event fields, of a history, a map and an array at and just over the
 * collection limit, of a checklist-only plan with more than its checklist, of a number or boolean
 * where a text is expected, of each wording of an expected JSON type, and of types that have no
 * wire format at all.
 */
class RejectionPlaceTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
  private static final String SAMPLE =
      "{\"label\":\"x\",\"active\":false,\"count\":0," + "\"visibility\":\"shared_with_client\"";

  private static LoopbaanJson fresh() {
    return LoopbaanJson.builder().build();
  }

  /**
   * @return the trajectory of the examples as JSON, with its third event (a
   *     hold_in_depth_conversation) editable
   */
  private static ObjectNode trajectoryTree(LoopbaanJson json) throws Exception {
    return (ObjectNode) json.jsonMapper().readTree(json.write(Examples.trajectory()));
  }

  private static ObjectNode thirdEvent(ObjectNode trajectory) {
    return (ObjectNode) trajectory.get("history").get(2);
  }

  @Test
  void a_null_event_field_is_a_missing_value_at_that_field() throws Exception {
    for (String field : new String[] {"sequence", "from", "to", "command"}) {
      LoopbaanJson json = fresh();
      ObjectNode tree = trajectoryTree(json);
      thirdEvent(tree).putNull(field);
      LoopbaanJsonException e =
          assertProblem(
              json,
              tree.toString(),
              Trajectory.class,
              Problem.MISSING_VALUE,
              "$.history[2]." + field);
      assertThat(e.getReason()).as(field).isEqualTo("must not be null");
    }
  }

  @Test
  void an_absent_event_field_is_a_missing_value_naming_the_field() throws Exception {
    for (String field : new String[] {"sequence", "from", "to", "command"}) {
      LoopbaanJson json = fresh();
      ObjectNode tree = trajectoryTree(json);
      thirdEvent(tree).remove(field);
      LoopbaanJsonException e =
          assertProblem(
              json,
              tree.toString(),
              Trajectory.class,
              Problem.MISSING_VALUE,
              "$.history[2]." + field);
      assertThat(e.getReason()).as(field).isEqualTo("an event needs its " + field);
    }
  }

  @Test
  void an_unknown_event_field_is_rejected_strictly_even_when_null_and_ignored_leniently()
      throws Exception {
    LoopbaanJson strict = fresh();
    ObjectNode tree = trajectoryTree(strict);
    thirdEvent(tree).putNull("note");
    LoopbaanJsonException e =
        assertProblem(
            strict,
            tree.toString(),
            Trajectory.class,
            Problem.UNKNOWN_PROPERTY,
            "$.history[2][unknown property #5]");
    assertThat(e.getReason()).isEqualTo("unknown property");
    LoopbaanJson lenient = LoopbaanJson.builder().lenient().build();
    assertThat(lenient.read(tree.toString(), Trajectory.class)).isEqualTo(Examples.trajectory());
    thirdEvent(tree).put("note", "x");
    assertThat(lenient.read(tree.toString(), Trajectory.class)).isEqualTo(Examples.trajectory());
  }

  @Test
  void an_event_type_whose_states_and_commands_are_of_different_lifecycles_has_no_wire_format()
      throws Exception {
    LoopbaanJson json = fresh();
    String event =
        "{\"sequence\":1,\"from\":\"planned\",\"to\":\"held\",\"command\":{\"kind\":\"close\","
            + "\"date\":\"2025-03-01\"}}";
    LoopbaanJsonException e =
        translated(
            json,
            () ->
                json.jsonMapper()
                    .readValue(
                        event, new TypeReference<Event<SessionStatus, TrajectoryCommand>>() {}));
    assertThat(e.getProblem()).isEqualTo(Problem.UNMAPPABLE_TYPE);
    assertThat(e.getReason()).isEqualTo("events of this lifecycle have no wire format");
    Event<TrajectoryStage, TrajectoryCommand> read =
        json.jsonMapper()
            .readValue(
                event.replace("planned", "opened").replace("held", "closed"),
                new TypeReference<Event<TrajectoryStage, TrajectoryCommand>>() {});
    assertThat(read.getTo()).isEqualTo(TrajectoryStage.CLOSED);
    assertThat(read.getCommand()).isEqualTo(TrajectoryCommand.close(DAY));
    assertThat(read.getLifecycle())
        .isEqualTo(Examples.trajectory().getHistory().last().getLifecycle());
  }

  @Test
  void a_history_of_exactly_the_collection_limit_reads_and_one_event_more_fails_at_that_event()
      throws Exception {
    Assignment assignment =
        Assignment.builder().id(AssignmentId.of("as-1")).title("Levenslijn").givenOn(DAY).build();
    assignment =
        assignment
            .apply(
                AssignmentCommand.adjust(DAY.plusDays(1), Optional.of("Korter"), Optional.empty()))
            .orElseThrow();
    assignment =
        assignment
            .apply(
                AssignmentCommand.adjust(
                    DAY.plusDays(2), Optional.empty(), Optional.of(DAY.plusDays(9))))
            .orElseThrow();
    assignment = assignment.apply(AssignmentCommand.complete(DAY.plusDays(3))).orElseThrow();
    assertThat(assignment.getHistory().size()).isEqualTo(3);
    String written = fresh().write(assignment);
    assertThat(LoopbaanJson.builder().maxCollectionSize(3).build().read(written, Assignment.class))
        .isEqualTo(assignment);
    LoopbaanJsonException e =
        assertProblem(
            LoopbaanJson.builder().maxCollectionSize(2).build(),
            written,
            Assignment.class,
            Problem.LIMIT_EXCEEDED,
            "$.history[2]");
    assertThat(e.getReason()).isEqualTo("a collection holds more than 2 elements");
  }

  @Test
  void a_map_of_exactly_the_collection_limit_reads_and_one_entry_more_fails_at_the_map()
      throws Exception {
    String three =
        SAMPLE
            + ",\"tallies\":{\"private_to_coach\":1,\"shared_with_client\":2,"
            + "\"shared_with_commissioner\":3}}";
    assertThat(
            LoopbaanJson.builder()
                .maxCollectionSize(3)
                .build()
                .read(three, Sample.class)
                .getTallies())
        .hasSize(3);
    LoopbaanJsonException e =
        assertProblem(
            LoopbaanJson.builder().maxCollectionSize(2).build(),
            three,
            Sample.class,
            Problem.LIMIT_EXCEEDED,
            "$.tallies");
    assertThat(e.getReason()).isEqualTo("a collection holds more than 2 elements");
  }

  @Test
  void an_array_of_exactly_the_collection_limit_reads_and_one_element_more_fails()
      throws Exception {
    String three = "[\"c-1\",\"c-2\",\"c-3\"]";
    assertThat(LoopbaanJson.builder().maxCollectionSize(3).build().read(three, ClientId[].class))
        .containsExactly(ClientId.of("c-1"), ClientId.of("c-2"), ClientId.of("c-3"));
    LoopbaanJsonException e =
        assertProblem(
            LoopbaanJson.builder().maxCollectionSize(2).build(),
            three,
            ClientId[].class,
            Problem.LIMIT_EXCEEDED,
            "$");
    assertThat(e.getReason()).isEqualTo("a collection holds more than 2 elements");
  }

  @Test
  void a_checklist_written_by_an_earlier_release_reads_as_the_checklist_form() throws Exception {
    String checklist =
        "{\"checklist\":{\"title\":true,\"goals\":false},\"id\":\"pop-1\","
            + "\"storageConsent\":\"checklist_only\"";
    DevelopmentPlan onlyChecklist =
        DevelopmentPlan.builder()
            .id(DevelopmentPlanId.of("pop-1"))
            .storageConsent(StorageConsent.CHECKLIST_ONLY)
            .checklist(PopChecklist.builder().title(true).build())
            .build();
    assertThat(fresh().read(checklist + "}", DevelopmentPlan.class)).isEqualTo(onlyChecklist);
    LoopbaanJsonException e =
        assertProblem(
            fresh(),
            checklist + ",\"careerQuestion\":\"Wat wil ik?\"}",
            DevelopmentPlan.class,
            Problem.INVALID_VALUE,
            "$.checklist");
    assertThat(e.getReason()).contains("checklist_form").doesNotContain("Wat wil ik");
  }

  @Test
  void an_unknown_checklist_item_is_rejected_strictly_and_ignored_leniently() throws Exception {
    String checklist =
        "{\"checklist\":{\"title\":true,\"colour\":true},\"id\":\"pop-1\","
            + "\"storageConsent\":\"checklist_only\"}";
    assertProblem(
        fresh(),
        checklist,
        DevelopmentPlan.class,
        Problem.UNKNOWN_PROPERTY,
        "$.checklist[unknown property #2]");
    assertThat(LoopbaanJson.builder().lenient().build().read(checklist, DevelopmentPlan.class))
        .isEqualTo(
            DevelopmentPlan.builder()
                .id(DevelopmentPlanId.of("pop-1"))
                .storageConsent(StorageConsent.CHECKLIST_ONLY)
                .checklist(PopChecklist.builder().title(true).build())
                .build());
  }

  @Test
  void null_for_an_optional_attribute_is_a_missing_value_and_not_an_absent_one() throws Exception {
    LoopbaanJsonException e =
        assertProblem(
            fresh(), "{\"id\":\"c\",\"name\":null}", Client.class, Problem.MISSING_VALUE, "$.name");
    assertThat(e.getReason()).isEqualTo("must not be null");
    assertProblem(
        fresh(),
        "{\"id\":\"c\",\"birthYear\":null}",
        Client.class,
        Problem.MISSING_VALUE,
        "$.birthYear");
  }

  @Test
  void a_map_key_that_is_not_a_valid_identifier_is_an_invalid_value_at_that_key() throws Exception {
    LoopbaanJson json = fresh();
    LoopbaanJsonException client =
        translated(
            json,
            () ->
                json.jsonMapper()
                    .readValue(
                        "{\"c-1\":1,\"C 1\":2}", new TypeReference<Map<ClientId, Integer>>() {}));
    assertThat(client.getProblem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(client.getPath()).isEqualTo("$[unknown property #2]");
    assertThat(client.getReason()).contains("ClientId.value").contains("printable_ascii");
  }

  @Test
  void a_plan_that_is_not_an_object_is_a_wrong_type_naming_the_plan() throws Exception {
    LoopbaanJsonException e =
        assertProblem(fresh(), "[]", DevelopmentPlan.class, Problem.WRONG_TYPE, "$");
    assertThat(e.getReason()).isEqualTo("wrong JSON type: expected DevelopmentPlan");
    LoopbaanJson json = fresh();
    ObjectNode tree = trajectoryTree(json);
    tree.put("developmentPlan", "pop-1");
    assertProblem(json, tree.toString(), Trajectory.class, Problem.WRONG_TYPE, "$.developmentPlan");
  }

  @Test
  void a_number_or_a_boolean_where_a_text_is_expected_is_a_wrong_type() throws Exception {
    for (String value : new String[] {"1", "1.5", "true"}) {
      LoopbaanJsonException e =
          assertProblem(
              fresh(),
              "{\"id\":\"c-1\",\"name\":" + value + "}",
              Client.class,
              Problem.WRONG_TYPE,
              "$.name");
      assertThat(e.getReason()).as(value).isEqualTo("wrong JSON type: expected a text");
      assertProblem(
          fresh(),
          SAMPLE + ",\"trail\":[\"intake\"," + value + "]}",
          Sample.class,
          Problem.WRONG_TYPE,
          "$.trail[1]");
    }
  }

  @Test
  void an_unknown_code_lists_every_valid_code_in_order() throws Exception {
    LoopbaanJsonException e =
        assertProblem(
            fresh(),
            "{\"id\":\"c\",\"healthConcerns\":[\"stress\",\"x\"]}",
            Client.class,
            Problem.UNKNOWN_CODE,
            "$.healthConcerns[1]");
    assertThat(e.getReason())
        .isEqualTo(
            "unknown HealthConcern code; valid codes are: "
                + Stream.of(HealthConcern.values())
                    .map(Coded::code)
                    .collect(Collectors.joining(", ")));
  }

  @Test
  void a_wrong_json_type_names_what_was_expected_in_words() throws Exception {
    assertThat(
            assertProblem(
                    fresh(),
                    "{\"id\":\"c\",\"privateSituation\":\"caregiving\"}",
                    Client.class,
                    Problem.WRONG_TYPE,
                    "$.privateSituation")
                .getReason())
        .isEqualTo("wrong JSON type: expected an array");
    assertThat(
            assertProblem(
                    fresh(),
                    "{\"id\":\"c\",\"name\":[\"Els\"]}",
                    Client.class,
                    Problem.WRONG_TYPE,
                    "$.name")
                .getReason())
        .isEqualTo("wrong JSON type: expected a text");
    assertThat(
            assertProblem(fresh(), "\"yes\"", Boolean.class, Problem.WRONG_TYPE, "$").getReason())
        .isEqualTo("wrong JSON type: expected true or false");
    assertThat(assertProblem(fresh(), "[\"c\"]", Client.class, Problem.WRONG_TYPE, "$").getReason())
        .isEqualTo("wrong JSON type: expected Client");
  }

  @Test
  void a_concrete_command_class_a_narrower_command_interface_and_an_interface_have_no_wire_format()
      throws Exception {
    String close = "{\"kind\":\"close\",\"date\":\"2025-03-01\"}";
    assertThat(
            assertProblem(
                    fresh(),
                    close,
                    TrajectoryCommand.HoldIntake.class,
                    Problem.UNMAPPABLE_TYPE,
                    "$")
                .getReason())
        .isEqualTo("HoldIntake cannot be mapped to JSON");
    assertThat(
            assertProblem(
                    fresh(),
                    close,
                    TrajectoryCommand.Conversation.class,
                    Problem.UNMAPPABLE_TYPE,
                    "$")
                .getReason())
        .isEqualTo("Conversation cannot be mapped to JSON");
    assertThat(assertProblem(fresh(), "{}", Shared.class, Problem.UNMAPPABLE_TYPE, "$").getReason())
        .isEqualTo("Shared cannot be mapped to JSON");
    assertThat(fresh().read(close, TrajectoryCommand.class))
        .isEqualTo(TrajectoryCommand.close(DAY));
  }

  /**
   * Ported from the Jackson 3 test {@code a_wrong_json_type_names_what_was_expected_in_words}: a
   * text where an array of identifiers is expected. Jackson 2 reports it as {@code unmappable_type}
   * "ClientId[] cannot be mapped to JSON" instead, so the two artifacts differ here.
   */
  @Test
  @Disabled("finding: Jackson 2 gives unmappable_type at $ where Jackson 3 gives wrong_type")
  void a_text_where_an_array_of_identifiers_is_expected_is_a_wrong_type() throws Exception {
    assertThat(
            assertProblem(fresh(), "\"c-1\"", ClientId[].class, Problem.WRONG_TYPE, "$")
                .getReason())
        .isEqualTo("wrong JSON type: expected an array");
  }

  /** A read through Jackson 2, which declares its exceptions. */
  private interface Read {
    void run() throws JsonProcessingException;
  }

  private static LoopbaanJsonException translated(LoopbaanJson json, Read read) {
    try {
      read.run();
    } catch (JsonProcessingException e) {
      return json.translate(e);
    }
    throw new AssertionError("expected a Jackson exception");
  }
}
