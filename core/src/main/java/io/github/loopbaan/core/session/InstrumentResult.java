package io.github.loopbaan.core.session;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import io.github.loopbaan.core.privacy.Shared;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.standards.CompetenceAssessment;
import io.github.loopbaan.core.standards.RiasecProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an instrument yielded for the client: competences with their level, an interest profile, a
 * summary. Dutch: resultaat van een instrument, testuitslag.
 *
 * <p>A result is input for reflection; the POP is a synthesis, not a list of test results (004).
 * The results of a test about an identifiable person are personal data: competences, interest
 * profile and summary never appear in {@link #toString()}. Results are private to the coach unless
 * shared.
 *
 * <p>Structural rules: the summary, when present, is not blank ({@code not_blank}); a competence is
 * assessed at most once per result ({@code unique}, attribute {@code competences}).
 */
@Value.Immutable
public abstract class InstrumentResult implements WithInstrumentResult, Shared {

  InstrumentResult() {}

  /**
   * @return a builder for an instrument result
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the result's identifier
   */
  public abstract InstrumentResultId getId();

  /**
   * @return the instrument that was used
   */
  public abstract Instrument getInstrument();

  /**
   * @return the day the instrument was administered (Dutch: afgenomen op)
   */
  public abstract LocalDate getAdministeredOn();

  /**
   * @return the competences assessed, with level and evidence (personal data)
   */
  @PersonalData
  @Value.Redacted
  public abstract List<CompetenceAssessment> getCompetences();

  /**
   * @return the Holland interest profile, when the instrument yields one (personal data)
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<RiasecProfile> getInterestProfile();

  /**
   * @return the coach's or client's summary of the result (personal data)
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> getSummary();

  /**
   * @return who may see the result; {@link Visibility#PRIVATE_TO_COACH} by default
   */
  @Override
  @Value.Default
  public Visibility getVisibility() {
    return Visibility.PRIVATE_TO_COACH;
  }

  @Value.Check
  void check() {
    Require.notBlank(getSummary(), "InstrumentResult", "summary");
    Require.uniqueBy(
        getCompetences(), CompetenceAssessment::getCompetence, "InstrumentResult", "competences");
  }

  /** Builds an {@link InstrumentResult}. Obtain one from {@link InstrumentResult#builder()}. */
  public static final class Builder extends ImmutableInstrumentResult.Builder {
    Builder() {}
  }
}
