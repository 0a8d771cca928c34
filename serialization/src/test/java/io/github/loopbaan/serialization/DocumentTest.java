package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.party.AgeBand;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.EducationLevel;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.party.PrivateSituationFactor;
import io.github.loopbaan.format.DocumentKind;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import java.time.Year;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Top-level documents: the envelope, the closed set of kinds, schema versions and upgrades. */
class DocumentTest {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();
  private static final Client CLIENT =
      Client.builder()
          .id(ClientId.of("c-17"))
          .birthYear(Year.of(1973))
          .employment(EmploymentSituation.FORCED_MOBILITY)
          .build();

  /** A client document as the first exchange format wrote it (schema version 0). */
  private static final String VERSION_0 =
      "{\"kind\":\"client\",\"schemaVersion\":0,\"content\":{"
          + "\"id\":\"c-17\",\"name\":\"Els Peeters\",\"yearOfBirth\":1973,\"declaredAgeBand\":\"SENIOR\","
          + "\"employment\":\"FORCED_MOBILITY\",\"privateSituation\":[\"CAREGIVING\",\"DUAL_CAREER\"],"
          + "\"healthConcerns\":[\"BURN_OUT\"],\"educationLevel\":\"HIGH\"}}";

  @Test
  void a_document_is_an_envelope_with_kind_version_and_content() {
    assertThat(JSON.writeDocument(CLIENT))
        .isEqualTo(
            "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":{"
                + "\"birthYear\":\"1973\",\"employment\":\"forced_mobility\",\"healthConcerns\":[],\"id\":\"c-17\","
                + "\"privateSituation\":[]}}");
  }

  @Test
  void a_document_reads_back_as_its_content() {
    String json = JSON.writeDocument(CLIENT);
    assertThat(JSON.readDocument(json, Client.class)).isEqualTo(CLIENT);
    assertThat(JSON.readDocument(json)).isEqualTo(CLIENT);
  }

  @Test
  void a_version_0_client_is_upgraded_step_by_step() {
    Client expected =
        Client.builder()
            .id(ClientId.of("c-17"))
            .name("Els Peeters")
            .birthYear(Year.of(1973))
            .declaredAgeBand(AgeBand.SENIOR)
            .employment(EmploymentSituation.FORCED_MOBILITY)
            .addPrivateSituation(
                PrivateSituationFactor.CAREGIVING, PrivateSituationFactor.DUAL_CAREER)
            .addHealthConcerns(HealthConcern.BURN_OUT)
            .educationLevel(EducationLevel.HIGH)
            .build();
    assertThat(JSON.readDocument(VERSION_0, Client.class)).isEqualTo(expected);
  }

  @Test
  void version_0_content_is_not_read_as_version_1() {
    assertDocumentProblem(
        VERSION_0.replace("\"schemaVersion\":0", "\"schemaVersion\":1"),
        Problem.UNKNOWN_PROPERTY,
        "$.content[unknown property #3]");
  }

  @Test
  void the_upgrade_leaves_properties_of_the_new_shape_alone() {
    String current =
        JSON.writeDocument(CLIENT).replace("\"schemaVersion\":1", "\"schemaVersion\":0");
    assertThat(JSON.readDocument(current, Client.class)).isEqualTo(CLIENT);
  }

  @Test
  void an_upgrade_step_reports_its_failures_under_the_content() {
    String badYear = VERSION_0.replace("\"yearOfBirth\":1973", "\"yearOfBirth\":\"1973\"");
    assertDocumentProblem(badYear, Problem.WRONG_TYPE, "$.content.yearOfBirth");
    String unknownOldCode = VERSION_0.replace("\"HIGH\"", "\"UNIVERSITY\"");
    assertDocumentProblem(unknownOldCode, Problem.UNKNOWN_CODE, "$.content.educationLevel");
  }

  @Test
  void every_kind_reports_its_versions_and_its_steps_chain() {
    for (DocumentKind kind : DocumentKind.values()) {
      assertThat(kind.currentVersion()).isEqualTo(kind.oldestVersion() + kind.upgrades().size());
      for (int i = 0; i < kind.upgrades().size(); i++) {
        assertThat(kind.upgrades().get(i).fromVersion()).isEqualTo(kind.oldestVersion() + i);
      }
      assertThat(kind.label(Locale.ENGLISH)).isNotBlank();
      assertThat(kind.label(new Locale("nl"))).isNotBlank();
    }
    assertThat(DocumentKind.CLIENT.currentVersion()).isEqualTo(1);
    assertThat(DocumentKind.byCode("client")).contains(DocumentKind.CLIENT);
    assertThat(DocumentKind.of(CLIENT)).contains(DocumentKind.CLIENT);
  }

  @Test
  void versions_outside_the_known_range_are_unsupported() {
    assertDocumentProblem(
        JSON.writeDocument(CLIENT).replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
        Problem.UNSUPPORTED_VERSION,
        "$.schemaVersion");
    assertDocumentProblem(
        JSON.writeDocument(CLIENT).replace("\"schemaVersion\":1", "\"schemaVersion\":-1"),
        Problem.UNSUPPORTED_VERSION,
        "$.schemaVersion");
    assertDocumentProblem(
        JSON.writeDocument(CLIENT).replace("\"schemaVersion\":1", "\"schemaVersion\":\"1\""),
        Problem.WRONG_TYPE,
        "$.schemaVersion");
    assertDocumentProblem(
        JSON.writeDocument(CLIENT).replace("\"schemaVersion\":1,", ""),
        Problem.MISSING_VALUE,
        "$.schemaVersion");
  }

  @Test
  void kinds_are_logical_names_from_a_closed_set_never_class_names() {
    String document = JSON.writeDocument(CLIENT);
    assertDocumentProblem(
        document.replace("\"client\"", "\"io.github.loopbaan.core.party.Client\""),
        Problem.UNKNOWN_KIND,
        "$.kind");
    assertDocumentProblem(
        document.replace("\"client\"", "\"java.util.HashMap\""), Problem.UNKNOWN_KIND, "$.kind");
    assertDocumentProblem(
        document.replace("\"kind\":\"client\",", ""), Problem.MISSING_VALUE, "$.kind");
    assertDocumentProblem(document.replace("\"client\"", "7"), Problem.WRONG_TYPE, "$.kind");
  }

  @Test
  void a_document_of_another_kind_than_expected_is_rejected() {
    assertThatThrownBy(() -> JSON.readDocument(JSON.writeDocument(CLIENT), Coach.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_KIND);
              assertThat(e.getPath()).isEqualTo("$.kind");
            });
  }

  @Test
  void only_document_kinds_can_be_written_as_documents() {
    assertThatThrownBy(() -> JSON.writeDocument(Coach.of(CoachId.of("k"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Coach");
  }

  @Test
  void the_envelope_is_strict_too() {
    String extra = JSON.writeDocument(CLIENT).replace("{\"kind\"", "{\"@type\":\"x\",\"kind\"");
    assertDocumentProblem(extra, Problem.UNKNOWN_PROPERTY, "$[unknown property #1]");
    assertThat(LoopbaanJson.builder().lenient().build().readDocument(extra, Client.class))
        .isEqualTo(CLIENT);
    assertDocumentProblem("[1]", Problem.WRONG_TYPE, "$");
    assertDocumentProblem(
        "{\"kind\":\"client\",\"schemaVersion\":1}", Problem.MISSING_VALUE, "$.content");
    assertDocumentProblem(
        "{\"kind\":\"client\",\"schemaVersion\":1,\"content\":[]}",
        Problem.WRONG_TYPE,
        "$.content");
    assertDocumentProblem(
        "{\"kind\":\"client\",\"kind\":\"client\"}", Problem.DUPLICATE_KEY, "$.kind");
  }

  @Test
  void content_failures_are_reported_under_the_content() {
    String document = JSON.writeDocument(CLIENT).replace("\"1973\"", "\"1800\"");
    assertDocumentProblem(document, Problem.INVALID_VALUE, "$.content.birthYear");
  }

  @Test
  void collection_limits_apply_to_the_document_tree() {
    LoopbaanJson small = LoopbaanJson.builder().maxCollectionSize(2).build();
    String document =
        VERSION_0.replace(
            "\"healthConcerns\":[\"BURN_OUT\"]",
            "\"healthConcerns\":[\"BURN_OUT\",\"STRESS\",\"STRESS\"]");
    assertThatThrownBy(() -> small.readDocument(document, Client.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
              assertThat(e.getPath()).isEqualTo("$.content.healthConcerns");
            });
  }

  private static void assertDocumentProblem(String json, Problem problem, String path) {
    assertThatThrownBy(() -> JSON.readDocument(json, Client.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).as(e.getMessage()).isEqualTo(problem);
              assertThat(e.getPath()).as(e.getMessage()).isEqualTo(path);
            });
  }
}
