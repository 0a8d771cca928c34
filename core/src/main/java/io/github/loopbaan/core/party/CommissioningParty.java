package io.github.loopbaan.core.party;

import io.github.loopbaan.core.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who commissions the trajectory. Dutch: opdrachtgever.
 *
 * <p>The client themself, an employer organisation, or a public funder such as the Flemish career
 * voucher (loopbaancheque). An employer commissioner sees only what is explicitly shared with it
 * ({@link io.github.loopbaan.core.privacy.Visibility#SHARED_WITH_COMMISSIONER}).
 *
 * <p>Structural rules: an organisation name, when given, is not blank; a {@link
 * CommissionerKind#SELF self-commissioned} trajectory names no organisation.
 */
@Value.Immutable
public abstract class CommissioningParty implements WithCommissioningParty {

  CommissioningParty() {}

  /**
   * @return a builder for a commissioning party
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param id the identifier of the party
   * @return the client as their own commissioner
   */
  public static CommissioningParty self(CommissionerId id) {
    return builder().id(id).kind(CommissionerKind.SELF).build();
  }

  /**
   * @param id the identifier of the employer
   * @param organisationName the employer's name (an organisation, not a person)
   * @return an employer commissioner
   */
  public static CommissioningParty employer(CommissionerId id, String organisationName) {
    return builder()
        .id(id)
        .kind(CommissionerKind.EMPLOYER)
        .organisationName(organisationName)
        .build();
  }

  /**
   * @param id the identifier of the funder
   * @param organisationName the funder's name, for example {@code "VDAB"}
   * @return a public funder
   */
  public static CommissioningParty publicFunder(CommissionerId id, String organisationName) {
    return builder()
        .id(id)
        .kind(CommissionerKind.PUBLIC_FUNDER)
        .organisationName(organisationName)
        .build();
  }

  /**
   * @return the identifier of the commissioning party
   */
  public abstract CommissionerId getId();

  /**
   * @return what kind of party commissions the trajectory
   */
  public abstract CommissionerKind getKind();

  /**
   * @return the organisation's name, for an employer or a funder
   */
  public abstract Optional<String> getOrganisationName();

  @Value.Check
  void check() {
    Require.notBlank(getOrganisationName(), "CommissioningParty", "organisationName");
    Require.that(
        getKind() != CommissionerKind.SELF || getOrganisationName().isEmpty(),
        "CommissioningParty",
        "organisationName",
        "self_has_no_organisation",
        "must be absent when the client commissions the trajectory");
  }

  /** Builds a {@link CommissioningParty}. Obtain one from {@link CommissioningParty#builder()}. */
  public static final class Builder extends ImmutableCommissioningParty.Builder {
    Builder() {}
  }
}
