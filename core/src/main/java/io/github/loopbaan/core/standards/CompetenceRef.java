package io.github.loopbaan.core.standards;

import io.github.loopbaan.core.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A competence or skill, named in words and optionally linked to an ESCO skill concept. Dutch:
 * competentie, vaardigheid.
 *
 * <p>Structural rules: the label is not blank; an ESCO link, when present, is a skill concept.
 */
@Value.Immutable
public abstract class CompetenceRef implements WithCompetenceRef {

  CompetenceRef() {}

  /**
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param label the competence in words
   * @return a competence without classification link
   */
  public static CompetenceRef of(String label) {
    return builder().label(label).build();
  }

  /**
   * @return the competence in words, for example "netwerken"
   */
  public abstract String getLabel();

  /**
   * @return the ESCO skill concept, when linked
   */
  public abstract Optional<EscoUri> getEsco();

  @Value.Check
  void check() {
    Require.notBlank(getLabel(), "CompetenceRef", "label");
    Require.that(
        getEsco().map(EscoUri::isSkill).orElse(true),
        "CompetenceRef",
        "esco",
        "esco_skill",
        "must be an ESCO skill concept");
  }

  /** Builds a {@link CompetenceRef}. */
  public static final class Builder extends ImmutableCompetenceRef.Builder {
    Builder() {}
  }
}
