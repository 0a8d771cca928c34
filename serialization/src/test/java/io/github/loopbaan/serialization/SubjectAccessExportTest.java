package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.privacy.DataCategories;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalDatum;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryId;
import io.github.loopbaan.format.SubjectAccessExport;
import io.github.loopbaan.format.conformance.Examples;
import io.github.loopbaan.testkit.LoopbaanDomain;
import io.github.loopbaan.testkit.PersonalDataScan;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import tools.jackson.databind.JsonNode;

/**
 * The subject-access export holds everything about the client and nothing about anyone else, as
 * JSON and as text in both languages.
 */
@Domain(LoopbaanDomain.class)
class SubjectAccessExportTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 4);
  private static final Locale NL = Locale.forLanguageTag("nl-BE");

  @Example
  void only_the_subjects_trajectories_are_exported() {
    Trajectory mine = Examples.trajectory();
    Trajectory other =
        Trajectory.builder()
            .from(mine)
            .id(TrajectoryId.of("t-99"))
            .client(mine.getClient().withId(ClientId.of("c-99")))
            .build();
    SubjectAccessExport export =
        SubjectAccessExport.of(mine.getClient().getId(), DAY, List.of(other, mine));
    assertThat(export.getTrajectories()).containsExactly(mine);
    assertThat(export.getSubject()).isEqualTo(mine.getClient().getId());
    assertThat(export.getProducedOn()).isEqualTo(DAY);
    assertThat(export.toString()).isEqualTo("SubjectAccessExport[c-17, 1 trajectory, 2026-12-04]");
    assertThat(SubjectAccessExport.of(ClientId.of("c-0"), DAY, List.of(mine)).getTrajectories())
        .isEmpty();
  }

  @Example
  void the_json_document_holds_each_trajectory_whole_and_reads_back_as_documents() {
    Trajectory t = Examples.trajectory();
    SubjectAccessExport export = SubjectAccessExport.of(t.getClient().getId(), DAY, List.of(t));
    JsonNode json = LoopbaanJson.mapper().readTree(export.toJson());
    assertThat(json.get("kind").asString()).isEqualTo("subject_access");
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.get("subject").asString()).isEqualTo("c-17");
    assertThat(json.get("producedOn").asString()).isEqualTo("2026-12-04");
    JsonNode content = json.get("trajectories").get(0);
    assertThat(content).isEqualTo(LoopbaanJson.mapper().readTree(LoopbaanJson.standard().write(t)));
    String document = "{\"kind\":\"trajectory\",\"schemaVersion\":1,\"content\":" + content + "}";
    assertThat(LoopbaanJson.standard().readDocument(document, Trajectory.class)).isEqualTo(t);
    assertThat(export.toJson())
        .as("the coach's private items are the client's data too")
        .contains(Examples.PRIVATE_NOTE, Examples.HEALTH_NOTE, Examples.REFERRAL_REASON);
  }

  @Example
  void the_text_lists_every_datum_with_its_category_in_both_languages() {
    Trajectory t = Examples.trajectory();
    SubjectAccessExport export = SubjectAccessExport.of(t.getClient().getId(), DAY, List.of(t));
    String en = export.render(Locale.ENGLISH);
    String nl = export.render(NL);
    assertThat(en)
        .startsWith(
            "# Personal data held about client c-17\n\nProduced on 2026-12-04. 1 trajectory.")
        .contains("## Trajectory t-31", "- `client.name` (personal data): " + Examples.CLIENT_NAME)
        .contains("(health data): " + Examples.HEALTH_NOTE);
    assertThat(nl)
        .startsWith("# Persoonsgegevens over cliënt c-17\n\nOpgemaakt op 2026-12-04. 1 traject.")
        .contains("## Traject t-31", "- `client.name` (persoonsgegevens): " + Examples.CLIENT_NAME)
        .contains("(gezondheidsgegevens): " + Examples.HEALTH_NOTE);
    for (PersonalDatum datum : DataCategories.personalData(t)) {
      assertThat(en).contains("- `" + datum.getPath() + "` (");
    }
    assertThat(en).doesNotContain("<redacted>");
  }

  @Example
  void several_trajectories_a_file_without_personal_data_and_the_words_of_values() {
    Trajectory t = Examples.trajectory();
    Trajectory bare =
        Trajectory.open(
            TrajectoryId.of("t-99"),
            Client.builder().id(t.getClient().getId()).build(),
            Coach.of(CoachId.of("k-1")),
            CommissioningParty.self(CommissionerId.of("self")),
            Funding.self(),
            DAY);
    SubjectAccessExport two = SubjectAccessExport.of(t.getClient().getId(), DAY, List.of(t, bare));
    assertThat(two.render(Locale.ENGLISH))
        .contains("2 trajectories.", "## Trajectory t-99", "No personal data.\n");
    assertThat(two.render(NL)).contains("2 trajecten.", "Geen persoonsgegevens.\n");
    assertThat(two)
        .isEqualTo(SubjectAccessExport.of(t.getClient().getId(), DAY, List.of(t, bare)))
        .hasSameHashCodeAs(SubjectAccessExport.of(t.getClient().getId(), DAY, List.of(t, bare)))
        .isNotEqualTo(SubjectAccessExport.of(t.getClient().getId(), DAY.plusDays(1), List.of(t)))
        .isNotEqualTo(SubjectAccessExport.of(t.getClient().getId(), DAY, List.of(t)))
        .isNotEqualTo(SubjectAccessExport.of(ClientId.of("c-other"), DAY, List.of()))
        .isNotEqualTo("c-17");
  }

  @Property(tries = 100)
  void everything_personal_in_a_trajectory_is_in_the_text(@ForAll Trajectory t) {
    String text = SubjectAccessExport.of(t.getClient().getId(), DAY, List.of(t)).render(NL);
    for (String personal : PersonalDataScan.personalTexts(t)) {
      assertThat(text).contains(personal.replace('\n', ' ').replace('\r', ' '));
    }
    for (PersonalDatum datum : DataCategories.personalData(t)) {
      assertThat(datum.getCategory()).isNotEqualTo(DataCategory.ORDINARY);
      assertThat(datum.toString())
          .isEqualTo("PersonalDatum[" + datum.getPath() + " " + datum.getCategory().code() + "]");
    }
  }
}
