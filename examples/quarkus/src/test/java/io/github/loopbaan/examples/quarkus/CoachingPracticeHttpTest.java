package io.github.loopbaan.examples.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.trajectory.OutcomeKind;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryOutcome;
import io.github.loopbaan.format.View;
import io.github.loopbaan.serialization.jackson2.LoopbaanJson;
import io.github.loopbaan.testkit.RuleArbitraries;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The practice's back end on Quarkus over real HTTP (Quarkus's server on a free port, {@code
 * java.net.http} as the client), as an HR vendor's front end would use it: a file taken in, a
 * command run, the report in Dutch and English, the commissioner's view, the voucher rules checked
 * by Quarkus's own validator, refusals as problem documents with rule codes.
 */
@QuarkusTest
class CoachingPracticeHttpTest {

  private static final String DOCUMENT = "application/vnd.loopbaan+json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TestHTTPResource("/")
  URI base;

  @Inject ObjectMapper quarkusMapper;

  private static Trajectory complete(String name) {
    return RuleArbitraries.complete(
        LocalDate.of(2026, 2, 2), 2, false, "Hoe vind ik werk dat bij mij past?", name);
  }

  private HttpResponse<String> send(
      String method, String path, String type, String body, String language)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path.substring(1)))
            .header("Accept-Language", language)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (type != null) {
      request.header("Content-Type", type).header("Accept", type);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(String method, String path, String type, String body)
      throws IOException, InterruptedException {
    return send(method, path, type, body, "nl-BE");
  }

  private static JsonNode commandOf(JsonNode commands, String kind) {
    for (JsonNode command : commands) {
      if (command.get("kind").asText().equals(kind)) {
        return command;
      }
    }
    return null;
  }

  private static List<String> codes(JsonNode violations) {
    List<String> codes = new ArrayList<>();
    violations.forEach(v -> codes.add(v.get("code").asText()));
    return codes;
  }

  @Test
  void a_file_goes_in_takes_a_command_and_comes_out_in_the_views() throws Exception {
    Trajectory t = complete("Lotte Janssens");
    String id = t.getId().getValue();
    HttpResponse<String> created =
        send("POST", "/trajectories", DOCUMENT, LoopbaanJson.standard().writeDocument(t));
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/trajectories/" + id));
    assertThat(created.body()).isEqualTo(LoopbaanJson.standard().writeDocument(t));

    JsonNode before =
        JSON.readTree(
            send("GET", "/trajectories/" + id + "/next-commands?on=2026-06-01", null, null, "nl")
                .body());
    assertThat(commandOf(before, "record_outcome").get("allowed").asBoolean()).isTrue();
    assertThat(commandOf(before, "record_outcome").get("label").asText())
        .isEqualTo("Resultaat vastleggen");
    assertThat(commandOf(before, "hold_intake")).as("not in this stage: no button").isNull();

    TrajectoryOutcome outcome =
        TrajectoryOutcome.builder()
            .kind(OutcomeKind.JOB_FOUND)
            .date(t.getHistory().last().getDate())
            .visibility(Visibility.SHARED_WITH_COMMISSIONER)
            .build();
    String command =
        LoopbaanJson.standard().write(TrajectoryCommand.recordOutcome(outcome.getDate(), outcome));
    HttpResponse<String> after =
        send("POST", "/trajectories/" + id + "/commands", "application/json", command);
    assertThat(after.statusCode()).isEqualTo(200);
    Trajectory withOutcome = LoopbaanJson.standard().readDocument(after.body(), Trajectory.class);
    assertThat(withOutcome.getOutcome()).hasValue(outcome);

    JsonNode afterwards =
        JSON.readTree(
            send("GET", "/trajectories/" + id + "/next-commands?on=2026-06-01", null, null, "en")
                .body());
    JsonNode recordAgain = commandOf(afterwards, "record_outcome");
    assertThat(recordAgain.get("allowed").asBoolean()).isFalse();
    assertThat(recordAgain.get("reasons").get(0).get("code").asText())
        .isEqualTo("outcome_already_recorded");
    assertThat(recordAgain.get("reasons").get(0).get("message").asText()).isNotBlank();

    HttpResponse<String> full = send("GET", "/trajectories/" + id, DOCUMENT, null);
    assertThat(LoopbaanJson.standard().readDocument(full.body(), Trajectory.class))
        .isEqualTo(withOutcome);
    HttpResponse<String> commissioner =
        send("GET", "/trajectories/" + id + "/commissioner-view", DOCUMENT, null);
    assertThat(commissioner.statusCode()).isEqualTo(200);
    assertThat(commissioner.body())
        .isEqualTo(LoopbaanJson.writer(View.COMMISSIONER).writeDocument(withOutcome));
    assertThat(JSON.readTree(commissioner.body()).get("view").asText()).isEqualTo("commissioner");
  }

  @Test
  void a_plain_value_is_read_as_strictly_as_a_document() throws Exception {
    Trajectory t = complete("Wout Claes");
    HttpResponse<String> plain =
        send("POST", "/trajectories", "application/json", LoopbaanJson.standard().write(t));
    assertThat(plain.statusCode()).isEqualTo(201);

    String unknownMember =
        LoopbaanJson.standard().write(t).replaceFirst("\\{", "{\"favouriteColour\":\"blue\",");
    HttpResponse<String> strict =
        send("POST", "/trajectories", "application/json", unknownMember, "en");
    assertThat(strict.statusCode()).isEqualTo(400);
    JsonNode problem = JSON.readTree(strict.body());
    assertThat(problem.get("code").asText()).isEqualTo("unknown_property");
    // a name the format does not know may be anything a client typed: the path counts it instead
    assertThat(problem.get("path").asText()).isEqualTo("$[unknown property #1]");
    assertThat(strict.body()).doesNotContain("favouriteColour");

    HttpResponse<String> incomplete =
        send("POST", "/trajectories", "application/json", "{\"id\":\"t-1\"}", "nl");
    assertThat(incomplete.statusCode()).isEqualTo(400);
    JsonNode missing = JSON.readTree(incomplete.body());
    assertThat(missing.get("code").asText()).isEqualTo("missing_value");
    assertThat(missing.get("title").asText()).isEqualTo("Het document kan niet gelezen worden");
  }

  @Test
  void input_beyond_the_limits_is_refused_before_it_is_held() throws Exception {
    int limit = (int) LoopbaanJson.standard().maxDocumentBytes();
    String huge = "{\"id\":\"" + "x".repeat(limit) + "\"}";
    HttpResponse<String> refused = send("POST", "/trajectories", DOCUMENT, huge, "en");
    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(refused.body()).get("code").asText()).isEqualTo("limit_exceeded");
  }

  @Test
  void refusals_are_problem_documents_in_dutch_and_english() throws Exception {
    Trajectory t = complete("Joris Maes");
    String id = t.getId().getValue();
    send("POST", "/trajectories", DOCUMENT, LoopbaanJson.standard().writeDocument(t));
    String resume =
        LoopbaanJson.standard()
            .write(TrajectoryCommand.resume(t.getHistory().last().getDate().plusDays(1)));

    HttpResponse<String> dutch =
        send("POST", "/trajectories/" + id + "/commands", "application/json", resume, "nl-BE");
    assertThat(dutch.statusCode()).isEqualTo(409);
    assertThat(dutch.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonNode conflict = JSON.readTree(dutch.body());
    assertThat(conflict.get("code").asText()).isEqualTo("command_rejected");
    assertThat(conflict.get("title").asText()).isEqualTo("De opdracht is geweigerd");
    assertThat(conflict.get("violations")).isNotEmpty();

    HttpResponse<String> english =
        send("POST", "/trajectories/" + id + "/commands", "application/json", resume, "en");
    assertThat(JSON.readTree(english.body()).get("title").asText())
        .isEqualTo("The command is rejected");
    assertThat(codes(JSON.readTree(english.body()).get("violations")))
        .isEqualTo(codes(conflict.get("violations")));

    HttpResponse<String> broken =
        send("POST", "/trajectories", DOCUMENT, "{\"kind\":\"trajectory\",\"schemaVersion\":1}");
    assertThat(broken.statusCode()).isBetween(400, 422);
    assertThat(JSON.readTree(broken.body()).get("status").asInt()).isEqualTo(broken.statusCode());
    assertThat(broken.body()).doesNotContain("Exception");
  }

  @Test
  void quarkus_own_validator_enforces_the_voucher_rules_with_their_codes() throws Exception {
    Trajectory complete = complete("Sara Peeters");
    assertThat(
            send(
                    "POST",
                    "/trajectories/checks",
                    DOCUMENT,
                    LoopbaanJson.standard().writeDocument(complete))
                .statusCode())
        .isEqualTo(204);

    Trajectory broken =
        (Trajectory)
            RuleArbitraries.breakRule("vch_intake_topics", complete("Bram Willems")).value();
    HttpResponse<String> refused =
        send(
            "POST",
            "/trajectories/checks",
            DOCUMENT,
            LoopbaanJson.standard().writeDocument(broken),
            "nl");
    assertThat(refused.statusCode()).isEqualTo(422);
    JsonNode problem = JSON.readTree(refused.body());
    assertThat(problem.get("code").asText()).isEqualTo("validation_failed");
    assertThat(codes(problem.get("violations"))).contains("vch_intake_topics");
    JsonNode topics = null;
    for (JsonNode v : problem.get("violations")) {
      if (v.get("code").asText().equals("vch_intake_topics")) {
        topics = v;
      }
    }
    assertThat(topics.get("detail").asText())
        .startsWith("Niet alle elementen van het intakegesprek");
    assertThat(refused.body()).doesNotContain("Bram Willems");
  }

  @Test
  void the_report_and_the_submission_follow_the_practices_voucher_rules() throws Exception {
    Trajectory complete = complete("An Wouters");
    send("POST", "/trajectories", DOCUMENT, LoopbaanJson.standard().writeDocument(complete));
    HttpResponse<String> clean =
        send("GET", "/trajectories/" + complete.getId().getValue() + "/report", null, null);
    assertThat(JSON.readTree(clean.body())).isEmpty();
    assertThat(
            send("POST", "/trajectories/" + complete.getId().getValue() + "/submission", null, null)
                .statusCode())
        .isEqualTo(204);

    Trajectory broken =
        (Trajectory)
            RuleArbitraries.breakRule("vch_intake_topics", complete("Pieter Goossens")).value();
    String id = broken.getId().getValue();
    send("POST", "/trajectories", DOCUMENT, LoopbaanJson.standard().writeDocument(broken));
    HttpResponse<String> report = send("GET", "/trajectories/" + id + "/report", null, null);
    JsonNode findings = JSON.readTree(report.body());
    assertThat(codes(findings)).contains("vch_intake_topics");
    HttpResponse<String> refused = send("POST", "/trajectories/" + id + "/submission", null, null);
    assertThat(refused.statusCode()).isEqualTo(422);
    JsonNode problem = JSON.readTree(refused.body());
    assertThat(problem.get("code").asText()).isEqualTo("validation_failed");
    assertThat(codes(problem.get("violations"))).containsAll(codes(findings));
    assertThat(refused.body()).doesNotContain("Pieter Goossens");
  }

  @Test
  void quarkus_own_mapper_writes_loopbaan_values_inside_the_applications_types() throws Exception {
    // Quarkus does not load Jackson modules by service loading: LoopbaanJacksonCustomizer does it.
    Trajectory t = complete("Ilse Mertens");
    assertThat(quarkusMapper.writeValueAsString(t)).isEqualTo(LoopbaanJson.standard().write(t));
    assertThat(quarkusMapper.writeValueAsString(Map.of("file", t)))
        .isEqualTo("{\"file\":" + LoopbaanJson.standard().write(t) + "}");
    assertThat(quarkusMapper.readValue(LoopbaanJson.standard().write(t), Trajectory.class))
        .isEqualTo(t);
  }

  @Test
  void an_unknown_trajectory_is_not_found() throws Exception {
    assertThat(send("GET", "/trajectories/none", DOCUMENT, null).statusCode()).isEqualTo(404);
  }
}
