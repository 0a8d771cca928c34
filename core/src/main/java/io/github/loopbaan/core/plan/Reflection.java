package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reflection by the client on their own career and/or competences, as the development plan
 * records it (004: "Een reflectie door het individu over zijn eigen loopbaan en/of competenties").
 * Dutch: reflectie.
 *
 * <p>A reflection is the client's own words in the client's own plan, not something a coach writes,
 * so it carries no {@link io.github.loopbaan.core.privacy.Visibility} of its own: it is as visible
 * as the plan. What the coach records about the client's reflection belongs in an {@link Insight}
 * or a session note. The text is personal data and never appears in {@link #toString()}. Structural
 * rule: the text is not blank.
 */
@Value.Immutable
public abstract class Reflection implements WithReflection {

  Reflection() {}

  /**
   * @return a builder for a reflection
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param text the reflection in the client's words
   * @return a reflection without a date
   */
  public static Reflection of(String text) {
    return builder().text(text).build();
  }

  /**
   * @return the reflection in the client's words (personal data)
   */
  @PersonalData
  @Value.Redacted
  public abstract String getText();

  /**
   * @return the day of the reflection, when recorded
   */
  public abstract Optional<LocalDate> getReflectedOn();

  @Value.Check
  void check() {
    Require.notBlank(getText(), "Reflection", "text");
  }

  /** Builds a {@link Reflection}. Obtain one from {@link Reflection#builder()}. */
  public static final class Builder extends ImmutableReflection.Builder {
    Builder() {}
  }
}
