package io.github.loopbaan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.phase.ContentPhase;
import io.github.loopbaan.core.phase.PhaseSelection;
import io.github.loopbaan.core.phase.TrajectoryPlan;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.IntakeTopic;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryId;
import io.github.loopbaan.core.trajectory.VoucherId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The example in the README compiles, runs, and is the same text as in the README. */
class ReadmeExampleTest {

  private static final Path SOURCE =
      Path.of(System.getProperty("basedir", "."))
          .resolve("src/test/java/io/github/loopbaan/docs/ReadmeExampleTest.java");
  private static final Path README =
      Path.of(System.getProperty("basedir", ".")).resolve("../README.md");

  static List<String> run() {
    List<String> printed = new ArrayList<>();
    LocalDate today = LocalDate.of(2025, 3, 3);
    // spotless:off
    // begin:readme
    Client client = Client.builder().id(ClientId.of("c-17")).birthYear(Year.of(1973))
        .employment(EmploymentSituation.FORCED_MOBILITY).build();
    Trajectory t = Trajectory.open(TrajectoryId.random(), client, Coach.of(CoachId.of("k-1")),
        CommissioningParty.self(CommissionerId.of("c-17")), Funding.careerVouchers(VoucherId.of("v-1")), today);
    Session intake = Session.builder().id(SessionId.of("s-1")).kind(SessionKind.INTAKE).date(today)
        .duration(Duration.ofMinutes(90)).build();
    IntakeAgreement agreement = IntakeAgreement.of(EnumSet.allOf(IntakeTopic.class)); // explained, not signed yet
    TrajectoryPlan plan = TrajectoryPlan.builder().decidedOn(today)
        .addSelectedPhases(PhaseSelection.of(ContentPhase.IN_DEPTH_SELF_EXPLORATION)).build();
    t = t.apply(TrajectoryCommand.holdIntake(intake, agreement, plan, Optional.empty())).orElseThrow();
    t.nextCommands(today).forEach(v -> printed.add(v.toString()));  // what may happen now, and why not the rest
    Outcome<Trajectory> next = t.apply(TrajectoryCommand.holdInDepthConversation(Session.builder()
        .id(SessionId.of("s-2")).kind(SessionKind.IN_DEPTH).date(today.plusDays(7))
        .duration(Duration.ofMinutes(90)).build()));
    printed.add(next.getReasons().get(0).getCode());                   // agreement_not_signed
    // end:readme
    // spotless:on
    return printed;
  }

  @Test
  void the_example_runs_and_shows_why_in_depth_work_waits_for_the_signature() {
    List<String> printed = run();
    assertThat(printed)
        .contains(
            "agreement_not_signed", "hold_in_depth_conversation rejected [agreement_not_signed{}]");
  }

  @Test
  void the_readme_shows_exactly_this_example() throws IOException {
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    String example =
        source.substring(
            source.indexOf("// begin:readme") + "// begin:readme".length(),
            source.indexOf("    // end:readme"));
    StringBuilder unindented = new StringBuilder();
    for (String line : example.strip().split("\n")) {
      unindented.append(line.startsWith("    ") ? line.substring(4) : line.strip()).append('\n');
    }
    assertThat(Files.readString(README, StandardCharsets.UTF_8)).contains(unindented.toString());
  }
}
