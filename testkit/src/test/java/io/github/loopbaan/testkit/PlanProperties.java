package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.plan.Action;
import io.github.loopbaan.core.plan.ActionPlan;
import io.github.loopbaan.core.plan.ActionStatus;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.GeneralData;
import io.github.loopbaan.core.plan.NamedTraining;
import io.github.loopbaan.core.plan.PlanRevision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * Generated development plans are sound: rebuildable, private in toString, and every broken one is
 * rejected.
 */
@Domain(LoopbaanDomain.class)
@Domain(DomainContext.Global.class)
class PlanProperties {

  @Property
  void a_development_plan_rebuilt_from_its_builder_is_equal(@ForAll DevelopmentPlan plan) {
    assertThat(DevelopmentPlan.builder().from(plan).build())
        .isEqualTo(plan)
        .hasSameHashCodeAs(plan);
  }

  @Property
  void parts_rebuilt_from_their_builders_are_equal(
      @ForAll ActionPlan actionPlan,
      @ForAll GeneralData general,
      @ForAll NamedTraining training,
      @ForAll PlanRevision revision) {
    assertThat(ActionPlan.builder().from(actionPlan).build()).isEqualTo(actionPlan);
    actionPlan.getActions().forEach(a -> assertThat(Action.builder().from(a).build()).isEqualTo(a));
    actionPlan
        .getEvaluation()
        .ifPresent(e -> assertThat(e.withAttainment(e.getAttainment())).isEqualTo(e));
    assertThat(GeneralData.builder().from(general).build()).isEqualTo(general);
    assertThat(NamedTraining.builder().from(training).build()).isEqualTo(training);
    assertThat(PlanRevision.builder().from(revision).build()).isEqualTo(revision);
  }

  @Property
  void toString_never_contains_the_clients_words(@ForAll DevelopmentPlan plan) {
    String text = plan.toString();
    for (String personal : personalTexts(plan)) {
      assertThat(text).doesNotContain(personal);
    }
  }

  @Property
  void generated_actions_keep_reason_and_completion_with_their_status(@ForAll Action action) {
    assertThat(action.getDropReason().isPresent())
        .isEqualTo(action.getStatus() == ActionStatus.DROPPED);
    assertThat(action.getCompletedOn().isEmpty() || action.getStatus() == ActionStatus.DONE)
        .isTrue();
    assertThat(action.toString()).doesNotContain(action.getDescription());
    action
        .getDropReason()
        .ifPresent(reason -> assertThat(action.toString()).doesNotContain(reason));
  }

  @Property
  void revisions_are_numbered_from_one_and_only_on_finalised_plans(@ForAll DevelopmentPlan plan) {
    List<PlanRevision> revisions = plan.getRevisions();
    for (int i = 0; i < revisions.size(); i++) {
      assertThat(revisions.get(i).getNumber()).isEqualTo(i + 1);
    }
    assertThat(revisions.isEmpty() || plan.isFinalised()).isTrue();
    assertThat(plan.latestRevision().map(PlanRevision::getNumber).orElse(0))
        .isEqualTo(revisions.size());
  }

  @Property
  void revising_a_finalised_plan_appends_the_next_number(
      @ForAll DevelopmentPlan plan, @ForAll @IntRange(min = 0, max = 400) int days) {
    if (!plan.isFinalised()) {
      assertThatThrownBy(() -> plan.revise(LocalDate.of(2030, 1, 1), "Wijziging."))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.getRule()).isEqualTo("revision_needs_finalised_plan"));
      return;
    }
    LocalDate from =
        plan.latestRevision()
            .map(PlanRevision::getRevisedOn)
            .orElse(plan.getGeneralData().getFinalisedOn().get());
    DevelopmentPlan revised =
        plan.revise(from.plusDays(days), "Loopbaanvraag bijgesteld na netwerkgesprek.");
    assertThat(revised.getRevisions()).hasSize(plan.getRevisions().size() + 1);
    assertThat(revised.latestRevision().get().getNumber())
        .isEqualTo(plan.getRevisions().size() + 1);
    assertThat(revised.getRevisions().subList(0, plan.getRevisions().size()))
        .isEqualTo(plan.getRevisions());
  }

  @Property
  void generated_signatures_only_follow_finalisation(@ForAll GeneralData general) {
    general
        .getSignedOn()
        .ifPresent(
            signed -> {
              assertThat(general.isFinalised()).isTrue();
              assertThat(signed).isAfterOrEqualTo(general.getFinalisedOn().get());
            });
    general.getClientName().ifPresent(name -> assertThat(general.toString()).doesNotContain(name));
  }

  @Property
  void every_broken_plan_value_is_rejected_for_its_rule(@ForAll("broken") Broken broken) {
    assertThatThrownBy(broken::attempt)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getType()).isEqualTo(broken.type());
              assertThat(e.getAttribute()).isEqualTo(broken.attribute());
              assertThat(e.getRule()).isEqualTo(broken.rule());
            });
  }

  private static List<String> personalTexts(DevelopmentPlan plan) {
    List<String> texts = new ArrayList<>();
    plan.getCareerQuestion().ifPresent(texts::add);
    plan.getGeneralData().getClientName().ifPresent(texts::add);
    plan.getReflections().forEach(r -> texts.add(r.getText()));
    plan.getInsights().forEach(i -> texts.add(i.getText()));
    plan.getDecisions().forEach(d -> texts.add(d.getText()));
    plan.getGoals().forEach(g -> texts.add(g.getDescription()));
    plan.getActionPlan()
        .getActions()
        .forEach(
            a -> {
              texts.add(a.getDescription());
              a.getDropReason().ifPresent(texts::add);
            });
    plan.getActionPlan().getEvaluation().flatMap(e -> e.getReflection()).ifPresent(texts::add);
    plan.getRevisions().forEach(r -> texts.add(r.getSummary()));
    return texts;
  }

  @Provide
  Arbitrary<Broken> broken() {
    return PlanArbitraries.broken();
  }
}
