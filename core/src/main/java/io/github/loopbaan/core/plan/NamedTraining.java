package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A training named explicitly in the development plan. Dutch: opleiding (expliciet vermeld in het
 * POP).
 *
 * <p>In Flanders, highly educated clients can only get training vouchers, training leave or
 * training credit (opleidingscheques, opleidingsverlof, opleidingskrediet) when the training is
 * named explicitly in the POP; the coach then fills in the "Attest opleiding in het kader van het
 * persoonlijk ontwikkelingsplan", issued once for all enrolment years (004). In a POP the title and
 * provider say what this client plans to study and where, so they are personal data ({@link
 * PersonalData}), absent from {@link #toString()} and from the restricted views, like the attest's
 * {@code trainingTitle} they must match: a trajectory that holds both masks the title in both.
 *
 * <p>Structural rules: the title, and the provider when given, are not blank.
 */
@Value.Immutable
public abstract class NamedTraining implements WithNamedTraining {

  NamedTraining() {}

  /**
   * @return a builder for a named training
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param title the title of the training as the plan names it
   * @return a training without a provider
   */
  public static NamedTraining of(String title) {
    return builder().title(title).build();
  }

  /**
   * @return the title of the training, for example "Bachelor Verpleegkunde"
   */
  @PersonalData
  @Value.Redacted
  public abstract String getTitle();

  /**
   * @return the school or training provider, when named
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> getProvider();

  @Value.Check
  void check() {
    Require.notBlank(getTitle(), "NamedTraining", "title");
    Require.notBlank(getProvider(), "NamedTraining", "provider");
  }

  /** Builds a {@link NamedTraining}. Obtain one from {@link NamedTraining#builder()}. */
  public static final class Builder extends ImmutableNamedTraining.Builder {
    Builder() {}
  }
}
