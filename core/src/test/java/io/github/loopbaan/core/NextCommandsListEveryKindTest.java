package io.github.loopbaan.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.lifecycle.Verdict;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.plan.Action;
import io.github.loopbaan.core.plan.ActionCommandKind;
import io.github.loopbaan.core.plan.ActionId;
import io.github.loopbaan.core.plan.ActionSubject;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanCommandKind;
import io.github.loopbaan.core.plan.DevelopmentPlanId;
import io.github.loopbaan.core.question.CareerQuestion;
import io.github.loopbaan.core.question.CareerQuestionCommandKind;
import io.github.loopbaan.core.question.CareerQuestionId;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.session.Assignment;
import io.github.loopbaan.core.session.AssignmentCommandKind;
import io.github.loopbaan.core.session.AssignmentId;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionCommandKind;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code nextCommands(day)} of every value with a lifecycle answers for every command kind, in the
 * order of the kind enum: never fewer answers than kinds, so a caller can show every kind with its
 * verdict.
 */
class NextCommandsListEveryKindTest {

  static final LocalDate DAY = LocalDate.of(2025, 2, 3);

  static <K extends Enum<K> & Coded> void answersEveryKind(
      List<? extends Verdict<?, K>> verdicts, K[] kinds) {
    assertThat(verdicts).extracting(Verdict::getKind).containsExactly(kinds);
    assertThat(verdicts).anySatisfy(v -> assertThat(v.isAllowed()).isTrue());
  }

  @Test
  void a_new_trajectory_answers_for_every_trajectory_command() {
    Trajectory t =
        Trajectory.open(
            TrajectoryId.of("t-1"),
            Client.builder().id(ClientId.of("c-1")).build(),
            Coach.of(CoachId.of("k-1")),
            CommissioningParty.self(CommissionerId.of("self")),
            Funding.self(),
            DAY);
    answersEveryKind(t.nextCommands(DAY), TrajectoryCommandKind.values());
  }

  @Test
  void a_planned_session_answers_for_every_session_command() {
    Session s =
        Session.builder()
            .id(SessionId.of("s-1"))
            .kind(SessionKind.INTAKE)
            .date(DAY)
            .duration(Duration.ofMinutes(90))
            .build();
    answersEveryKind(s.nextCommands(DAY), SessionCommandKind.values());
  }

  @Test
  void a_given_assignment_answers_for_every_assignment_command() {
    Assignment a =
        Assignment.builder()
            .id(AssignmentId.of("as-1"))
            .title("Levenslijn")
            .givenOn(DAY)
            .instruction("Teken je levenslijn.")
            .build();
    answersEveryKind(a.nextCommands(DAY.plusDays(1)), AssignmentCommandKind.values());
  }

  @Test
  void an_asked_career_question_answers_for_every_question_command() {
    CareerQuestion q =
        CareerQuestion.builder()
            .id(CareerQuestionId.of("q-1"))
            .ownWords("Hoe kom ik verder?")
            .askedOn(DAY)
            .initialType(ClientQuestionType.GETTING_FURTHER)
            .build();
    answersEveryKind(q.nextCommands(DAY.plusDays(1)), CareerQuestionCommandKind.values());
  }

  @Test
  void a_draft_plan_and_a_planned_action_answer_for_every_command_of_theirs() {
    answersEveryKind(
        DevelopmentPlan.draft(DevelopmentPlanId.of("pop-1")).nextCommands(DAY),
        DevelopmentPlanCommandKind.values());
    answersEveryKind(
        Action.of(ActionId.of("a-1"), ActionSubject.CV_CHECK, "Cv laten nakijken")
            .nextCommands(DAY),
        ActionCommandKind.values());
  }
}
