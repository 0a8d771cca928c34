package io.github.loopbaan.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.trajectory.OutcomeKind;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryOutcome;
import io.github.loopbaan.format.View;
import io.github.loopbaan.serialization.LoopbaanJson;
import io.github.loopbaan.testkit.RuleArbitraries;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The practice's back end over real HTTP (Tomcat on a random port, {@code java.net.http} as the
 * client), as an HR vendor's front end would use it: a file taken in, a command run, the report in
 * Dutch, the commissioner's view, refusals as problem documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CoachingPracticeHttpTest {

  private static final String DOCUMENT = "application/vnd.loopbaan+json";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort private int port;

  private static Trajectory complete(String name) {
    return RuleArbitraries.complete(
        LocalDate.of(2026, 2, 2), 2, false, "Hoe vind ik werk dat bij mij past?", name);
  }

  private HttpResponse<String> send(String method, String path, String type, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Language", "nl-BE")
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

  private static JsonNode commandOf(JsonNode commands, String kind) {
    for (JsonNode command : commands) {
      if (command.get("kind").asString().equals(kind)) {
        return command;
      }
    }
    return null;
  }

  @Test
  void a_file_goes_in_takes_a_command_and_comes_out_in_the_views() throws Exception {
    Trajectory t = complete("Lotte Janssens");
    String id = t.getId().getValue();
    HttpResponse<String> created =
        send("POST", "/trajectories", DOCUMENT, LoopbaanJson.standard().writeDocument(t));
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue("/trajectories/" + id);
    assertThat(created.body()).isEqualTo(LoopbaanJson.standard().writeDocument(t));

    JsonNode before =
        JSON.readTree(
            send("GET", "/trajectories/" + id + "/next-commands?on=2026-06-01", null, null).body());
    assertThat(commandOf(before, "record_outcome").get("allowed").asBoolean()).isTrue();
    assertThat(commandOf(before, "record_outcome").get("label").asString())
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

    JsonNode recordAgain =
        commandOf(
            JSON.readTree(
                send("GET", "/trajectories/" + id + "/next-commands?on=2026-06-01", null, null)
                    .body()),
            "record_outcome");
    assertThat(recordAgain.get("allowed").asBoolean()).isFalse();
    assertThat(recordAgain.get("reasons").get(0).get("code").asString())
        .isEqualTo("outcome_already_recorded");

    HttpResponse<String> full = send("GET", "/trajectories/" + id, DOCUMENT, null);
    assertThat(LoopbaanJson.standard().readDocument(full.body(), Trajectory.class))
        .isEqualTo(withOutcome);
    HttpResponse<String> commissioner =
        send("GET", "/trajectories/" + id + "/commissioner-view", DOCUMENT, null);
    assertThat(commissioner.statusCode()).isEqualTo(200);
    assertThat(commissioner.body())
        .isEqualTo(LoopbaanJson.writer(View.COMMISSIONER).writeDocument(withOutcome));
    assertThat(JSON.readTree(commissioner.body()).get("view").asString()).isEqualTo("commissioner");
  }

  @Test
  void refusals_are_problem_documents_in_dutch() throws Exception {
    Trajectory t = complete("Joris Maes");
    String id = t.getId().getValue();
    send("POST", "/trajectories", DOCUMENT, LoopbaanJson.standard().writeDocument(t));

    HttpResponse<String> rejected =
        send(
            "POST",
            "/trajectories/" + id + "/commands",
            "application/json",
            LoopbaanJson.standard()
                .write(TrajectoryCommand.resume(t.getHistory().last().getDate().plusDays(1))));
    assertThat(rejected.statusCode()).isEqualTo(409);
    assertThat(rejected.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonNode conflict = JSON.readTree(rejected.body());
    assertThat(conflict.get("code").asString()).isEqualTo("command_rejected");
    assertThat(conflict.get("title").asString()).isEqualTo("De opdracht is geweigerd");
    assertThat(conflict.get("violations")).isNotEmpty();

    HttpResponse<String> broken =
        send("POST", "/trajectories", DOCUMENT, "{\"kind\":\"trajectory\",\"schemaVersion\":1}");
    assertThat(broken.statusCode()).isBetween(400, 422);
    assertThat(JSON.readTree(broken.body()).get("status").asInt()).isEqualTo(broken.statusCode());
    assertThat(broken.body()).doesNotContain("Exception");
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
    List<String> codes = new ArrayList<>();
    JSON.readTree(report.body()).forEach(f -> codes.add(f.get("code").asString()));
    assertThat(codes).contains("vch_intake_topics");
    HttpResponse<String> refused = send("POST", "/trajectories/" + id + "/submission", null, null);
    assertThat(refused.statusCode()).isEqualTo(422);
    JsonNode problem = JSON.readTree(refused.body());
    assertThat(problem.get("code").asString()).isEqualTo("validation_failed");
    List<String> violated = new ArrayList<>();
    problem.get("violations").forEach(v -> violated.add(v.get("code").asString()));
    assertThat(violated).containsAll(codes);
    assertThat(refused.body()).doesNotContain("Pieter Goossens");
  }

  @Test
  void an_unknown_trajectory_is_not_found() throws Exception {
    assertThat(send("GET", "/trajectories/none", DOCUMENT, null).statusCode()).isEqualTo(404);
  }
}
