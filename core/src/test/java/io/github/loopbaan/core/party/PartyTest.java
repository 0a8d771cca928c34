package io.github.loopbaan.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.privacy.DataCategory;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Structural rules and behaviour of clients, coaches and commissioning parties. */
class PartyTest {

  @Test
  void a_client_needs_only_an_identifier() {
    Client client = Client.builder().id(ClientId.of("c-17")).build();
    assertThat(client.getName()).isEmpty();
    assertThat(client.getHealthConcerns()).isEmpty();
  }

  @Test
  void a_blank_client_name_is_rejected_naming_the_attribute_and_rule_but_not_the_value() {
    assertThatThrownBy(() -> Client.builder().id(ClientId.of("c-1")).name("   ").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getType()).isEqualTo("Client");
              assertThat(e.getAttribute()).isEqualTo("name");
              assertThat(e.getRule()).isEqualTo("not_blank");
            });
  }

  @Test
  void a_coach_records_specialisms_and_works_inside_or_outside_the_organisation() {
    Coach coach =
        Coach.of(CoachId.of("coach-1"))
            .withSpecialisms(CoachSpecialism.REINTEGRATION, CoachSpecialism.OUTPLACEMENT)
            .withPosition(CoachPosition.EXTERNAL);
    assertThat(coach.getSpecialisms())
        .containsExactlyInAnyOrder(CoachSpecialism.REINTEGRATION, CoachSpecialism.OUTPLACEMENT);
    assertThat(coach.getPosition()).contains(CoachPosition.EXTERNAL);
    assertThat(Coach.of(CoachId.of("coach-2")).getSpecialisms()).isEmpty();
    assertThat(Coach.of(CoachId.of("coach-2")).getPosition()).isEmpty();
    Locale nl = Locale.forLanguageTag("nl");
    assertThat(CoachSpecialism.MEANING.label(nl)).isEqualTo("Zingeving");
    assertThat(CoachPosition.INTERNAL.label(nl)).isEqualTo("Interne loopbaancoach");
  }

  @Test
  void a_birth_year_before_1900_is_rejected() {
    assertThatThrownBy(
            () -> Client.builder().id(ClientId.of("c-1")).birthYear(Year.of(1850)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("in_range"));
  }

  @Test
  void toString_never_shows_name_birth_year_private_situation_or_health() {
    Client client =
        Client.builder()
            .id(ClientId.of("c-1"))
            .name("Annelies Verstraeten")
            .birthYear(Year.of(1968))
            .addPrivateSituation(PrivateSituationFactor.CAREGIVING)
            .addHealthConcerns(HealthConcern.BURN_OUT)
            .build();
    assertThat(client.toString())
        .doesNotContain("Annelies", "1968", "caregiving", "CAREGIVING", "BURN_OUT")
        .contains("c-1");
  }

  @Test
  void the_age_band_comes_from_the_birth_year_on_the_reference_date() {
    Client client = Client.builder().id(ClientId.of("c-1")).birthYear(Year.of(1970)).build();
    assertThat(client.ageBandOn(LocalDate.of(2024, 3, 1))).contains(AgeBand.ADULT);
    assertThat(client.ageBandOn(LocalDate.of(2025, 3, 1))).contains(AgeBand.SENIOR);
    Client declared =
        Client.builder().id(ClientId.of("c-2")).declaredAgeBand(AgeBand.YOUTH).build();
    assertThat(declared.ageBandOn(LocalDate.of(2025, 3, 1))).contains(AgeBand.YOUTH);
  }

  @Test
  void age_bands_split_at_25_and_55() {
    assertThat(AgeBand.ofAge(24)).isEqualTo(AgeBand.YOUTH);
    assertThat(AgeBand.ofAge(25)).isEqualTo(AgeBand.ADULT);
    assertThat(AgeBand.ofAge(54)).isEqualTo(AgeBand.ADULT);
    assertThat(AgeBand.ofAge(55)).isEqualTo(AgeBand.SENIOR);
    assertThatThrownBy(() -> AgeBand.ofAge(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void long_term_sickness_is_health_data() {
    assertThat(EmploymentSituation.LONG_TERM_SICK.dataCategory()).isEqualTo(DataCategory.HEALTH);
    assertThat(EmploymentSituation.EMPLOYED.dataCategory()).isEqualTo(DataCategory.PERSONAL);
  }

  @Test
  void with_copies_change_one_attribute() {
    Client client = Client.builder().id(ClientId.of("c-1")).build();
    Client named = client.withName("Jan");
    assertThat(named.getName()).contains("Jan");
    assertThat(client.getName()).isEmpty();
    assertThat(named.withName("Jan")).isEqualTo(named);
  }

  @Test
  void a_self_commissioned_trajectory_names_no_organisation() {
    assertThat(CommissioningParty.self(CommissionerId.of("self")).getOrganisationName()).isEmpty();
    assertThatThrownBy(
            () ->
                CommissioningParty.builder()
                    .id(CommissionerId.of("x"))
                    .kind(CommissionerKind.SELF)
                    .organisationName("Acme")
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getRule()).isEqualTo("self_has_no_organisation"));
    assertThat(CommissioningParty.employer(CommissionerId.of("e-1"), "Acme").getKind())
        .isEqualTo(CommissionerKind.EMPLOYER);
  }

  @Test
  void identifiers_reject_blank_whitespace_and_overlong_values() {
    assertThatThrownBy(() -> ClientId.of("")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ClientId.of("a b"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("printable_ascii"));
    assertThatThrownBy(() -> ClientId.of("x".repeat(129)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("max_length"));
    assertThat(ClientId.of("c-1")).isEqualTo(ClientId.of("c-1")).isNotEqualTo(CoachId.of("c-1"));
    assertThat(ClientId.of("c-1")).hasToString("ClientId[c-1]");
  }
}
