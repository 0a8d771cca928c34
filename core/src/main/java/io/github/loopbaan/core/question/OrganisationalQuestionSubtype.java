package io.github.loopbaan.core.question;

import io.github.loopbaan.core.Coded;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A cell of 003 table 1.2: the kind of career question an organisation brings, with its {@link
 * OrganisationalQuestionCategory column}. Dutch: loopbaanvraagstuk in organisaties.
 */
public enum OrganisationalQuestionSubtype implements Coded {
  /**
   * How do we train our young and high potentials? Binding and captivating. Dutch: kweekvijver
   * ("binden en boeien").
   */
  TALENT_POOL("talent_pool", OrganisationalQuestionCategory.GROWTH_DEVELOPMENT),
  /** Which career paths do we have for management? Dutch: managementdevelopment. */
  MANAGEMENT_DEVELOPMENT(
      "management_development", OrganisationalQuestionCategory.GROWTH_DEVELOPMENT),
  /** How do we develop our technical, creative or commercial talents? Dutch: talentdevelopment. */
  TALENT_DEVELOPMENT("talent_development", OrganisationalQuestionCategory.GROWTH_DEVELOPMENT),
  /**
   * Employees shape their own job so that it fits their needs and qualities better; the employee's
   * talents, skills and passions are the starting point. Dutch: jobcrafting.
   */
  JOB_CRAFTING("job_crafting", OrganisationalQuestionCategory.GROWTH_DEVELOPMENT),
  /**
   * Employees who have not functioned well for some time, sometimes years. Dutch: probleemsituatie.
   */
  PROBLEM_SITUATION("problem_situation", OrganisationalQuestionCategory.MISMATCH_STAGNATION),
  /**
   * Employees of whom it can be foreseen that they can or will no longer make the turn. Dutch:
   * voorspelbare stagnatie.
   */
  PREDICTABLE_STAGNATION(
      "predictable_stagnation", OrganisationalQuestionCategory.MISMATCH_STAGNATION),
  /**
   * Employees no longer agree with the organisation's policy and drop out. Dutch: volledige
   * blokkade.
   */
  FULL_BLOCKADE("full_blockade", OrganisationalQuestionCategory.MISMATCH_STAGNATION),
  /**
   * Employees must change job or location within the organisation. Dutch: gedwongen interne
   * mobiliteit.
   */
  FORCED_INTERNAL_MOBILITY(
      "forced_internal_mobility", OrganisationalQuestionCategory.REORGANISATION_MERGER),
  /**
   * Employees are offered a trajectory that helps them find a job outside the organisation. Dutch:
   * mobiliteitstraject (naar buiten).
   */
  MOBILITY_TRAJECTORY_OUTSIDE(
      "mobility_trajectory_outside", OrganisationalQuestionCategory.REORGANISATION_MERGER);

  private final String code;
  private final OrganisationalQuestionCategory category;

  OrganisationalQuestionSubtype(String code, OrganisationalQuestionCategory category) {
    this.code = code;
    this.category = category;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return the column of table 1.2 this subtype belongs to
   */
  public OrganisationalQuestionCategory category() {
    return category;
  }

  /**
   * @param category a column of table 1.2
   * @return the subtypes of that column, in table order
   */
  public static List<OrganisationalQuestionSubtype> of(OrganisationalQuestionCategory category) {
    return Arrays.stream(values())
        .filter(s -> s.category == category)
        .collect(Collectors.toUnmodifiableList());
  }
}
