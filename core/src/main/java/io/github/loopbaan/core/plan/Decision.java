package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A choice or decision the client made on the basis of the insights, which may lead to concrete
 * actions (004: "De keuzes, beslissingen en/of acties"). Dutch: keuze, beslissing.
 *
 * <p>The client makes their own choices (002). The text is personal data and never appears in
 * {@link #toString()}. Structural rule: the text is not blank.
 */
@Value.Immutable
public abstract class Decision implements WithDecision {

  Decision() {}

  /**
   * @return a builder for a decision
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param kind a choice or a decision
   * @param text what the client chose or decided
   * @return a decision without a date
   */
  public static Decision of(DecisionKind kind, String text) {
    return builder().kind(kind).text(text).build();
  }

  /**
   * @return whether this is a choice or a decision
   */
  public abstract DecisionKind getKind();

  /**
   * @return what the client chose or decided, in words (personal data)
   */
  @PersonalData
  @Value.Redacted
  public abstract String getText();

  /**
   * @return the day it was decided, when recorded
   */
  public abstract Optional<LocalDate> getDecidedOn();

  @Value.Check
  void check() {
    Require.notBlank(getText(), "Decision", "text");
  }

  /** Builds a {@link Decision}. Obtain one from {@link Decision#builder()}. */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }
}
