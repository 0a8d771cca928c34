package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The career centre that provides the guidance (Dutch: loopbaancentrum), with the number under
 * which the funder recognised it (Dutch: erkenningsnummer). 004 is written by a career centre that
 * follows the VDAB recommendations "wanneer je als loopbaancentrum gebruik wil maken van het
 * systeem van loopbaancheques"; a regime that pays only recognised centres says so with {@link
 * FundingRegime#isRecognisedProviderRequired()}.
 *
 * <p>The centre is an organisation, not a person: its name and number are no personal data.
 *
 * <p>Structural rules: the name and the recognition number, when given, are not blank ({@code
 * not_blank}).
 */
@Value.Immutable
public abstract class CareerCentre implements WithCareerCentre {

  CareerCentre() {}

  /**
   * @return a builder for a career centre
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param name the centre's name
   * @param recognitionNumber the number under which the funder recognised it
   * @return the recognised centre
   */
  public static CareerCentre recognised(String name, String recognitionNumber) {
    return builder().name(name).recognitionNumber(recognitionNumber).build();
  }

  /**
   * @return the centre's name
   */
  public abstract String getName();

  /**
   * @return the number under which the funder recognised the centre, when it is recognised
   */
  public abstract Optional<String> getRecognitionNumber();

  /**
   * @return whether the centre has a recognition number
   */
  public boolean isRecognised() {
    return getRecognitionNumber().isPresent();
  }

  @Value.Check
  void check() {
    Require.notBlank(getName(), "CareerCentre", "name");
    Require.notBlank(getRecognitionNumber(), "CareerCentre", "recognitionNumber");
  }

  /** Builds a {@link CareerCentre}. Obtain one from {@link CareerCentre#builder()}. */
  public static final class Builder extends ImmutableCareerCentre.Builder {
    Builder() {}
  }
}
