package io.github.loopbaan.core.serializationfixture;

import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.privacy.Shared;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.standards.RiasecProfile;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** A value type with every kind of attribute the generic mapping must handle. */
@Value.Immutable
public abstract class Sample implements Shared {

  Sample() {}

  /**
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return a label
   */
  public abstract String getLabel();

  /**
   * @return a boolean attribute, written as "active"
   */
  public abstract boolean isActive();

  /**
   * @return an int attribute
   */
  public abstract int getCount();

  /**
   * @return an attribute with a default: concrete, yet settable through the builder
   */
  @Value.Default
  public int getPriority() {
    return 3;
  }

  /**
   * @return derived, not an attribute: never written
   */
  public boolean isUrgent() {
    return getPriority() > 5;
  }

  /**
   * @return derived with a getter name, not an attribute: never written
   */
  public String getSummary() {
    return getLabel() + "/" + getCount();
  }

  /**
   * @return nested value types, in order
   */
  public abstract List<Part> getParts();

  /**
   * @return a map keyed by a coded enum
   */
  public abstract Map<Visibility, Integer> getTallies();

  /**
   * @return identifiers
   */
  public abstract Set<ClientId> getClients();

  /**
   * @return an optional duration
   */
  public abstract Optional<Duration> getLength();

  /**
   * @return an optional date
   */
  public abstract Optional<LocalDate> getDueOn();

  /**
   * @return an optional year
   */
  public abstract Optional<Year> getYear();

  /**
   * @return an optional interest profile
   */
  public abstract Optional<RiasecProfile> getProfile();

  /**
   * @return an optional sequence value
   */
  public abstract Optional<Trail> getTrail();

  /** Builds a {@link Sample}. */
  public static final class Builder extends ImmutableSample.Builder {
    Builder() {}
  }
}
