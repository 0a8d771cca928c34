package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.serializationfixture.Trail;
import io.github.loopbaan.core.session.AssignmentCommand;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionCommand;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.standards.RiasecProfile;
import io.github.loopbaan.core.trajectory.FundingRegime;
import io.github.loopbaan.core.trajectory.PauseReason;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import io.github.loopbaan.format.conformance.Examples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The exact wire format of every shape the module handles (value types, identifiers, coded enums,
 * dates and durations, RIASEC profiles, sequence values, histories with their events and commands,
 * a checklist-only plan, maps keyed by codes, identifiers and dates), written and read back by a
 * {@link LoopbaanJson} built inside each test. A new instance has a new mapper, so Jackson looks up
 * and builds every serializer and deserializer again: these tests protect the choices made while
 * the codecs are built (which codec a type gets, which properties a value type has, in which order,
 * what a history's element type is), not only the codecs' work once built.
 */
class FreshInstanceWireFormatTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  /**
   * @return a strict instance with the default limits that no other test has used
   */
  private static LoopbaanJson fresh() {
    return LoopbaanJson.builder().build();
  }

  @Test
  void a_profile_a_sequence_an_identifier_a_code_and_a_date_have_their_shape_on_their_own() {
    LoopbaanJson json = fresh();
    RiasecProfile profile = RiasecProfile.of(10, 20, 30, 40, 50, 60);
    assertThat(json.write(profile))
        .isEqualTo(
            "{\"realistic\":10,\"investigative\":20,\"artistic\":30,"
                + "\"social\":40,\"enterprising\":50,\"conventional\":60}");
    assertThat(json.read(json.write(profile), RiasecProfile.class)).isEqualTo(profile);
    Trail trail = Trail.of(List.of("a", "b", "c"));
    assertThat(json.write(trail)).isEqualTo("[\"a\",\"b\",\"c\"]");
    assertThat(json.read("[\"a\",\"b\",\"c\"]", Trail.class)).isEqualTo(trail);
    assertThat(json.write(ClientId.of("c-9"))).isEqualTo("\"c-9\"");
    assertThat(json.read("\"c-9\"", ClientId.class)).isEqualTo(ClientId.of("c-9"));
    assertThat(json.write(Visibility.SHARED_WITH_COMMISSIONER))
        .isEqualTo("\"shared_with_commissioner\"");
    assertThat(json.read("\"shared_with_commissioner\"", Visibility.class))
        .isEqualTo(Visibility.SHARED_WITH_COMMISSIONER);
    assertThat(json.write(DAY)).isEqualTo("\"2025-03-01\"");
    assertThat(json.read("\"2025-03-01\"", LocalDate.class)).isEqualTo(DAY);
  }

  @Test
  void a_whole_trajectory_document_is_the_committed_document_and_reads_back_equal()
      throws IOException {
    LoopbaanJson json = fresh();
    Trajectory trajectory = Examples.trajectory();
    String written = json.writeDocument(trajectory);
    assertThat(written).isEqualTo(committed("trajectory-document.json"));
    Trajectory back = json.readDocument(written, Trajectory.class);
    assertThat(back).isEqualTo(trajectory);
    // A document written before the intake recorded onlyForTrainingBenefit reads as false.
    assertThat(
            json.readDocument(
                written.replace(",\"onlyForTrainingBenefit\":false", ""), Trajectory.class))
        .isEqualTo(trajectory);
    assertThat(back.getHistory().asList())
        .containsExactlyElementsOf(trajectory.getHistory().asList());
    assertThat(back.getAssignments().get(0).getHistory())
        .isEqualTo(trajectory.getAssignments().get(0).getHistory());
  }

  @Test
  void
      a_checklist_only_plan_is_written_in_its_checklist_form_everywhere_and_reads_back_without_loss() {
    LoopbaanJson json = fresh();
    DevelopmentPlan refused = Examples.plan(StorageConsent.CHECKLIST_ONLY);
    DevelopmentPlan checklistForm = refused.toChecklist();
    String written = json.write(refused);
    assertThat(written)
        .isEqualTo(json.write(checklistForm))
        .contains(
            "\"checklist\":{\"actions\":false,\"careerQuestion\":true,\"clientName\":true,"
                + "\"decisions\":false,\"finalisedOn\":true,\"goals\":false,\"insights\":true,"
                + "\"reflections\":false,\"signedOn\":true,\"title\":true}")
        .contains("\"title\":\"POP (loopbaancheque 1 of 2)\"")
        .doesNotContain(Examples.PRIVATE_INSIGHT);
    assertThat(json.read(written, DevelopmentPlan.class)).isEqualTo(checklistForm);
    assertThat(json.write(json.read(written, DevelopmentPlan.class))).isEqualTo(written);

    Trajectory trajectory = Examples.trajectory(StorageConsent.CHECKLIST_ONLY);
    String document = json.writeDocument(trajectory);
    // once as the trajectory's plan, once in the payload of the hold_synthesis command
    assertThat(document.split(Pattern.quote("\"developmentPlan\":" + written), -1)).hasSize(2);
    assertThat(document.split(Pattern.quote("\"plan\":" + written), -1)).hasSize(2);
    assertThat(document).doesNotContain(Examples.PRIVATE_INSIGHT).doesNotContain("store_full_plan");
    Trajectory back = json.readDocument(document, Trajectory.class);
    assertThat(back.getDevelopmentPlan()).contains(checklistForm);
    assertThat(back.getHistory().size()).isEqualTo(trajectory.getHistory().size());
    assertThat(json.writeDocument(back)).isEqualTo(document);
  }

  @Test
  void a_plan_read_with_the_refusal_and_its_texts_is_reduced_to_its_checklist_form() {
    LoopbaanJson json = fresh();
    DevelopmentPlan full = Examples.plan(StorageConsent.STORE_FULL_PLAN);
    String withTexts = json.write(full).replace("\"store_full_plan\"", "\"checklist_only\"");
    assertThat(withTexts).contains(Examples.PRIVATE_INSIGHT);
    DevelopmentPlan read = json.read(withTexts, DevelopmentPlan.class);
    assertThat(read)
        .isEqualTo(full.withStorageConsent(StorageConsent.CHECKLIST_ONLY).toChecklist());
    assertThat(read.getInsights()).isEmpty();
  }

  @Test
  void a_funding_regime_is_written_only_when_it_is_not_the_default_of_its_kind() {
    LoopbaanJson json = fresh();
    Trajectory trajectory = Examples.trajectory();
    assertThat(json.writeDocument(trajectory)).doesNotContain("\"regime\"");
    FundingRegime own =
        FundingRegime.VDAB_004.withId("vdab_2026").withSource("VDAB regulation of 2026 (example)");
    Trajectory underOwn =
        Trajectory.builder()
            .from(trajectory)
            .funding(trajectory.getFunding().withRegime(own))
            .build();
    String written = json.writeDocument(underOwn);
    assertThat(written).contains("\"regime\":{").contains("\"id\":\"vdab_2026\"");
    assertThat(json.readDocument(written, Trajectory.class)).isEqualTo(underOwn);
  }

  @Test
  void a_full_plan_is_written_with_its_content_and_reads_back_equal() {
    LoopbaanJson json = fresh();
    DevelopmentPlan plan = Examples.plan(StorageConsent.STORE_FULL_PLAN);
    String written = json.write(plan);
    assertThat(written)
        .startsWith("{\"actionPlan\":{\"actions\":[]},\"careerQuestion\":")
        .contains("\"storageConsent\":\"store_full_plan\"")
        .doesNotContain("checklist");
    assertThat(json.read(written, DevelopmentPlan.class)).isEqualTo(plan);
  }

  @Test
  void commands_of_every_lifecycle_are_kind_date_and_payload_and_read_back_equal() {
    LoopbaanJson json = fresh();
    assertThat(json.write(TrajectoryCommand.close(DAY)))
        .isEqualTo("{\"kind\":\"close\",\"date\":\"2025-03-01\"}");
    TrajectoryCommand pause =
        TrajectoryCommand.pause(DAY, PauseReason.values()[0], Optional.empty());
    assertThat(json.write(pause))
        .isEqualTo(
            "{\"kind\":\"pause\",\"date\":\"2025-03-01\",\"reason\":\""
                + PauseReason.values()[0].code()
                + "\"}");
    assertThat(json.read(json.write(pause), TrajectoryCommand.class)).isEqualTo(pause);
    for (Event<TrajectoryStage, TrajectoryCommand> event : Examples.trajectory().getHistory()) {
      TrajectoryCommand command = event.getCommand();
      assertThat(json.read(json.write(command), TrajectoryCommand.class)).isEqualTo(command);
    }
    SessionCommand held = SessionCommand.hold(DAY, Duration.ofMinutes(75));
    assertThat(json.write(held))
        .isEqualTo("{\"kind\":\"hold\",\"date\":\"2025-03-01\",\"actualDuration\":\"PT1H15M\"}");
    assertThat(json.read(json.write(held), SessionCommand.class)).isEqualTo(held);
    AssignmentCommand done = AssignmentCommand.complete(DAY, "Mijn antwoord");
    assertThat(json.write(done))
        .isEqualTo("{\"kind\":\"complete\",\"date\":\"2025-03-01\",\"answer\":\"Mijn antwoord\"}");
    assertThat(json.read(json.write(done), AssignmentCommand.class)).isEqualTo(done);
  }

  @Test
  void a_session_history_is_an_array_of_numbered_events_and_reads_back_equal() {
    LoopbaanJson json = fresh();
    Session session =
        Session.builder()
            .id(SessionId.of("s-1"))
            .kind(SessionKind.INTAKE)
            .date(DAY)
            .duration(Duration.ofMinutes(90))
            .build()
            .apply(SessionCommand.hold(DAY))
            .orElseThrow();
    String written = json.write(session);
    assertThat(written)
        .contains(
            "\"history\":[{\"sequence\":1,\"from\":\"planned\",\"to\":\"held\","
                + "\"command\":{\"kind\":\"hold\",\"date\":\"2025-03-01\"}}]");
    assertThat(json.read(written, Session.class)).isEqualTo(session);
  }

  @Test
  void the_stage_is_written_for_readers_and_ignored_when_read_strictly() {
    LoopbaanJson json = fresh();
    Trajectory trajectory = Examples.trajectory();
    ObjectNode tree = (ObjectNode) json.jsonMapper().readTree(json.write(trajectory));
    assertThat(tree.get("stage").stringValue()).isEqualTo("closed");
    tree.put("stage", "intake");
    assertThat(json.read(tree.toString(), Trajectory.class)).isEqualTo(trajectory);
  }

  @Test
  void maps_keyed_by_codes_identifiers_and_dates_use_their_text_as_keys() {
    LoopbaanJson json = fresh();
    JsonMapper mapper = json.jsonMapper();
    Map<ClientId, Integer> byClient = new TreeMap<>(Map.of(ClientId.of("c-1"), 1));
    assertThat(json.write(byClient)).isEqualTo("{\"c-1\":1}");
    assertThat(
            mapper.readValue(
                "{\"c-1\":1,\"c-2\":2}", new TypeReference<Map<ClientId, Integer>>() {}))
        .isEqualTo(Map.of(ClientId.of("c-1"), 1, ClientId.of("c-2"), 2));
    assertThat(json.write(Map.of(DAY, "x"))).isEqualTo("{\"2025-03-01\":\"x\"}");
    assertThat(
            mapper.readValue(
                "{\"2025-03-01\":\"x\"}", new TypeReference<Map<LocalDate, String>>() {}))
        .isEqualTo(Map.of(DAY, "x"));
    assertThat(json.write(Map.of(Visibility.PRIVATE_TO_COACH, 2)))
        .isEqualTo("{\"private_to_coach\":2}");
    assertThat(
            mapper.readValue(
                "{\"private_to_coach\":2}", new TypeReference<Map<Visibility, Integer>>() {}))
        .isEqualTo(Map.of(Visibility.PRIVATE_TO_COACH, 2));
  }

  private static String committed(String name) throws IOException {
    try (InputStream in = FreshInstanceWireFormatTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      String pretty = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // the committed document is indented for review; a plain mapper keeps its order when
      // compacting it
      return JsonMapper.builder().build().readTree(pretty).toString();
    }
  }
}
