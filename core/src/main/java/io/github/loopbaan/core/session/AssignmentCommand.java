package io.github.loopbaan.core.session;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.lifecycle.BaseCommand;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A command of the {@link AssignmentLifecycle assignment lifecycle}: the client completes the assignment, the
 * coach discusses it in a conversation, or discusses and adjusts it. Build one with the static factories; apply
 * it with {@link Assignment#apply(AssignmentCommand)}. Dutch: handeling op een opdracht.
 *
 * <p>The date of {@link #complete complete} is the day the client finished; the date of {@link #discuss discuss}
 * and {@link #adjust adjust} is the day of the conversation in which the assignment was evaluated. Payload is
 * checked on construction. Its {@code toString()} shows only the kind and the date: an answer is personal data.
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
   * @param on the day of the conversation in which the assignment was evaluated; becomes the discussion date
   * @return the command
   */
  static AssignmentCommand discuss(LocalDate on) {
    return new Discuss(on);
  }

  /**
   * @param on the day of the conversation in which the assignment was evaluated and adjusted; becomes the
   *     discussion date
   * @param instruction the adjusted instruction, when it changes; not blank
   * @param dueOn the new due date, when one is agreed; not before {@code on}
   * @return the command
   * @throws io.github.loopbaan.core.InvalidValueException with rule {@code not_blank} or {@code not_before}
   */
  static AssignmentCommand adjust(LocalDate on, Optional<String> instruction, Optional<LocalDate> dueOn) {
    return new Adjust(on, instruction, dueOn);
  }

  /** The assignment done, possibly with the client's answer. */
  final class Complete extends BaseCommand<AssignmentCommandKind> implements AssignmentCommand {
    private final Optional<String> answer;

    Complete(LocalDate on, Optional<String> answer) {
      super(AssignmentCommandKind.COMPLETE, on);
      this.answer = Objects.requireNonNull(answer, "answer");
      Require.notBlank(answer, "AssignmentCommand", "answer");
    }

    /** @return the client's answer, when recorded with the command (personal data) */
    @PersonalData
    public Optional<String> getAnswer() {
      return answer;
    }

    @Override
    protected Object[] payload() {
      return new Object[] {answer};
    }
  }

  /** The assignment evaluated and closed. */
  final class Discuss extends BaseCommand<AssignmentCommandKind> implements AssignmentCommand {
    Discuss(LocalDate on) {
      super(AssignmentCommandKind.DISCUSS, on);
    }

  }

  /** The assignment evaluated and adjusted, to be done again. */
  final class Adjust extends BaseCommand<AssignmentCommandKind> implements AssignmentCommand {
    private final Optional<String> instruction;
    private final Optional<LocalDate> dueOn;

    Adjust(LocalDate on, Optional<String> instruction, Optional<LocalDate> dueOn) {
      super(AssignmentCommandKind.ADJUST, on);
      this.instruction = Objects.requireNonNull(instruction, "instruction");
      this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
      Require.notBlank(instruction, "AssignmentCommand", "instruction");
      Require.notBefore(dueOn, Optional.of(on), "AssignmentCommand", "dueOn,date",
          "the new due date must not lie before the conversation that adjusts the assignment");
    }

    /** @return the adjusted instruction, when it changes */
    public Optional<String> getInstruction() {
      return instruction;
    }

    /** @return the new due date, when one is agreed */
    public Optional<LocalDate> getDueOn() {
      return dueOn;
    }

    @Override
    protected Object[] payload() {
      return new Object[] {instruction, dueOn};
    }
  }

}
