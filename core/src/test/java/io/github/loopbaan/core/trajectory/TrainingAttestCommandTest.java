package io.github.loopbaan.core.trajectory;

import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.OPENED;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.agreement;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.codes;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.opened;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.plan;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.party.EducationLevel;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanId;
import io.github.loopbaan.core.plan.NamedTraining;
import io.github.loopbaan.core.question.CareerQuestion;
import io.github.loopbaan.core.question.CareerQuestionId;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.session.SessionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The training attest as a command (004 §5): issued once, after the synthesis, for a training a POP
 * names, not for guidance started after the academic year began nor for guidance started only to
 * obtain the benefit; it keeps the stage, also after closing.
 */
class TrainingAttestCommandTest {

  static final LocalDate INTAKE = OPENED.plusDays(7);
  static final LocalDate SYNTHESIS = OPENED.plusDays(60);
  static final String TRAINING = "Bachelor verpleegkunde";

  /** The intake with or without a career question and the benefit-only record, then a synthesis. */
  static Trajectory afterSynthesis(boolean question, boolean onlyForBenefit) {
    Optional<CareerQuestion> asked =
        question
            ? Optional.of(
                CareerQuestion.builder()
                    .id(CareerQuestionId.of("q-1"))
                    .ownWords("Past de zorg bij mij?")
                    .askedOn(INTAKE)
                    .initialType(ClientQuestionType.CHOICE)
                    .build())
            : Optional.empty();
    return opened()
        .apply(
            TrajectoryCommand.holdIntake(
                session(SessionKind.INTAKE, INTAKE),
                agreement(true, INTAKE).withOnlyForTrainingBenefit(onlyForBenefit),
                plan(INTAKE),
                asked))
        .flatMap(
            t ->
                t.apply(
                    TrajectoryCommand.holdInDepthConversation(
                        session(SessionKind.IN_DEPTH, OPENED.plusDays(21)))))
        .flatMap(
            t ->
                t.apply(
                    TrajectoryCommand.holdSynthesis(
                        session(SessionKind.SYNTHESIS, SYNTHESIS),
                        DevelopmentPlan.draft(DevelopmentPlanId.of("pop-1"))
                            .withNamedTrainings(NamedTraining.of(TRAINING)))))
        .orElseThrow();
  }

  /** An attest for the academic year starting 1 September of the opening year. */
  static TrainingAttest attest(String title, LocalDate issuedOn) {
    return TrainingAttest.builder()
        .issuedOn(issuedOn)
        .trainingTitle(title)
        .academicYear(AcademicYear.startingIn(OPENED.getYear()))
        .guidanceStartedOn(OPENED)
        .addBenefits(TrainingBenefit.TRAINING_VOUCHERS)
        .build();
  }

  static Outcome<Trajectory> issue(Trajectory t, TrainingAttest attest) {
    return t.apply(TrajectoryCommand.issueTrainingAttest(attest));
  }

  @Test
  void the_attest_is_recorded_in_the_stage_the_trajectory_is_in_and_the_history_says_so() {
    Trajectory t = afterSynthesis(true, false);
    TrainingAttest attest = attest("  bachelor VERPLEEGKUNDE ", SYNTHESIS.plusDays(1));
    Trajectory issued = issue(t, attest).orElseThrow();
    assertThat(issued.getTrainingAttest()).contains(attest);
    assertThat(issued.getStage()).isEqualTo(TrajectoryStage.SYNTHESIS);
    Event<TrajectoryStage, TrajectoryCommand> last = issued.getHistory().last();
    assertThat(last.getFrom()).isEqualTo(TrajectoryStage.SYNTHESIS);
    assertThat(last.getTo()).isEqualTo(TrajectoryStage.SYNTHESIS);
    assertThat(last.getCommand().getKind()).isEqualTo(TrajectoryCommandKind.ISSUE_TRAINING_ATTEST);
    assertThat(last.getCommand().toString()).doesNotContain("erpleeg");
  }

  @Test
  void the_attest_is_issued_once() {
    Trajectory issued =
        issue(afterSynthesis(true, false), attest(TRAINING, SYNTHESIS)).orElseThrow();
    Outcome<Trajectory> again = issue(issued, attest(TRAINING, SYNTHESIS.plusDays(3)));
    assertThat(codes(again)).containsExactly(TrajectoryLifecycle.ATTEST_ALREADY_ISSUED);
  }

  @Test
  void no_attest_before_the_synthesis_nor_for_a_training_no_pop_names() {
    Trajectory t = afterSynthesis(true, false);
    assertThat(codes(issue(t, attest(TRAINING, SYNTHESIS.minusDays(1)))))
        .contains(TrajectoryLifecycle.BEFORE_SYNTHESIS);
    Trajectory stopped =
        opened()
            .apply(TrajectoryCommand.stopEarly(INTAKE, StopReason.CLIENT_WITHDREW))
            .orElseThrow();
    assertThat(codes(issue(stopped, attest(TRAINING, SYNTHESIS))))
        .contains(TrajectoryLifecycle.NO_SYNTHESIS);
    assertThat(codes(issue(t, attest("Master bedrijfskunde", SYNTHESIS))))
        .containsExactly(TrajectoryLifecycle.TRAINING_NOT_IN_POP);
    assertThat(t.namesTraining("Master bedrijfskunde")).isFalse();
    assertThat(t.namesTraining(" BACHELOR verpleegkunde")).isTrue();
  }

  @Test
  void the_naming_rule_reads_the_education_level_strict_when_it_is_not_recorded() {
    Trajectory unknown = afterSynthesis(true, false);
    assertThat(unknown.getClient().getEducationLevel()).isEmpty();
    TrainingAttest unnamed = attest("Master bedrijfskunde", SYNTHESIS);
    assertThat(unknown.attestNeedsNamedTraining()).isTrue();
    assertThat(unknown.attestTrainingNamedAsRequired(unnamed)).isFalse();

    Trajectory high =
        unknown.withClient(unknown.getClient().withEducationLevel(EducationLevel.HIGH));
    assertThat(high.attestNeedsNamedTraining()).isTrue();
    assertThat(codes(issue(high, unnamed)))
        .containsExactly(TrajectoryLifecycle.TRAINING_NOT_IN_POP);
    assertThat(high.attestTrainingNamedAsRequired(attest(TRAINING, SYNTHESIS))).isTrue();

    for (EducationLevel level : List.of(EducationLevel.LOW, EducationLevel.MEDIUM)) {
      Trajectory lower = unknown.withClient(unknown.getClient().withEducationLevel(level));
      assertThat(lower.attestNeedsNamedTraining()).as(level.code()).isFalse();
      assertThat(lower.attestTrainingNamedAsRequired(unnamed)).as(level.code()).isTrue();
      assertThat(issue(lower, unnamed).orElseThrow().getTrainingAttest()).contains(unnamed);
    }
  }

  @Test
  void no_attest_for_guidance_started_only_to_obtain_the_benefit() {
    assertThat(codes(issue(afterSynthesis(true, true), attest(TRAINING, SYNTHESIS))))
        .containsExactly(TrajectoryLifecycle.ONLY_FOR_TRAINING_BENEFIT);
    assertThat(codes(issue(afterSynthesis(false, false), attest(TRAINING, SYNTHESIS))))
        .containsExactly(TrajectoryLifecycle.ONLY_FOR_TRAINING_BENEFIT);
    assertThat(afterSynthesis(true, true).hasOtherCareerQuestion()).isFalse();
    assertThat(afterSynthesis(true, false).hasOtherCareerQuestion()).isTrue();
  }

  @Test
  void no_attest_for_guidance_started_after_the_academic_year_began() {
    Trajectory t = afterSynthesis(true, false);
    // The attest's own start day lies after 1 September of the year before the opening.
    TrainingAttest late =
        attest(TRAINING, SYNTHESIS).withAcademicYear(AcademicYear.startingIn(OPENED.getYear() - 1));
    assertThat(codes(issue(t, late)))
        .containsExactly(TrajectoryLifecycle.GUIDANCE_AFTER_ACADEMIC_YEAR_START);
    // The attest claims an early start, but the trajectory was opened after the year began.
    TrainingAttest claimedEarly =
        late.withGuidanceStartedOn(AcademicYear.startingIn(OPENED.getYear() - 1).getStartsOn());
    assertThat(claimedEarly.guidanceStartedAfterAcademicYearStart()).isFalse();
    assertThat(t.startedAfterAcademicYearOf(claimedEarly)).isTrue();
    assertThat(codes(issue(t, claimedEarly)))
        .containsExactly(TrajectoryLifecycle.GUIDANCE_AFTER_ACADEMIC_YEAR_START);
  }

  @Test
  void the_attest_can_be_issued_after_closing_and_the_trajectory_stays_closed() {
    Trajectory closed =
        afterSynthesis(true, false)
            .apply(
                TrajectoryCommand.inviteEvaluation(
                    EvaluationInvitation.builder().sentOn(SYNTHESIS).build()))
            .flatMap(t -> t.apply(TrajectoryCommand.close(SYNTHESIS.plusDays(5))))
            .orElseThrow();
    assertThat(closed.possibleCommands(SYNTHESIS.plusDays(30)))
        .contains(TrajectoryCommandKind.ISSUE_TRAINING_ATTEST);
    Trajectory issued = issue(closed, attest(TRAINING, SYNTHESIS.plusDays(30))).orElseThrow();
    assertThat(issued.getStage()).isEqualTo(TrajectoryStage.CLOSED);
    assertThat(issued.getTrainingAttest()).isPresent();
    assertThat(
            TrajectoryLifecycle.MACHINE
                .decide(issued, TrajectoryCommandKind.ISSUE_TRAINING_ATTEST, SYNTHESIS.plusDays(31))
                .getReasons())
        .extracting(r -> r.getCode())
        .containsExactly(TrajectoryLifecycle.ATTEST_ALREADY_ISSUED);
  }

  @Test
  void a_history_in_which_the_attest_changes_the_stage_is_refused() {
    Trajectory issued =
        issue(afterSynthesis(true, false), attest(TRAINING, SYNTHESIS)).orElseThrow();
    Event<TrajectoryStage, TrajectoryCommand> last = issued.getHistory().last();
    Event<TrajectoryStage, TrajectoryCommand> moved =
        new Event<>(
            last.getSequence(),
            last.getLifecycle(),
            TrajectoryStage.SYNTHESIS,
            TrajectoryStage.EVALUATION,
            last.getCommand());
    assertThatThrownBy(
            () ->
                Trajectory.builder()
                    .from(issued)
                    .history(
                        History.of(
                                issued
                                    .getHistory()
                                    .asList()
                                    .subList(0, issued.getHistory().size() - 1))
                            .append(moved))
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getRule()).isEqualTo("history_transition"));
  }

  @Test
  void the_benefit_only_record_is_absent_from_to_string_whichever_its_value() {
    IntakeAgreement yes = agreement(true, INTAKE).withOnlyForTrainingBenefit(true);
    IntakeAgreement no = agreement(true, INTAKE);
    assertThat(no.isOnlyForTrainingBenefit()).isFalse();
    assertThat(yes.toString()).isEqualTo(no.toString());
    assertThat(yes.toString()).contains("onlyForTrainingBenefit=<redacted>");
  }
}
