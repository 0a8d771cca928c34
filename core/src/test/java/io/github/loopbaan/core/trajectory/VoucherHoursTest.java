package io.github.loopbaan.core.trajectory;

import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.OPENED;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.agreement;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.codes;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.session.GroupSetting;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 004 §3 counts the hours per voucher: every session is registered on one voucher. */
class VoucherHoursTest {

  static int ids;

  static Session on(int voucher, SessionKind kind, GroupSetting setting, int minutes, int day) {
    return Session.builder()
        .id(SessionId.of("vh-" + (++ids)))
        .kind(kind)
        .setting(setting)
        .date(OPENED.plusDays(day))
        .duration(Duration.ofMinutes(minutes))
        .voucher(voucher)
        .build();
  }

  static Trajectory twoVouchers() {
    LocalDate intakeOn = OPENED.plusDays(7);
    return FundingRegimeTest.opened(
            Funding.careerVouchers(VoucherId.of("v-1"), VoucherId.of("v-2")))
        .apply(
            TrajectoryCommand.holdIntake(
                on(1, SessionKind.INTAKE, GroupSetting.INDIVIDUAL, 60, 7),
                agreement(true, intakeOn),
                plan(intakeOn),
                Optional.empty()))
        .orElseThrow();
  }

  static TrajectoryCommand inDepth(Session s) {
    return TrajectoryCommand.holdInDepthConversation(s);
  }

  @Test
  void the_hours_are_counted_per_voucher_and_the_model_answers_what_is_left() {
    Trajectory t =
        twoVouchers()
            .apply(inDepth(on(1, SessionKind.IN_DEPTH, GroupSetting.GROUP, 60, 10)))
            .flatMap(
                x -> x.apply(inDepth(on(2, SessionKind.IN_DEPTH, GroupSetting.INDIVIDUAL, 90, 11))))
            .orElseThrow();
    VoucherUse first = t.voucherUse(1).orElseThrow();
    assertThat(first.individual()).isEqualTo(Duration.ofMinutes(60));
    assertThat(first.group()).isEqualTo(Duration.ofMinutes(60));
    assertThat(first.left()).isEqualTo(Duration.ofMinutes(120));
    assertThat(first.groupLeft()).isEqualTo(Duration.ofMinutes(30));
    assertThat(first.individualMissing()).isEqualTo(Duration.ofMinutes(90));
    assertThat(t.hoursLeft(2)).contains(Duration.ofMinutes(150));
    assertThat(t.voucherUse(3)).isEmpty();
    assertThat(FundingRegimeTest.opened(Funding.employer()).voucherUse(1)).isEmpty();
  }

  @Test
  void the_lifecycle_refuses_a_session_that_does_not_fit_its_voucher_or_names_no_such_voucher() {
    Trajectory t =
        twoVouchers()
            .apply(inDepth(on(1, SessionKind.IN_DEPTH, GroupSetting.GROUP, 90, 10)))
            .orElseThrow();
    assertThat(codes(t.apply(inDepth(on(1, SessionKind.IN_DEPTH, GroupSetting.GROUP, 30, 11)))))
        .containsExactly(TrajectoryLifecycle.VOUCHER_HOURS_EXCEEDED);
    assertThat(
            t.apply(inDepth(on(2, SessionKind.IN_DEPTH, GroupSetting.GROUP, 30, 11))).isApplied())
        .isTrue();
    Trajectory full =
        t.apply(inDepth(on(1, SessionKind.IN_DEPTH, GroupSetting.INDIVIDUAL, 90, 11)))
            .orElseThrow();
    assertThat(full.hoursLeft(1)).contains(Duration.ZERO);
    assertThat(
            codes(full.apply(inDepth(on(1, SessionKind.IN_DEPTH, GroupSetting.INDIVIDUAL, 1, 12)))))
        .containsExactly(TrajectoryLifecycle.VOUCHER_HOURS_EXCEEDED);
    assertThat(
            codes(t.apply(inDepth(on(3, SessionKind.IN_DEPTH, GroupSetting.INDIVIDUAL, 60, 12)))))
        .containsExactly(TrajectoryLifecycle.NO_SUCH_VOUCHER);
  }

  @Test
  void a_voucher_number_is_positive_and_an_unregistered_session_counts_on_no_voucher() {
    assertThatThrownBy(() -> on(0, SessionKind.IN_DEPTH, GroupSetting.INDIVIDUAL, 60, 1))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("positive"));
    Session unregistered =
        Session.builder()
            .id(SessionId.of("x"))
            .kind(SessionKind.IN_DEPTH)
            .date(OPENED.plusDays(9))
            .duration(Duration.ofHours(8))
            .status(SessionStatus.HELD)
            .build();
    Trajectory t = twoVouchers().apply(inDepth(unregistered)).orElseThrow();
    assertThat(t.hoursLeft(1)).contains(Duration.ofMinutes(180));
    assertThat(unregistered.isRegisteredOn(1)).isFalse();
  }

  @Test
  void sums_saturate_on_huge_durations_instead_of_throwing() {
    VoucherTerms huge =
        VoucherTerms.builder()
            .hoursPerVoucher(Duration.ofSeconds(Long.MAX_VALUE))
            .minimumIndividualPerVoucher(Duration.ofSeconds(Long.MAX_VALUE / 2))
            .maximumGroupPerVoucher(Duration.ofSeconds(Long.MAX_VALUE / 2))
            .aftercarePerPackage(Duration.ZERO)
            .vouchersPerPerson(1)
            .build();
    VoucherUse use =
        VoucherUse.of(
            1,
            huge,
            java.util.List.of(
                on(1, SessionKind.IN_DEPTH, GroupSetting.INDIVIDUAL, 60, 1)
                    .withStatus(SessionStatus.HELD)));
    assertThat(use.left()).isEqualTo(Duration.ofSeconds(Long.MAX_VALUE).minusMinutes(60));
    assertThat(use.isOverRegistered()).isFalse();
  }
}
