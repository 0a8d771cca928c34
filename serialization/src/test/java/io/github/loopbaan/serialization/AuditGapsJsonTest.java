package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.party.CoachPosition;
import io.github.loopbaan.core.party.CoachSpecialism;
import io.github.loopbaan.core.phase.CoachRole;
import io.github.loopbaan.core.phase.PhaseProgress;
import io.github.loopbaan.core.plan.Action;
import io.github.loopbaan.core.plan.ActionId;
import io.github.loopbaan.core.plan.ActionPlan;
import io.github.loopbaan.core.plan.ActionSubject;
import io.github.loopbaan.core.plan.ReintegrationPlan;
import io.github.loopbaan.core.question.LearningClimate;
import io.github.loopbaan.core.question.OrganisationContext;
import io.github.loopbaan.core.question.OrganisationDevelopment;
import io.github.loopbaan.core.session.LossBehaviour;
import io.github.loopbaan.core.session.LossEmotion;
import io.github.loopbaan.core.session.LossObservation;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.View;
import io.github.loopbaan.format.conformance.Examples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The facts of the audit's smaller gaps on the wire: the coach's specialisms and position, the
 * roles of the plan, the organisation's context, loss observations and the re-integration plan read
 * back equal; the health data among them (loss observations, the re-integration plan) is in no
 * restricted view, and the culture, free text, is not in the anonymised one.
 */
class AuditGapsJsonTest {

  private static Trajectory enriched() {
    Trajectory t = Examples.trajectory();
    List<Session> sessions = new ArrayList<>(t.getSessions());
    sessions.set(
        1,
        sessions
            .get(1)
            .withLossObservation(
                LossObservation.of(LossEmotion.DEPRESSION)
                    .withBehaviours(LossBehaviour.BARGAINING)));
    PhaseProgress progress = t.getPhaseProgress().orElseThrow();
    return Trajectory.builder()
        .from(t)
        .coach(
            t.getCoach()
                .withSpecialisms(CoachSpecialism.REINTEGRATION)
                .withPosition(CoachPosition.EXTERNAL))
        .phaseProgress(
            progress.withPlan(
                progress.getPlan().withCoachRoles(CoachRole.ANALYSING, CoachRole.ADVISING)))
        .careerQuestion(
            t.getCareerQuestion()
                .orElseThrow()
                .withOrganisationContext(
                    OrganisationContext.builder()
                        .development(OrganisationDevelopment.SHRINKING)
                        .culture("Afrekencultuur")
                        .learningClimate(LearningClimate.RESTRICTIVE)
                        .build()))
        .sessions(sessions)
        .reintegrationPlan(
            ReintegrationPlan.builder()
                .drawnUpOn(t.getOpenedOn())
                .goal("Halve dagen terug")
                .intendedReturnOn(t.getOpenedOn().plusDays(90))
                .steps(
                    ActionPlan.builder()
                        .addActions(
                            Action.builder()
                                .id(ActionId.of("r-1"))
                                .subject(ActionSubject.INTERMEDIATE_STEP)
                                .description("Twee ochtenden op kantoor")
                                .build())
                        .build())
                .build())
        .build();
  }

  @Test
  void every_new_fact_reads_back_equal() {
    Trajectory t = enriched();
    LoopbaanJson json = LoopbaanJson.standard();
    String document = json.writeDocument(t);
    assertThat(document)
        .contains("\"specialisms\":[\"reintegration\"]")
        .contains("\"position\":\"external\"")
        .contains("\"coachRoles\":[")
        .contains("\"learningClimate\":\"restrictive\"")
        .contains("\"lossObservation\":{")
        .contains("\"reintegrationPlan\":{");
    assertThat(json.readDocument(document, Trajectory.class)).isEqualTo(t);
  }

  @Test
  void loss_observations_and_the_reintegration_plan_are_in_no_restricted_view() {
    Trajectory t = enriched();
    for (View view : List.of(View.COMMISSIONER, View.ANONYMISED)) {
      String written = LoopbaanJson.writer(view).write(t);
      assertThat(written)
          .as(view.code())
          .doesNotContain("lossObservation")
          .doesNotContain("depression")
          .doesNotContain("bargaining")
          .doesNotContain("reintegrationPlan")
          .doesNotContain("Halve dagen")
          .doesNotContain("ochtenden");
    }
    assertThat(LoopbaanJson.writer(View.CLIENT).write(t))
        .contains("\"lossObservation\":{")
        .contains("Halve dagen");
    assertThat(LoopbaanJson.writer(View.ANONYMISED).write(t))
        .doesNotContain("Afrekencultuur")
        .contains("\"development\":\"shrinking\"");
  }
}
