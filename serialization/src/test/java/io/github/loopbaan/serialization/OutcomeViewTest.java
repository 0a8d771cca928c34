package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.trajectory.OutcomeKind;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryOutcome;
import io.github.loopbaan.format.View;
import io.github.loopbaan.format.conformance.Examples;
import org.junit.jupiter.api.Test;

/**
 * The trajectory's outcome is the client's: the client view shows it, and the commissioner's view
 * keeps it, in the attribute and in the command of the history alike, only when the client agreed
 * to share it with the commissioning party (then with its explanation, as every item shared with
 * the commissioner). The outcome reads back equal through the full view.
 */
class OutcomeViewTest {

  private static Trajectory withOutcome(Visibility visibility) {
    Trajectory t = Examples.trajectory();
    TrajectoryOutcome outcome =
        TrajectoryOutcome.builder()
            .kind(OutcomeKind.JOB_FOUND)
            .date(t.getOpenedOn().plusDays(120))
            .visibility(visibility)
            .explanation("Begint als opleidingscoördinator bij een ziekenhuis.")
            .build();
    // Recorded on the day of the last event, after the closing.
    return t.apply(TrajectoryCommand.recordOutcome(t.getHistory().last().getDate(), outcome))
        .orElseThrow();
  }

  @Test
  void the_commissioner_sees_the_outcome_only_when_the_client_agreed_to_share_it() {
    Trajectory shared = withOutcome(Visibility.SHARED_WITH_COMMISSIONER);
    Trajectory notShared = withOutcome(Visibility.SHARED_WITH_CLIENT);
    String commissionerShared = LoopbaanJson.writer(View.COMMISSIONER).write(shared);
    // A shared item is released to the commissioner with its content, as a shared note is.
    assertThat(commissionerShared)
        .contains("\"outcome\":{")
        .contains("\"kind\":\"job_found\"")
        .contains("ziekenhuis");
    assertThat(LoopbaanJson.writer(View.COMMISSIONER).write(notShared))
        .doesNotContain("\"outcome\"")
        .doesNotContain("job_found");
    assertThat(LoopbaanJson.writer(View.CLIENT).write(notShared))
        .contains("\"kind\":\"job_found\"")
        .contains("ziekenhuis");
  }

  @Test
  void the_outcome_and_its_command_read_back_equal() {
    Trajectory t = withOutcome(Visibility.SHARED_WITH_COMMISSIONER);
    LoopbaanJson json = LoopbaanJson.builder().build();
    assertThat(json.readDocument(json.writeDocument(t), Trajectory.class)).isEqualTo(t);
    assertThat(json.writeDocument(t)).contains("\"kind\":\"record_outcome\"");
  }
}
