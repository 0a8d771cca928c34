package io.github.loopbaan.benchmarks.coldstart;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline of the cold start: a bare Jackson 3 {@link JsonMapper} and a bare {@code
 * Validation.buildDefaultValidatorFactory()} doing the same first round trip on an equivalent plain
 * record (a trajectory with its vouchers, two sessions and an intake agreement, each carrying a few
 * Jakarta constraints). The agreement is not signed, so exactly one constraint fails ({@code
 * agreement.signedOn}), as in {@link LoopbaanRoundTrip}. Nothing here is touched before the
 * measured call.
 */
public final class BareRoundTrip {

  /** The codes of the ten intake topics, as Loopbaan writes them. */
  private static final List<String> TOPICS =
      List.of(
          "right_to_guidance",
          "financial_contribution",
          "code_of_conduct",
          "complaints_procedure",
          "confidentiality",
          "equal_treatment",
          "importance_of_career_goal",
          "exploration_of_career_question",
          "content_and_result",
          "signing_the_agreement");

  private BareRoundTrip() {}

  /**
   * A plain trajectory.
   *
   * @param id the identifier
   * @param clientId the client's identifier
   * @param openedOn the opening day
   * @param vouchers the voucher numbers, one or two
   * @param sessions the sessions held
   * @param agreement the intake agreement
   */
  public record PlainTrajectory(
      @NotBlank String id,
      @NotBlank String clientId,
      @NotNull LocalDate openedOn,
      @Size(min = 1, max = 2) List<@NotBlank String> vouchers,
      @NotEmpty List<@Valid @NotNull PlainSession> sessions,
      @Valid @NotNull PlainAgreement agreement) {}

  /**
   * A plain session.
   *
   * @param id the identifier
   * @param kind the kind of conversation
   * @param date the day
   * @param minutes the duration in minutes
   */
  public record PlainSession(
      @NotBlank String id, @NotBlank String kind, @NotNull LocalDate date, @Positive int minutes) {}

  /**
   * A plain intake agreement.
   *
   * @param explainedTopics the topics explained
   * @param heldOn the intake day
   * @param signedOn the day it was signed
   */
  public record PlainAgreement(
      @NotEmpty List<@NotBlank String> explainedTopics,
      @NotNull LocalDate heldOn,
      @NotNull LocalDate signedOn) {}

  /**
   * @return the round trip
   */
  public static RoundTrip run() {
    JsonMapper mapper = JsonMapper.builder().build();
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      PlainTrajectory trajectory = smallTrajectory();
      String document = mapper.writeValueAsString(trajectory);
      PlainTrajectory read = mapper.readValue(document, PlainTrajectory.class);
      List<String> violations = new ArrayList<>();
      Set<ConstraintViolation<PlainTrajectory>> found = validator.validate(read);
      for (ConstraintViolation<PlainTrajectory> v : found) {
        violations.add(v.getPropertyPath() + " " + v.getMessage());
      }
      return new RoundTrip(trajectory, document, read, violations);
    }
  }

  /**
   * @return the plain small trajectory, the same facts as {@link LoopbaanRoundTrip}'s
   */
  static PlainTrajectory smallTrajectory() {
    LocalDate start = LoopbaanRoundTrip.START;
    LocalDate intake = start.plusDays(7);
    return new PlainTrajectory(
        "t-cold-1",
        "c-cold-1",
        start,
        List.of("lc-1"),
        List.of(
            new PlainSession("s-1", "introductory", start, 30),
            new PlainSession("s-2", "intake", intake, 90)),
        new PlainAgreement(TOPICS, intake, null));
  }
}
