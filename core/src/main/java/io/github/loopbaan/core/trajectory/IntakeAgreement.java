package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import io.github.loopbaan.core.rules.FlemishVoucher;
import io.github.loopbaan.core.rules.voucher.AgreementSigned;
import io.github.loopbaan.core.rules.voucher.IntakeTopics;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What was explained and agreed at intake. Dutch: intake en overeenkomst (intakegesprek,
 * ondertekening overeenkomst).
 *
 * <p>004 lists ten {@linkplain IntakeTopic topics} the coach explains in the intake conversation,
 * or already in the introductory conversation; the last of them is signing the agreement. An
 * agreement with only some topics explained and no signature is a legal draft: whether all topics
 * were explained is a matter for validation ({@link #allTopicsExplained()}, {@link
 * #missingTopics()}).
 *
 * <p>Structural rule {@code signed_topic_explained}: an agreement that is signed has {@link
 * IntakeTopic#SIGNING_THE_AGREEMENT} among its explained topics, because signing is itself one of
 * the topics of the intake. No order is imposed between {@link #getHeldOn()} and {@link
 * #getSignedOn()}: 004 allows the topics, signing included, to be dealt with in the introductory
 * conversation before the intake.
 *
 * <pre>{@code
 * IntakeAgreement intake = IntakeAgreement.builder()
 *     .heldOn(LocalDate.of(2024, 9, 2))
 *     .addAllExplainedTopics(EnumSet.allOf(IntakeTopic.class))
 *     .signedOn(LocalDate.of(2024, 9, 2))
 *     .build();
 * }</pre>
 */
@IntakeTopics(groups = FlemishVoucher.class)
@AgreementSigned(groups = FlemishVoucher.class)
@Value.Immutable
public abstract class IntakeAgreement implements WithIntakeAgreement {

  IntakeAgreement() {}

  /**
   * @return a builder for an intake agreement
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param explainedTopics the topics explained so far
   * @return an unsigned agreement with those topics explained and no intake date
   */
  public static IntakeAgreement of(Iterable<IntakeTopic> explainedTopics) {
    return builder().addAllExplainedTopics(explainedTopics).build();
  }

  /**
   * @return the topics the coach has explained to the client
   */
  public abstract Set<IntakeTopic> getExplainedTopics();

  /**
   * @return the day of the intake conversation (Dutch: intakegesprek), when recorded
   */
  public abstract Optional<LocalDate> getHeldOn();

  /**
   * @return the day client and coach signed the agreement (Dutch: ondertekening overeenkomst), if
   *     signed
   */
  public abstract Optional<LocalDate> getSignedOn();

  /**
   * @return what the intake established about the client's right to funded guidance, when recorded
   */
  public abstract Optional<Eligibility> getEligibility();

  /**
   * Whether the client started the guidance only to obtain a training benefit (training vouchers,
   * training credit or training leave, {@link TrainingBenefit}) without any other career question.
   * Dutch: begeleiding enkel opgestart om opleidingscheques, -krediet of -verlof te bekomen. 004 §5
   * forbids the training attest for such guidance; the attest command refuses it ({@code
   * only_for_training_benefit}) and the rule {@code vch_attest_career_question} reports an attest
   * recorded anyway. The coach records what the intake showed; false (the default) means the intake
   * recorded another career question or did not record this fact.
   *
   * <p>The client's motive is personal data: it is absent from {@link #toString()}, whichever its
   * value.
   *
   * @return whether the guidance was started only to obtain a training benefit; false by default
   */
  @PersonalData
  @Value.Redacted
  @Value.Default
  public boolean isOnlyForTrainingBenefit() {
    return false;
  }

  /**
   * @return whether the agreement has been signed
   */
  public boolean isSigned() {
    return getSignedOn().isPresent();
  }

  /**
   * @param day a day
   * @return whether the agreement was signed on or before that day
   */
  public boolean isSignedBy(LocalDate day) {
    LocalDate signed =
        getSignedOn().orElse(null); // a plain field read: the JIT allocates no Optional here
    return signed != null && !signed.isAfter(day);
  }

  /**
   * @return whether every one of the ten topics of 004 has been explained
   */
  public boolean allTopicsExplained() {
    return getExplainedTopics().containsAll(EnumSet.allOf(IntakeTopic.class));
  }

  /**
   * @return the topics not yet explained, in the order of {@link IntakeTopic}; together with {@link
   *     #getExplainedTopics()} they make up all topics
   */
  public Set<IntakeTopic> missingTopics() {
    EnumSet<IntakeTopic> missing = EnumSet.allOf(IntakeTopic.class);
    missing.removeAll(getExplainedTopics());
    return Collections.unmodifiableSet(missing);
  }

  @Value.Check
  void check() {
    Require.that(
        !isSigned() || getExplainedTopics().contains(IntakeTopic.SIGNING_THE_AGREEMENT),
        "IntakeAgreement",
        "signedOn",
        "signed_topic_explained",
        "requires the signing of the agreement among the explained topics");
  }

  /** Builds an {@link IntakeAgreement}. Obtain one from {@link IntakeAgreement#builder()}. */
  public static final class Builder extends ImmutableIntakeAgreement.Builder {
    Builder() {}
  }
}
