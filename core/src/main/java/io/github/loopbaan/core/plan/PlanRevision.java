package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A revision of a finalised development plan. The POP is a growth document that shows how the
 * career question and the process evolved (004: "Geeft de evolutie weer van de loopbaanvraag en het
 * proces, het is m.a.w. een groeidocument"), so every revision is kept. Dutch: herziening,
 * bijstelling van het POP.
 *
 * <p>Revisions are numbered from 1; number 1 is the first change after finalisation. The summary is
 * personal data and never appears in {@link #toString()}. Structural rules: the number is at least
 * 1 ({@code positive}); the summary is not blank.
 */
@Value.Immutable
public abstract class PlanRevision implements WithPlanRevision {

  PlanRevision() {}

  /**
   * @return a builder for a revision
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param number the number of the revision, from 1
   * @param revisedOn the day of the revision
   * @param summary what changed
   * @return the revision
   */
  public static PlanRevision of(int number, LocalDate revisedOn, String summary) {
    return builder().number(number).revisedOn(revisedOn).summary(summary).build();
  }

  /**
   * @return the number of the revision: 1 for the first revision after finalisation
   */
  public abstract int getNumber();

  /**
   * @return the day of the revision
   */
  public abstract LocalDate getRevisedOn();

  /**
   * @return what changed and why (personal data)
   */
  @PersonalData
  @Value.Redacted
  public abstract String getSummary();

  @Value.Check
  void check() {
    Require.that(getNumber() >= 1, "PlanRevision", "number", "positive", "must be at least 1");
    Require.notBlank(getSummary(), "PlanRevision", "summary");
  }

  /** Builds a {@link PlanRevision}. Obtain one from {@link PlanRevision#builder()}. */
  public static final class Builder extends ImmutablePlanRevision.Builder {
    Builder() {}
  }
}
