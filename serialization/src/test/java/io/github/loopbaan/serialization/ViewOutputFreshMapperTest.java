package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.session.Note;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.View;
import io.github.loopbaan.format.conformance.Examples;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Exactly what the restricted views write for a client, a note and a session with notes of every
 * visibility, each test through a mapper of its own, so that the writers of the views are built in
 * the test (a shared mapper keeps the writers it built first): personal attributes left out for the
 * commissioner unless the item is shared with them, identifiers and free text left out and the age
 * band written in the anonymised view, items not shown removed from lists.
 */
class ViewOutputFreshMapperTest {

  private static final String CLIENT_FULL =
      "{\"birthYear\":\"1967\",\"employment\":\"forced_mobility\","
          + "\"healthConcerns\":[\"stress\"],\"id\":\"c-17\",\"name\":\""
          + Examples.CLIENT_NAME
          + "\","
          + "\"privateSituation\":[]}";

  @Test
  void the_client_view_writes_a_client_whole() {
    LoopbaanJson json = LoopbaanJson.builder().build();
    assertThat(json.viewWriter(View.CLIENT).write(Examples.client())).isEqualTo(CLIENT_FULL);
  }

  @Test
  void the_commissioner_view_leaves_out_a_clients_personal_attributes() {
    LoopbaanJson json = LoopbaanJson.builder().build();
    assertThat(json.viewWriter(View.COMMISSIONER).write(Examples.client()))
        .isEqualTo("{\"id\":\"c-17\"}");
  }

  @Test
  void the_anonymised_view_writes_a_clients_age_band_instead_of_the_declared_one() {
    LoopbaanJson json = LoopbaanJson.builder().build();
    assertThat(
            json.viewWriter(View.ANONYMISED)
                .ageBandsOn(LocalDate.of(2025, 1, 13))
                .write(Examples.client()))
        .isEqualTo("{\"ageBand\":\"senior\"}");
    assertThat(json.viewWriter(View.ANONYMISED).write(Examples.client())).isEqualTo("{}");
  }

  @Test
  void inside_a_trajectory_the_anonymised_age_band_is_that_of_its_opening_day() {
    LoopbaanJson json = LoopbaanJson.builder().build();
    JsonNode tree =
        json.jsonMapper().readTree(json.viewWriter(View.ANONYMISED).write(Examples.trajectory()));
    assertThat(tree.get("client").toString()).isEqualTo("{\"ageBand\":\"senior\"}");
    assertThat(tree.has("id")).isFalse();
  }

  @Test
  void a_note_shared_with_the_commissioner_shows_them_its_text_and_the_anonymised_view_never() {
    LoopbaanJson json = LoopbaanJson.builder().build();
    Note shared =
        Examples.note(
            "n-3",
            Examples.SHARED_NOTE,
            Visibility.SHARED_WITH_COMMISSIONER,
            DataCategory.PERSONAL);
    assertThat(json.viewWriter(View.COMMISSIONER).write(Examples.trajectory()))
        .contains(
            "{\"dataCategory\":\"personal\","
                + "\"id\":\"n-3\",\"text\":\""
                + Examples.SHARED_NOTE
                + "\",\"visibility\":\"shared_with_commissioner\","
                + "\"writtenOn\":\"2025-01-30\"}");
    assertThat(json.viewWriter(View.ANONYMISED).write(shared))
        .isEqualTo(
            "{\"dataCategory\":\"personal\","
                + "\"visibility\":\"shared_with_commissioner\",\"writtenOn\":\"2025-01-30\"}");
  }

  @Test
  void each_view_keeps_exactly_the_notes_of_a_session_it_shows() {
    Session session =
        Examples.trajectory().getSessions().stream()
            .filter(s -> s.getNotes().size() == 4)
            .findFirst()
            .orElseThrow();
    assertThat(notesIn(View.FULL, session)).isEqualTo("n-1 n-2 n-3 n-4 ");
    assertThat(notesIn(View.CLIENT, session)).isEqualTo("n-2 n-3 ");
    // A session alone has no consent records to read: the commissioner gets no shared note.
    assertThat(notesIn(View.COMMISSIONER, session)).isEqualTo("");
    LoopbaanJson json = LoopbaanJson.builder().build();
    // Within its trajectory, which holds the client's consent to share, the note is written.
    JsonNode commissioner =
        json.jsonMapper().readTree(json.viewWriter(View.COMMISSIONER).write(Examples.trajectory()));
    JsonNode written = commissioner.get("sessions").get(2);
    assertThat(written.get("notes")).hasSize(1);
    assertThat(written.get("notes").get(0).get("text").stringValue())
        .isEqualTo(Examples.SHARED_NOTE);
    JsonNode anonymised =
        json.jsonMapper().readTree(json.viewWriter(View.ANONYMISED).write(session));
    for (JsonNode note : anonymised.get("notes")) {
      assertThat(note.has("text")).isFalse();
      assertThat(note.has("id")).isFalse();
    }
  }

  @Test
  void the_commissioner_sees_a_trajectorys_shared_note_but_not_the_client_or_coach_by_name() {
    LoopbaanJson json = LoopbaanJson.builder().build();
    Trajectory trajectory = Examples.trajectory();
    String written = json.viewWriter(View.COMMISSIONER).write(trajectory);
    JsonNode tree = json.jsonMapper().readTree(written);
    assertThat(tree.get("client").toString()).isEqualTo("{\"id\":\"c-17\"}");
    assertThat(written)
        .contains(Examples.SHARED_NOTE)
        .doesNotContain(
            Examples.CLIENT_NAME,
            Examples.COACH_NAME,
            Examples.CLIENT_NOTE,
            Examples.PRIVATE_NOTE,
            Examples.HEALTH_NOTE);
  }

  private static String notesIn(View view, Session session) {
    LoopbaanJson json = LoopbaanJson.builder().build();
    StringBuilder ids = new StringBuilder();
    for (JsonNode note :
        json.jsonMapper().readTree(json.viewWriter(view).write(session)).get("notes")) {
      ids.append(note.has("id") ? note.get("id").stringValue() : "?").append(' ');
    }
    return ids.toString();
  }
}
