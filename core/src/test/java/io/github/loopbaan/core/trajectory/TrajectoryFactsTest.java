package io.github.loopbaan.core.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalData;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.standards.OccupationRef;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Structural rules and derived facts of the process of a trajectory: intake, funding, scenarios and
 * after.
 */
class TrajectoryFactsTest {

  private static final LocalDate SEP_2 = LocalDate.of(2024, 9, 2);

  private static void assertRejected(
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

  // Intake

  @Test
  void there_are_ten_intake_topics_in_the_order_of_the_voucher_rules() {
    assertThat(IntakeTopic.values()).hasSize(10);
    assertThat(IntakeTopic.values()[0]).isEqualTo(IntakeTopic.RIGHT_TO_GUIDANCE);
    assertThat(IntakeTopic.values()[9]).isEqualTo(IntakeTopic.SIGNING_THE_AGREEMENT);
    assertThat(IntakeTopic.COMPLAINTS_PROCEDURE.label(Locale.forLanguageTag("nl")))
        .isEqualTo("Interne en externe klachtenprocedure");
  }

  @Test
  void an_unsigned_draft_with_some_topics_is_legal_and_reports_what_is_missing() {
    IntakeAgreement draft =
        IntakeAgreement.of(List.of(IntakeTopic.RIGHT_TO_GUIDANCE, IntakeTopic.CONFIDENTIALITY));
    assertThat(draft.isSigned()).isFalse();
    assertThat(draft.allTopicsExplained()).isFalse();
    assertThat(draft.missingTopics())
        .hasSize(8)
        .doesNotContain(IntakeTopic.RIGHT_TO_GUIDANCE, IntakeTopic.CONFIDENTIALITY)
        .startsWith(IntakeTopic.FINANCIAL_CONTRIBUTION);
  }

  @Test
  void an_empty_intake_misses_every_topic() {
    IntakeAgreement empty = IntakeAgreement.builder().build();
    assertThat(empty.missingTopics()).containsExactly(IntakeTopic.values());
    assertThat(empty.getHeldOn()).isEmpty();
  }

  @Test
  void a_complete_signed_intake_misses_nothing() {
    IntakeAgreement intake =
        IntakeAgreement.builder()
            .heldOn(SEP_2)
            .addAllExplainedTopics(EnumSet.allOf(IntakeTopic.class))
            .signedOn(SEP_2)
            .build();
    assertThat(intake.allTopicsExplained()).isTrue();
    assertThat(intake.isSigned()).isTrue();
    assertThat(intake.missingTopics()).isEmpty();
  }

  @Test
  void signing_requires_the_signing_topic_among_the_explained_topics() {
    assertRejected(
        () ->
            IntakeAgreement.builder()
                .addExplainedTopics(IntakeTopic.RIGHT_TO_GUIDANCE)
                .signedOn(SEP_2)
                .build(),
        "IntakeAgreement",
        "signedOn",
        "signed_topic_explained");
    assertThat(
            IntakeAgreement.builder()
                .addExplainedTopics(IntakeTopic.SIGNING_THE_AGREEMENT)
                .signedOn(SEP_2)
                .build()
                .isSigned())
        .isTrue();
  }

  @Test
  void signing_may_precede_the_intake_conversation() {
    IntakeAgreement intake =
        IntakeAgreement.builder()
            .addExplainedTopics(IntakeTopic.SIGNING_THE_AGREEMENT)
            .signedOn(SEP_2.minusDays(7))
            .heldOn(SEP_2)
            .build();
    assertThat(intake.getSignedOn()).contains(SEP_2.minusDays(7));
  }

  // Funding

  @Test
  void funding_factories_give_their_kind_and_no_vouchers() {
    assertThat(Funding.self().getKind()).isEqualTo(FundingKind.SELF_FUNDED);
    assertThat(Funding.employer().getKind()).isEqualTo(FundingKind.EMPLOYER);
    assertThat(Funding.otherPublic().getKind()).isEqualTo(FundingKind.OTHER_PUBLIC);
    assertThat(Funding.self().getVouchers()).isEmpty();
    assertThat(Funding.self().isVoucherFunded()).isFalse();
  }

  @Test
  void voucher_funding_numbers_its_vouchers_from_one_in_order() {
    Funding funding = Funding.careerVouchers(VoucherId.of("v-a"), VoucherId.of("v-b"));
    assertThat(funding.isVoucherFunded()).isTrue();
    assertThat(funding.getVouchers()).extracting(Voucher::getNumber).containsExactly(1, 2);
    assertThat(funding.getVouchers())
        .extracting(Voucher::getId)
        .containsExactly(VoucherId.of("v-a"), VoucherId.of("v-b"));
  }

  @Test
  void voucher_funding_without_vouchers_is_a_legal_draft() {
    assertThat(Funding.careerVouchers().getVouchers()).isEmpty();
  }

  @Test
  void the_structure_does_not_cap_the_number_of_vouchers() {
    assertThat(
            Funding.careerVouchers(VoucherId.of("1"), VoucherId.of("2"), VoucherId.of("3"))
                .getVouchers())
        .hasSize(3);
  }

  @Test
  void only_voucher_funding_holds_vouchers() {
    assertRejected(
        () ->
            Funding.builder()
                .kind(FundingKind.EMPLOYER)
                .addVouchers(Voucher.of(VoucherId.of("v"), 1))
                .build(),
        "Funding",
        "vouchers",
        "vouchers_only_for_voucher_funding");
  }

  @Test
  void voucher_numbers_run_from_one_without_gaps_or_repeats() {
    assertRejected(
        () -> Funding.careerVouchers(List.of(Voucher.of(VoucherId.of("a"), 2))),
        "Funding",
        "vouchers",
        "consecutive_from_one");
    assertRejected(
        () ->
            Funding.careerVouchers(
                List.of(Voucher.of(VoucherId.of("a"), 1), Voucher.of(VoucherId.of("b"), 1))),
        "Funding",
        "vouchers",
        "consecutive_from_one");
    assertRejected(
        () ->
            Funding.careerVouchers(
                List.of(Voucher.of(VoucherId.of("a"), 2), Voucher.of(VoucherId.of("b"), 1))),
        "Funding",
        "vouchers",
        "consecutive_from_one");
  }

  @Test
  void a_voucher_identifier_occurs_once() {
    assertRejected(
        () -> Funding.careerVouchers(VoucherId.of("same"), VoucherId.of("same")),
        "Funding",
        "vouchers",
        "unique");
  }

  @Test
  void a_voucher_number_is_at_least_one() {
    assertRejected(() -> Voucher.of(VoucherId.of("v"), 0), "Voucher", "number", "positive");
    assertThat(
            Voucher.builder().id(VoucherId.of("v")).number(2).issuedOn(SEP_2).build().getIssuedOn())
        .contains(SEP_2);
  }

  // Scenarios

  @Test
  void a_new_scenario_is_an_open_idea_shared_with_the_client() {
    CareerScenario scenario = CareerScenario.idea(ScenarioId.of("s-1"), "Zelfstandig als coach");
    assertThat(scenario.getStatus()).isEqualTo(ScenarioStatus.IDEA);
    assertThat(scenario.isOpen()).isTrue();
    assertThat(scenario.getVisibility()).isEqualTo(Visibility.SHARED_WITH_CLIENT);
    assertThat(scenario.lastConversationOn()).isEmpty();
    assertThat(scenario.getScope()).as("recorded only when known").isEmpty();
  }

  @Test
  void a_scenario_records_whether_it_lies_within_the_own_organisation_or_outside_it() {
    CareerScenario inside =
        CareerScenario.idea(ScenarioId.of("s-2"), "Opleidingswerk in het eigen ziekenhuis")
            .withScope(ScenarioScope.WITHIN_ORGANISATION);
    assertThat(inside.getScope()).contains(ScenarioScope.WITHIN_ORGANISATION);
    assertThat(ScenarioScope.OUTSIDE_ORGANISATION.label(java.util.Locale.forLanguageTag("nl")))
        .isEqualTo("Buiten de organisatie");
  }

  @Test
  void chosen_rejected_and_failed_scenarios_are_closed() {
    assertThat(ScenarioStatus.EXPLORING.isOpen()).isTrue();
    assertThat(ScenarioStatus.CHOSEN.isOpen()).isFalse();
    assertThat(ScenarioStatus.REJECTED.isOpen()).isFalse();
    assertThat(ScenarioStatus.FAILED.isOpen()).isFalse();
  }

  @Test
  void the_last_conversation_is_the_latest_day_whatever_the_order() {
    CareerScenario scenario =
        CareerScenario.builder()
            .id(ScenarioId.of("s-1"))
            .title("Marketing in een kleine onderneming")
            .status(ScenarioStatus.EXPLORING)
            .occupation(OccupationRef.of("marketingmanager"))
            .addConversations(NetworkConversation.of(SEP_2.plusDays(20), "oud-collega"))
            .addConversations(NetworkConversation.of(SEP_2, "eigenaar van een bureau"))
            .build();
    assertThat(scenario.lastConversationOn()).contains(SEP_2.plusDays(20));
  }

  @Test
  void scenario_title_contact_role_and_outcome_are_redacted() {
    NetworkConversation conversation =
        NetworkConversation.builder()
            .heldOn(SEP_2)
            .contactRole("zwager bij Acme")
            .outcome("Dit past niet bij mijn behoefte aan rust")
            .build();
    CareerScenario scenario =
        CareerScenario.builder()
            .id(ScenarioId.of("s-9"))
            .title("Zelfstandig als coach")
            .status(ScenarioStatus.EXPLORING)
            .addConversations(conversation)
            .visibility(Visibility.PRIVATE_TO_COACH)
            .build();
    assertThat(scenario.toString()).doesNotContain("Zelfstandig", "zwager", "rust").contains("s-9");
  }

  @Test
  void blank_scenario_texts_are_rejected() {
    assertRejected(
        () -> CareerScenario.idea(ScenarioId.of("s"), " "), "CareerScenario", "title", "not_blank");
    assertRejected(
        () -> NetworkConversation.of(SEP_2, ""), "NetworkConversation", "contactRole", "not_blank");
    assertRejected(
        () ->
            NetworkConversation.builder().heldOn(SEP_2).contactRole("mentor").outcome("\t").build(),
        "NetworkConversation",
        "outcome",
        "not_blank");
  }

  // Referral

  @Test
  void a_referral_reason_is_health_data_and_never_shown() throws NoSuchMethodException {
    Referral referral =
        Referral.builder()
            .id(ReferralId.of("r-1"))
            .target(ReferralTarget.GENERAL_PRACTITIONER)
            .referredOn(SEP_2)
            .reason("Slaapt slecht, paniekaanvallen")
            .build();
    assertThat(referral.toString()).doesNotContain("paniek").contains("r-1");
    assertThat(Referral.class.getMethod("getReason").getAnnotation(PersonalData.class).value())
        .isEqualTo(DataCategory.HEALTH);
  }

  @Test
  void a_client_cannot_return_before_being_referred() {
    assertRejected(
        () ->
            Referral.builder()
                .id(ReferralId.of("r"))
                .target(ReferralTarget.PSYCHOLOGIST)
                .referredOn(SEP_2)
                .returnedOn(SEP_2.minusDays(1))
                .build(),
        "Referral",
        "returnedOn,referredOn",
        "not_before");
    assertRejected(
        () ->
            Referral.builder()
                .id(ReferralId.of("r"))
                .target(ReferralTarget.OTHER)
                .referredOn(SEP_2)
                .reason("")
                .build(),
        "Referral",
        "reason",
        "not_blank");
  }

  @Test
  void a_referral_is_ongoing_from_the_referral_until_the_return() {
    Referral referral =
        Referral.of(ReferralId.of("r"), ReferralTarget.COMPANY_DOCTOR, SEP_2)
            .withReturnedOn(SEP_2.plusWeeks(6));
    assertThat(referral.isReturned()).isTrue();
    assertThat(referral.isOngoingOn(SEP_2.minusDays(1))).isFalse();
    assertThat(referral.isOngoingOn(SEP_2)).isTrue();
    assertThat(referral.isOngoingOn(SEP_2.plusWeeks(6).minusDays(1))).isTrue();
    assertThat(referral.isOngoingOn(SEP_2.plusWeeks(6))).isFalse();
    Referral open = Referral.of(ReferralId.of("r2"), ReferralTarget.PSYCHOLOGIST, SEP_2);
    assertThat(open.isReturned()).isFalse();
    assertThat(open.isOngoingOn(SEP_2.plusYears(1))).isTrue();
  }

  // Evaluation and aftercare

  @Test
  void an_evaluation_invitation_names_at_most_a_tool() {
    EvaluationInvitation invitation =
        EvaluationInvitation.sentOn(SEP_2).withTool("VDAB-tevredenheidsmeting");
    assertThat(invitation.getTool()).contains("VDAB-tevredenheidsmeting");
    assertRejected(
        () -> EvaluationInvitation.sentOn(SEP_2).withTool(" "),
        "EvaluationInvitation",
        "tool",
        "not_blank");
  }

  @Test
  void aftercare_rules_question_date_and_duration() {
    assertRejected(
        () -> AftercareRequest.of(SEP_2, "  "), "AftercareRequest", "question", "not_blank");
    assertRejected(
        () -> AftercareRequest.of(SEP_2, "Hoe pak ik stap 3 aan?").withHeldOn(SEP_2.minusDays(1)),
        "AftercareRequest",
        "heldOn,requestedOn",
        "not_before");
    assertRejected(
        () -> AftercareRequest.of(SEP_2, "Hoe pak ik stap 3 aan?").withDuration(Duration.ZERO),
        "AftercareRequest",
        "duration",
        "positive");
  }

  @Test
  void aftercare_falls_within_the_period_after_the_synthesis_by_the_day_that_counts() {
    LocalDate synthesis = LocalDate.of(2024, 3, 15);
    AftercareRequest request =
        AftercareRequest.of(LocalDate.of(2025, 3, 10), "Hoe pak ik stap 3 aan?");
    assertThat(request.isHeld()).isFalse();
    assertThat(request.fallsWithin(synthesis, Period.ofYears(1))).isTrue();
    AftercareRequest late =
        request.withHeldOn(LocalDate.of(2025, 3, 16)).withDuration(Duration.ofMinutes(30));
    assertThat(late.isHeld()).isTrue();
    assertThat(late.fallsWithin(synthesis, Period.ofYears(1))).isFalse();
    assertThat(
            request.withHeldOn(LocalDate.of(2025, 3, 15)).fallsWithin(synthesis, Period.ofYears(1)))
        .isTrue();
    assertThat(request.fallsWithin(LocalDate.of(2025, 4, 1), Period.ofYears(1))).isFalse();
    assertThat(request.toString()).doesNotContain("stap 3");
  }

  // Training attest

  @Test
  void an_academic_year_starts_on_the_first_of_september_by_default() {
    AcademicYear year = AcademicYear.startingIn(2024);
    assertThat(year.getStartsOn()).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(year.label()).isEqualTo("2024-2025");
    assertThat(year.startYear().getValue()).isEqualTo(2024);
    assertThat(AcademicYear.startingOn(LocalDate.of(2024, 9, 23)).compareTo(year)).isPositive();
  }

  private static TrainingAttest.Builder attest(LocalDate guidanceStartedOn, int academicYear) {
    return TrainingAttest.builder()
        .issuedOn(LocalDate.of(2024, 6, 20))
        .trainingTitle("Bachelor verpleegkunde")
        .academicYear(AcademicYear.startingIn(academicYear))
        .guidanceStartedOn(guidanceStartedOn);
  }

  @Test
  void guidance_started_after_the_academic_year_began_is_flagged_for_validation() {
    assertThat(
            attest(LocalDate.of(2024, 3, 1), 2024).build().guidanceStartedAfterAcademicYearStart())
        .isFalse();
    TrainingAttest late =
        attest(LocalDate.of(2023, 10, 1), 2023).issuedOn(LocalDate.of(2023, 11, 1)).build();
    assertThat(late.guidanceStartedAfterAcademicYearStart()).isTrue();
    assertThat(
            attest(LocalDate.of(2024, 9, 1), 2024)
                .issuedOn(LocalDate.of(2024, 9, 1))
                .build()
                .guidanceStartedAfterAcademicYearStart())
        .isFalse();
  }

  @Test
  void an_attest_covers_its_first_academic_year_and_every_later_one() {
    TrainingAttest attest =
        attest(LocalDate.of(2024, 3, 1), 2024)
            .addBenefits(TrainingBenefit.TRAINING_VOUCHERS, TrainingBenefit.TRAINING_LEAVE)
            .build();
    assertThat(attest.coversEnrolmentYear(AcademicYear.startingIn(2024))).isTrue();
    assertThat(attest.coversEnrolmentYear(AcademicYear.startingIn(2027))).isTrue();
    assertThat(attest.coversEnrolmentYear(AcademicYear.startingIn(2023))).isFalse();
    assertThat(attest.toString()).doesNotContain("verpleegkunde");
  }

  @Test
  void an_attest_is_not_issued_before_the_guidance_started_and_names_its_training() {
    assertRejected(
        () -> attest(LocalDate.of(2024, 6, 21), 2024).build(),
        "TrainingAttest",
        "issuedOn,guidanceStartedOn",
        "not_before");
    assertRejected(
        () -> attest(LocalDate.of(2024, 3, 1), 2024).trainingTitle("").build(),
        "TrainingAttest",
        "trainingTitle",
        "not_blank");
  }
}
