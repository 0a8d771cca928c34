package io.github.loopbaan.core.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.plan.StorageConsent;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A consent record: what ground covers which scope, evidence for the grounds other than consent,
 * withdrawal of a consent only, validity by day; and the trajectory's records, which change in
 * every stage, a closed trajectory included.
 */
class ConsentTest {

  private static final LocalDate GIVEN = LocalDate.of(2025, 1, 20);
  private static final CoachId COACH = CoachId.of("k-1");

  private static Consent sharing() {
    return Consent.explicit(
        ConsentScope.SHARING_WITH_COMMISSIONER, "Voortgang delen met de werkgever", GIVEN, COACH);
  }

  private static String rule(Runnable construction) {
    try {
      construction.run();
    } catch (InvalidValueException e) {
      return e.getRule() + " " + e.getAttribute();
    }
    return "accepted";
  }

  @Test
  void a_consent_is_valid_from_the_day_given_until_the_day_withdrawn() {
    Consent consent = sharing();
    assertThat(consent.isValidOn(GIVEN.minusDays(1))).isFalse();
    assertThat(consent.isValidOn(GIVEN)).isTrue();
    assertThat(consent.isWithdrawn()).isFalse();
    Consent withdrawn = consent.withdraw(GIVEN.plusDays(30));
    assertThat(withdrawn.isWithdrawn()).isTrue();
    assertThat(withdrawn.isValidOn(GIVEN.plusDays(29))).isTrue();
    assertThat(withdrawn.isValidOn(GIVEN.plusDays(30))).isFalse();
    assertThat(withdrawn.withdraw(GIVEN.plusDays(40))).isSameAs(withdrawn);
    assertThat(rule(() -> consent.withdraw(GIVEN.minusDays(1))))
        .isEqualTo("not_before withdrawnOn,givenOn");
  }

  @Test
  void only_explicit_consent_covers_the_pop_and_sharing_and_other_grounds_name_evidence() {
    for (ConsentScope scope : ConsentScope.values()) {
      for (LegalGround ground : LegalGround.values()) {
        String outcome =
            rule(
                () ->
                    Consent.builder()
                        .scope(scope)
                        .ground(ground)
                        .purpose("Doel")
                        .givenOn(GIVEN)
                        .recordedBy(COACH)
                        .evidence("form 17")
                        .build());
        boolean covers =
            ground == LegalGround.EXPLICIT_CONSENT || scope == ConsentScope.HEALTH_DATA;
        assertThat(outcome).isEqualTo(covers ? "accepted" : "ground_for_scope ground");
        assertThat(ground.covers(scope)).isEqualTo(covers);
      }
    }
    Consent.Builder law =
        Consent.builder()
            .scope(ConsentScope.HEALTH_DATA)
            .ground(LegalGround.EMPLOYMENT_LAW)
            .purpose("Re-integratie")
            .givenOn(GIVEN)
            .recordedBy(COACH);
    assertThat(rule(law::build)).isEqualTo("documented_ground evidence");
    Consent documented = law.evidence("agreement 2025-4").build();
    assertThat(rule(() -> documented.withWithdrawnOn(GIVEN.plusDays(1))))
        .isEqualTo("withdrawal_of_consent withdrawnOn");
    assertThat(rule(() -> sharing().withPurpose(" "))).isEqualTo("not_blank purpose");
    assertThat(rule(() -> sharing().withEvidence(""))).isEqualTo("not_blank evidence");
  }

  @Test
  void to_string_keeps_the_purpose_out() {
    assertThat(sharing().toString()).doesNotContain("werkgever").contains("Consent{");
  }

  @Test
  void the_pop_storage_choice_follows_the_plan_storage_consent() {
    Trajectory t =
        FundingRegimeTest.synthesised(
            Funding.careerVouchers(VoucherId.of("v-1")), true, LocalDate.of(2025, 3, 3));
    assertThat(t.getDevelopmentPlan().orElseThrow().getStorageConsent())
        .isEqualTo(StorageConsent.STORE_FULL_PLAN);
    Consent storage =
        Consent.explicit(ConsentScope.PLAN_STORAGE, "Het volledige POP bewaren", GIVEN, COACH);
    Trajectory given = t.giveConsent(storage);
    assertThat(given.getDevelopmentPlan().orElseThrow().getStorageConsent())
        .isEqualTo(StorageConsent.STORE_FULL_PLAN);
    Trajectory withdrawn = given.withdrawConsent(ConsentScope.PLAN_STORAGE, GIVEN.plusDays(60));
    assertThat(withdrawn.getDevelopmentPlan().orElseThrow().getStorageConsent())
        .isEqualTo(StorageConsent.CHECKLIST_ONLY);
    assertThat(withdrawn.getHistory()).isEqualTo(t.getHistory());
    Trajectory again = withdrawn.giveConsent(storage.withGivenOn(GIVEN.plusDays(90)));
    assertThat(again.getDevelopmentPlan().orElseThrow().getStorageConsent())
        .isEqualTo(StorageConsent.STORE_FULL_PLAN);
    // Another scope leaves the plan as it is.
    assertThat(withdrawn.giveConsent(sharing()).getDevelopmentPlan())
        .isEqualTo(withdrawn.getDevelopmentPlan());
  }

  @Test
  void the_trajectory_records_consents_and_withdrawals_in_every_stage() {
    Trajectory t = TrajectoryLifecycleTest.opened();
    assertThat(t.hasConsent(ConsentScope.SHARING_WITH_COMMISSIONER)).isFalse();
    Trajectory given = t.giveConsent(sharing());
    assertThat(given.hasConsent(ConsentScope.SHARING_WITH_COMMISSIONER)).isTrue();
    assertThat(given.hasConsent(ConsentScope.SHARING_WITH_COMMISSIONER, GIVEN.minusDays(1)))
        .isFalse();
    assertThat(given.hasConsent(ConsentScope.HEALTH_DATA)).isFalse();
    Trajectory closed =
        given.apply(TrajectoryCommand.stopEarly(GIVEN, StopReason.CLIENT_WITHDREW)).orElseThrow();
    assertThat(closed.getStage()).isEqualTo(TrajectoryStage.CLOSED);
    Trajectory withdrawn =
        closed.withdrawConsent(ConsentScope.SHARING_WITH_COMMISSIONER, GIVEN.plusDays(10));
    assertThat(withdrawn.hasConsent(ConsentScope.SHARING_WITH_COMMISSIONER)).isFalse();
    assertThat(withdrawn.hasConsent(ConsentScope.SHARING_WITH_COMMISSIONER, GIVEN.plusDays(9)))
        .isTrue();
    assertThat(withdrawn.getConsents()).hasSize(1);
    assertThat(withdrawn.getHistory()).isEqualTo(closed.getHistory());
    assertThatThrownBy(
            () ->
                withdrawn.withdrawConsent(
                    ConsentScope.SHARING_WITH_COMMISSIONER, GIVEN.plusDays(11)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Trajectory.consents: no consent of scope sharing_with_commissioner to withdraw");
  }
}
