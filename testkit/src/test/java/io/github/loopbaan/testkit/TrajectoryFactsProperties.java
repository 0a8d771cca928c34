package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.trajectory.AcademicYear;
import io.github.loopbaan.core.trajectory.AftercareRequest;
import io.github.loopbaan.core.trajectory.CareerScenario;
import io.github.loopbaan.core.trajectory.EvaluationInvitation;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.IntakeTopic;
import io.github.loopbaan.core.trajectory.NetworkConversation;
import io.github.loopbaan.core.trajectory.Referral;
import io.github.loopbaan.core.trajectory.TrainingAttest;
import io.github.loopbaan.core.trajectory.Voucher;
import java.time.Period;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated trajectory process facts are sound: rebuildable, private in toString, consistent in
 * what they derive, and every broken one is rejected for its rule.
 */
class TrajectoryFactsProperties {

  @Property
  void an_intake_agreement_rebuilt_from_its_builder_is_equal(
      @ForAll("intakes") IntakeAgreement intake) {
    assertThat(IntakeAgreement.builder().from(intake).build())
        .isEqualTo(intake)
        .hasSameHashCodeAs(intake);
  }

  @Property
  void explained_and_missing_topics_split_all_topics(@ForAll("intakes") IntakeAgreement intake) {
    assertThat(Collections.disjoint(intake.missingTopics(), intake.getExplainedTopics())).isTrue();
    Set<IntakeTopic> all = EnumSet.noneOf(IntakeTopic.class);
    all.addAll(intake.missingTopics());
    all.addAll(intake.getExplainedTopics());
    assertThat(all).isEqualTo(EnumSet.allOf(IntakeTopic.class));
    assertThat(intake.allTopicsExplained()).isEqualTo(intake.missingTopics().isEmpty());
  }

  @Property
  void a_signed_intake_has_explained_the_signing(@ForAll("intakes") IntakeAgreement intake) {
    if (intake.isSigned()) {
      assertThat(intake.getExplainedTopics()).contains(IntakeTopic.SIGNING_THE_AGREEMENT);
    }
  }

  @Property
  void a_voucher_rebuilt_from_its_builder_is_equal(@ForAll("vouchers") Voucher voucher) {
    assertThat(Voucher.builder().from(voucher).build()).isEqualTo(voucher);
  }

  @Property
  void funding_rebuilt_from_its_builder_is_equal_and_numbers_vouchers_from_one(
      @ForAll("fundings") Funding funding) {
    assertThat(Funding.builder().from(funding).build()).isEqualTo(funding);
    for (int i = 0; i < funding.getVouchers().size(); i++) {
      assertThat(funding.getVouchers().get(i).getNumber()).isEqualTo(i + 1);
    }
    assertThat(funding.isVoucherFunded() || funding.getVouchers().isEmpty()).isTrue();
  }

  @Property
  void a_scenario_rebuilt_from_its_builder_is_equal(@ForAll("scenarios") CareerScenario scenario) {
    assertThat(CareerScenario.builder().from(scenario).build())
        .isEqualTo(scenario)
        .hasSameHashCodeAs(scenario);
  }

  @Property
  void scenario_toString_never_contains_title_contact_roles_or_outcomes(
      @ForAll("scenarios") CareerScenario scenario) {
    String text = scenario.toString();
    assertThat(text).doesNotContain(scenario.getTitle());
    for (NetworkConversation conversation : scenario.getConversations()) {
      assertThat(text).doesNotContain(conversation.getContactRole());
      conversation.getOutcome().ifPresent(outcome -> assertThat(text).doesNotContain(outcome));
      assertThat(conversation.toString()).doesNotContain(conversation.getContactRole());
    }
  }

  @Property
  void the_last_conversation_is_no_earlier_than_any_conversation(
      @ForAll("scenarios") CareerScenario scenario) {
    assertThat(scenario.lastConversationOn().isPresent())
        .isEqualTo(!scenario.getConversations().isEmpty());
    scenario
        .lastConversationOn()
        .ifPresent(
            last ->
                assertThat(scenario.getConversations())
                    .allSatisfy(c -> assertThat(c.getHeldOn()).isBeforeOrEqualTo(last)));
  }

  @Property
  void a_referral_rebuilt_from_its_builder_is_equal_and_never_shows_its_reason(
      @ForAll("referrals") Referral referral) {
    assertThat(Referral.builder().from(referral).build()).isEqualTo(referral);
    referral
        .getReason()
        .ifPresent(reason -> assertThat(referral.toString()).doesNotContain(reason));
  }

  @Property
  void a_referral_is_ongoing_on_its_day_and_not_on_the_day_of_return(
      @ForAll("referrals") Referral referral) {
    boolean sameDay = referral.getReturnedOn().map(referral.getReferredOn()::equals).orElse(false);
    assertThat(referral.isOngoingOn(referral.getReferredOn())).isEqualTo(!sameDay);
    assertThat(referral.isOngoingOn(referral.getReferredOn().minusDays(1))).isFalse();
    referral
        .getReturnedOn()
        .ifPresent(returned -> assertThat(referral.isOngoingOn(returned)).isFalse());
  }

  @Property
  void an_evaluation_invitation_rebuilt_from_its_builder_is_equal(
      @ForAll("invitations") EvaluationInvitation invitation) {
    assertThat(EvaluationInvitation.builder().from(invitation).build()).isEqualTo(invitation);
  }

  @Property
  void an_aftercare_request_rebuilt_from_its_builder_is_equal_and_never_shows_its_question(
      @ForAll("aftercare") AftercareRequest request) {
    assertThat(AftercareRequest.builder().from(request).build()).isEqualTo(request);
    assertThat(request.toString()).doesNotContain(request.getQuestion());
  }

  @Property
  void aftercare_falls_within_a_period_that_starts_on_its_own_day(
      @ForAll("aftercare") AftercareRequest request) {
    assertThat(
            request.fallsWithin(request.getHeldOn().orElse(request.getRequestedOn()), Period.ZERO))
        .isTrue();
    assertThat(request.fallsWithin(request.getRequestedOn().plusYears(3), Period.ofYears(1)))
        .isFalse();
  }

  @Property
  void an_academic_year_rebuilt_from_its_builder_is_equal(
      @ForAll("academicYears") AcademicYear year) {
    assertThat(AcademicYear.builder().from(year).build())
        .isEqualTo(year)
        .isEqualByComparingTo(year);
    assertThat(year.label()).startsWith(year.startYear().toString());
  }

  @Property
  void a_training_attest_rebuilt_from_its_builder_is_equal_and_never_shows_its_training(
      @ForAll("attests") TrainingAttest attest) {
    assertThat(TrainingAttest.builder().from(attest).build()).isEqualTo(attest);
    assertThat(attest.toString()).doesNotContain(attest.getTrainingTitle());
  }

  @Property
  void an_attest_covers_its_own_academic_year_and_flags_late_guidance(
      @ForAll("attests") TrainingAttest attest) {
    assertThat(attest.coversEnrolmentYear(attest.getAcademicYear())).isTrue();
    assertThat(
            attest.coversEnrolmentYear(
                AcademicYear.startingOn(attest.getAcademicYear().getStartsOn().minusYears(1))))
        .isFalse();
    assertThat(attest.guidanceStartedAfterAcademicYearStart())
        .isEqualTo(attest.getGuidanceStartedOn().isAfter(attest.getAcademicYear().getStartsOn()));
    assertThat(attest.getIssuedOn()).isAfterOrEqualTo(attest.getGuidanceStartedOn());
  }

  @Property
  void every_broken_trajectory_fact_is_rejected_for_its_rule(@ForAll("broken") Broken broken) {
    assertThatThrownBy(broken::attempt)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getType()).isEqualTo(broken.type());
              assertThat(e.getAttribute()).isEqualTo(broken.attribute());
              assertThat(e.getRule()).isEqualTo(broken.rule());
              assertThat(e.getMessage()).doesNotContain("(ref ");
            });
  }

  @Provide
  Arbitrary<IntakeAgreement> intakes() {
    return TrajectoryFactsArbitraries.intakeAgreements();
  }

  @Provide
  Arbitrary<Voucher> vouchers() {
    return TrajectoryFactsArbitraries.vouchers();
  }

  @Provide
  Arbitrary<Funding> fundings() {
    return TrajectoryFactsArbitraries.fundings();
  }

  @Provide
  Arbitrary<CareerScenario> scenarios() {
    return TrajectoryFactsArbitraries.careerScenarios();
  }

  @Provide
  Arbitrary<Referral> referrals() {
    return TrajectoryFactsArbitraries.referrals();
  }

  @Provide
  Arbitrary<EvaluationInvitation> invitations() {
    return TrajectoryFactsArbitraries.evaluationInvitations();
  }

  @Provide
  Arbitrary<AftercareRequest> aftercare() {
    return TrajectoryFactsArbitraries.aftercareRequests();
  }

  @Provide
  Arbitrary<AcademicYear> academicYears() {
    return TrajectoryFactsArbitraries.academicYears();
  }

  @Provide
  Arbitrary<TrainingAttest> attests() {
    return TrajectoryFactsArbitraries.trainingAttests();
  }

  @Provide
  Arbitrary<Broken> broken() {
    return TrajectoryFactsArbitraries.broken();
  }
}
