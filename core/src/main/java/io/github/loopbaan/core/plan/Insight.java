package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalData;
import io.github.loopbaan.core.privacy.Shared;
import io.github.loopbaan.core.privacy.Visibility;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An insight the reflection process led to, important for answering the career question (004: "Deze
 * reflecties leiden tot een aantal inzichten (bvb. over patronen, weerstanden, hulpbronnen, …)").
 * Dutch: inzicht.
 *
 * <p>The text is personal data and never appears in {@link #toString()}. Insights about
 * psychological matters (fear of failure, exhaustion, physical tension) can be health data: {@link
 * #getDataCategory()} says so per insight. The {@link PersonalData} mark on {@link #getText()}
 * gives the least category every insight has; serialization views and audits must use {@link
 * #getDataCategory()} for the category of a given insight.
 *
 * <p>Structural rules: the text is not blank ({@code not_blank}); the data category is personal or
 * health, never ordinary ({@code not_ordinary}), because an insight always concerns an identifiable
 * client.
 */
@Value.Immutable
public abstract class Insight implements WithInsight, Shared {

  Insight() {}

  /**
   * @return a builder for an insight
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param id the identifier
   * @param kind what the insight is about
   * @param text the insight in words
   * @return an insight shared with the client, of the personal data category, without a date
   */
  public static Insight of(InsightId id, InsightKind kind, String text) {
    return builder().id(id).kind(kind).text(text).build();
  }

  /**
   * @return the identifier of the insight
   */
  public abstract InsightId getId();

  /**
   * @return what the insight is about: a pattern, a resistance, a resource or another matter
   */
  public abstract InsightKind getKind();

  /**
   * @return the insight in words (personal data; health data when {@link #getDataCategory()} says
   *     so)
   */
  @PersonalData
  @Value.Redacted
  public abstract String getText();

  /**
   * @return the day the insight was recorded, when known
   */
  public abstract Optional<LocalDate> getRecordedOn();

  /**
   * Who may see the insight. The POP is the client's own document (004), so an insight is {@link
   * Visibility#SHARED_WITH_CLIENT shared with the client} unless set otherwise.
   *
   * @return the visibility, {@link Visibility#SHARED_WITH_CLIENT} by default
   */
  @Override
  @Value.Default
  public Visibility getVisibility() {
    return Visibility.SHARED_WITH_CLIENT;
  }

  /**
   * The data category of the text: {@link DataCategory#HEALTH} for insights about stress, burn-out
   * or psychological complaints (GDPR art. 9), else {@link DataCategory#PERSONAL}. It classifies
   * the item without revealing its content, so it is shown in {@code toString()}.
   *
   * @return the category, {@link DataCategory#PERSONAL} by default
   */
  @Value.Default
  public DataCategory getDataCategory() {
    return DataCategory.PERSONAL;
  }

  @Value.Check
  void check() {
    Require.notBlank(getText(), "Insight", "text");
    Require.that(
        getDataCategory() != DataCategory.ORDINARY,
        "Insight",
        "dataCategory",
        "not_ordinary",
        "must be personal or health data");
  }

  /** Builds an {@link Insight}. Obtain one from {@link Insight#builder()}. */
  public static final class Builder extends ImmutableInsight.Builder {
    Builder() {}
  }
}
