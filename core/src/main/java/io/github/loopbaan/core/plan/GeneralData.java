package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The general data of a development plan (004, VDAB minimum content "Algemene gegevens": title "POP
 * (loopbaancheque 1 of 2)", date of finalisation, name and, preferably, signature of the client).
 * Dutch: algemene gegevens.
 *
 * <p>Every attribute is optional, so a draft plan has empty general data; whether a plan names
 * everything the voucher rules ask is validation. The client name is personal data and never
 * appears in {@link #toString()}. The signature itself is not modelled, only the day the client
 * signed.
 *
 * <p>Structural rules: title and client name, when given, are not blank; the client signs a
 * finalised plan, so a signature date needs a finalisation date ({@code
 * signature_needs_finalised_plan}) and does not lie before it ({@code not_before}).
 */
@Value.Immutable
public abstract class GeneralData implements WithGeneralData {

  private static final String TYPE = "GeneralData";

  GeneralData() {}

  /**
   * @return a builder for general data
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return general data with nothing filled in, for a draft plan
   */
  public static GeneralData empty() {
    return builder().build();
  }

  /**
   * @return the title of the plan, for example "POP (loopbaancheque 1 of 2)"
   */
  public abstract Optional<String> getTitle();

  /**
   * @return the day the plan was finalised (datum van finalisatie), once it is
   */
  public abstract Optional<LocalDate> getFinalisedOn();

  /**
   * @return the client's name as it appears on the plan (personal data), when filled in
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> getClientName();

  /**
   * @return the day the client signed the finalised plan, when signed (the VDAB prefers a
   *     signature)
   */
  public abstract Optional<LocalDate> getSignedOn();

  /**
   * @return whether the plan has a finalisation date
   */
  public boolean isFinalised() {
    return getFinalisedOn().isPresent();
  }

  /**
   * @param day a day
   * @return whether the plan was finalised before that day
   */
  public boolean isFinalisedBefore(LocalDate day) {
    LocalDate finalised =
        getFinalisedOn().orElse(null); // a plain field read: the JIT allocates no Optional here
    return finalised != null && finalised.isBefore(day);
  }

  @Value.Check
  void check() {
    Require.notBlank(getTitle(), TYPE, "title");
    Require.notBlank(getClientName(), TYPE, "clientName");
    Require.that(
        getSignedOn().isEmpty() || getFinalisedOn().isPresent(),
        TYPE,
        "signedOn",
        "signature_needs_finalised_plan",
        "must be absent until the plan is finalised");
    Require.notBefore(
        getSignedOn(), getFinalisedOn(), TYPE, "signedOn", "must not lie before the finalisation");
  }

  /** Builds a {@link GeneralData}. Obtain one from {@link GeneralData#builder()}. */
  public static final class Builder extends ImmutableGeneralData.Builder {
    Builder() {}
  }
}
