package io.github.loopbaan.core.party;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The person being coached. Dutch: cliënt, kandidaat, coachee, begeleide.
 *
 * <p>The client owns their development plan and their actions (004, 002). Only the identifier is
 * required; every other fact is optional, because practices record what the client chooses to
 * share. Name, birth year, private situation and health concerns are personal data (health
 * concerns: special category) and never appear in {@link #toString()}; nor does the employment
 * situation, since long-term sickness is health data.
 *
 * <p>Structural rules: the name, when given, is not blank; the birth year lies between 1900 and
 * 9999.
 *
 * <pre>{@code
 * Client client = Client.builder()
 *     .id(ClientId.of("c-17"))
 *     .birthYear(Year.of(1973))
 *     .employment(EmploymentSituation.FORCED_MOBILITY)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Client implements WithClient {

  Client() {}

  /**
   * @return a builder for a client
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the client's identifier
   */
  public abstract ClientId getId();

  /**
   * @return the client's name as it appears on the POP, when recorded
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> getName();

  /**
   * @return the year of birth, when recorded; the age band is derived from it
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<Year> getBirthYear();

  /**
   * @return the age band declared directly, for a client whose birth year is not recorded; when a
   *     birth year is present, {@link #ageBandOn(LocalDate)} uses the birth year instead
   */
  public abstract Optional<AgeBand> getDeclaredAgeBand();

  /**
   * @return the situation on the labour market at the start of the trajectory, when recorded
   */
  @Value.Redacted
  public abstract Optional<EmploymentSituation> getEmployment();

  /**
   * @return factors of the private situation that bear on the coaching (personal data)
   */
  @PersonalData
  @Value.Redacted
  public abstract Set<PrivateSituationFactor> getPrivateSituation();

  /**
   * @return health concerns the client shared (health data, GDPR art. 9)
   */
  @PersonalData(DataCategory.HEALTH)
  @Value.Redacted
  public abstract Set<HealthConcern> getHealthConcerns();

  /**
   * @return the highest education level, when recorded
   */
  public abstract Optional<EducationLevel> getEducationLevel();

  /**
   * The age band of the client on a date.
   *
   * @param date the reference date, usually the start of the trajectory (no ambient time)
   * @return the band from the birth year (age reached in the year of {@code date}), else the
   *     declared band, else empty
   */
  public Optional<AgeBand> ageBandOn(LocalDate date) {
    if (getBirthYear().isPresent()) {
      int age = date.getYear() - getBirthYear().get().getValue();
      return Optional.of(AgeBand.ofAge(Math.max(0, Math.min(150, age))));
    }
    return getDeclaredAgeBand();
  }

  @Value.Check
  void check() {
    Require.notBlank(getName(), "Client", "name");
    getBirthYear().ifPresent(y -> Require.inRange(y.getValue(), 1900, 9999, "Client", "birthYear"));
  }

  /** Builds a {@link Client}. Obtain one from {@link Client#builder()}. */
  public static final class Builder extends ImmutableClient.Builder {
    Builder() {}
  }
}
