package io.github.loopbaan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.phase.Attention;
import io.github.loopbaan.core.phase.CoachingGoal;
import io.github.loopbaan.core.phase.ContentPhase;
import io.github.loopbaan.core.phase.GoalTerm;
import io.github.loopbaan.core.phase.PhaseSelection;
import io.github.loopbaan.core.phase.TrajectoryPlan;
import io.github.loopbaan.core.plan.Decision;
import io.github.loopbaan.core.plan.DecisionKind;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanId;
import io.github.loopbaan.core.plan.GeneralData;
import io.github.loopbaan.core.plan.Reflection;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.question.CareerQuestion;
import io.github.loopbaan.core.question.CareerQuestionId;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.session.GroupSetting;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.trajectory.AftercareRequest;
import io.github.loopbaan.core.trajectory.EvaluationInvitation;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.IntakeTopic;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryId;
import io.github.loopbaan.core.trajectory.TrajectoryLifecycle;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import io.github.loopbaan.core.trajectory.VoucherId;
import io.github.loopbaan.serialization.LoopbaanJson;
import io.github.loopbaan.validation.LoopbaanValidator;
import io.github.loopbaan.validation.RuleSet;
import io.github.loopbaan.validation.ValidationReport;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Flemish voucher practice of seed 004 end to end, as a career centre works it: one client, two
 * vouchers, a package per voucher with its own hours, synthesis and POP, the second POP kept only
 * as its "Checklist POP" because the client refused its storage, and aftercare within the year
 * after the file was closed.
 */
class VoucherPackagesScenarioTest {

  private static final LocalDate OPENED = LocalDate.of(2025, 9, 1);
  private static int ids;

  private static Session session(
      SessionKind kind, LocalDate day, int minutes, GroupSetting setting, int voucher) {
    return Session.builder()
        .id(SessionId.of("s-" + (++ids)))
        .kind(kind)
        .date(day)
        .duration(Duration.ofMinutes(minutes))
        .setting(setting)
        .voucher(voucher)
        .build();
  }

  private static DevelopmentPlan pop(String id, int voucher, LocalDate on, StorageConsent consent) {
    return DevelopmentPlan.builder()
        .id(DevelopmentPlanId.of(id))
        .generalData(
            GeneralData.builder()
                .title("POP (loopbaancheque " + voucher + " of 2)")
                .finalisedOn(on)
                .clientName("Sofie Peeters")
                .signedOn(on)
                .build())
        .careerQuestion("Blijf ik in de logistiek of stap ik over naar het onderwijs?")
        .addReflections(Reflection.of("Ik krijg energie van uitleggen aan nieuwe collega's."))
        .addDecisions(Decision.of(DecisionKind.CHOICE, "Ik volg de lerarenopleiding (" + id + ")."))
        .storageConsent(consent)
        .build();
  }

  private static List<String> codes(Outcome<?> outcome) {
    return outcome.getReasons().stream().map(Reason::getCode).collect(Collectors.toList());
  }

  @Test
  void two_vouchers_two_packages_a_checklist_pop_and_aftercare_after_closing() {
    Trajectory t =
        Trajectory.open(
            TrajectoryId.of("t-2025-107"),
            Client.builder().id(ClientId.of("c-107")).build(),
            Coach.of(CoachId.of("k-3")),
            CommissioningParty.self(CommissionerId.of("c-107")),
            Funding.careerVouchers(VoucherId.of("lc-1"), VoucherId.of("lc-2")),
            OPENED);
    LocalDate intake = OPENED.plusDays(7);
    t =
        t.apply(
                TrajectoryCommand.holdIntake(
                    session(SessionKind.INTAKE, intake, 60, GroupSetting.INDIVIDUAL, 1),
                    IntakeAgreement.builder()
                        .addAllExplainedTopics(EnumSet.allOf(IntakeTopic.class))
                        .heldOn(intake)
                        .signedOn(intake)
                        .build(),
                    TrajectoryPlan.builder()
                        .decidedOn(intake)
                        .addSelectedPhases(
                            PhaseSelection.of(
                                ContentPhase.IN_DEPTH_SELF_EXPLORATION, Attention.EXTENSIVE))
                        .addGoals(CoachingGoal.of("Een onderbouwde keuze", GoalTerm.SHORT_TERM))
                        .build(),
                    Optional.of(
                        CareerQuestion.builder()
                            .id(CareerQuestionId.of("q-1"))
                            .ownWords("Blijf ik in de logistiek?")
                            .askedOn(intake)
                            .initialType(ClientQuestionType.CHOICE)
                            .build())))
            .orElseThrow();

    // Package 1: 2.5 h individual and 1 h in a group on voucher 1, its synthesis and POP.
    t =
        t.apply(
                TrajectoryCommand.holdInDepthConversation(
                    session(SessionKind.IN_DEPTH, intake.plusDays(7), 60, GroupSetting.GROUP, 1)))
            .orElseThrow();
    // 004 §3: voucher 1 cannot take another half hour in a group (1.5 h at most).
    assertThat(
            codes(
                t.apply(
                    TrajectoryCommand.holdInDepthConversation(
                        session(
                            SessionKind.IN_DEPTH,
                            intake.plusDays(10),
                            60,
                            GroupSetting.GROUP,
                            1)))))
        .containsExactly(TrajectoryLifecycle.VOUCHER_HOURS_EXCEEDED);
    t =
        t.apply(
                TrajectoryCommand.holdInDepthConversation(
                    session(
                        SessionKind.IN_DEPTH, intake.plusDays(14), 60, GroupSetting.INDIVIDUAL, 1)))
            .orElseThrow();
    LocalDate synthesis1 = intake.plusDays(21);
    DevelopmentPlan pop1 = pop("pop-1", 1, synthesis1, StorageConsent.STORE_FULL_PLAN);
    t =
        t.apply(
                TrajectoryCommand.holdSynthesis(
                    session(SessionKind.SYNTHESIS, synthesis1, 30, GroupSetting.INDIVIDUAL, 1),
                    pop1))
            .orElseThrow();
    assertThat(t.voucherUse(1).orElseThrow().individual()).isEqualTo(Duration.ofMinutes(150));
    assertThat(t.hoursLeft(1)).contains(Duration.ofMinutes(30));

    // The next package waits for the evaluation invitation of the first (004 §6, "na elk traject").
    Session first2 =
        session(SessionKind.IN_DEPTH, synthesis1.plusDays(7), 90, GroupSetting.INDIVIDUAL, 2);
    assertThat(codes(t.apply(TrajectoryCommand.holdInDepthConversation(first2))))
        .containsExactly(TrajectoryLifecycle.EVALUATION_NOT_SENT);
    t =
        t.apply(
                TrajectoryCommand.inviteEvaluation(
                    EvaluationInvitation.sentOn(synthesis1.plusDays(1))))
            .orElseThrow();

    // Package 2 on voucher 2: the first POP is kept as a finished package.
    t = t.apply(TrajectoryCommand.holdInDepthConversation(first2)).orElseThrow();
    assertThat(t.getStage()).isEqualTo(TrajectoryStage.IN_DEPTH);
    assertThat(t.getCompletedPackages()).hasSize(1);
    assertThat(t.getCompletedPackages().get(0).getVoucher()).isEqualTo(1);
    assertThat(t.getCompletedPackages().get(0).getPlan()).isEqualTo(pop1);
    assertThat(t.getDevelopmentPlan()).isEmpty();
    t =
        t.apply(
                TrajectoryCommand.holdInDepthConversation(
                    session(
                        SessionKind.IN_DEPTH,
                        synthesis1.plusDays(14),
                        60,
                        GroupSetting.INDIVIDUAL,
                        2)))
            .orElseThrow();
    LocalDate synthesis2 = synthesis1.plusDays(28);
    // The client refuses the storage of the second POP: only its Checklist POP is kept.
    DevelopmentPlan pop2 = pop("pop-2", 2, synthesis2, StorageConsent.CHECKLIST_ONLY);
    t =
        t.apply(
                TrajectoryCommand.holdSynthesis(
                    session(SessionKind.SYNTHESIS, synthesis2, 60, GroupSetting.INDIVIDUAL, 2),
                    pop2))
            .orElseThrow();
    assertThat(t.developmentPlans()).containsExactly(pop1, pop2);
    assertThat(t.voucherUse(2).orElseThrow().individual()).isEqualTo(Duration.ofMinutes(210));
    t =
        t.apply(
                TrajectoryCommand.inviteEvaluation(
                    EvaluationInvitation.sentOn(synthesis2.plusDays(1))))
            .flatMap(x -> x.apply(TrajectoryCommand.close(synthesis2.plusDays(2))))
            .orElseThrow();

    // Aftercare after closing, within the year after the synthesis, on the client's request.
    LocalDate asked = synthesis2.plusMonths(5);
    t =
        t.apply(
                TrajectoryCommand.holdAftercare(
                    AftercareRequest.of(asked, "Hoe combineer ik de opleiding met mijn werk?"),
                    session(
                        SessionKind.AFTERCARE, asked.plusDays(3), 20, GroupSetting.INDIVIDUAL, 2)))
            .orElseThrow();
    assertThat(t.getStage()).isEqualTo(TrajectoryStage.CLOSED);
    LocalDate late = synthesis2.plusYears(1).plusDays(1);
    assertThat(
            codes(
                t.apply(
                    TrajectoryCommand.holdAftercare(
                        AftercareRequest.of(late, "Nog een vraag"),
                        session(SessionKind.AFTERCARE, late, 10, GroupSetting.INDIVIDUAL, 1)))))
        .containsExactly(TrajectoryLifecycle.AFTERCARE_WINDOW_CLOSED);

    try (LoopbaanValidator rules = LoopbaanValidator.create()) {
      // In memory the closed file still holds the texts of the refused POP: the rule says so.
      assertThat(rules.validate(t, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER).codes())
          .containsExactly("vch_pop_checklist_only");

      // Stored and reloaded: the second POP is its Checklist POP, without loss and valid.
      String stored = LoopbaanJson.standard().writeDocument(t);
      assertThat(stored)
          .contains("lerarenopleiding (pop-1)")
          .doesNotContain("lerarenopleiding (pop-2)");
      Trajectory reloaded = LoopbaanJson.standard().readDocument(stored, Trajectory.class);
      assertThat(reloaded.getDevelopmentPlan()).contains(pop2.toChecklist());
      assertThat(reloaded.getCompletedPackages()).isEqualTo(t.getCompletedPackages());
      assertThat(reloaded.voucherUse(2)).isEqualTo(t.voucherUse(2));
      assertThat(LoopbaanJson.standard().writeDocument(reloaded)).isEqualTo(stored);
      ValidationReport report = rules.validate(reloaded, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER);
      assertThat(report.violations()).isEmpty();
      assertThat(report.regime()).contains("vdab_004@1");
      assertThat(report.ruleSets()).containsExactly("base@2", "flemish_voucher@2");
    }
  }
}
