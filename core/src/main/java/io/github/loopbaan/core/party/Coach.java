package io.github.loopbaan.core.party;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The professional who guides the client. Dutch: loopbaancoach, loopbaanbegeleider,
 * loopbaanadviseur.
 *
 * <p>A coach may hold accreditations (Noloc register, EQA levels), has specialisms (003 §1.4),
 * works inside or outside the client's organisation (003 §1.2) and knows their limits:
 * psychological complaints are referred elsewhere (003 ch. 4). The roles the coach takes on in a
 * trajectory are set by its plan ({@link
 * io.github.loopbaan.core.phase.TrajectoryPlan#getCoachRoles()}). The name is personal data and
 * never appears in {@link #toString()}.
 */
@Value.Immutable
public abstract class Coach implements WithCoach {

  Coach() {}

  /**
   * @return a builder for a coach
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param id the coach's identifier
   * @return a coach with an identifier only
   */
  public static Coach of(CoachId id) {
    return builder().id(id).build();
  }

  /**
   * @return the coach's identifier
   */
  public abstract CoachId getId();

  /**
   * @return the coach's name, when recorded
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> getName();

  /**
   * @return the accreditations the coach holds
   */
  public abstract Set<Accreditation> getAccreditations();

  /**
   * @return the fields the coach has specialised in (003 §1.4); empty when not recorded
   */
  public abstract Set<CoachSpecialism> getSpecialisms();

  /**
   * @return whether the coach works inside the client's organisation or outside it (003 §1.2), when
   *     recorded
   */
  public abstract Optional<CoachPosition> getPosition();

  @Value.Check
  void check() {
    Require.notBlank(getName(), "Coach", "name");
  }

  /** Builds a {@link Coach}. Obtain one from {@link Coach#builder()}. */
  public static final class Builder extends ImmutableCoach.Builder {
    Builder() {}
  }
}
