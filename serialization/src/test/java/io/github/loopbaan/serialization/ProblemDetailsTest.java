package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.CommandRejectedException;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.format.ProblemDetails;
import io.github.loopbaan.format.ProblemViolation;
import io.github.loopbaan.format.conformance.Examples;
import io.github.loopbaan.testkit.RuleArbitraries;
import io.github.loopbaan.validation.LoopbaanValidator;
import io.github.loopbaan.validation.RuleSet;
import io.github.loopbaan.validation.ValidationReport;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One mapping from every failure Loopbaan reports to an RFC 9457 problem document: type URI per
 * kind, title and detail in the caller's language, the HTTP status the kind suggests, the JSON path
 * of a read error, and the rule codes, paths and severities of violations; never a value of the
 * input.
 */
class ProblemDetailsTest {

  private static final Locale NL = Locale.forLanguageTag("nl-BE");
  private static final String SECRET = "GEHEIM-burn-out-Jansen";

  private static LoopbaanJsonException readFailure(LoopbaanJson json, String input) {
    try {
      json.read(input, Client.class);
    } catch (LoopbaanJsonException e) {
      return e;
    }
    throw new AssertionError("the input was read");
  }

  private static JsonNode tree(ProblemDetails problem) {
    return LoopbaanJson.mapper().readTree(problem.toJson());
  }

  @Test
  void a_read_error_gives_its_kind_path_and_a_localized_detail_but_never_the_input() {
    LoopbaanJsonException e =
        readFailure(
            LoopbaanJson.standard(),
            "{\"id\":\"c-1\",\"healthConcerns\":[\"stress\",\"" + SECRET + "\"]}");
    assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_CODE);
    ProblemDetails nl = ProblemDetails.of(e, NL);
    assertThat(nl.getType()).hasToString("https://loopbaan.github.io/problems/read/unknown_code");
    assertThat(nl.getStatus()).isEqualTo(422);
    assertThat(nl.getCode()).isEqualTo("unknown_code");
    assertThat(nl.getPath()).contains("$.healthConcerns[1]");
    assertThat(nl.getTitle()).isEqualTo("Het document kan niet gelezen worden");
    assertThat(nl.getDetail())
        .isEqualTo(
            "Een code is niet bekend in de catalogus van de lezer. (bij $.healthConcerns[1])");
    assertThat(nl.getViolations()).isEmpty();
    assertThat(nl.extensions())
        .containsEntry("code", "unknown_code")
        .containsEntry("path", "$.healthConcerns[1]")
        .doesNotContainKey("violations");
    assertThat(nl.toJson()).doesNotContain(SECRET).doesNotContain("GEHEIM");
    JsonNode json = tree(nl);
    assertThat(names(json)).containsExactly("type", "title", "status", "detail", "code", "path");
    assertThat(json.get("status").intValue()).isEqualTo(422);
    ProblemDetails en = ProblemDetails.of(e, Locale.ENGLISH);
    assertThat(en.getDetail()).startsWith("A code is not known");
    assertThat(ProblemDetails.of(e, Locale.GERMAN)).isEqualTo(en);
  }

  @Test
  void read_problems_map_to_the_status_their_kind_suggests() {
    assertThat(
            ProblemDetails.of(readFailure(LoopbaanJson.standard(), "{\"id\":"), Locale.ENGLISH)
                .getStatus())
        .isEqualTo(400);
    LoopbaanJson small = LoopbaanJson.builder().maxDocumentBytes(1_000).build();
    ProblemDetails tooLarge =
        ProblemDetails.of(
            readFailure(small, "{\"id\":\"c\",\"name\":\"" + "a".repeat(2_000) + "\"}"),
            Locale.ENGLISH);
    assertThat(tooLarge.getStatus()).isEqualTo(413);
    assertThat(tooLarge.getType().toString()).endsWith("/read/limit_exceeded");
    for (Problem problem : Problem.values()) {
      int status = ProblemDetails.statusOf(problem);
      assertThat(status).as(problem.code()).isIn(400, 413, 422, 500);
      ProblemDetails p = ProblemDetails.of(new LoopbaanJsonException(problem, "$.x", "reason"), NL);
      assertThat(p.getDetail()).as(problem.code()).doesNotContain("reason").endsWith("(bij $.x)");
    }
    assertThat(ProblemDetails.statusOf(Problem.UNMAPPABLE_TYPE)).isEqualTo(500);
    assertThat(ProblemDetails.statusOf(Problem.DUPLICATE_KEY)).isEqualTo(400);
    assertThat(ProblemDetails.statusOf(Problem.INVALID_VALUE)).isEqualTo(422);
  }

  @Test
  void a_rejected_command_is_a_conflict_with_one_violation_per_reason() {
    Trajectory t = Examples.trajectory();
    CommandRejectedException rejected =
        assertRejected(
            () ->
                t.apply(
                        TrajectoryCommand.holdInDepthConversation(
                            Session.builder()
                                .id(SessionId.of("late"))
                                .kind(SessionKind.IN_DEPTH)
                                .date(t.getOpenedOn().plusDays(400))
                                .duration(Duration.ofMinutes(60))
                                .build()))
                    .orElseThrow());
    ProblemDetails problem = ProblemDetails.of(rejected, NL);
    assertThat(problem.getStatus()).isEqualTo(409);
    assertThat(problem.getCode()).isEqualTo("command_rejected");
    assertThat(problem.getTitle()).isEqualTo("De opdracht is geweigerd");
    assertThat(problem.getViolations()).hasSameSizeAs(rejected.getReasons());
    ProblemViolation first = problem.getViolations().get(0);
    assertThat(first.getCode()).isEqualTo(rejected.getReasons().get(0).getCode());
    assertThat(first.getType().toString())
        .isEqualTo("https://loopbaan.github.io/reasons/" + first.getCode());
    assertThat(first.getDetail()).isEqualTo(rejected.getReasons().get(0).message(NL));
    assertThat(first.getSeverity()).isEqualTo("error");
    assertThat(problem.getDetail()).contains(first.getDetail());
    JsonNode json = tree(problem);
    assertThat(json.get("violations").get(0).get("code").stringValue()).isEqualTo(first.getCode());
  }

  @Test
  void an_invalid_value_names_type_attribute_and_rule() {
    InvalidValueException e =
        new InvalidValueException("Session", "duration", "positive", "must be positive");
    ProblemDetails problem = ProblemDetails.of(e, NL);
    assertThat(problem.getStatus()).isEqualTo(422);
    assertThat(problem.getCode()).isEqualTo("value_rejected");
    assertThat(problem.getDetail()).isEqualTo("Session.duration breekt de regel positive.");
    assertThat(problem.getViolations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getCode()).isEqualTo("positive");
              assertThat(v.getPath()).contains("Session.duration");
              assertThat(v.getType().toString())
                  .isEqualTo("https://loopbaan.github.io/invariants/positive");
            });
    @SuppressWarnings("unchecked")
    List<Map<String, String>> listed =
        (List<Map<String, String>>) problem.extensions().get("violations");
    assertThat(listed.get(0))
        .containsEntry("path", "Session.duration")
        .containsEntry("code", "positive")
        .containsEntry("severity", "error");
  }

  @Test
  void a_report_with_errors_lists_every_violation_with_code_path_and_severity() {
    Trajectory complete =
        RuleArbitraries.complete(LocalDate.of(2025, 2, 3), 1, true, "Wat nu?", "Els Peeters");
    Trajectory broken =
        (Trajectory) RuleArbitraries.breakRule("vch_evaluation_invited", complete).value();
    ValidationReport report;
    try (LoopbaanValidator rules = LoopbaanValidator.create()) {
      report = rules.validate(broken, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER);
    }
    assertThat(report.codes()).contains("vch_evaluation_invited");
    assertThat(report.errors()).isNotEmpty();
    ProblemDetails problem = ProblemDetails.ofReport(report, NL);
    assertThat(problem.getStatus()).isEqualTo(422);
    assertThat(problem.getCode()).isEqualTo("validation_failed");
    assertThat(problem.getViolations()).hasSameSizeAs(report.violations());
    for (int i = 0; i < report.violations().size(); i++) {
      ProblemViolation v = problem.getViolations().get(i);
      assertThat(v.getCode()).isEqualTo(report.violations().get(i).code());
      assertThat(v.getSeverity()).isEqualTo(report.violations().get(i).severity().code());
      assertThat(v.getDetail()).isEqualTo(report.violations().get(i).message(NL));
      assertThat(v.getType().toString())
          .isEqualTo("https://loopbaan.github.io/rules/" + v.getCode());
    }
    assertThat(problem.getDetail())
        .isEqualTo(
            report.errors().size() == 1
                ? "1 regel is geschonden (daarnaast "
                    + report.warnings().size()
                    + " waarschuwingen)."
                : report.errors().size()
                    + " regels zijn geschonden (daarnaast "
                    + report.warnings().size()
                    + " waarschuwingen).");
    @SuppressWarnings("unchecked")
    List<Map<String, String>> listed =
        (List<Map<String, String>>) problem.extensions().get("violations");
    assertThat(listed).hasSameSizeAs(report.violations());
    assertThat(problem.extensions()).containsEntry("code", "validation_failed");
  }

  @Test
  void a_report_without_errors_is_not_a_problem_and_other_failures_are_not_mapped() {
    assertThatThrownBy(() -> ProblemDetails.ofReport(ValidationReport.of(List.of()), NL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without errors");
    assertThat(ProblemDetails.ofFailure(new IllegalStateException(SECRET), NL)).isEmpty();
    assertThat(
            ProblemDetails.ofFailure(
                new InvalidValueException("Note", "text", "not_blank", "must not be blank"), NL))
        .hasValueSatisfying(p -> assertThat(p.getStatus()).isEqualTo(422));
    CommandRejectedException rejected =
        new CommandRejectedException("trajectory", "close", List.of(Reason.of("final_state")));
    assertThat(ProblemDetails.ofFailure(rejected, NL))
        .hasValueSatisfying(p -> assertThat(p.getStatus()).isEqualTo(409));
    assertThat(ProblemDetails.ofFailure(new LoopbaanJsonException(Problem.TRUNCATED, "$", "r"), NL))
        .hasValueSatisfying(p -> assertThat(p.getCode()).isEqualTo("truncated"));
  }

  private static CommandRejectedException assertRejected(Runnable action) {
    try {
      action.run();
    } catch (CommandRejectedException e) {
      return e;
    }
    throw new AssertionError("the command was accepted");
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
    while (it.hasNext()) {
      names.add(it.next().getKey());
    }
    return names;
  }
}
