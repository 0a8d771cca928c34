package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.session.Assignment;
import io.github.loopbaan.core.session.Attachment;
import io.github.loopbaan.core.session.InstrumentResult;
import io.github.loopbaan.core.session.Note;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionStatus;
import io.github.loopbaan.core.standards.CompetenceAssessment;
import java.time.Duration;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated session values are sound: rebuildable, private in toString, registered hours follow the
 * voucher rules, and every broken one is rejected for its rule.
 */
@Domain(LoopbaanDomain.class)
class SessionProperties {

  @Property
  void a_session_rebuilt_from_its_builder_is_equal(@ForAll Session session) {
    assertThat(Session.builder().from(session).build())
        .isEqualTo(session)
        .hasSameHashCodeAs(session);
  }

  @Property
  void a_note_rebuilt_from_its_builder_is_equal(@ForAll Note note) {
    assertThat(Note.builder().from(note).build()).isEqualTo(note);
  }

  @Property
  void an_attachment_rebuilt_from_its_builder_is_equal(@ForAll Attachment attachment) {
    assertThat(Attachment.builder().from(attachment).build()).isEqualTo(attachment);
  }

  @Property
  void an_assignment_rebuilt_from_its_builder_is_equal(@ForAll Assignment assignment) {
    assertThat(Assignment.builder().from(assignment).build()).isEqualTo(assignment);
  }

  @Property
  void an_instrument_result_rebuilt_from_its_builder_is_equal(@ForAll InstrumentResult result) {
    assertThat(InstrumentResult.builder().from(result).build())
        .isEqualTo(result)
        .hasSameHashCodeAs(result);
  }

  @Property
  void session_toString_never_contains_notes_file_titles_or_locations(@ForAll Session session) {
    String text = session.toString();
    for (Note note : session.getNotes()) {
      assertThat(text).doesNotContain(note.getText());
    }
    for (Attachment file : session.getAttachments()) {
      assertThat(text).doesNotContain(file.getTitle());
      file.getLocation().ifPresent(uri -> assertThat(text).doesNotContain(uri.toString()));
    }
  }

  @Property
  void assignment_toString_never_contains_the_answer(@ForAll Assignment assignment) {
    assignment
        .getAnswer()
        .ifPresent(answer -> assertThat(assignment.toString()).doesNotContain(answer));
  }

  @Property
  void instrument_result_toString_never_contains_summary_evidence_or_profile(
      @ForAll InstrumentResult result) {
    String text = result.toString();
    result.getSummary().ifPresent(summary -> assertThat(text).doesNotContain(summary));
    result
        .getInterestProfile()
        .ifPresent(profile -> assertThat(text).doesNotContain(profile.toString()));
    for (CompetenceAssessment assessment : result.getCompetences()) {
      assessment.getEvidence().ifPresent(evidence -> assertThat(text).doesNotContain(evidence));
      assertThat(text).doesNotContain(assessment.getCompetence().getLabel());
    }
  }

  @Property
  void registered_duration_is_zero_for_introductory_or_non_held_sessions(@ForAll Session session) {
    boolean counts =
        session.getStatus() == SessionStatus.HELD && session.getKind() != SessionKind.INTRODUCTORY;
    Statistics.label("counts").collect(counts);
    assertThat(session.countsTowardRegisteredHours()).isEqualTo(counts);
    assertThat(session.registeredDuration())
        .isEqualTo(counts ? session.getDuration() : Duration.ZERO);
  }

  @Property
  void registered_duration_never_exceeds_the_session_duration(@ForAll Session session) {
    assertThat(session.registeredDuration()).isBetween(Duration.ZERO, session.getDuration());
    assertThat(session.getDuration()).isLessThanOrEqualTo(Session.MAX_DURATION);
  }

  @Property
  void a_cancellation_notice_exists_only_for_cancelled_sessions_and_is_never_negative(
      @ForAll Session session) {
    session
        .cancellationNotice()
        .ifPresent(
            notice -> {
              assertThat(session.getStatus().isCancelled()).isTrue();
              assertThat(notice.isNegative()).isFalse();
            });
  }

  @Property
  void a_discussion_date_belongs_to_a_discussed_assignment(@ForAll Assignment assignment) {
    assignment
        .getDiscussedOn()
        .ifPresent(
            on -> {
              assertThat(assignment.getStatus().isDiscussed()).isTrue();
              assertThat(on).isAfterOrEqualTo(assignment.getGivenOn());
            });
  }

  @Property
  void every_broken_session_value_is_rejected_for_its_rule(@ForAll("broken") Broken broken) {
    Statistics.label("rule")
        .collect(broken.type() + "." + broken.attribute() + " " + broken.rule());
    assertThatThrownBy(broken::attempt)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getType()).isEqualTo(broken.type());
              assertThat(e.getAttribute()).isEqualTo(broken.attribute());
              assertThat(e.getRule()).isEqualTo(broken.rule());
            });
  }

  @Provide
  Arbitrary<Broken> broken() {
    return SessionArbitraries.broken();
  }
}
