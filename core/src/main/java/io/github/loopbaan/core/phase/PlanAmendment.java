package io.github.loopbaan.core.phase;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A content phase added to the trajectory plan after the intake, because the trajectory showed it
 * was needed (for example empowerment when limiting patterns surface during self-exploration, 000).
 * Dutch: bijstelling van het trajectplan.
 *
 * <p>The reason is personal data and never appears in {@link #toString()}. Structural rule: the
 * reason is not blank. Whether the phase was already in the plan is checked by {@link
 * TrajectoryPlan}.
 */
@Value.Immutable
public abstract class PlanAmendment implements WithPlanAmendment {

  PlanAmendment() {}

  /**
   * @return a builder for an amendment
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param phase the phase added
   * @param amendedOn the day the phase was added
   * @param reason why it was added
   * @return an amendment giving the phase {@link Attention#NORMAL normal} attention
   */
  public static PlanAmendment of(ContentPhase phase, LocalDate amendedOn, String reason) {
    return builder().phase(phase).amendedOn(amendedOn).reason(reason).build();
  }

  /**
   * @return the phase added to the plan
   */
  public abstract ContentPhase getPhase();

  /**
   * @return how much attention the added phase gets; {@link Attention#NORMAL} unless set
   */
  @Value.Default
  public Attention getAttention() {
    return Attention.NORMAL;
  }

  /**
   * @return the day the phase was added
   */
  public abstract LocalDate getAmendedOn();

  /**
   * @return why the phase was added (personal data)
   */
  @PersonalData
  @Value.Redacted
  public abstract String getReason();

  @Value.Check
  void check() {
    Require.notBlank(getReason(), "PlanAmendment", "reason");
  }

  /** Builds a {@link PlanAmendment}. Obtain one from {@link PlanAmendment#builder()}. */
  public static final class Builder extends ImmutablePlanAmendment.Builder {
    Builder() {}
  }
}
