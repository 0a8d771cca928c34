package io.github.loopbaan.core.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.catalogue.CatalogueEntry;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.privacy.Visibility;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The trajectory's outcome is recorded once, in any stage (also after closing), with the day it is
 * recorded as the command's date and the day it holds from in the outcome; an application's own
 * outcome kind is recorded like a standard one.
 */
class OutcomeCommandTest {

  private static final LocalDate OPENED = TrajectoryLifecycleTest.OPENED;

  private static List<String> codes(Outcome<?> outcome) {
    return outcome.getReasons().stream().map(Reason::getCode).collect(Collectors.toList());
  }

  @Test
  void an_outcome_known_after_closing_is_recorded_after_it_and_keeps_the_stage() {
    Trajectory closed =
        TrajectoryLifecycleTest.opened()
            .apply(TrajectoryCommand.stopEarly(OPENED.plusDays(10), StopReason.CLIENT_WITHDREW))
            .orElseThrow();
    TrajectoryOutcome found =
        TrajectoryOutcome.builder()
            .kind(OutcomeKind.JOB_FOUND)
            .date(OPENED.plusDays(5))
            .visibility(Visibility.SHARED_WITH_COMMISSIONER)
            .build();
    Trajectory recorded =
        closed.apply(TrajectoryCommand.recordOutcome(OPENED.plusDays(40), found)).orElseThrow();
    assertThat(recorded.getStage()).isEqualTo(TrajectoryStage.CLOSED);
    assertThat(recorded.getOutcome()).contains(found);
    assertThat(recorded.getHistory().asList().get(recorded.getHistory().size() - 1).getCommand())
        .isEqualTo(TrajectoryCommand.recordOutcome(OPENED.plusDays(40), found));
    assertThat(recorded.catalogueEntries()).contains(OutcomeKind.JOB_FOUND);
    assertThat(codes(recorded.apply(TrajectoryCommand.recordOutcome(OPENED.plusDays(41), found))))
        .containsExactly(TrajectoryLifecycle.OUTCOME_ALREADY_RECORDED);
    assertThat(recorded.possibleCommands(OPENED.plusDays(41)))
        .doesNotContain(TrajectoryCommandKind.RECORD_OUTCOME);
  }

  @Test
  void an_outcome_holds_from_the_opening_on_and_is_recorded_not_before_the_last_event() {
    Trajectory t = TrajectoryLifecycleTest.opened();
    assertThat(
            codes(
                t.apply(
                    TrajectoryCommand.recordOutcome(
                        OPENED, TrajectoryOutcome.of(OutcomeKind.NO_CHANGE, OPENED.minusDays(1))))))
        .containsExactly(TrajectoryLifecycle.OUTCOME_BEFORE_OPENING);
    assertThat(
            t.apply(
                    TrajectoryCommand.recordOutcome(
                        OPENED, TrajectoryOutcome.of(OutcomeKind.NO_CHANGE, OPENED)))
                .isApplied())
        .isTrue();
    assertThat(
            t.apply(
                    TrajectoryCommand.recordOutcome(
                        OPENED.minusDays(1), TrajectoryOutcome.of(OutcomeKind.NO_CHANGE, OPENED)))
                .isApplied())
        .isFalse();
  }

  @Test
  void an_outcome_recorded_while_paused_does_not_change_where_the_resume_leads() {
    Trajectory paused =
        TrajectoryLifecycleTest.opened()
            .apply(
                TrajectoryCommand.pause(
                    OPENED.plusDays(2), PauseReason.CLIENT_REQUEST, Optional.empty()))
            .orElseThrow()
            .apply(
                TrajectoryCommand.recordOutcome(
                    OPENED.plusDays(3), TrajectoryOutcome.of(OutcomeKind.NO_CHANGE, OPENED)))
            .orElseThrow();
    assertThat(paused.getStage()).isEqualTo(TrajectoryStage.PAUSED);
    Trajectory resumed = paused.apply(TrajectoryCommand.resume(OPENED.plusDays(4))).orElseThrow();
    assertThat(resumed.getStage()).isEqualTo(TrajectoryStage.OPENED);
    // The history check holds the resume to the same state: the value rebuilds from its history.
    assertThat(Trajectory.builder().from(resumed).build()).isEqualTo(resumed);
  }

  @Test
  void an_applications_outcome_kind_counts_under_its_category() {
    OutcomeKind secondment =
        OutcomeKind.custom("acme:secondment")
            .category(OutcomeCategory.INTERMEDIATE_STEP)
            .label(Locale.ENGLISH, "Secondment")
            .label(Locale.forLanguageTag("nl"), "Detachering")
            .build();
    Trajectory recorded =
        TrajectoryLifecycle.MACHINE
            .apply(
                TrajectoryLifecycleTest.opened(),
                TrajectoryCommand.recordOutcome(
                    OPENED.plusDays(3), TrajectoryOutcome.of(secondment, OPENED.plusDays(3))))
            .orElseThrow();
    assertThat(recorded.getOutcome().orElseThrow().getKind().category())
        .isEqualTo(OutcomeCategory.INTERMEDIATE_STEP);
    List<CatalogueEntry> entries = recorded.catalogueEntries();
    assertThat(entries).containsExactly(secondment);
  }

  @Test
  void the_standard_kinds_cover_work_paid_and_unpaid_learning_steps_no_change_and_dropping_out() {
    assertThat(OutcomeKind.standardEntries())
        .extracting(OutcomeKind::code)
        .containsExactly(
            "job_found",
            "new_role",
            "self_employment",
            "unpaid_work",
            "training_started",
            "intermediate_step",
            "no_change",
            "dropped_out");
    assertThat(OutcomeKind.UNPAID_WORK.category()).isEqualTo(OutcomeCategory.WORK);
    assertThat(OutcomeKind.DROPPED_OUT.label(Locale.forLanguageTag("nl")))
        .isEqualTo("Voortijdig afgehaakt");
    assertThat(TrajectoryOutcome.of(OutcomeKind.NO_CHANGE, OPENED).getVisibility())
        .isEqualTo(Visibility.SHARED_WITH_CLIENT);
  }
}
