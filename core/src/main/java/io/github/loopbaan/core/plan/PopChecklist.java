package io.github.loopbaan.core.plan;

import java.util.List;
import org.immutables.value.Value;

/**
 * The VDAB overview document "Checklist POP": for each part of the POP's minimum content, whether
 * the POP held it, never what it held (004 §5: when the client does not want the POP kept in the
 * file for privacy reasons, "dan volstaat het overzichtsdocument Checklist POP"). Dutch: checklist
 * POP.
 *
 * <p>A plan in {@linkplain DevelopmentPlan#toChecklist() checklist form} carries one; the voucher
 * rules read the ticks where they would read the texts of a full plan. Every tick is {@code false}
 * unless set.
 */
@Value.Immutable
public abstract class PopChecklist implements WithPopChecklist {

  /** The parts of the checklist, in the order of 004's minimum content, as written in JSON. */
  public static final List<String> ITEMS =
      List.of(
          "title",
          "finalisedOn",
          "clientName",
          "signedOn",
          "careerQuestion",
          "reflections",
          "insights",
          "decisions",
          "goals",
          "actions");

  PopChecklist() {}

  /**
   * @return a builder for a checklist
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param plan a development plan
   * @return the checklist of that plan: its own when it is in checklist form, else the ticks of
   *     what it holds
   */
  public static PopChecklist of(DevelopmentPlan plan) {
    if (plan.getChecklist().isPresent()) {
      return plan.getChecklist().get();
    }
    GeneralData general = plan.getGeneralData();
    return builder()
        .title(general.getTitle().isPresent())
        .finalisedOn(general.getFinalisedOn().isPresent())
        .clientName(general.getClientName().isPresent())
        .signedOn(general.getSignedOn().isPresent())
        .careerQuestion(plan.getCareerQuestion().isPresent())
        .reflections(!plan.getReflections().isEmpty())
        .insights(!plan.getInsights().isEmpty())
        .decisions(!plan.getDecisions().isEmpty())
        .goals(!plan.getGoals().isEmpty())
        .actions(!plan.getActionPlan().getActions().isEmpty())
        .build();
  }

  /**
   * @return whether the POP had its title
   */
  @Value.Default
  public boolean isTitle() {
    return false;
  }

  /**
   * @return whether the POP had its date of finalisation
   */
  @Value.Default
  public boolean isFinalisedOn() {
    return false;
  }

  /**
   * @return whether the POP named the client
   */
  @Value.Default
  public boolean isClientName() {
    return false;
  }

  /**
   * @return whether the client signed the POP
   */
  @Value.Default
  public boolean isSignedOn() {
    return false;
  }

  /**
   * @return whether the POP stated the career question
   */
  @Value.Default
  public boolean isCareerQuestion() {
    return false;
  }

  /**
   * @return whether the POP held reflections
   */
  @Value.Default
  public boolean isReflections() {
    return false;
  }

  /**
   * @return whether the POP held insights
   */
  @Value.Default
  public boolean isInsights() {
    return false;
  }

  /**
   * @return whether the POP held choices or decisions
   */
  @Value.Default
  public boolean isDecisions() {
    return false;
  }

  /**
   * @return whether the POP held goals
   */
  @Value.Default
  public boolean isGoals() {
    return false;
  }

  /**
   * @return whether the POP held actions
   */
  @Value.Default
  public boolean isActions() {
    return false;
  }

  /** Builds a {@link PopChecklist}. Obtain one from {@link PopChecklist#builder()}. */
  public static final class Builder extends ImmutablePopChecklist.Builder {
    Builder() {}
  }
}
