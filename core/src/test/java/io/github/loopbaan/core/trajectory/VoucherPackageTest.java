package io.github.loopbaan.core.trajectory;

import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.OPENED;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.codes;
import static io.github.loopbaan.core.trajectory.VoucherHoursTest.on;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanId;
import io.github.loopbaan.core.session.GroupSetting;
import io.github.loopbaan.core.session.SessionKind;
import org.junit.jupiter.api.Test;

/** 004 §5: each voucher's package ends in its own synthesis and POP, inside one trajectory. */
class VoucherPackageTest {

  /** Two vouchers, package 1 synthesised on voucher 1 on day 20 and its evaluation invited. */
  static Trajectory firstPackageDone() {
    return VoucherHoursTest.twoVouchers()
        .apply(
            TrajectoryCommand.holdInDepthConversation(
                on(1, SessionKind.IN_DEPTH, GroupSetting.INDIVIDUAL, 60, 10)))
        .flatMap(
            t ->
                t.apply(
                    TrajectoryCommand.holdSynthesis(
                        on(1, SessionKind.SYNTHESIS, GroupSetting.INDIVIDUAL, 60, 20),
                        DevelopmentPlan.draft(DevelopmentPlanId.of("pop-1")))))
        .flatMap(
            t ->
                t.apply(
                    TrajectoryCommand.inviteEvaluation(
                        EvaluationInvitation.sentOn(OPENED.plusDays(21)))))
        .orElseThrow();
  }

  static TrajectoryCommand inDepth(int voucher, int day) {
    return TrajectoryCommand.holdInDepthConversation(
        on(voucher, SessionKind.IN_DEPTH, GroupSetting.INDIVIDUAL, 60, day));
  }

  @Test
  void the_next_package_starts_on_a_voucher_without_synthesis_and_keeps_the_first_pop() {
    Trajectory done = firstPackageDone();
    assertThat(done.packageVoucher()).contains(1);
    assertThat(codes(done.apply(inDepth(1, 25))))
        .containsExactly(TrajectoryLifecycle.SESSION_NOT_ON_NEXT_VOUCHER);
    Trajectory second = done.apply(inDepth(2, 25)).orElseThrow();
    assertThat(second.getStage()).isEqualTo(TrajectoryStage.IN_DEPTH);
    assertThat(second.getCompletedPackages())
        .containsExactly(
            VoucherPackage.of(
                1,
                DevelopmentPlan.draft(DevelopmentPlanId.of("pop-1")),
                done.getEvaluationInvitation()));
    assertThat(second.getDevelopmentPlan()).isEmpty();
    assertThat(second.getEvaluationInvitation()).isEmpty();
    assertThat(Trajectory.builder().from(second).build()).isEqualTo(second);
  }

  @Test
  void a_voucher_has_one_synthesis_and_a_package_needs_a_voucher_left() {
    Trajectory second = firstPackageDone().apply(inDepth(2, 25)).orElseThrow();
    assertThat(
            codes(
                second.apply(
                    TrajectoryCommand.holdSynthesis(
                        on(1, SessionKind.SYNTHESIS, GroupSetting.INDIVIDUAL, 30, 30),
                        DevelopmentPlan.draft(DevelopmentPlanId.of("pop-2"))))))
        .containsExactly(TrajectoryLifecycle.VOUCHER_SYNTHESISED);
    Trajectory both =
        second
            .apply(
                TrajectoryCommand.holdSynthesis(
                    on(2, SessionKind.SYNTHESIS, GroupSetting.INDIVIDUAL, 30, 30),
                    DevelopmentPlan.draft(DevelopmentPlanId.of("pop-2"))))
            .flatMap(
                t ->
                    t.apply(
                        TrajectoryCommand.inviteEvaluation(
                            EvaluationInvitation.sentOn(OPENED.plusDays(31)))))
            .orElseThrow();
    assertThat(both.developmentPlans()).hasSize(2);
    assertThat(codes(both.apply(inDepth(2, 35))))
        .containsExactly(TrajectoryLifecycle.NO_NEXT_PACKAGE);
  }
}
