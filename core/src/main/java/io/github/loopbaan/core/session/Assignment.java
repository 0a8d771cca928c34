package io.github.loopbaan.core.session;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Verdict;
import io.github.loopbaan.core.privacy.PersonalData;
import io.github.loopbaan.core.privacy.Shared;
import io.github.loopbaan.core.privacy.Visibility;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An assignment the client does between conversations: to reflect on insights, or to put them into
 * practice at work or at home; it is evaluated in the next conversation and possibly adjusted
 * (004). Dutch: opdracht, huiswerkopdracht.
 *
 * <p>The title names the exercise ("Levenslijn", "Waardenoverzicht") and the instruction is the
 * coach's generic text: neither is treated as personal data. The client's answer is personal data
 * and never appears in {@link #toString()}; {@link #getVisibility()} governs who may see the
 * answer.
 *
 * <p>The status moves through the {@link AssignmentLifecycle}: {@link #apply(AssignmentCommand)}
 * completes, discusses or adjusts the assignment and returns the new value with the {@link Event}
 * appended to {@link #getHistory()}, or the rejection with its reasons. An assignment built
 * directly with a status (an import, a test) is legal with an empty history.
 *
 * <p>Structural rules:
 *
 * <ul>
 *   <li>title and instruction are not blank, the answer when present too ({@code not_blank});
 *   <li>the due date does not lie before the day it was given ({@code not_before}, {@code
 *       dueOn,givenOn});
 *   <li>the discussion date does not lie before the day it was given ({@code not_before}, {@code
 *       discussedOn,givenOn});
 *   <li>a discussion date is present only when the status is {@link AssignmentStatus#DISCUSSED} or
 *       {@link AssignmentStatus#ADJUSTED} ({@code only_when_discussed}). Loopbaan's choice: a
 *       discussed assignment may lack the date, as drafts and migrated records often do;
 *   <li>when the history is not empty, its last event leads to the status ({@code
 *       status_matches_history}) and is numbered as the history's length ({@code
 *       history_sequence}).
 * </ul>
 */
@Value.Immutable
public abstract class Assignment implements WithAssignment, Shared {

  Assignment() {}

  /**
   * @return a builder for an assignment
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param id the assignment's identifier
   * @param title what the exercise is called
   * @param givenOn the day it was given
   * @return a given assignment without instruction or answer
   */
  public static Assignment of(AssignmentId id, String title, LocalDate givenOn) {
    return builder().id(id).title(title).givenOn(givenOn).build();
  }

  /**
   * @return the assignment's identifier
   */
  public abstract AssignmentId getId();

  /**
   * @return what the exercise is called, for example "Levenslijn"
   */
  public abstract String getTitle();

  /**
   * @return the coach's instruction, when written down
   */
  public abstract Optional<String> getInstruction();

  /**
   * @return the instrument the assignment uses, when it uses one
   */
  public abstract Optional<Instrument> getInstrument();

  /**
   * @return the day the assignment was given (Dutch: meegegeven op)
   */
  public abstract LocalDate getGivenOn();

  /**
   * @return the session in which it was given, when recorded
   */
  public abstract Optional<SessionId> getGivenInSession();

  /**
   * @return the day it should be done, when agreed
   */
  public abstract Optional<LocalDate> getDueOn();

  /**
   * @return where the assignment stands; {@link AssignmentStatus#GIVEN} by default
   */
  @Value.Default
  public AssignmentStatus getStatus() {
    return AssignmentStatus.GIVEN;
  }

  /**
   * @return the client's answer or work, when recorded (personal data)
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> getAnswer();

  /**
   * @return who may see the answer; {@link Visibility#PRIVATE_TO_COACH} by default
   */
  @Override
  @Value.Default
  public Visibility getVisibility() {
    return Visibility.PRIVATE_TO_COACH;
  }

  /**
   * @return the day the assignment was evaluated in a conversation, when discussed
   */
  public abstract Optional<LocalDate> getDiscussedOn();

  /**
   * @return the events of the assignment's lifecycle, oldest first; empty for one built with its
   *     status
   */
  @Value.Default
  public History<Event<AssignmentStatus, AssignmentCommand>> getHistory() {
    return History.empty();
  }

  /**
   * Applies a command of the assignment lifecycle.
   *
   * @param command complete, discuss or adjust
   * @return the new assignment with its event, or the rejection with every reason; this one is
   *     unchanged
   */
  public Outcome<Assignment> apply(AssignmentCommand command) {
    return AssignmentLifecycle.MACHINE.apply(this, command);
  }

  /**
   * Ask before acting.
   *
   * @param on the day
   * @return for every command kind, whether it is possible on that day and, if not, why
   */
  public List<Verdict<AssignmentStatus, AssignmentCommandKind>> nextCommands(LocalDate on) {
    return AssignmentLifecycle.MACHINE.options(this, on);
  }

  /**
   * @param on the day
   * @return the command kinds possible on that day
   */
  public Set<AssignmentCommandKind> possibleCommands(LocalDate on) {
    return AssignmentLifecycle.MACHINE.possible(this, on);
  }

  @Value.Check
  void check() {
    Require.notBlank(getTitle(), "Assignment", "title");
    Require.notBlank(getInstruction(), "Assignment", "instruction");
    Require.notBlank(getAnswer(), "Assignment", "answer");
    Require.notBefore(
        getDueOn(),
        Optional.of(getGivenOn()),
        "Assignment",
        "dueOn,givenOn",
        "the due date must not lie before the day the assignment was given");
    Require.notBefore(
        getDiscussedOn(),
        Optional.of(getGivenOn()),
        "Assignment",
        "discussedOn,givenOn",
        "the discussion must not lie before the day the assignment was given");
    Require.that(
        getDiscussedOn().isEmpty() || getStatus().isDiscussed(),
        "Assignment",
        "discussedOn",
        "only_when_discussed",
        "must be absent unless the assignment was discussed or adjusted");
    AssignmentLifecycle.MACHINE.checkHistory(this, "Assignment");
  }

  /** Builds an {@link Assignment}. Obtain one from {@link Assignment#builder()}. */
  public static final class Builder extends ImmutableAssignment.Builder {
    Builder() {}
  }
}
