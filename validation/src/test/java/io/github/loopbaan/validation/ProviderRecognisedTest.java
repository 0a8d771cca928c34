package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.trajectory.CareerCentre;
import io.github.loopbaan.core.trajectory.Eligibility;
import io.github.loopbaan.core.trajectory.FundingRegime;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.Trajectory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Options a regime may switch on: a recognised career centre, the client's eligibility recorded at
 * the intake. The built-in regimes switch on neither.
 */
class ProviderRecognisedTest {

  @Test
  void a_regime_that_pays_recognised_centres_only_asks_for_the_recognition_number() {
    FundingRegime recognised =
        FundingRegime.VDAB_004.withId("vdab_recognised").withRecognisedProviderRequired(true);
    Trajectory t = RuleExamplesTest.complete(1, false);
    Trajectory under =
        Trajectory.builder().from(t).funding(t.getFunding().withRegime(recognised)).build();
    try (LoopbaanValidator rules =
        LoopbaanValidator.builder().regimes(FundingRegimes.builtIn().with(recognised)).build()) {
      assertThat(rules.validate(under, RuleSet.BASE).codes())
          .containsExactly("base_provider_recognised");
      Trajectory unnumbered =
          Trajectory.builder()
              .from(under)
              .provider(CareerCentre.builder().name("Loopbaancentrum Noord").build())
              .build();
      assertThat(rules.validate(unnumbered, RuleSet.BASE).violations().get(0).path())
          .isEqualTo("provider");
      Trajectory numbered =
          Trajectory.builder()
              .from(under)
              .provider(CareerCentre.recognised("Loopbaancentrum Noord", "LB-0042"))
              .build();
      assertThat(rules.validate(numbered, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER).violations())
          .isEmpty();
    }
    assertThat(LoopbaanValidator.create().validate(t, RuleSet.BASE).violations()).isEmpty();
    assertThat(t.getProvider()).isEqualTo(Optional.empty());
  }

  @Test
  void a_regime_may_ask_the_intake_for_the_clients_eligibility() {
    FundingRegime asks =
        FundingRegime.VDAB_004
            .withId("vdab_eligibility")
            .withEligibilityRequired(true)
            .withEligibleSituations(
                EmploymentSituation.EMPLOYED, EmploymentSituation.SELF_EMPLOYED);
    Trajectory t = RuleExamplesTest.complete(1, false);
    IntakeAgreement agreement = t.getIntakeAgreement().orElseThrow();
    Trajectory under =
        Trajectory.builder().from(t).funding(t.getFunding().withRegime(asks)).build();
    try (LoopbaanValidator rules =
        LoopbaanValidator.builder().regimes(FundingRegimes.builtIn().with(asks)).build()) {
      assertThat(rules.validate(under, RuleSet.BASE).codes())
          .containsExactly("base_eligibility_recorded");
      Eligibility jobSeeker =
          Eligibility.builder()
              .employment(EmploymentSituation.JOB_SEEKER)
              .rightToGuidanceConfirmed(true)
              .coPaymentCents(4000L)
              .build();
      Trajectory seeker =
          Trajectory.builder()
              .from(under)
              .intakeAgreement(agreement.withEligibility(jobSeeker))
              .build();
      ValidationReport report = rules.validate(seeker, RuleSet.BASE);
      assertThat(report.codes()).containsExactly("base_eligibility_recorded");
      assertThat(report.violations().get(0).message(Locale.ENGLISH)).doesNotContain("seeker");
      Trajectory employed =
          Trajectory.builder()
              .from(under)
              .intakeAgreement(
                  agreement.withEligibility(
                      jobSeeker
                          .withEmployment(EmploymentSituation.EMPLOYED)
                          .withCoPaymentCents(Optional.empty())
                          .withCoPaymentExempt(true)))
              .build();
      assertThat(rules.validate(employed, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER).violations())
          .isEmpty();
      Eligibility settled =
          employed.getIntakeAgreement().orElseThrow().getEligibility().orElseThrow();
      for (Eligibility incomplete :
          List.of(
              settled.withRightToGuidanceConfirmed(false),
              settled.withCoPaymentExempt(false),
              settled.withEmployment(Optional.empty()))) {
        assertThat(
                rules
                    .validate(
                        Trajectory.builder()
                            .from(under)
                            .intakeAgreement(agreement.withEligibility(incomplete))
                            .build(),
                        RuleSet.BASE)
                    .codes())
            .containsExactly("base_eligibility_recorded");
      }
    }
    // A regime that only names the situations it funds asks for nothing else.
    FundingRegime situations =
        FundingRegime.VDAB_004
            .withId("vdab_situations")
            .withEligibleSituations(EmploymentSituation.EMPLOYED);
    try (LoopbaanValidator rules =
        LoopbaanValidator.builder().regimes(FundingRegimes.builtIn().with(situations)).build()) {
      Trajectory employedOnly =
          Trajectory.builder()
              .from(t)
              .funding(t.getFunding().withRegime(situations))
              .intakeAgreement(
                  agreement.withEligibility(
                      Eligibility.builder().employment(EmploymentSituation.EMPLOYED).build()))
              .build();
      assertThat(rules.validate(employedOnly, RuleSet.BASE).violations()).isEmpty();
    }
    assertThatThrownBy(
            () -> Eligibility.builder().coPaymentCents(4000L).coPaymentExempt(true).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getRule()).isEqualTo("exempt_without_payment"));
    assertThatThrownBy(() -> Eligibility.builder().coPaymentCents(-1L).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("not_negative"));
    assertThat(
            Eligibility.builder().employment(EmploymentSituation.LONG_TERM_SICK).build().toString())
        .doesNotContain("SICK");
  }
}
