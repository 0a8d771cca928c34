package io.github.loopbaan.core.standards;

import io.github.loopbaan.core.InvalidValueException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An interest profile after Holland: a score from 0 to 100 for each of the six {@link RiasecType
 * types}. Dutch: interesseprofiel.
 */
public final class RiasecProfile {

  private final int[] scores;

  private RiasecProfile(int[] scores) {
    for (RiasecType type : RiasecType.values()) {
      int score = scores[type.ordinal()];
      if (score < 0 || score > 100) {
        throw new InvalidValueException(
            "RiasecProfile", type.code(), "in_range", "must be between 0 and 100");
      }
    }
    this.scores = scores;
  }

  /**
   * @param realistic score 0 to 100
   * @param investigative score 0 to 100
   * @param artistic score 0 to 100
   * @param social score 0 to 100
   * @param enterprising score 0 to 100
   * @param conventional score 0 to 100
   * @return the profile
   * @throws InvalidValueException (rule {@code in_range}) when a score lies outside 0 to 100
   */
  public static RiasecProfile of(
      int realistic,
      int investigative,
      int artistic,
      int social,
      int enterprising,
      int conventional) {
    return new RiasecProfile(
        new int[] {realistic, investigative, artistic, social, enterprising, conventional});
  }

  /**
   * @param scores a score for every type
   * @return the profile
   * @throws InvalidValueException when a type is missing (rule {@code complete}) or a score is out
   *     of range
   */
  public static RiasecProfile of(Map<RiasecType, Integer> scores) {
    int[] values = new int[RiasecType.values().length];
    for (RiasecType type : RiasecType.values()) {
      Integer score = scores.get(type);
      if (score == null) {
        throw new InvalidValueException(
            "RiasecProfile", type.code(), "complete", "must have a score");
      }
      values[type.ordinal()] = score;
    }
    return new RiasecProfile(values);
  }

  /**
   * @param type an interest type
   * @return its score, 0 to 100
   */
  public int score(RiasecType type) {
    return scores[type.ordinal()];
  }

  /**
   * @return every score by type, in RIASEC order
   */
  public Map<RiasecType, Integer> getScores() {
    Map<RiasecType, Integer> map = new EnumMap<>(RiasecType.class);
    for (RiasecType type : RiasecType.values()) {
      map.put(type, scores[type.ordinal()]);
    }
    return map;
  }

  /**
   * @return the three-letter Holland code: the three highest-scoring types, highest first; ties
   *     keep RIASEC order
   */
  public String hollandCode() {
    return Arrays.stream(RiasecType.values())
        .sorted(Comparator.comparingInt(this::score).reversed())
        .limit(3)
        .map(t -> String.valueOf(t.letter()))
        .collect(Collectors.joining());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RiasecProfile && Arrays.equals(((RiasecProfile) other).scores, scores);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(scores);
  }

  /**
   * @return the type and scores, for example {@code RiasecProfile[R=10, I=80, …]}; no person is
   *     named
   */
  @Override
  public String toString() {
    return "RiasecProfile"
        + getScores().entrySet().stream()
            .map(e -> e.getKey().letter() + "=" + e.getValue())
            .collect(Collectors.joining(", ", "[", "]"));
  }
}
