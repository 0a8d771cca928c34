package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.privacy.DataCategories;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.retention.RetentionBasis;
import io.github.loopbaan.core.retention.RetentionDue;
import io.github.loopbaan.core.retention.RetentionPolicy;
import io.github.loopbaan.core.trajectory.Consent;
import io.github.loopbaan.core.trajectory.ConsentScope;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.LegalGround;
import io.github.loopbaan.core.trajectory.OutcomeKind;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryId;
import io.github.loopbaan.core.trajectory.TrajectoryOutcome;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/**
 * Retention: what in a trajectory is due for erasure on a day, and why, for trajectories from every
 * door (commands, builder, extreme dates), and the categories a value holds.
 */
@Domain(LoopbaanDomain.class)
class RetentionProperties {

  private static final RetentionPolicy STANDARD = RetentionPolicy.standard();

  @Property(tries = 200)
  void the_schedule_names_each_held_category_once_with_its_term_from_the_basis_day(
      @ForAll Trajectory t) {
    List<RetentionDue> schedule = STANDARD.schedule(t);
    EnumSet<DataCategory> held = EnumSet.noneOf(DataCategory.class);
    held.addAll(DataCategories.heldIn(t));
    assertThat(schedule)
        .extracting(RetentionDue::getCategory)
        .containsExactlyInAnyOrderElementsOf(held);
    for (RetentionDue due : schedule) {
      if (due.getBasis() == RetentionBasis.CONSENT_WITHDRAWN_ON) {
        // Health data whose every record is a withdrawn consent: due on the last withdrawal.
        assertThat(due.getCategory()).isEqualTo(DataCategory.HEALTH);
        List<Consent> health =
            t.getConsents().stream()
                .filter(c -> c.getScope() == ConsentScope.HEALTH_DATA)
                .collect(Collectors.toList());
        assertThat(health).isNotEmpty().allMatch(Consent::isWithdrawn);
        assertThat(due.getBasisDate())
            .isEqualTo(
                health.stream().map(c -> c.getWithdrawnOn().get()).max(LocalDate::compareTo).get());
        assertThat(due.getTerm()).isEqualTo(Period.ZERO);
        assertThat(due.getDueOn()).isEqualTo(due.getBasisDate());
        continue;
      }
      assertThat(due.getTerm()).isEqualTo(STANDARD.term(due.getCategory()));
      assertThat(due.getBasis())
          .isEqualTo(
              t.getStage() == TrajectoryStage.CLOSED
                  ? RetentionBasis.CLOSED_ON
                  : RetentionBasis.LAST_EVENT_ON);
      assertThat(due.getBasisDate()).isAfterOrEqualTo(t.getOpenedOn());
      assertThat(due.getDueOn()).isAfterOrEqualTo(due.getBasisDate());
      if (due.getBasisDate().isBefore(LocalDate.MAX.minusYears(3))) {
        assertThat(due.getDueOn()).isEqualTo(due.getBasisDate().plus(due.getTerm()));
      }
      assertThat(due.getRule()).isEqualTo("retention_" + due.getCategory().code());
      assertThat(due.toString()).startsWith("RetentionDue[" + due.getRule() + " from ");
    }
  }

  @Property(tries = 200)
  void nothing_is_due_before_its_day_and_everything_held_is_due_on_the_last(@ForAll Trajectory t) {
    for (RetentionDue due : STANDARD.schedule(t)) {
      if (due.getDueOn().isAfter(LocalDate.MIN)) {
        assertThat(STANDARD.dueOn(t, due.getDueOn().minusDays(1))).doesNotContain(due);
      }
      assertThat(STANDARD.dueOn(t, due.getDueOn())).contains(due);
    }
    assertThat(STANDARD.dueOn(t, LocalDate.MAX)).isEqualTo(STANDARD.schedule(t));
  }

  @Property(tries = 200)
  void health_data_found_by_the_scan_is_in_the_schedule(@ForAll Trajectory t) {
    if (!PersonalDataScan.texts(t, DataCategory.HEALTH).isEmpty()
        || !PersonalDataScan.healthCodes(t).isEmpty()) {
      assertThat(DataCategories.heldIn(t)).contains(DataCategory.HEALTH);
    }
    if (!PersonalDataScan.texts(t, DataCategory.PERSONAL).isEmpty()) {
      assertThat(DataCategories.heldIn(t)).contains(DataCategory.PERSONAL);
    }
  }

  @Provide
  Arbitrary<RetentionPolicy> policies() {
    return RetentionArbitraries.policies();
  }

  @Example
  void a_closed_trajectory_counts_from_its_closing_day() {
    Trajectory t =
        RuleArbitraries.complete(
            LocalDate.of(2025, 1, 13), 1, false, "Wat wil ik nog?", "Marleen Claes");
    LocalDate closed = t.getHistory().last().getDate();
    assertThat(t.getStage()).isEqualTo(TrajectoryStage.CLOSED);
    RetentionDue personal = STANDARD.schedule(t).get(STANDARD.schedule(t).size() - 1);
    assertThat(personal.getCategory()).isEqualTo(DataCategory.PERSONAL);
    assertThat(personal.getBasis()).isEqualTo(RetentionBasis.CLOSED_ON);
    assertThat(personal.getBasisDate()).isEqualTo(closed);
    assertThat(personal.getDueOn()).isEqualTo(closed.plusYears(2));
    assertThat(STANDARD.dueOn(t, closed.plusYears(2).minusDays(1))).doesNotContain(personal);
    RetentionPolicy longer = STANDARD.withTerm(DataCategory.PERSONAL, Period.ofYears(5));
    assertThat(longer.schedule(t))
        .filteredOn(d -> d.getCategory() == DataCategory.PERSONAL)
        .extracting(RetentionDue::getDueOn)
        .containsExactly(closed.plusYears(5));
  }

  /**
   * @return a trajectory opened on the day for a client with a burn-out, nothing else held
   */
  private static Trajectory burnOut(LocalDate opened) {
    return Trajectory.open(
        TrajectoryId.of("t-1"),
        Client.builder().id(ClientId.of("c-1")).addHealthConcerns(HealthConcern.BURN_OUT).build(),
        Coach.of(CoachId.of("k-1")),
        CommissioningParty.self(CommissionerId.of("self")),
        Funding.self(),
        opened);
  }

  @Example
  void an_open_trajectory_counts_from_its_last_event_and_health_goes_first() {
    LocalDate opened = LocalDate.of(2026, 2, 2);
    Trajectory t = burnOut(opened);
    assertThat(DataCategories.heldIn(t)).containsExactly(DataCategory.HEALTH);
    List<RetentionDue> schedule = STANDARD.schedule(t);
    assertThat(schedule).hasSize(1);
    assertThat(schedule.get(0).getBasis()).isEqualTo(RetentionBasis.LAST_EVENT_ON);
    assertThat(schedule.get(0).getBasisDate()).isEqualTo(opened);
    assertThat(schedule.get(0).getDueOn()).isEqualTo(opened.plusYears(1));
    assertThat(schedule.get(0).isDueOn(opened.plusYears(1))).isTrue();
    assertThat(schedule.get(0).isDueOn(opened.plusYears(1).minusDays(1))).isFalse();
    Trajectory nothingPersonal = t.withClient(Client.builder().id(ClientId.of("c-1")).build());
    assertThat(DataCategories.heldIn(nothingPersonal)).isEmpty();
    assertThat(STANDARD.schedule(nothingPersonal)).isEmpty();
  }

  @Example
  void health_data_goes_on_the_day_its_only_consent_is_withdrawn() {
    LocalDate opened = LocalDate.of(2026, 2, 2);
    Trajectory t =
        burnOut(opened)
            .giveConsent(
                Consent.explicit(
                    ConsentScope.HEALTH_DATA, "Klachten bespreken", opened, CoachId.of("k-1")));
    assertThat(STANDARD.schedule(t).get(0).getBasis()).isEqualTo(RetentionBasis.LAST_EVENT_ON);
    Trajectory withdrawn = t.withdrawConsent(ConsentScope.HEALTH_DATA, opened.plusDays(30));
    RetentionDue health = STANDARD.schedule(withdrawn).get(0);
    assertThat(health.getCategory()).isEqualTo(DataCategory.HEALTH);
    assertThat(health.getBasis()).isEqualTo(RetentionBasis.CONSENT_WITHDRAWN_ON);
    assertThat(health.getDueOn()).isEqualTo(opened.plusDays(30));
    assertThat(STANDARD.dueOn(withdrawn, opened.plusDays(30))).containsExactly(health);
    // The records are personal data too, kept for their own term.
    assertThat(STANDARD.schedule(withdrawn).get(1).getBasis())
        .isEqualTo(RetentionBasis.LAST_EVENT_ON);
    // Another ground that still stands keeps the health data for its term.
    Trajectory law =
        withdrawn.giveConsent(
            Consent.builder()
                .scope(ConsentScope.HEALTH_DATA)
                .ground(LegalGround.EMPLOYMENT_LAW)
                .purpose("Re-integratie")
                .givenOn(opened)
                .recordedBy(CoachId.of("k-1"))
                .evidence("agreement 4")
                .build());
    assertThat(STANDARD.schedule(law).get(0).getBasis()).isEqualTo(RetentionBasis.LAST_EVENT_ON);
    // A withdrawal after the term does not bring the day forward.
    Trajectory late = t.withdrawConsent(ConsentScope.HEALTH_DATA, opened.plusYears(3));
    assertThat(STANDARD.schedule(late).get(0).getBasis()).isEqualTo(RetentionBasis.LAST_EVENT_ON);
  }

  @Example
  void the_basis_day_is_the_closing_day_or_the_last_event() {
    Trajectory closed =
        RuleArbitraries.complete(LocalDate.of(2025, 1, 13), 1, false, "Wat wil ik nog?", "An Smet");
    LocalDate closing = closed.getHistory().last().getDate();
    Trajectory later =
        closed
            .apply(
                TrajectoryCommand.recordOutcome(
                    closing.plusDays(30), TrajectoryOutcome.of(OutcomeKind.JOB_FOUND, closing)))
            .orElseThrow();
    assertThat(later.getHistory().last().getDate()).isEqualTo(closing.plusDays(30));
    assertThat(RetentionPolicy.standard().schedule(later))
        .as("an event after the closing does not move the basis")
        .allSatisfy(d -> assertThat(d.getBasisDate()).isEqualTo(closing));
    Trajectory open = DataCategoriesTest.marked();
    assertThat(open.getHistory().last().getDate()).isNotEqualTo(open.getOpenedOn());
    assertThat(RetentionPolicy.standard().schedule(open))
        .allSatisfy(
            d -> {
              assertThat(d.getBasis()).isEqualTo(RetentionBasis.LAST_EVENT_ON);
              assertThat(d.getBasisDate()).isEqualTo(open.getHistory().last().getDate());
            });
    List<RetentionDue> schedule = RetentionPolicy.standard().schedule(open);
    assertThat(schedule).isEqualTo(RetentionPolicy.standard().schedule(open));
    assertThat(schedule.get(0).hashCode())
        .isEqualTo(RetentionPolicy.standard().schedule(open).get(0).hashCode());
    assertThat(schedule.get(0)).isNotEqualTo(schedule.get(1)).isNotEqualTo("due");
    assertThat(
            RetentionPolicy.standard()
                .withTerm(DataCategory.HEALTH, Period.ofYears(3))
                .schedule(open)
                .get(0))
        .isNotEqualTo(schedule.get(0));
    assertThat(RetentionPolicy.standard().hashCode())
        .isNotEqualTo(
            RetentionPolicy.standard().withTerm(DataCategory.HEALTH, Period.ofYears(3)).hashCode());
  }

  @Example
  void a_term_is_zero_or_more_and_only_personal_data_has_one() {
    assertThat(STANDARD.term(DataCategory.HEALTH)).isEqualTo(Period.ofYears(1));
    assertThat(STANDARD.term(DataCategory.PERSONAL)).isEqualTo(Period.ofYears(2));
    assertThat(STANDARD.withTerm(DataCategory.HEALTH, Period.ZERO).term(DataCategory.HEALTH))
        .isEqualTo(Period.ZERO);
    assertThat(STANDARD.withTerm(DataCategory.HEALTH, Period.ofYears(1))).isEqualTo(STANDARD);
    assertThat(STANDARD.withTerm(DataCategory.HEALTH, Period.ofYears(1)).hashCode())
        .isEqualTo(STANDARD.hashCode());
    assertThat(STANDARD.withTerm(DataCategory.HEALTH, Period.ofMonths(6))).isNotEqualTo(STANDARD);
    assertThat(STANDARD.term(DataCategory.HEALTH))
        .as("withTerm returns a new policy")
        .isEqualTo(Period.ofYears(1));
    assertThatThrownBy(() -> STANDARD.withTerm(DataCategory.ORDINARY, Period.ofYears(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("rule personal_only");
    assertThatThrownBy(() -> STANDARD.term(DataCategory.ORDINARY))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("rule personal_only");
    assertThatThrownBy(() -> STANDARD.withTerm(DataCategory.PERSONAL, Period.ofDays(-1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("rule not_negative");
    assertThat(STANDARD.toString()).isEqualTo("RetentionPolicy{PERSONAL=P2Y, HEALTH=P1Y}");
  }
}
