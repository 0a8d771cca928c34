package io.github.loopbaan.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.Visibility;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Structural rules and derived facts of sessions, notes and attachments. */
class SessionTest {

  private static final LocalDate DAY = LocalDate.of(2024, 3, 12);

  private static Session.Builder session(SessionKind kind) {
    return Session.builder()
        .id(SessionId.of("s-1"))
        .kind(kind)
        .date(DAY)
        .duration(Duration.ofMinutes(90));
  }

  private static void rejected(
      ThrowingCallable construction, String type, String attribute, String rule) {
    assertThatThrownBy(construction)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getType()).isEqualTo(type);
              assertThat(e.getAttribute()).isEqualTo(attribute);
              assertThat(e.getRule()).isEqualTo(rule);
            });
  }

  @Test
  void a_session_defaults_to_planned_individual_and_in_person() {
    Session s = session(SessionKind.INTAKE).build();
    assertThat(s.getStatus()).isEqualTo(SessionStatus.PLANNED);
    assertThat(s.getSetting()).isEqualTo(GroupSetting.INDIVIDUAL);
    assertThat(s.getMode()).isEqualTo(SessionMode.IN_PERSON);
    assertThat(s.getNotes()).isEmpty();
    assertThat(s.getCancelledOn()).isEmpty();
  }

  @Test
  void a_held_intake_counts_its_whole_duration_toward_registered_hours() {
    Session s = session(SessionKind.INTAKE).status(SessionStatus.HELD).build();
    assertThat(s.countsTowardRegisteredHours()).isTrue();
    assertThat(s.registeredDuration()).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void a_held_introductory_conversation_by_phone_never_counts() {
    Session s =
        session(SessionKind.INTRODUCTORY)
            .mode(SessionMode.PHONE)
            .duration(Duration.ofMinutes(30))
            .status(SessionStatus.HELD)
            .build();
    assertThat(s.countsTowardRegisteredHours()).isFalse();
    assertThat(s.registeredDuration()).isEqualTo(Duration.ZERO);
  }

  @Test
  void only_held_sessions_count() {
    for (SessionStatus status : SessionStatus.values()) {
      Session.Builder builder = session(SessionKind.IN_DEPTH).status(status);
      if (status.isCancelled()) {
        builder.cancelledOn(DAY.minusDays(2));
      }
      Session s = builder.build();
      assertThat(s.countsTowardRegisteredHours())
          .as(status.name())
          .isEqualTo(status == SessionStatus.HELD);
      assertThat(s.registeredDuration())
          .as(status.name())
          .isEqualTo(status == SessionStatus.HELD ? Duration.ofMinutes(90) : Duration.ZERO);
    }
  }

  @Test
  void every_kind_but_the_introductory_conversation_belongs_to_the_package() {
    for (SessionKind kind : SessionKind.values()) {
      assertThat(kind.countsTowardRegisteredHours())
          .as(kind.name())
          .isEqualTo(kind != SessionKind.INTRODUCTORY);
    }
  }

  @Test
  void the_duration_must_be_positive() {
    rejected(
        () -> session(SessionKind.INTAKE).duration(Duration.ZERO).build(),
        "Session",
        "duration",
        "positive");
    rejected(
        () -> session(SessionKind.INTAKE).duration(Duration.ofMinutes(-30)).build(),
        "Session",
        "duration",
        "positive");
  }

  @Test
  void the_duration_is_at_most_eight_hours() {
    assertThat(session(SessionKind.IN_DEPTH).duration(Duration.ofHours(8)).build().getDuration())
        .isEqualTo(Session.MAX_DURATION);
    rejected(
        () -> session(SessionKind.IN_DEPTH).duration(Duration.ofHours(8).plusMinutes(1)).build(),
        "Session",
        "duration",
        "in_range");
  }

  @Test
  void a_cancellation_date_needs_a_cancelled_status() {
    rejected(
        () ->
            session(SessionKind.IN_DEPTH)
                .status(SessionStatus.HELD)
                .cancelledOn(DAY.minusDays(1))
                .build(),
        "Session",
        "cancelledOn",
        "only_when_cancelled");
    rejected(
        () -> session(SessionKind.IN_DEPTH).cancelledOn(DAY.minusDays(1)).build(),
        "Session",
        "cancelledOn",
        "only_when_cancelled");
    rejected(
        () -> session(SessionKind.IN_DEPTH).status(SessionStatus.NO_SHOW).cancelledOn(DAY).build(),
        "Session",
        "cancelledOn",
        "only_when_cancelled");
  }

  @Test
  void a_cancellation_cannot_be_given_after_the_session_date() {
    rejected(
        () ->
            session(SessionKind.IN_DEPTH)
                .status(SessionStatus.CANCELLED_BY_CLIENT)
                .cancelledOn(DAY.plusDays(1))
                .build(),
        "Session",
        "date,cancelledOn",
        "not_before");
  }

  @Test
  void the_cancellation_notice_runs_from_the_cancellation_to_the_session_date() {
    Session late =
        session(SessionKind.IN_DEPTH)
            .status(SessionStatus.CANCELLED_BY_COACH)
            .cancelledOn(DAY)
            .build();
    assertThat(late.cancellationNotice()).contains(Duration.ZERO);
    Session early = late.withCancelledOn(DAY.minusDays(3));
    assertThat(early.cancellationNotice()).contains(Duration.ofDays(3));
    assertThat(
            session(SessionKind.IN_DEPTH)
                .status(SessionStatus.CANCELLED_BY_CLIENT)
                .build()
                .cancellationNotice())
        .isEmpty();
  }

  @Test
  void note_and_attachment_identifiers_are_unique_within_a_session() {
    Note first = Note.of(NoteId.of("n-1"), "Cliënt vertelt open over de reorganisatie.", DAY);
    Note second = Note.of(NoteId.of("n-1"), "Netwerkgesprek leverde twee scenario's op.", DAY);
    rejected(
        () -> session(SessionKind.IN_DEPTH).addNotes(first, second).build(),
        "Session",
        "notes",
        "unique");
    Attachment a =
        Attachment.builder()
            .id(AttachmentId.of("a-1"))
            .title("Levenslijn")
            .mediaType("application/pdf")
            .addedOn(DAY)
            .build();
    rejected(
        () -> session(SessionKind.IN_DEPTH).addAttachments(a, a.withTitle("CV")).build(),
        "Session",
        "attachments",
        "unique");
  }

  @Test
  void a_note_is_personal_private_to_the_coach_by_default_and_may_be_health_data() {
    Note note = Note.of(NoteId.of("n-1"), "Spanning in de schouders bij solliciteren.", DAY);
    assertThat(note.getDataCategory()).isEqualTo(DataCategory.PERSONAL);
    assertThat(note.getVisibility()).isEqualTo(Visibility.PRIVATE_TO_COACH);
    assertThat(note.isHealthData()).isFalse();
    assertThat(note.withDataCategory(DataCategory.HEALTH).isHealthData()).isTrue();
  }

  @Test
  void a_note_needs_text_and_is_never_ordinary_data() {
    rejected(() -> Note.of(NoteId.of("n-1"), " \t", DAY), "Note", "text", "not_blank");
    rejected(
        () ->
            Note.builder()
                .id(NoteId.of("n-1"))
                .text("Goed gesprek.")
                .writtenOn(DAY)
                .dataCategory(DataCategory.ORDINARY)
                .build(),
        "Note",
        "dataCategory",
        "not_ordinary");
  }

  @Test
  void toString_never_shows_note_text_attachment_title_or_location() {
    Note note =
        Note.of(NoteId.of("n-1"), "Burn-out klachten sinds de fusie.", DAY)
            .withDataCategory(DataCategory.HEALTH);
    Attachment file =
        Attachment.builder()
            .id(AttachmentId.of("a-1"))
            .title("CV Annelies Verstraeten")
            .mediaType("application/pdf")
            .location(URI.create("https://dms.example.org/clients/verstraeten/cv.pdf"))
            .addedOn(DAY)
            .build();
    Session s = session(SessionKind.IN_DEPTH).addNotes(note).addAttachments(file).build();
    assertThat(s.toString())
        .doesNotContain("Burn-out", "Annelies", "verstraeten")
        .contains("s-1", "n-1", "a-1");
    assertThat(note.toString()).contains("<redacted>");
  }

  @Test
  void an_attachment_needs_a_title() {
    rejected(
        () ->
            Attachment.builder()
                .id(AttachmentId.of("a-1"))
                .title("")
                .mediaType("application/pdf")
                .addedOn(DAY)
                .build(),
        "Attachment",
        "title",
        "not_blank");
  }

  @Test
  void an_attachment_media_type_is_a_lower_case_type_and_subtype() {
    Attachment.Builder ok =
        Attachment.builder().id(AttachmentId.of("a-1")).title("Netwerkkaart").addedOn(DAY);
    assertThat(
            ok.mediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .build()
                .getMediaType())
        .startsWith("application/vnd.");
    for (String bad :
        new String[] {
          "pdf",
          "application/",
          "/pdf",
          "application/pdf; charset=utf-8",
          "Application/PDF",
          "application/pdf/x",
          "text /plain"
        }) {
      rejected(
          () ->
              Attachment.builder()
                  .id(AttachmentId.of("a-1"))
                  .title("Netwerkkaart")
                  .addedOn(DAY)
                  .mediaType(bad)
                  .build(),
          "Attachment",
          "mediaType",
          "format");
    }
  }

  @Test
  void an_attachment_location_is_an_absolute_reference_not_embedded_content() {
    Consumer<String> ok =
        uri ->
            assertThat(
                    Attachment.builder()
                        .id(AttachmentId.of("a-1"))
                        .title("Levenslijn")
                        .mediaType("image/png")
                        .addedOn(DAY)
                        .location(URI.create(uri))
                        .build()
                        .getLocation())
                .isPresent();
    ok.accept("https://files.example.org/a-1.png");
    ok.accept("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66");
    rejected(
        () ->
            Attachment.builder()
                .id(AttachmentId.of("a-1"))
                .title("Levenslijn")
                .mediaType("image/png")
                .addedOn(DAY)
                .location(URI.create("files/a-1.png"))
                .build(),
        "Attachment",
        "location",
        "absolute_uri");
    rejected(
        () ->
            Attachment.builder()
                .id(AttachmentId.of("a-1"))
                .title("Levenslijn")
                .mediaType("image/png")
                .addedOn(DAY)
                .location(URI.create("data:image/png;base64,iVBORw0KGgo="))
                .build(),
        "Attachment",
        "location",
        "reference_only");
  }

  @Test
  void enums_have_dutch_labels_from_the_voucher_process() {
    assertThat(SessionKind.INTRODUCTORY.label(Locale.forLanguageTag("nl")))
        .isEqualTo("Vrijblijvend kennismakingsgesprek");
    assertThat(SessionKind.IN_DEPTH.label(Locale.forLanguageTag("nl-BE")))
        .isEqualTo("Verdiepend gesprek");
    assertThat(SessionKind.SYNTHESIS.code()).isEqualTo("synthesis");
    assertThat(SessionStatus.NO_SHOW.code()).isEqualTo("no_show");
  }

  @Test
  void only_cancellations_by_client_or_coach_are_cancelled() {
    assertThat(SessionStatus.CANCELLED_BY_CLIENT.isCancelled()).isTrue();
    assertThat(SessionStatus.CANCELLED_BY_COACH.isCancelled()).isTrue();
    assertThat(SessionStatus.NO_SHOW.isCancelled()).isFalse();
    assertThat(SessionStatus.HELD.isCancelled()).isFalse();
  }
}
