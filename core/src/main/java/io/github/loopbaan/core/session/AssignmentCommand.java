package io.github.loopbaan.core.session;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A command of the {@link AssignmentLifecycle assignment lifecycle}: the client completes the
 * assignment, the coach discusses it in a conversation, or discusses and adjusts it. Build one with
 * the static factories; apply it with {@link Assignment#apply(AssignmentCommand)}. Dutch: handeling
 * op een opdracht.
 *
 * <p>The date of {@link #complete complete} is the day the client finished; the date of {@link
 * #discuss discuss} and {@link #adjust adjust} is the day of the conversation in which the
 * assignment was evaluated. Payload is checked on construction. Its {@code toString()} shows only
 * the kind and the date: an answer is personal data.
 */
public sealed interface AssignmentCommand extends Command<AssignmentCommandKind> {

  /**
   * @param on the day the client finished the assignment
   * @return the command; the recorded answer stays as it is
   */
  static AssignmentCommand complete(LocalDate on) {
    return new Complete(on, Optional.empty());
  }

  /**
   * @param on the day the client finished the assignment
   * @param answer the client's answer or work (personal data); not blank
   * @return the command; the answer replaces any earlier one
   * @throws io.github.loopbaan.core.InvalidValueException with rule {@code not_blank}
   */
  static AssignmentCommand complete(LocalDate on, String answer) {
    return new Complete(on, Optional.of(answer));
  }

  /**
   * @param on the day of the conversation in which the assignment was evaluated; becomes the
   *     discussion date
   * @return the command
   */
  static AssignmentCommand discuss(LocalDate on) {
    return new Discuss(on);
  }

  /**
   * @param on the day of the conversation in which the assignment was evaluated and adjusted;
   *     becomes the discussion date
   * @param instruction the adjusted instruction, when it changes; not blank
   * @param dueOn the new due date, when one is agreed; not before {@code on}
   * @return the command
   * @throws io.github.loopbaan.core.InvalidValueException with rule {@code not_blank} or {@code
   *     not_before}
   */
  static AssignmentCommand adjust(
      LocalDate on, Optional<String> instruction, Optional<LocalDate> dueOn) {
    return new Adjust(on, instruction, dueOn);
  }

  /**
   * The assignment done, possibly with the client's answer.
   *
   * @param date the day it was done
   * @param answer the client's answer, when recorded; not blank
   */
  record Complete(LocalDate date, @PersonalData Optional<String> answer)
      implements AssignmentCommand {
    /**
     * Checks the payload (rule {@code not_blank}).
     *
     * @param date the day it was done
     * @param answer the client's answer, when recorded; not blank
     */
    public Complete {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(answer, "answer");
      Require.notBlank(answer, "AssignmentCommand", "answer");
    }

    @Override
    public AssignmentCommandKind getKind() {
      return AssignmentCommandKind.COMPLETE;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    /**
     * @return the client's answer, when recorded: personal data
     */
    @PersonalData
    public Optional<String> getAnswer() {
      return answer;
    }

    /**
     * @return the kind and date only: the answer is personal data
     */
    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * The assignment discussed in a conversation.
   *
   * @param date the day of the conversation
   */
  record Discuss(LocalDate date) implements AssignmentCommand {
    /**
     * Checks the payload.
     *
     * @param date the day of the conversation
     */
    public Discuss {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public AssignmentCommandKind getKind() {
      return AssignmentCommandKind.DISCUSS;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * The assignment adjusted: a new instruction, a new due date, or both.
   *
   * @param date the day of the conversation that adjusts it
   * @param instruction the new instruction, when changed; not blank
   * @param dueOn the new due date, when changed; not before {@code date}
   */
  record Adjust(LocalDate date, Optional<String> instruction, Optional<LocalDate> dueOn)
      implements AssignmentCommand {
    /**
     * Checks the payload (rules {@code not_blank}, {@code not_before}).
     *
     * @param date the day of the conversation that adjusts it
     * @param instruction the new instruction, when changed; not blank
     * @param dueOn the new due date, when changed; not before {@code date}
     */
    public Adjust {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(instruction, "instruction");
      Objects.requireNonNull(dueOn, "dueOn");
      Require.notBlank(instruction, "AssignmentCommand", "instruction");
      Require.notBefore(
          dueOn,
          Optional.of(date),
          "AssignmentCommand",
          "dueOn,date",
          "the new due date must not lie before the conversation that adjusts the assignment");
    }

    @Override
    public AssignmentCommandKind getKind() {
      return AssignmentCommandKind.ADJUST;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    /**
     * @return the new instruction, when changed
     */
    public Optional<String> getInstruction() {
      return instruction;
    }

    /**
     * @return the new due date, when changed
     */
    public Optional<LocalDate> getDueOn() {
      return dueOn;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }
}
