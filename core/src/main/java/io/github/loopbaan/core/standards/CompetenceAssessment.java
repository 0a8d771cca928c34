package io.github.loopbaan.core.standards;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A competence with the level a person shows in it and the evidence for that level, as an
 * instrument or a development assessment records it. Dutch: competentiebeoordeling.
 *
 * <p>The evidence is personal data and never appears in {@link #toString()}.
 */
@Value.Immutable
public abstract class CompetenceAssessment implements WithCompetenceAssessment {

  CompetenceAssessment() {}

  /**
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param competence the competence
   * @param level the level shown
   * @return an assessment without evidence
   */
  public static CompetenceAssessment of(CompetenceRef competence, ProficiencyLevel level) {
    return builder().competence(competence).level(level).build();
  }

  /**
   * @return the competence assessed
   */
  public abstract CompetenceRef getCompetence();

  /**
   * @return the level shown
   */
  public abstract ProficiencyLevel getLevel();

  /**
   * @return the evidence in words, for example an example the client gave
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> getEvidence();

  @Value.Check
  void check() {
    Require.notBlank(getEvidence(), "CompetenceAssessment", "evidence");
  }

  /** Builds a {@link CompetenceAssessment}. */
  public static final class Builder extends ImmutableCompetenceAssessment.Builder {
    Builder() {}
  }
}
