package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.standards.CompetenceAssessment;
import io.github.loopbaan.core.standards.CompetenceRef;
import io.github.loopbaan.core.standards.EscoUri;
import io.github.loopbaan.core.standards.IscoCode;
import io.github.loopbaan.core.standards.OccupationRef;
import io.github.loopbaan.core.standards.OnetSocCode;
import io.github.loopbaan.core.standards.ProficiencyLevel;
import io.github.loopbaan.core.standards.RiasecProfile;
import io.github.loopbaan.testkit.PartyArbitraries;
import io.github.loopbaan.testkit.Texts;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every generated value written as JSON reads back equal, through every way of getting the mapping.
 */
class RoundTripProperties {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();
  private static final LoopbaanJson LENIENT = LoopbaanJson.builder().lenient().build();
  private static final JsonMapper FOUND = JsonMapper.builder().findAndAddModules().build();

  @Property
  void a_client_reads_back_equal(@ForAll("clients") Client client) {
    String json = JSON.write(client);
    assertThat(JSON.read(json, Client.class)).isEqualTo(client);
    assertThat(LENIENT.read(json, Client.class)).isEqualTo(client);
    assertThat(FOUND.readValue(FOUND.writeValueAsString(client), Client.class)).isEqualTo(client);
  }

  @Property
  void a_client_document_reads_back_equal(@ForAll("clients") Client client) {
    assertThat(JSON.readDocument(JSON.writeDocument(client), Client.class)).isEqualTo(client);
  }

  @Property
  void a_client_has_no_null_and_no_derived_property(@ForAll("clients") Client client) {
    String json = JSON.write(client);
    assertThat(json).doesNotContain("null").doesNotContain("ageBandOn");
    assertThat(json.contains("\"name\"")).isEqualTo(client.getName().isPresent());
    assertThat(json.contains("\"birthYear\"")).isEqualTo(client.getBirthYear().isPresent());
  }

  @Property
  void a_coach_reads_back_equal(@ForAll("coaches") Coach coach) {
    assertThat(JSON.read(JSON.write(coach), Coach.class)).isEqualTo(coach);
  }

  @Property
  void a_commissioning_party_reads_back_equal(@ForAll("parties") CommissioningParty party) {
    assertThat(JSON.read(JSON.write(party), CommissioningParty.class)).isEqualTo(party);
  }

  @Property
  void an_occupation_reads_back_equal(@ForAll("occupations") OccupationRef occupation) {
    assertThat(JSON.read(JSON.write(occupation), OccupationRef.class)).isEqualTo(occupation);
  }

  @Property
  void a_competence_assessment_reads_back_equal(
      @ForAll("assessments") CompetenceAssessment assessment) {
    assertThat(JSON.read(JSON.write(assessment), CompetenceAssessment.class)).isEqualTo(assessment);
  }

  @Property
  void a_riasec_profile_reads_back_equal(@ForAll("profiles") RiasecProfile profile) {
    assertThat(JSON.read(JSON.write(profile), RiasecProfile.class)).isEqualTo(profile);
  }

  @Property
  void code_values_are_their_text(
      @ForAll("iscoCodes") IscoCode isco,
      @ForAll("onetCodes") OnetSocCode onet,
      @ForAll("escoUris") EscoUri esco) {
    assertThat(JSON.write(isco)).isEqualTo("\"" + isco.getValue() + "\"");
    assertThat(JSON.read(JSON.write(isco), IscoCode.class)).isEqualTo(isco);
    assertThat(JSON.read(JSON.write(onet), OnetSocCode.class)).isEqualTo(onet);
    assertThat(JSON.read(JSON.write(esco), EscoUri.class)).isEqualTo(esco);
  }

  @Property
  void an_identifier_is_its_text(@ForAll("clientIds") ClientId id) {
    assertThat(JSON.write(id)).isEqualTo("\"" + id.getValue() + "\"");
    assertThat(JSON.read(JSON.write(id), ClientId.class)).isEqualTo(id);
  }

  @Provide
  Arbitrary<Client> clients() {
    return PartyArbitraries.clients();
  }

  @Provide
  Arbitrary<Coach> coaches() {
    return PartyArbitraries.coaches();
  }

  @Provide
  Arbitrary<CommissioningParty> parties() {
    return PartyArbitraries.commissioningParties();
  }

  @Provide
  Arbitrary<ClientId> clientIds() {
    return PartyArbitraries.clientIds();
  }

  @Provide
  Arbitrary<IscoCode> iscoCodes() {
    return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4).map(IscoCode::of);
  }

  @Provide
  Arbitrary<OnetSocCode> onetCodes() {
    return Combinators.combine(
            Arbitraries.integers().between(10, 99),
            Arbitraries.integers().between(0, 9999),
            Arbitraries.integers().between(0, 99))
        .as((a, b, c) -> OnetSocCode.of(String.format("%02d-%04d.%02d", a, b, c)));
  }

  @Provide
  Arbitrary<EscoUri> escoUris() {
    return Arbitraries.oneOf(escoOccupations(), escoSkills());
  }

  private static Arbitrary<String> conceptIds() {
    return Arbitraries.strings()
        .withCharRange('a', 'f')
        .numeric()
        .withChars('-')
        .ofMinLength(1)
        .ofMaxLength(64);
  }

  private static Arbitrary<EscoUri> escoOccupations() {
    return conceptIds().map(id -> EscoUri.of("http://data.europa.eu/esco/occupation/" + id));
  }

  private static Arbitrary<EscoUri> escoSkills() {
    return conceptIds().map(id -> EscoUri.of("http://data.europa.eu/esco/skill/" + id));
  }

  @Provide
  Arbitrary<OccupationRef> occupations() {
    return Builders.withBuilder(OccupationRef::builder)
        .use(Texts.titles())
        .in(OccupationRef.Builder::label)
        .use(escoOccupations())
        .withProbability(0.5)
        .in(OccupationRef.Builder::esco)
        .use(iscoCodes())
        .withProbability(0.5)
        .in(OccupationRef.Builder::isco)
        .use(onetCodes())
        .withProbability(0.5)
        .in(OccupationRef.Builder::onetSoc)
        .build(OccupationRef.Builder::build);
  }

  @Provide
  Arbitrary<CompetenceAssessment> assessments() {
    Arbitrary<CompetenceRef> competences =
        Builders.withBuilder(CompetenceRef::builder)
            .use(Texts.titles())
            .in(CompetenceRef.Builder::label)
            .use(escoSkills())
            .withProbability(0.5)
            .in(CompetenceRef.Builder::esco)
            .build(CompetenceRef.Builder::build);
    return Builders.withBuilder(CompetenceAssessment::builder)
        .use(competences)
        .in(CompetenceAssessment.Builder::competence)
        .use(Arbitraries.of(ProficiencyLevel.class))
        .in(CompetenceAssessment.Builder::level)
        .use(Texts.notes())
        .withProbability(0.5)
        .in(CompetenceAssessment.Builder::evidence)
        .build(CompetenceAssessment.Builder::build);
  }

  @Provide
  Arbitrary<RiasecProfile> profiles() {
    Arbitrary<Integer> score = Arbitraries.integers().between(0, 100);
    return Combinators.combine(score, score, score, score, score, score).as(RiasecProfile::of);
  }
}
