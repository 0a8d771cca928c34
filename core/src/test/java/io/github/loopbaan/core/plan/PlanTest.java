package io.github.loopbaan.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.phase.CoachingGoal;
import io.github.loopbaan.core.phase.GoalTerm;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.Visibility;
import java.time.LocalDate;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The development plan (POP), its parts and their structural rules. */
class PlanTest {

  private static final LocalDate FINALISED = LocalDate.of(2025, 6, 12);
  private static final DevelopmentPlanId ID = DevelopmentPlanId.of("pop-1");

  private static void assertRule(
      ThrowingCallable construction, String type, String attribute, String rule) {
    assertThatThrownBy(construction)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getType()).isEqualTo(type);
              assertThat(e.getAttribute()).isEqualTo(attribute);
              assertThat(e.getRule()).isEqualTo(rule);
            });
  }

  private static DevelopmentPlan finalised() {
    return DevelopmentPlan.builder()
        .id(ID)
        .generalData(
            GeneralData.builder()
                .title("POP (loopbaancheque 1 of 2)")
                .finalisedOn(FINALISED)
                .build())
        .build();
  }

  private static Action.Builder action(String id) {
    return Action.builder()
        .id(ActionId.of(id))
        .subject(ActionSubject.NETWORKING)
        .description("Drie netwerkgesprekken voeren met oud-collega's");
  }

  @Test
  void an_empty_draft_is_a_legal_plan_with_defaults() {
    DevelopmentPlan draft = DevelopmentPlan.draft(ID);
    assertThat(draft.getKind()).isEmpty();
    assertThat(draft.isFinalised()).isFalse();
    assertThat(draft.getGeneralData()).isEqualTo(GeneralData.empty());
    assertThat(draft.getActionPlan()).isEqualTo(ActionPlan.empty());
    assertThat(draft.getStorageConsent()).isEqualTo(StorageConsent.STORE_FULL_PLAN);
    assertThat(draft.isWrittenByClient()).isFalse();
    assertThat(draft.latestRevision()).isEmpty();
  }

  static DevelopmentPlan full() {
    return DevelopmentPlan.builder()
        .id(ID)
        .kind(PlanKind.ACTION_ORIENTED)
        .generalData(
            GeneralData.builder()
                .title("POP (loopbaancheque 1 of 2)")
                .finalisedOn(FINALISED)
                .clientName("Annelies Verstraeten")
                .signedOn(FINALISED.plusDays(2))
                .build())
        .careerQuestion("Wat wil ik eigenlijk echt na twintig jaar bij de bank?")
        .addReflection(Reflection.of("Ik merk dat ik energie krijg van lesgeven."))
        .addInsight(
            Insight.of(
                InsightId.of("i-1"), InsightKind.PATTERN, "Ik zeg te snel ja tegen extra werk."))
        .addDecision(Decision.of(DecisionKind.CHOICE, "Ik kies voor het onderwijs."))
        .addGoal(CoachingGoal.of("Starten als leerkracht in september", GoalTerm.SHORT_TERM))
        .actionPlan(ActionPlan.builder().addAction(action("a-1").build()).build())
        .addNamedTraining(
            NamedTraining.builder().title("Educatieve master").provider("UGent").build())
        .writtenByClient(true)
        .build();
  }

  @Test
  void a_full_plan_keeps_its_parts_and_toString_shows_none_of_the_clients_words() {
    DevelopmentPlan plan = full();
    assertThat(plan.isFinalised()).isTrue();
    assertThat(plan.insight(InsightId.of("i-1"))).isPresent();
    assertThat(plan.insight(InsightId.of("i-2"))).isEmpty();
    assertThat(plan.toString())
        .doesNotContain(
            "Annelies",
            "twintig jaar",
            "lesgeven",
            "te snel ja",
            "onderwijs",
            "leerkracht",
            "netwerkgesprekken",
            "Educatieve master")
        .contains("pop-1", "namedTrainings=[NamedTraining{title=<redacted>");
  }

  @Test
  void a_blank_career_question_is_rejected() {
    assertRule(
        () -> DevelopmentPlan.builder().id(ID).careerQuestion(" ").build(),
        "DevelopmentPlan",
        "careerQuestion",
        "not_blank");
  }

  @Test
  void two_insights_with_the_same_id_are_rejected() {
    Insight insight =
        Insight.of(InsightId.of("i-1"), InsightKind.RESOURCE, "Mijn netwerk is groot.");
    assertRule(
        () ->
            DevelopmentPlan.builder()
                .id(ID)
                .addInsight(insight)
                .addInsight(insight.withKind(InsightKind.RESISTANCE))
                .build(),
        "DevelopmentPlan",
        "insights",
        "unique");
  }

  @Test
  void revisions_are_numbered_in_order_after_finalisation() {
    DevelopmentPlan revised =
        finalised()
            .revise(FINALISED.plusMonths(2), "Loopbaanvraag verschoven naar zelfstandig")
            .revise(FINALISED.plusMonths(5), "Opleiding toegevoegd");
    assertThat(revised.getRevisions()).extracting(PlanRevision::getNumber).containsExactly(1, 2);
    assertThat(revised.latestRevision().map(PlanRevision::getRevisedOn))
        .contains(FINALISED.plusMonths(5));
    assertThat(revised.toString()).doesNotContain("zelfstandig", "Opleiding toegevoegd");
  }

  @Test
  void a_revision_needs_a_finalised_plan() {
    assertRule(
        () -> DevelopmentPlan.draft(ID).revise(FINALISED, "Wijziging"),
        "DevelopmentPlan",
        "revisions",
        "revision_needs_finalised_plan");
  }

  @Test
  void a_revision_before_the_finalisation_is_rejected() {
    assertRule(
        () -> finalised().revise(FINALISED.minusDays(1), "Wijziging"),
        "DevelopmentPlan",
        "revisions",
        "not_before");
  }

  @Test
  void revisions_are_consecutive_and_chronological() {
    assertRule(
        () -> finalised().withRevisions(PlanRevision.of(2, FINALISED, "Wijziging")),
        "DevelopmentPlan",
        "revisions",
        "consecutive");
    assertRule(
        () ->
            finalised()
                .withRevisions(
                    PlanRevision.of(1, FINALISED.plusDays(9), "Eerste"),
                    PlanRevision.of(2, FINALISED.plusDays(3), "Tweede")),
        "DevelopmentPlan",
        "revisions",
        "chronological");
    assertRule(() -> PlanRevision.of(0, FINALISED, "Nul"), "PlanRevision", "number", "positive");
    assertRule(() -> PlanRevision.of(1, FINALISED, ""), "PlanRevision", "summary", "not_blank");
  }

  @Test
  void a_signature_needs_a_finalised_plan_and_does_not_precede_it() {
    assertRule(
        () -> GeneralData.builder().signedOn(FINALISED).build(),
        "GeneralData",
        "signedOn",
        "signature_needs_finalised_plan");
    assertRule(
        () -> GeneralData.builder().finalisedOn(FINALISED).signedOn(FINALISED.minusDays(1)).build(),
        "GeneralData",
        "signedOn",
        "not_before");
    assertThat(
            GeneralData.builder().finalisedOn(FINALISED).signedOn(FINALISED).build().isFinalised())
        .isTrue();
    assertRule(() -> GeneralData.builder().title("").build(), "GeneralData", "title", "not_blank");
    assertRule(
        () -> GeneralData.builder().clientName(" ").build(),
        "GeneralData",
        "clientName",
        "not_blank");
  }

  @Test
  void a_dropped_action_needs_a_reason_and_only_a_dropped_action_has_one() {
    Action dropped =
        action("a-1").status(ActionStatus.DROPPED).dropReason("Geen vacatures in de regio").build();
    assertThat(dropped.getDropReason()).isPresent();
    assertThat(dropped.toString())
        .doesNotContain("vacatures", "netwerkgesprekken")
        .contains("DROPPED");
    assertRule(
        () -> action("a-1").status(ActionStatus.DROPPED).build(),
        "Action",
        "dropReason",
        "dropped_needs_reason");
    assertRule(
        () -> action("a-1").status(ActionStatus.IN_PROGRESS).dropReason("Toch niet").build(),
        "Action",
        "dropReason",
        "reason_only_when_dropped");
    assertRule(
        () -> action("a-1").status(ActionStatus.DROPPED).dropReason(" ").build(),
        "Action",
        "dropReason",
        "not_blank");
  }

  @Test
  void only_a_done_action_has_a_completion_date() {
    assertThat(
            action("a-1").status(ActionStatus.DONE).completedOn(FINALISED).build().getCompletedOn())
        .contains(FINALISED);
    assertThat(action("a-1").status(ActionStatus.DONE).build().getCompletedOn()).isEmpty();
    assertRule(
        () -> action("a-1").completedOn(FINALISED).build(),
        "Action",
        "completedOn",
        "completed_only_when_done");
    assertRule(
        () -> Action.of(ActionId.of("a-1"), ActionSubject.CV_CHECK, ""),
        "Action",
        "description",
        "not_blank");
  }

  @Test
  void actions_belong_to_the_client_and_start_planned() {
    Action action =
        Action.of(
            ActionId.of("a-1"), ActionSubject.CV_CHECK, "Cv laten nakijken door een recruiter");
    assertThat(action.getOwner()).isEqualTo(ActionOwner.CLIENT);
    assertThat(action.getStatus()).isEqualTo(ActionStatus.PLANNED);
    assertThat(ActionSubject.BEYOND_PAID_WORK.label(Locale.forLanguageTag("nl")))
        .contains("jobcarving");
  }

  @Test
  void an_action_plan_rejects_two_actions_with_the_same_id_and_finds_actions() {
    assertRule(
        () ->
            ActionPlan.builder()
                .addAction(action("a-1").build())
                .addAction(action("a-1").subject(ActionSubject.CV_CHECK).build())
                .build(),
        "ActionPlan",
        "actions",
        "unique");
    ActionPlan plan =
        ActionPlan.builder()
            .addAction(action("a-1").build())
            .addAction(action("a-2").status(ActionStatus.DONE).build())
            .addAction(action("a-3").status(ActionStatus.DONE).build())
            .evaluation(
                ActionPlanEvaluation.builder()
                    .evaluatedOn(FINALISED)
                    .attainment(GoalAttainment.PARTLY_REACHED)
                    .reflection("Ik heb geleerd om hulp te vragen.")
                    .build())
            .build();
    assertThat(plan.actionsWithStatus(ActionStatus.DONE))
        .extracting(Action::getId)
        .containsExactly(ActionId.of("a-2"), ActionId.of("a-3"));
    assertThat(plan.action(ActionId.of("a-1"))).isPresent();
    assertThat(plan.action(ActionId.of("a-9"))).isEmpty();
    assertThat(plan.toString()).doesNotContain("hulp te vragen").contains("PARTLY_REACHED");
    assertRule(
        () ->
            ActionPlanEvaluation.builder()
                .evaluatedOn(FINALISED)
                .attainment(GoalAttainment.REACHED)
                .reflection("")
                .build(),
        "ActionPlanEvaluation",
        "reflection",
        "not_blank");
  }

  @Test
  void an_insight_is_shared_with_the_client_and_personal_by_default_and_may_be_health_data() {
    Insight insight =
        Insight.of(InsightId.of("i-1"), InsightKind.RESISTANCE, "Spanning bij solliciteren.");
    assertThat(insight.getVisibility()).isEqualTo(Visibility.SHARED_WITH_CLIENT);
    assertThat(insight.getDataCategory()).isEqualTo(DataCategory.PERSONAL);
    Insight health =
        insight.withDataCategory(DataCategory.HEALTH).withVisibility(Visibility.PRIVATE_TO_COACH);
    assertThat(health.getDataCategory()).isEqualTo(DataCategory.HEALTH);
    assertThat(health.toString()).doesNotContain("Spanning");
    assertRule(
        () -> insight.withDataCategory(DataCategory.ORDINARY),
        "Insight",
        "dataCategory",
        "not_ordinary");
    assertRule(
        () -> Insight.of(InsightId.of("i-1"), InsightKind.OTHER, " "),
        "Insight",
        "text",
        "not_blank");
  }

  @Test
  void reflections_decisions_and_named_trainings_reject_blank_texts() {
    assertRule(() -> Reflection.of(""), "Reflection", "text", "not_blank");
    assertRule(() -> Decision.of(DecisionKind.DECISION, "\n"), "Decision", "text", "not_blank");
    assertRule(() -> NamedTraining.of(" "), "NamedTraining", "title", "not_blank");
    assertRule(
        () -> NamedTraining.builder().title("Bachelor Verpleegkunde").provider("").build(),
        "NamedTraining",
        "provider",
        "not_blank");
    assertThat(
            Reflection.builder()
                .text("Ik wil meer autonomie.")
                .reflectedOn(FINALISED)
                .build()
                .toString())
        .doesNotContain("autonomie");
    assertThat(Decision.of(DecisionKind.DECISION, "Ik stop met leidinggeven.").toString())
        .doesNotContain("leidinggeven");
  }

  @Test
  void the_client_may_allow_only_the_checklist_to_be_kept() {
    DevelopmentPlan plan =
        DevelopmentPlan.draft(ID).withStorageConsent(StorageConsent.CHECKLIST_ONLY);
    assertThat(plan.getStorageConsent().code()).isEqualTo("checklist_only");
    assertThat(StorageConsent.CHECKLIST_ONLY.label(Locale.forLanguageTag("nl")))
        .contains("Checklist POP");
  }

  @Test
  void the_checklist_form_keeps_what_names_no_person_and_ticks_what_the_pop_held() {
    DevelopmentPlan plan = full().withStorageConsent(StorageConsent.CHECKLIST_ONLY);
    DevelopmentPlan checklist = plan.toChecklist();
    assertThat(checklist.isChecklistForm()).isTrue();
    assertThat(checklist.getId()).isEqualTo(ID);
    assertThat(checklist.getKind()).contains(PlanKind.ACTION_ORIENTED);
    assertThat(checklist.getGeneralData().getTitle()).contains("POP (loopbaancheque 1 of 2)");
    assertThat(checklist.getGeneralData().getFinalisedOn()).contains(FINALISED);
    assertThat(checklist.getGeneralData().getSignedOn()).contains(FINALISED.plusDays(2));
    assertThat(checklist.getGeneralData().getClientName()).isEmpty();
    assertThat(checklist.getCareerQuestion()).isEmpty();
    assertThat(checklist.getReflections()).isEmpty();
    assertThat(checklist.getInsights()).isEmpty();
    assertThat(checklist.getDecisions()).isEmpty();
    assertThat(checklist.getGoals()).isEmpty();
    assertThat(checklist.getActionPlan()).isEqualTo(ActionPlan.empty());
    assertThat(checklist.getNamedTrainings()).isEqualTo(plan.getNamedTrainings());
    assertThat(checklist.isWrittenByClient()).isTrue();
    assertThat(checklist.getStorageConsent()).isEqualTo(StorageConsent.CHECKLIST_ONLY);
    assertThat(checklist.getChecklist())
        .contains(
            PopChecklist.builder()
                .title(true)
                .finalisedOn(true)
                .clientName(true)
                .signedOn(true)
                .careerQuestion(true)
                .reflections(true)
                .insights(true)
                .decisions(true)
                .goals(true)
                .actions(true)
                .build());
    assertThat(checklist.toChecklist()).isSameAs(checklist);
    assertThat(full().toChecklist().getStorageConsent()).isEqualTo(StorageConsent.CHECKLIST_ONLY);
    assertThat(PopChecklist.of(DevelopmentPlan.draft(ID)))
        .isEqualTo(PopChecklist.builder().build());
    assertThat(checklist.toString()).doesNotContain("Annelies", "bank", "lesgeven");
  }

  @Test
  void a_plan_in_checklist_form_holds_no_texts_and_no_history() {
    DevelopmentPlan checklist = full().toChecklist();
    assertRule(
        () -> checklist.withCareerQuestion("Wat wil ik?"),
        "DevelopmentPlan",
        "checklist",
        "checklist_form");
    assertRule(
        () -> checklist.withStorageConsent(StorageConsent.STORE_FULL_PLAN),
        "DevelopmentPlan",
        "checklist",
        "checklist_form");
    assertRule(
        () -> checklist.withRevisions(PlanRevision.of(1, FINALISED, "bijgesteld")),
        "DevelopmentPlan",
        "checklist",
        "checklist_form");
    assertRule(
        () ->
            finalised()
                .withChecklist(PopChecklist.builder().build())
                .withReflections(Reflection.of("Ik wil lesgeven.")),
        "DevelopmentPlan",
        "checklist",
        "checklist_form");
  }

  @Test
  void a_plan_in_checklist_form_takes_no_more_commands() {
    DevelopmentPlan checklist = full().toChecklist();
    assertThat(
            checklist
                .apply(DevelopmentPlanCommand.revise(FINALISED.plusDays(5), "bijgesteld"))
                .getReasons())
        .extracting(Reason::getCode)
        .containsExactly(DevelopmentPlanLifecycle.CHECKLIST_FORM);
    assertThat(
            DevelopmentPlan.draft(ID)
                .toChecklist()
                .apply(DevelopmentPlanCommand.finalise(FINALISED, false))
                .isApplied())
        .isFalse();
  }
}
