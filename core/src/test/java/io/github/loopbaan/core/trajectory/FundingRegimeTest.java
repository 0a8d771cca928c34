package io.github.loopbaan.core.trajectory;

import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.OPENED;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.afterIntake;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.agreement;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.codes;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.plan;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanId;
import io.github.loopbaan.core.session.SessionKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Regimes as data: the lifecycle takes its process rules from the funding's regime, aftercare
 * within the window after closing, the registry as a value.
 */
class FundingRegimeTest {

  static final FundingRegime EMPLOYER_BUDGET =
      FundingRegime.builder()
          .id("nl_employer_budget")
          .source("An employer's development budget (application's own)")
          .validFrom(LocalDate.of(2020, 1, 1))
          .build();

  static Trajectory opened(Funding funding) {
    return Trajectory.open(
        TrajectoryId.of("t-1"),
        Client.builder().id(ClientId.of("c-1")).build(),
        Coach.of(CoachId.of("k-1")),
        CommissioningParty.self(CommissionerId.of("self")),
        funding,
        OPENED);
  }

  static Trajectory synthesised(Funding funding, boolean signed, LocalDate synthesisOn) {
    LocalDate intakeOn = OPENED.plusDays(7);
    return opened(funding)
        .apply(
            TrajectoryCommand.holdIntake(
                session(SessionKind.INTAKE, intakeOn),
                agreement(signed, intakeOn),
                plan(intakeOn),
                Optional.empty()))
        .flatMap(
            t ->
                t.apply(
                    TrajectoryCommand.holdInDepthConversation(
                        session(SessionKind.IN_DEPTH, OPENED.plusDays(21)))))
        .flatMap(
            t ->
                t.apply(
                    TrajectoryCommand.holdSynthesis(
                        session(SessionKind.SYNTHESIS, synthesisOn),
                        DevelopmentPlan.draft(DevelopmentPlanId.of("pop-1")))))
        .orElseThrow();
  }

  static TrajectoryCommand aftercare(LocalDate on) {
    return TrajectoryCommand.holdAftercare(
        AftercareRequest.of(on, "Hoe ga ik verder?"), session(SessionKind.AFTERCARE, on));
  }

  @Test
  void the_funding_carries_the_regime_of_its_kind_unless_given_one() {
    assertThat(Funding.careerVouchers(VoucherId.of("v-1")).getRegime())
        .isEqualTo(FundingRegime.VDAB_004);
    assertThat(Funding.employer().getRegime()).isEqualTo(FundingRegime.GENERAL);
    assertThat(Funding.employer().withRegime(EMPLOYER_BUDGET).getRegime().ref())
        .isEqualTo("nl_employer_budget@1");
    assertThatThrownBy(() -> Funding.employer().withRegime(FundingRegime.VDAB_004))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("regime_for_kind"));
  }

  @Test
  void a_regime_is_named_dated_and_consistent() {
    assertThat(FundingRegime.VDAB_004.getSource()).contains("seed 004");
    assertThat(FundingRegime.VDAB_004.getAftercareWindow()).contains(Period.ofYears(1));
    assertThat(FundingRegime.VDAB_004.toString()).isEqualTo("FundingRegime[vdab_004@1]");
    assertThatThrownBy(() -> EMPLOYER_BUDGET.withId("Not An Id"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("pattern"));
    assertThatThrownBy(() -> EMPLOYER_BUDGET.withValidUntil(LocalDate.of(2019, 12, 31)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("not_before"));
    assertThatThrownBy(() -> EMPLOYER_BUDGET.withFundingKind(FundingKind.CAREER_VOUCHER))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("voucher_terms"));
    assertThatThrownBy(
            () ->
                FundingRegime.VDAB_004
                    .getVoucherTerms()
                    .get()
                    .withMaximumGroupPerVoucher(Duration.ofHours(2)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getRule()).isEqualTo("individual_and_group_within_voucher"));
  }

  @Test
  void the_registry_is_a_value_and_chooses_the_regime_in_force_on_the_opening_day() {
    FundingRegime v2025 =
        FundingRegime.VDAB_004.withId("vdab_2025").withValidFrom(LocalDate.of(2025, 7, 1));
    FundingRegimes regimes = FundingRegimes.builtIn().with(v2025).with(EMPLOYER_BUDGET);
    assertThat(FundingRegimes.builtIn().all())
        .containsExactly(FundingRegime.GENERAL, FundingRegime.VDAB_004);
    assertThat(regimes.inForce(FundingKind.CAREER_VOUCHER, LocalDate.of(2025, 6, 30)))
        .contains(FundingRegime.VDAB_004);
    assertThat(regimes.inForce(FundingKind.CAREER_VOUCHER, LocalDate.of(2025, 7, 1)))
        .contains(v2025);
    assertThat(regimes.inForce(FundingKind.EMPLOYER, LocalDate.of(2025, 7, 1)))
        .contains(EMPLOYER_BUDGET);
    assertThat(regimes.inForce(FundingKind.EMPLOYER, LocalDate.of(2019, 7, 1)))
        .contains(FundingRegime.GENERAL);
    assertThat(FundingRegimes.of(v2025).inForce(FundingKind.CAREER_VOUCHER, OPENED)).isEmpty();
    assertThat(regimes.find("vdab_2025", 1)).contains(v2025);
    assertThat(regimes.holds(v2025.withVersion(2))).isFalse();
    assertThat(regimes.with(v2025.withSource("corrected"))).isNotEqualTo(regimes);
    assertThat(regimes.with(v2025.withSource("corrected")).all()).hasSize(4);
  }

  @Test
  void the_voucher_regime_asks_a_signed_agreement_and_the_general_one_does_not() {
    Trajectory voucher = afterIntake(false);
    assertThat(
            codes(
                voucher.apply(
                    TrajectoryCommand.holdInDepthConversation(
                        session(SessionKind.IN_DEPTH, OPENED.plusDays(14))))))
        .containsExactly(TrajectoryLifecycle.AGREEMENT_NOT_SIGNED);
    Trajectory general = synthesised(Funding.employer(), false, OPENED.plusDays(40));
    assertThat(general.getStage()).isEqualTo(TrajectoryStage.SYNTHESIS);
  }

  @Test
  void the_general_regime_closes_after_the_synthesis_and_grants_no_aftercare_after_closing() {
    LocalDate synthesisOn = OPENED.plusDays(40);
    Trajectory general = synthesised(Funding.self(), true, synthesisOn);
    Trajectory aftercare = general.apply(aftercare(synthesisOn.plusDays(5))).orElseThrow();
    assertThat(aftercare.getStage()).isEqualTo(TrajectoryStage.AFTERCARE);
    Trajectory closed =
        general.apply(TrajectoryCommand.close(synthesisOn.plusDays(1))).orElseThrow();
    assertThat(codes(closed.apply(aftercare(synthesisOn.plusDays(5)))))
        .containsExactly(TrajectoryLifecycle.NO_AFTERCARE_AFTER_CLOSING);
  }

  @Test
  void the_voucher_regime_closes_only_after_the_evaluation_invitation() {
    LocalDate synthesisOn = OPENED.plusDays(40);
    Trajectory voucher =
        synthesised(Funding.careerVouchers(VoucherId.of("v-1")), true, synthesisOn);
    assertThat(codes(voucher.apply(TrajectoryCommand.close(synthesisOn.plusDays(1)))))
        .containsExactly(TrajectoryLifecycle.EVALUATION_NOT_SENT);
  }

  @Test
  void voucher_aftercare_is_possible_after_closing_within_the_window_and_not_a_day_later() {
    LocalDate synthesisOn = OPENED.plusDays(40);
    Trajectory closed =
        synthesised(Funding.careerVouchers(VoucherId.of("v-1")), true, synthesisOn)
            .apply(
                TrajectoryCommand.inviteEvaluation(
                    EvaluationInvitation.builder().sentOn(synthesisOn).build()))
            .flatMap(t -> t.apply(TrajectoryCommand.close(synthesisOn.plusDays(1))))
            .orElseThrow();
    LocalDate lastDay = synthesisOn.plusYears(1);
    Trajectory after = closed.apply(aftercare(lastDay)).orElseThrow();
    assertThat(after.getStage()).isEqualTo(TrajectoryStage.CLOSED);
    assertThat(after.getAftercareRequests()).hasSize(1);
    assertThat(after.getHistory().last().getFrom()).isEqualTo(TrajectoryStage.CLOSED);
    assertThat(Trajectory.builder().from(after).build()).isEqualTo(after);
    Outcome<Trajectory> late = closed.apply(aftercare(lastDay.plusDays(1)));
    assertThat(codes(late)).containsExactly(TrajectoryLifecycle.AFTERCARE_WINDOW_CLOSED);
    assertThat(late.getReasons().get(0).getFacts()).containsEntry("until", lastDay.toString());
  }

  @Test
  void a_regime_with_a_longer_window_is_honoured_by_the_lifecycle() {
    FundingRegime twoYears =
        FundingRegime.VDAB_004.withId("vdab_two_years").withAftercareWindow(Period.ofYears(2));
    LocalDate synthesisOn = OPENED.plusDays(40);
    Trajectory evaluation =
        synthesised(Funding.careerVouchers(twoYears, VoucherId.of("v-1")), true, synthesisOn)
            .apply(
                TrajectoryCommand.inviteEvaluation(
                    EvaluationInvitation.builder().sentOn(synthesisOn).build()))
            .orElseThrow();
    assertThat(evaluation.apply(aftercare(synthesisOn.plusMonths(18))).isApplied()).isTrue();
  }

  @Test
  void aftercare_the_coach_asked_for_is_refused_where_the_regime_gives_it_on_the_clients_request() {
    LocalDate synthesisOn = OPENED.plusDays(40);
    AftercareRequest byCoach =
        AftercareRequest.builder()
            .requestedOn(synthesisOn.plusDays(5))
            .question("Zullen we je plan nog eens bekijken?")
            .requestedBy(AftercareRequester.COACH)
            .build();
    Trajectory voucher =
        synthesised(Funding.careerVouchers(VoucherId.of("v-1")), true, synthesisOn)
            .apply(
                TrajectoryCommand.inviteEvaluation(
                    EvaluationInvitation.builder().sentOn(synthesisOn).build()))
            .orElseThrow();
    assertThat(
            codes(
                voucher.apply(
                    TrajectoryCommand.holdAftercare(
                        byCoach, session(SessionKind.AFTERCARE, synthesisOn.plusDays(6))))))
        .containsExactly(TrajectoryLifecycle.AFTERCARE_NOT_REQUESTED_BY_CLIENT);
    assertThat(
            voucher
                .apply(
                    TrajectoryCommand.holdAftercare(
                        byCoach.withRequestedBy(AftercareRequester.CLIENT),
                        session(SessionKind.AFTERCARE, synthesisOn.plusDays(6))))
                .isApplied())
        .isTrue();
    Trajectory general = synthesised(Funding.employer(), true, synthesisOn);
    assertThat(
            general
                .apply(
                    TrajectoryCommand.holdAftercare(
                        byCoach, session(SessionKind.AFTERCARE, synthesisOn.plusDays(6))))
                .isApplied())
        .isTrue();
  }
}
