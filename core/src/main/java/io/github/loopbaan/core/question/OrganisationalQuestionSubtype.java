package io.github.loopbaan.core.question;

import io.github.loopbaan.core.catalogue.AbstractCatalogueEntry;
import io.github.loopbaan.core.internal.Require;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A cell of 003 table 1.2: the kind of career question an organisation brings, with its {@link
 * OrganisationalQuestionCategory column}. Dutch: loopbaanvraagstuk in organisaties.
 *
 * <p><b>An open catalogue.</b> The constants are the cells of table 1.2; an application adds its
 * own kinds with {@link #custom(String)} (a namespaced code, labels and the column they belong to)
 * and lists them in the {@link io.github.loopbaan.core.catalogue.Catalogue} it gives the JSON
 * reader and the validator.
 */
public final class OrganisationalQuestionSubtype extends AbstractCatalogueEntry {
  /**
   * How do we train our young and high potentials? Binding and captivating. Dutch: kweekvijver
   * ("binden en boeien").
   */
  public static final OrganisationalQuestionSubtype TALENT_POOL =
      standard("TALENT_POOL", "talent_pool", OrganisationalQuestionCategory.GROWTH_DEVELOPMENT);

  /** Which career paths do we have for management? Dutch: managementdevelopment. */
  public static final OrganisationalQuestionSubtype MANAGEMENT_DEVELOPMENT =
      standard(
          "MANAGEMENT_DEVELOPMENT",
          "management_development",
          OrganisationalQuestionCategory.GROWTH_DEVELOPMENT);

  /** How do we develop our technical, creative or commercial talents? Dutch: talentdevelopment. */
  public static final OrganisationalQuestionSubtype TALENT_DEVELOPMENT =
      standard(
          "TALENT_DEVELOPMENT",
          "talent_development",
          OrganisationalQuestionCategory.GROWTH_DEVELOPMENT);

  /**
   * Employees shape their own job so that it fits their needs and qualities better; the employee's
   * talents, skills and passions are the starting point. Dutch: jobcrafting.
   */
  public static final OrganisationalQuestionSubtype JOB_CRAFTING =
      standard("JOB_CRAFTING", "job_crafting", OrganisationalQuestionCategory.GROWTH_DEVELOPMENT);

  /**
   * Employees who have not functioned well for some time, sometimes years. Dutch: probleemsituatie.
   */
  public static final OrganisationalQuestionSubtype PROBLEM_SITUATION =
      standard(
          "PROBLEM_SITUATION",
          "problem_situation",
          OrganisationalQuestionCategory.MISMATCH_STAGNATION);

  /**
   * Employees of whom it can be foreseen that they can or will no longer make the turn. Dutch:
   * voorspelbare stagnatie.
   */
  public static final OrganisationalQuestionSubtype PREDICTABLE_STAGNATION =
      standard(
          "PREDICTABLE_STAGNATION",
          "predictable_stagnation",
          OrganisationalQuestionCategory.MISMATCH_STAGNATION);

  /**
   * Employees no longer agree with the organisation's policy and drop out. Dutch: volledige
   * blokkade.
   */
  public static final OrganisationalQuestionSubtype FULL_BLOCKADE =
      standard(
          "FULL_BLOCKADE", "full_blockade", OrganisationalQuestionCategory.MISMATCH_STAGNATION);

  /**
   * Employees must change job or location within the organisation. Dutch: gedwongen interne
   * mobiliteit.
   */
  public static final OrganisationalQuestionSubtype FORCED_INTERNAL_MOBILITY =
      standard(
          "FORCED_INTERNAL_MOBILITY",
          "forced_internal_mobility",
          OrganisationalQuestionCategory.REORGANISATION_MERGER);

  /**
   * Employees are offered a trajectory that helps them find a job outside the organisation. Dutch:
   * mobiliteitstraject (naar buiten).
   */
  public static final OrganisationalQuestionSubtype MOBILITY_TRAJECTORY_OUTSIDE =
      standard(
          "MOBILITY_TRAJECTORY_OUTSIDE",
          "mobility_trajectory_outside",
          OrganisationalQuestionCategory.REORGANISATION_MERGER);

  private static final List<OrganisationalQuestionSubtype> STANDARD =
      List.of(
          TALENT_POOL,
          MANAGEMENT_DEVELOPMENT,
          TALENT_DEVELOPMENT,
          JOB_CRAFTING,
          PROBLEM_SITUATION,
          PREDICTABLE_STAGNATION,
          FULL_BLOCKADE,
          FORCED_INTERNAL_MOBILITY,
          MOBILITY_TRAJECTORY_OUTSIDE);

  private final OrganisationalQuestionCategory category;

  private OrganisationalQuestionSubtype(
      String name, String code, OrganisationalQuestionCategory category) {
    super(name, code);
    this.category = category;
  }

  private OrganisationalQuestionSubtype(Builder builder) {
    super(builder);
    this.category = builder.category;
  }

  private static OrganisationalQuestionSubtype standard(
      String name, String code, OrganisationalQuestionCategory category) {
    return new OrganisationalQuestionSubtype(name, code, category);
  }

  /**
   * @return the cells of table 1.2, column by column; unmodifiable
   */
  public static List<OrganisationalQuestionSubtype> standardEntries() {
    return STANDARD;
  }

  /**
   * Starts an application's own kind of organisational question, such as an HR vendor's own
   * taxonomy of requests.
   *
   * @param code a namespaced code such as {@code acme:return-to-work} ({@link
   *     io.github.loopbaan.core.catalogue.CatalogueCodes})
   * @return a builder; the column of table 1.2 and an English label are required
   * @throws io.github.loopbaan.core.InvalidValueException when the code is not namespaced
   */
  public static Builder custom(String code) {
    return new Builder(code);
  }

  /**
   * @return the column of table 1.2 this subtype belongs to
   */
  public OrganisationalQuestionCategory category() {
    return category;
  }

  /**
   * @param category a column of table 1.2
   * @return the standard subtypes of that column, in table order
   */
  public static List<OrganisationalQuestionSubtype> of(OrganisationalQuestionCategory category) {
    return STANDARD.stream()
        .filter(s -> s.category == category)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * @return the column
   */
  @Override
  protected List<Object> meaning() {
    return List.of(category);
  }

  /** Builds an application's {@link OrganisationalQuestionSubtype}. Not thread-safe. */
  public static final class Builder extends AbstractCatalogueEntry.Builder<Builder> {

    private OrganisationalQuestionCategory category;

    private Builder(String code) {
      super(code, "OrganisationalQuestionSubtype");
    }

    /**
     * @param category the column of table 1.2 the subtype belongs to; required
     * @return this builder
     */
    public Builder category(OrganisationalQuestionCategory category) {
      this.category = Objects.requireNonNull(category, "category");
      return this;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * @return the subtype
     * @throws io.github.loopbaan.core.InvalidValueException when the column is missing (rule {@code
     *     required}), or the English label is missing or a label is blank or too long
     */
    public OrganisationalQuestionSubtype build() {
      Require.that(
          category != null,
          "OrganisationalQuestionSubtype",
          "category",
          "required",
          "an application's organisational question names the column of table 1.2 it belongs to");
      return new OrganisationalQuestionSubtype(this);
    }
  }
}
