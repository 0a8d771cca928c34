package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.party.Accreditation;
import io.github.loopbaan.core.party.AgeBand;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CoachPosition;
import io.github.loopbaan.core.party.CoachSpecialism;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.party.EducationLevel;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.party.PrivateSituationFactor;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The exact JSON shape of the parties, and how reading them fails. */
class ClientJsonTest {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();

  private static final Client FULL =
      Client.builder()
          .id(ClientId.of("c-17"))
          .name("Els Peeters")
          .birthYear(Year.of(1973))
          .declaredAgeBand(AgeBand.SENIOR)
          .employment(EmploymentSituation.FORCED_MOBILITY)
          .addPrivateSituation(PrivateSituationFactor.CAREGIVING)
          .addHealthConcerns(HealthConcern.BURN_OUT)
          .educationLevel(EducationLevel.HIGH)
          .build();

  @Test
  void a_full_client_is_camel_case_with_codes_and_an_iso_year() {
    assertThat(JSON.write(FULL))
        .isEqualTo(
            "{\"birthYear\":\"1973\",\"declaredAgeBand\":\"senior\","
                + "\"educationLevel\":\"high\",\"employment\":\"forced_mobility\",\"healthConcerns\":[\"burn_out\"],"
                + "\"id\":\"c-17\",\"name\":\"Els Peeters\",\"privateSituation\":[\"caregiving\"]}");
  }

  @Test
  void empty_optionals_are_absent_and_empty_collections_are_written_empty() {
    Client minimal = Client.builder().id(ClientId.of("c-1")).build();
    assertThat(JSON.write(minimal))
        .isEqualTo("{\"healthConcerns\":[],\"id\":\"c-1\",\"privateSituation\":[]}");
  }

  @Test
  void absent_optionals_and_collections_read_back_as_empty() {
    Client read = JSON.read("{\"id\":\"c-1\"}", Client.class);
    assertThat(read).isEqualTo(Client.builder().id(ClientId.of("c-1")).build());
  }

  @Test
  void derived_methods_are_not_written() {
    assertThat(JSON.write(FULL)).doesNotContain("ageBand\"").doesNotContain("ageBandOn");
  }

  @Test
  void a_full_client_reads_back_equal() {
    assertThat(JSON.read(JSON.write(FULL), Client.class)).isEqualTo(FULL);
  }

  @Test
  void a_coach_and_a_commissioner_have_their_shape() {
    Coach coach =
        Coach.builder()
            .id(CoachId.of("k-1"))
            .addAccreditations(Accreditation.NOLOC_REGISTER)
            .build();
    assertThat(JSON.write(coach))
        .isEqualTo("{\"accreditations\":[\"noloc_register\"],\"id\":\"k-1\",\"specialisms\":[]}");
    Coach specialised =
        coach
            .withSpecialisms(CoachSpecialism.BALANCE_AND_BURN_OUT)
            .withPosition(CoachPosition.INTERNAL);
    assertThat(JSON.write(specialised))
        .isEqualTo(
            "{\"accreditations\":[\"noloc_register\"],\"id\":\"k-1\",\"position\":\"internal\","
                + "\"specialisms\":[\"balance_and_burn_out\"]}");
    assertThat(JSON.read(JSON.write(specialised), Coach.class)).isEqualTo(specialised);
    CommissioningParty funder = CommissioningParty.publicFunder(CommissionerId.of("vdab"), "VDAB");
    assertThat(JSON.write(funder))
        .isEqualTo("{\"id\":\"vdab\",\"kind\":\"public_funder\",\"organisationName\":\"VDAB\"}");
    assertThat(JSON.read(JSON.write(funder), CommissioningParty.class)).isEqualTo(funder);
  }

  @Test
  void an_unknown_code_names_the_enum_and_the_path_but_not_the_value() {
    assertThatThrownBy(
            () ->
                JSON.read(
                    "{\"id\":\"c\",\"healthConcerns\":[\"stress\",\"chronic_secret\"]}",
                    Client.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_CODE);
              assertThat(e.getPath()).isEqualTo("$.healthConcerns[1]");
              assertThat(e.getReason()).contains("HealthConcern").contains("burn_out");
              assertThat(e.getMessage()).doesNotContain("chronic_secret");
            });
  }

  @Test
  void an_upper_case_constant_name_is_not_a_code() {
    assertProblem(
        "{\"id\":\"c\",\"employment\":\"FORCED_MOBILITY\"}", Problem.UNKNOWN_CODE, "$.employment");
  }

  @Test
  void a_value_the_model_rejects_points_at_its_attribute() {
    LoopbaanJsonException e =
        assertProblem(
            "{\"id\":\"c\",\"birthYear\":\"1850\"}", Problem.INVALID_VALUE, "$.birthYear");
    assertThat(e.getReason()).contains("in_range").doesNotContain("1850");
  }

  @Test
  void a_blank_name_is_rejected_without_echoing_it() {
    LoopbaanJsonException e =
        assertProblem("{\"id\":\"c\",\"name\":\"   \"}", Problem.INVALID_VALUE, "$.name");
    assertThat(e.getReason()).contains("not_blank");
  }

  @Test
  void a_bad_identifier_is_rejected_at_its_path() {
    assertProblem("{\"id\":\"Els Peeters\"}", Problem.INVALID_VALUE, "$.id");
  }

  @Test
  void a_missing_identifier_is_a_missing_value() {
    LoopbaanJsonException e =
        assertProblem("{\"name\":\"Els Peeters\"}", Problem.MISSING_VALUE, "$");
    assertThat(e.getReason()).contains("id").doesNotContain("Els");
  }

  @Test
  void null_is_never_a_value() {
    assertProblem("{\"id\":\"c\",\"name\":null}", Problem.MISSING_VALUE, "$.name");
    assertProblem("{\"id\":null}", Problem.MISSING_VALUE, "$.id");
  }

  @Test
  void wrong_json_types_are_rejected() {
    assertProblem("{\"id\":\"c\",\"birthYear\":1973}", Problem.WRONG_TYPE, "$.birthYear");
    assertProblem("{\"id\":17}", Problem.WRONG_TYPE, "$.id");
    assertProblem(
        "{\"id\":\"c\",\"privateSituation\":\"caregiving\"}",
        Problem.WRONG_TYPE,
        "$.privateSituation");
    assertProblem("{\"id\":\"c\",\"name\":[\"Els\"]}", Problem.WRONG_TYPE, "$.name");
    assertProblem("[\"c\"]", Problem.WRONG_TYPE, "$");
  }

  @Test
  void builder_methods_that_are_not_attributes_are_unknown_properties() {
    assertProblem("{\"id\":\"c\",\"from\":{}}", Problem.UNKNOWN_PROPERTY, "$.from");
    assertProblem(
        "{\"id\":\"c\",\"addHealthConcerns\":\"stress\"}",
        Problem.UNKNOWN_PROPERTY,
        "$[unknown property #2]");
    assertProblem(
        "{\"id\":\"c\",\"addAllPrivateSituation\":[]}",
        Problem.UNKNOWN_PROPERTY,
        "$[unknown property #2]");
  }

  static LoopbaanJsonException assertProblem(String json, Problem problem, String path) {
    return assertProblem(JSON, json, Client.class, problem, path);
  }

  static LoopbaanJsonException assertProblem(
      LoopbaanJson reader, String json, Class<?> type, Problem problem, String path) {
    try {
      reader.read(json, type);
    } catch (LoopbaanJsonException e) {
      assertThat(e.getProblem()).as(e.getMessage()).isEqualTo(problem);
      assertThat(e.getPath()).as(e.getMessage()).isEqualTo(path);
      return e;
    }
    throw new AssertionError("expected " + problem + " at " + path);
  }
}
