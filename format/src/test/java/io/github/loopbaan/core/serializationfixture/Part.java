package io.github.loopbaan.core.serializationfixture;

import io.github.loopbaan.core.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/** A small nested value type with a structural rule. */
@Value.Immutable
public abstract class Part {

  Part() {}

  /**
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param name the name
   * @return a part
   */
  public static Part of(String name) {
    return builder().name(name).build();
  }

  /**
   * @return the name, not blank
   */
  public abstract String getName();

  /**
   * @return an optional weight, 0 to 10
   */
  public abstract Optional<Integer> getWeight();

  @Value.Check
  void check() {
    Require.notBlank(getName(), "Part", "name");
    getWeight().ifPresent(w -> Require.inRange(w, 0, 10, "Part", "weight"));
  }

  /** Builds a {@link Part}. */
  public static final class Builder extends ImmutablePart.Builder {
    Builder() {}
  }
}
