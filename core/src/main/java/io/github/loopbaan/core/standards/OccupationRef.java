package io.github.loopbaan.core.standards;

import io.github.loopbaan.core.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An occupation, named in words and optionally linked to ESCO, ISCO-08 and O*NET-SOC. Dutch:
 * beroep.
 *
 * <p>Structural rules: the label is not blank; an ESCO link, when present, is an occupation
 * concept.
 */
@Value.Immutable
public abstract class OccupationRef implements WithOccupationRef {

  OccupationRef() {}

  /**
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param label the occupation in words
   * @return an occupation without classification links
   */
  public static OccupationRef of(String label) {
    return builder().label(label).build();
  }

  /**
   * @return the occupation in words, for example "loopbaancoach"
   */
  public abstract String getLabel();

  /**
   * @return the ESCO occupation concept, when linked
   */
  public abstract Optional<EscoUri> getEsco();

  /**
   * @return the ISCO-08 code, when linked
   */
  public abstract Optional<IscoCode> getIsco();

  /**
   * @return the O*NET-SOC code, when linked
   */
  public abstract Optional<OnetSocCode> getOnetSoc();

  @Value.Check
  void check() {
    Require.notBlank(getLabel(), "OccupationRef", "label");
    Require.that(
        getEsco().map(EscoUri::isOccupation).orElse(true),
        "OccupationRef",
        "esco",
        "esco_occupation",
        "must be an ESCO occupation concept");
  }

  /** Builds an {@link OccupationRef}. */
  public static final class Builder extends ImmutableOccupationRef.Builder {
    Builder() {}
  }
}
