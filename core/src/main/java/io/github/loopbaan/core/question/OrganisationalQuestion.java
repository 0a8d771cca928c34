package io.github.loopbaan.core.question;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The career question as an organisation brings it, when an employer initiates the coaching (003
 * table 1.2). Dutch: loopbaanvraagstuk van de organisatie.
 *
 * <p>No career question stands apart from the organisation the client works in; the coach must
 * serve both parties (003 §1.2). The {@linkplain #category() category} follows from the subtype.
 * The description in the organisation's own words is about an employee and therefore personal data:
 * it never appears in {@link #toString()}.
 *
 * <p>Structural rules: the description, when given, is not blank; a {@linkplain #getMismatchCause()
 * cause of mismatch} is recorded only for a question of mismatch ({@code
 * mismatch_cause_for_mismatch}).
 *
 * <pre>{@code
 * OrganisationalQuestion q = OrganisationalQuestion.builder()
 *     .subtype(OrganisationalQuestionSubtype.MOBILITY_TRAJECTORY_OUTSIDE)
 *     .addTheme(OrganisationalTheme.MOBILITY_CAPACITY)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class OrganisationalQuestion implements WithOrganisationalQuestion {

  OrganisationalQuestion() {}

  /**
   * @return a builder for an organisational question
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param subtype the cell of table 1.2
   * @return an organisational question without themes or description
   */
  public static OrganisationalQuestion of(OrganisationalQuestionSubtype subtype) {
    return builder().subtype(subtype).build();
  }

  /**
   * @return the kind of question (a cell of 003 table 1.2)
   */
  public abstract OrganisationalQuestionSubtype getSubtype();

  /**
   * @return further themes the organisation brings with it (003 §1.2), possibly none
   */
  public abstract Set<OrganisationalTheme> getThemes();

  /**
   * @return the question in the organisation's own words, when recorded; personal data about the
   *     employee
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> getDescription();

  /**
   * @return for a question of mismatch (the middle column of table 1.2), its cause as the
   *     organisation sees it, when recorded (003 §1.2); it says something about the employee and is
   *     personal data
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<MismatchCause> getMismatchCause();

  /**
   * Derived, not an attribute.
   *
   * @return the column of table 1.2 (growth, mismatch, reorganisation) the subtype belongs to
   */
  public OrganisationalQuestionCategory category() {
    return getSubtype().category();
  }

  @Value.Check
  void check() {
    Require.notBlank(getDescription(), "OrganisationalQuestion", "description");
    Require.that(
        getMismatchCause().isEmpty()
            || category() == OrganisationalQuestionCategory.MISMATCH_STAGNATION,
        "OrganisationalQuestion",
        "mismatchCause",
        "mismatch_cause_for_mismatch",
        "a cause of mismatch belongs to a question of mismatch (table 1.2)");
  }

  /**
   * Builds an {@link OrganisationalQuestion}. Obtain one from {@link
   * OrganisationalQuestion#builder()}.
   */
  public static final class Builder extends ImmutableOrganisationalQuestion.Builder {
    Builder() {}
  }
}
