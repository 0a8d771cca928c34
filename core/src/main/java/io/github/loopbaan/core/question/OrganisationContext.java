package io.github.loopbaan.core.question;

import io.github.loopbaan.core.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The context of the organisation the client works in, as it bears on the coaching: whether it
 * grows or shrinks, its culture and its learning climate (003 §1.2: "Geen enkele loopbaanvraag kan
 * dus los worden gezien van de organisatie waar de cliënt werkt"). Dutch: organisatiecontext.
 *
 * <p>Recorded on the {@link CareerQuestion#getOrganisationContext() career question}, whether the
 * client or the organisation brought it. The culture is described in the coach's words; it is about
 * the organisation, not about a person, but being free text it is kept out of {@link #toString()}
 * and out of the anonymised view like every text.
 *
 * <p>Structural rules: at least one attribute is recorded ({@code not_empty}); the culture, when
 * given, is not blank ({@code not_blank}).
 *
 * <pre>{@code
 * OrganisationContext context = OrganisationContext.builder()
 *     .development(OrganisationDevelopment.SHRINKING)
 *     .learningClimate(LearningClimate.RESTRICTIVE)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class OrganisationContext implements WithOrganisationContext {

  OrganisationContext() {}

  /**
   * @return a builder for an organisation's context
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return whether the organisation grows, is stable, shrinks or reorganises, when recorded
   */
  public abstract Optional<OrganisationDevelopment> getDevelopment();

  /**
   * @return the organisation's culture in the coach's words (Dutch: organisatiecultuur), when
   *     recorded
   */
  @Value.Redacted
  public abstract Optional<String> getCulture();

  /**
   * @return the organisation's learning or development climate, when recorded
   */
  public abstract Optional<LearningClimate> getLearningClimate();

  @Value.Check
  void check() {
    Require.that(
        getDevelopment().isPresent()
            || getCulture().isPresent()
            || getLearningClimate().isPresent(),
        "OrganisationContext",
        "development,culture,learningClimate",
        "not_empty",
        "must record at least one of development, culture and learning climate");
    Require.notBlank(getCulture(), "OrganisationContext", "culture");
  }

  /**
   * Builds an {@link OrganisationContext}. Obtain one from {@link OrganisationContext#builder()}.
   */
  public static final class Builder extends ImmutableOrganisationContext.Builder {
    Builder() {}
  }
}
