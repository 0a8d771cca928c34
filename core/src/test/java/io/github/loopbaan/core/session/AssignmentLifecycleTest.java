package io.github.loopbaan.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.StateMachine;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The assignment lifecycle: given, done, adjusted and done again, discussed; guards, finals,
 * invariants.
 */
class AssignmentLifecycleTest {

  static final LocalDate GIVEN = LocalDate.of(2025, 2, 3);
  static final String ANSWER = "Mijn levenslijn toont drie keerpunten rond verhuizingen.";

  static Assignment given() {
    return Assignment.builder()
        .id(AssignmentId.of("as-1"))
        .title("Levenslijn")
        .givenOn(GIVEN)
        .instruction("Teken je levenslijn.")
        .build();
  }

  static List<String> codes(Outcome<?> outcome) {
    return outcome.getReasons().stream().map(Reason::getCode).collect(Collectors.toList());
  }

  @Test
  void a_given_assignment_is_done_then_discussed_and_discussed_is_final() {
    Assignment done =
        given().apply(AssignmentCommand.complete(GIVEN.plusDays(5), ANSWER)).orElseThrow();
    assertThat(done.getStatus()).isEqualTo(AssignmentStatus.DONE);
    assertThat(done.getAnswer()).contains(ANSWER);
    assertThat(done.getDiscussedOn()).isEmpty();
    Assignment discussed = done.apply(AssignmentCommand.discuss(GIVEN.plusDays(14))).orElseThrow();
    assertThat(discussed.getStatus()).isEqualTo(AssignmentStatus.DISCUSSED);
    assertThat(discussed.getDiscussedOn()).contains(GIVEN.plusDays(14));
    assertThat(discussed.getHistory().size()).isEqualTo(2);
    assertThat(discussed.nextCommands(GIVEN.plusDays(20)))
        .allSatisfy(
            v ->
                assertThat(v.getReasons())
                    .extracting(Reason::getCode)
                    .containsExactly(StateMachine.FINAL_STATE));
  }

  @Test
  void an_adjusted_assignment_is_reissued_with_its_changes_and_can_be_done_again() {
    Assignment done = given().apply(AssignmentCommand.complete(GIVEN.plusDays(5))).orElseThrow();
    Assignment adjusted =
        done.apply(
                AssignmentCommand.adjust(
                    GIVEN.plusDays(14),
                    Optional.of("Teken nu ook je innerlijke levenslijn."),
                    Optional.of(GIVEN.plusDays(28))))
            .orElseThrow();
    assertThat(adjusted.getStatus()).isEqualTo(AssignmentStatus.ADJUSTED);
    assertThat(adjusted.getDiscussedOn()).contains(GIVEN.plusDays(14));
    assertThat(adjusted.getInstruction()).contains("Teken nu ook je innerlijke levenslijn.");
    assertThat(adjusted.getDueOn()).contains(GIVEN.plusDays(28));
    assertThat(adjusted.possibleCommands(GIVEN.plusDays(20)))
        .containsExactlyInAnyOrder(AssignmentCommandKind.values());
    Assignment doneAgain =
        adjusted.apply(AssignmentCommand.complete(GIVEN.plusDays(25), ANSWER)).orElseThrow();
    assertThat(doneAgain.getStatus()).isEqualTo(AssignmentStatus.DONE);
    assertThat(doneAgain.getDiscussedOn()).isEmpty();
    assertThat(doneAgain.getHistory().asList())
        .extracting(Event::getDate)
        .containsExactly(GIVEN.plusDays(5), GIVEN.plusDays(14), GIVEN.plusDays(25));
  }

  @Test
  void an_adjustment_keeps_instruction_and_due_date_unless_they_change() {
    Assignment a = given().withDueOn(GIVEN.plusDays(7));
    Assignment adjusted =
        a.apply(AssignmentCommand.adjust(GIVEN.plusDays(7), Optional.empty(), Optional.empty()))
            .orElseThrow();
    assertThat(adjusted.getInstruction()).isEqualTo(a.getInstruction());
    assertThat(adjusted.getDueOn()).isEqualTo(a.getDueOn());
  }

  @Test
  void an_assignment_not_done_can_still_be_discussed_or_adjusted_in_the_next_conversation() {
    assertThat(given().possibleCommands(GIVEN.plusDays(7)))
        .containsExactlyInAnyOrder(AssignmentCommandKind.values());
    Assignment done = given().apply(AssignmentCommand.complete(GIVEN)).orElseThrow();
    assertThat(codes(done.apply(AssignmentCommand.complete(GIVEN.plusDays(1)))))
        .containsExactly(StateMachine.NOT_IN_STATE);
  }

  @Test
  void nothing_happens_before_the_assignment_was_given() {
    for (AssignmentCommand command :
        List.of(
            AssignmentCommand.complete(GIVEN.minusDays(1)),
            AssignmentCommand.discuss(GIVEN.minusDays(1)),
            AssignmentCommand.adjust(GIVEN.minusDays(1), Optional.empty(), Optional.empty()))) {
      Outcome<Assignment> outcome = given().apply(command);
      assertThat(codes(outcome)).containsExactly(AssignmentLifecycle.BEFORE_ASSIGNMENT_GIVEN);
      assertThat(outcome.getReasons().get(0).message(Locale.ENGLISH)).contains(GIVEN.toString());
    }
    assertThat(given().apply(AssignmentCommand.discuss(GIVEN)).isApplied()).isTrue();
  }

  @Test
  void commands_check_their_payload() {
    assertThatThrownBy(() -> AssignmentCommand.complete(GIVEN, " "))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("not_blank"));
    assertThatThrownBy(() -> AssignmentCommand.adjust(GIVEN, Optional.of(""), Optional.empty()))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("not_blank"));
    assertThatThrownBy(
            () ->
                AssignmentCommand.adjust(GIVEN, Optional.empty(), Optional.of(GIVEN.minusDays(1))))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("not_before"));
  }

  @Test
  void commands_show_kind_and_date_only() {
    assertThat(AssignmentCommand.complete(GIVEN, ANSWER).toString())
        .isEqualTo("complete@2025-02-03")
        .doesNotContain(ANSWER);
    Assignment done = given().apply(AssignmentCommand.complete(GIVEN, ANSWER)).orElseThrow();
    assertThat(done.toString()).doesNotContain(ANSWER);
  }

  @Test
  void replaying_the_history_reproduces_the_assignment() {
    Assignment a =
        given()
            .apply(AssignmentCommand.complete(GIVEN.plusDays(3), ANSWER))
            .orElseThrow()
            .apply(
                AssignmentCommand.adjust(
                    GIVEN.plusDays(10), Optional.empty(), Optional.of(GIVEN.plusDays(20))))
            .orElseThrow()
            .apply(AssignmentCommand.discuss(GIVEN.plusDays(24)))
            .orElseThrow();
    List<AssignmentCommand> commands =
        a.getHistory().asList().stream().map(Event::getCommand).collect(Collectors.toList());
    assertThat(AssignmentLifecycle.MACHINE.replay(given(), commands)).isEqualTo(a);
  }

  @Test
  void the_status_must_match_the_last_event_and_its_number() {
    Assignment done = given().apply(AssignmentCommand.complete(GIVEN)).orElseThrow();
    assertThatThrownBy(() -> done.withStatus(AssignmentStatus.GIVEN))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getRule()).isEqualTo("status_matches_history"));
    Event<AssignmentStatus, AssignmentCommand> third =
        new Event<>(
            3,
            "assignment",
            AssignmentStatus.GIVEN,
            AssignmentStatus.DONE,
            AssignmentCommand.complete(GIVEN));
    assertThatThrownBy(
            () ->
                given()
                    .withStatus(AssignmentStatus.DONE)
                    .withHistory(
                        History.<Event<AssignmentStatus, AssignmentCommand>>empty().append(third)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getRule()).isEqualTo("history_sequence"));
  }

  @Test
  void the_table_is_well_formed_and_its_diagram_names_every_guard() {
    assertThat(AssignmentLifecycle.MACHINE.unreachableStates()).isEmpty();
    assertThat(AssignmentLifecycle.MACHINE.statesWithoutWayOut()).isEmpty();
    assertThat(AssignmentLifecycle.MACHINE.toMermaid(Locale.ENGLISH))
        .contains("given --> done : complete [given_by_then]")
        .contains("adjusted --> done : complete [given_by_then]")
        .contains("done --> adjusted : adjust [given_by_then]")
        .contains("adjusted --> adjusted : adjust [given_by_then]")
        .contains("given --> discussed : discuss [given_by_then]")
        .contains("discussed --> [*]")
        .doesNotContain("adjusted --> [*]");
  }
}
