package io.github.loopbaan.testkit;

import io.github.loopbaan.core.party.Accreditation;
import io.github.loopbaan.core.party.AgeBand;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CoachPosition;
import io.github.loopbaan.core.party.CoachSpecialism;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissionerKind;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.party.EducationLevel;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.party.PrivateSituationFactor;
import java.time.Year;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;

/**
 * Arbitraries for the parties of a trajectory ({@code io.github.loopbaan.core.party}): clients,
 * coaches, commissioning parties and their identifiers, valid and deliberately broken.
 */
public final class PartyArbitraries {

  private PartyArbitraries() {}

  /**
   * @return identifier values: UUID-like or short database keys
   */
  public static Arbitrary<String> identifierValues() {
    return Arbitraries.oneOf(
        uuids(),
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .numeric()
            .withChars('-', '_')
            .ofMinLength(1)
            .ofMaxLength(24));
  }

  /**
   * Random (version 4) UUIDs drawn from jqwik's random, not {@code UUID.randomUUID()}: a seed then
   * reproduces them, in a property and in {@link Samples}.
   *
   * @return UUIDs as text
   */
  static Arbitrary<String> uuids() {
    return Arbitraries.randomValue(
        random ->
            new UUID(
                    (random.nextLong() & ~0xF000L) | 0x4000L,
                    (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L)
                .toString());
  }

  /**
   * @return client identifiers
   */
  public static Arbitrary<ClientId> clientIds() {
    return identifierValues().map(ClientId::of);
  }

  /**
   * @return coach identifiers
   */
  public static Arbitrary<CoachId> coachIds() {
    return identifierValues().map(CoachId::of);
  }

  /**
   * @return commissioner identifiers
   */
  public static Arbitrary<CommissionerId> commissionerIds() {
    return identifierValues().map(CommissionerId::of);
  }

  /**
   * @return birth years of working-age clients, 1940 to 2010
   */
  public static Arbitrary<Year> birthYears() {
    return Arbitraries.integers().between(1940, 2010).map(Year::of);
  }

  /**
   * @return clients with any combination of the optional facts, names from {@link
   *     Texts#personNames()}
   */
  public static Arbitrary<Client> clients() {
    return Builders.withBuilder(Client::builder)
        .use(clientIds())
        .in(Client.Builder::id)
        .use(Texts.personNames())
        .withProbability(0.8)
        .in(Client.Builder::name)
        .use(birthYears())
        .withProbability(0.7)
        .in(Client.Builder::birthYear)
        .use(Arbitraries.of(AgeBand.class))
        .withProbability(0.3)
        .in(Client.Builder::declaredAgeBand)
        .use(Arbitraries.of(EmploymentSituation.class))
        .withProbability(0.9)
        .in(Client.Builder::employment)
        .use(Arbitraries.of(PrivateSituationFactor.class).set())
        .in(Client.Builder::addAllPrivateSituation)
        .use(Arbitraries.of(HealthConcern.class).set())
        .in(Client.Builder::addAllHealthConcerns)
        .use(Arbitraries.of(EducationLevel.class))
        .withProbability(0.8)
        .in(Client.Builder::educationLevel)
        .build(Client.Builder::build);
  }

  /**
   * @return coaches, most of them named and accredited
   */
  public static Arbitrary<Coach> coaches() {
    return Builders.withBuilder(Coach::builder)
        .use(coachIds())
        .in(Coach.Builder::id)
        .use(Texts.personNames())
        .withProbability(0.8)
        .in(Coach.Builder::name)
        .use(Arbitraries.of(Accreditation.class).set())
        .in(Coach.Builder::addAllAccreditations)
        .use(Arbitraries.of(CoachSpecialism.class).set())
        .in(Coach.Builder::addAllSpecialisms)
        .use(Arbitraries.of(CoachPosition.class))
        .withProbability(0.5)
        .in(Coach.Builder::position)
        .build(Coach.Builder::build);
  }

  /**
   * @return commissioning parties of every kind: the client, an employer or a public funder
   */
  public static Arbitrary<CommissioningParty> commissioningParties() {
    return Arbitraries.of(CommissionerKind.class)
        .flatMap(
            kind -> {
              switch (kind) {
                case SELF:
                  return commissionerIds().map(CommissioningParty::self);
                case EMPLOYER:
                  return commissionerIds()
                      .flatMap(
                          id ->
                              Texts.organisationNames()
                                  .map(name -> CommissioningParty.employer(id, name)));
                default:
                  return commissionerIds().map(id -> CommissioningParty.publicFunder(id, "VDAB"));
              }
            });
  }

  /**
   * @return constructions that break one structural rule of a party each
   */
  public static Arbitrary<Broken> broken() {
    return Arbitraries.oneOf(
        Texts.blanks()
            .map(
                blank ->
                    Broken.of(
                        "Client",
                        "name",
                        "not_blank",
                        () -> Client.builder().id(ClientId.of("c-1")).name(blank).build())),
        Arbitraries.integers()
            .between(-999_999, 1899)
            .map(
                year ->
                    Broken.of(
                        "Client",
                        "birthYear",
                        "in_range",
                        () ->
                            Client.builder()
                                .id(ClientId.of("c-1"))
                                .birthYear(Year.of(year))
                                .build())),
        Texts.blanks()
            .map(
                blank ->
                    Broken.of(
                        "Coach",
                        "name",
                        "not_blank",
                        () -> Coach.builder().id(CoachId.of("k-1")).name(blank).build())),
        Texts.organisationNames()
            .map(
                name ->
                    Broken.of(
                        "CommissioningParty",
                        "organisationName",
                        "self_has_no_organisation",
                        () ->
                            CommissioningParty.builder()
                                .id(CommissionerId.of("s"))
                                .kind(CommissionerKind.SELF)
                                .organisationName(name)
                                .build())),
        Arbitraries.of("", "a b", "tab\there", "é")
            .map(
                value ->
                    Broken.of(
                        "ClientId",
                        "value",
                        value.isEmpty() ? "not_blank" : "printable_ascii",
                        () -> ClientId.of(value))));
  }
}
