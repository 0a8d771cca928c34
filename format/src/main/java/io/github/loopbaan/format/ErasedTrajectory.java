package io.github.loopbaan.format;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.privacy.Classified;
import io.github.loopbaan.core.privacy.DataCategories;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalDatum;
import io.github.loopbaan.core.trajectory.Trajectory;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A trajectory whose personal and health data are erased (GDPR art. 17), kept as structure for the
 * practice's accountability and statistics: its stages, dates, phases, hours and history remain,
 * nothing about the person does. Dutch: gewist traject.
 *
 * <p>What an erased trajectory holds, checked by {@link #of(Trajectory)} whatever made the value
 * ({@link Erasure}, a JSON document of kind {@code erased_trajectory}, or a caller's own code):
 *
 * <ul>
 *   <li>every attribute marked {@code @PersonalData} is empty, {@code false}, or, where the model
 *       requires a text, {@link #ERASED_TEXT};
 *   <li>no code of a sensitive class ({@link Classified#isSensitive}: a class with a health
 *       constant) is held where it is personal data, and no health data at all;
 *   <li>the client's identifier is a pseudonym: {@code ps-} and 24 lowercase hexadecimal digits
 *       (see {@link #isPseudonym(String)}), so the record no longer names the person's key in the
 *       application.
 * </ul>
 *
 * <p>Codes of ordinary personal data (a coaching approach, an education level) remain: without the
 * person's name, key and words they describe the trajectory, not someone who can be identified.
 * {@link #toString()} names the trajectory's identifier only.
 */
public final class ErasedTrajectory {

  /**
   * The text that stands for every erased text the model requires (a note's text, the client's own
   * words): the same for every attribute, so its length or form tells nothing about what was
   * erased.
   */
  public static final String ERASED_TEXT = "[erased]";

  /** The form of a pseudonym: {@code ps-} and 24 lowercase hexadecimal digits (96 bits). */
  public static final Pattern PSEUDONYM = Pattern.compile("ps-[0-9a-f]{24}");

  /**
   * The code of the constant that stands for every code of a sensitive class in an attribute the
   * model requires (a pause's or stop's reason): {@code other}, whatever the code was, health or
   * not, so that none can be told apart.
   */
  public static final String STAND_IN = "other";

  /**
   * The funding regime is the practice's configuration: the employment situations it funds describe
   * the regime, not the client, and stay.
   */
  private static final String REGIME = "funding.regime.";

  private final Trajectory trajectory;

  private ErasedTrajectory(Trajectory trajectory) {
    this.trajectory = trajectory;
  }

  /**
   * @param trajectory a trajectory that holds no personal or health data any more
   * @return it as an erased trajectory
   * @throws InvalidValueException (rule {@code not_erased}) naming the first attribute that still
   *     holds personal or health data, by its path and category, never its value; or (rule {@code
   *     pseudonym}) when the client's identifier is not a pseudonym
   */
  public static ErasedTrajectory of(Trajectory trajectory) {
    Objects.requireNonNull(trajectory, "trajectory");
    for (PersonalDatum datum : DataCategories.personalData(trajectory)) {
      if (!isErased(datum) && !datum.getPath().startsWith(REGIME)) {
        throw new InvalidValueException(
            "ErasedTrajectory",
            "trajectory." + datum.getPath(),
            "not_erased",
            "holds " + datum.getCategory().code() + " data; an erased trajectory holds none");
      }
    }
    if (!isPseudonym(trajectory.getClient().getId().getValue())) {
      throw new InvalidValueException(
          "ErasedTrajectory",
          "trajectory.client.id",
          "pseudonym",
          "must be a pseudonym: ps- and 24 lowercase hexadecimal digits");
    }
    return new ErasedTrajectory(trajectory);
  }

  /**
   * @param value an identifier's value
   * @return whether it has the form of a pseudonym made by erasure ({@link #PSEUDONYM})
   */
  public static boolean isPseudonym(String value) {
    return PSEUDONYM.matcher(value).matches();
  }

  /**
   * @return whether an item found by {@link DataCategories#personalData} is what erasure leaves:
   *     the erased text, a {@code false} flag, a code of ordinary personal data of a class without
   *     health constants, or the stand-in of a sensitive class
   */
  private static boolean isErased(PersonalDatum datum) {
    if (datum.getCategory() != DataCategory.PERSONAL) {
      return false;
    }
    Object value = datum.getValue();
    if (value instanceof Classified) {
      return !Classified.isSensitive(value.getClass())
          || value instanceof Coded && STAND_IN.equals(((Coded) value).code());
    }
    return ERASED_TEXT.equals(value) || Boolean.FALSE.equals(value);
  }

  /**
   * @return the erased trajectory itself, a valid {@link Trajectory} in every respect
   */
  public Trajectory getTrajectory() {
    return trajectory;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ErasedTrajectory && ((ErasedTrajectory) o).trajectory.equals(trajectory);
  }

  @Override
  public int hashCode() {
    return trajectory.hashCode();
  }

  /**
   * @return for example {@code ErasedTrajectory[t-2025-017]}
   */
  @Override
  public String toString() {
    return "ErasedTrajectory[" + trajectory.getId().getValue() + "]";
  }
}
