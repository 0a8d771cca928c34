package io.github.loopbaan.core.question;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.party.AgeBand;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which coaching approach suits a question for a particular client, and why. Dutch: advies soort
 * loopbaancoaching.
 *
 * <p>{@link #recommend(ClientQuestionType, Client, LocalDate)} derives it from the question type
 * and the facts the client shared, with this precedence (the sources give the table and the facts,
 * not an order; the order is Loopbaan's choice):
 *
 * <ol>
 *   <li><b>Table 1.1 first.</b> The approach starts as the one 003 table 1.1 pairs with the
 *       question type; the first reason is always {@link
 *       RecommendationReason#QUESTION_TYPE_MAPS_TO_APPROACH}. The client's question leads (003
 *       §1.2: "in eerste instantie de vraag van de cliënt leidend").
 *   <li><b>Stress and burn-out over everything else.</b> A client who shared {@link
 *       HealthConcern#STRESS stress} or {@link HealthConcern#BURN_OUT burn-out} complaints gets
 *       {@link CoachingApproach#STRESS_COACHING} ({@link
 *       RecommendationReason#HEALTH_CONCERN_STRESS}), whatever the question type: a client who "is
 *       lived" and allows no time for reflection (table 1.1 row 5) cannot yet do choice or
 *       competence work.
 *   <li><b>Age and school-leaving for a generic choice question.</b> Only for {@link
 *       ClientQuestionType#CHOICE}: a senior client (55+, {@link Client#ageBandOn(LocalDate)}) gets
 *       senior career coaching ({@link RecommendationReason#CLIENT_IS_SENIOR}); otherwise a young
 *       client gets youth career coaching ({@link RecommendationReason#CLIENT_IS_YOUTH}), as does a
 *       school-leaver of any age ({@link RecommendationReason#CLIENT_IS_SCHOOL_LEAVER}). Other
 *       question types keep their approach: their content (getting further, blockades, life
 *       questions) is not age-specific.
 *   <li><b>Advice that keeps the approach</b>, added in this order: burn-out complaints advise
 *       considering a referral ({@link RecommendationReason#BURN_OUT_CONSIDER_REFERRAL});
 *       psychological complaints advise referral ({@link
 *       RecommendationReason#PSYCHOLOGICAL_COMPLAINTS_REFER}, 003 ch. 4); forced mobility (the
 *       client's employment situation, or an organisational question of the reorganisation column)
 *       advises opening with farewell to work ({@link
 *       RecommendationReason#FORCED_MOBILITY_FAREWELL}, 000 phase 1).
 * </ol>
 *
 * A reason is added only when it selects the recommended approach or adds advice; age facts under a
 * stress override, for example, are not listed.
 *
 * <p>The reasons are codes, never the client's words, but they reveal facts about the client,
 * health facts among them: they are marked as health data and never appear in {@link #toString()}.
 *
 * <p>Structural rules: at least one reason ({@code not_empty}); no reason twice ({@code unique});
 * an approach other than the one table 1.1 pairs with the question type is selected by one of the
 * reasons ({@code approach_explained}).
 */
@Value.Immutable
public abstract class ApproachRecommendation implements WithApproachRecommendation {

  private static final String TYPE = "ApproachRecommendation";

  ApproachRecommendation() {}

  /**
   * @return a builder for a recommendation
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Recommends an approach for a question type and a client, with the precedence described on the
   * class.
   *
   * @param type the question type, usually the {@linkplain CareerQuestion#currentType() current
   *     type}
   * @param client the client whose facts are taken into account
   * @param on the reference day for the client's age band (no ambient time)
   * @return the recommendation with at least one reason
   */
  public static ApproachRecommendation recommend(
      ClientQuestionType type, Client client, LocalDate on) {
    return recommend(type, Optional.empty(), client, on);
  }

  /**
   * Recommends an approach for the {@linkplain CareerQuestion#currentType() current type} of a
   * question, taking its organisational question into account as well (a reorganisation question
   * signals forced mobility).
   *
   * @param question the career question
   * @param client the client who asks it
   * @param on the reference day for the client's age band (no ambient time)
   * @return the recommendation with at least one reason
   */
  public static ApproachRecommendation recommend(
      CareerQuestion question, Client client, LocalDate on) {
    return recommend(question.currentType(), question.getOrganisationalQuestion(), client, on);
  }

  private static ApproachRecommendation recommend(
      ClientQuestionType type,
      Optional<OrganisationalQuestion> organisational,
      Client client,
      LocalDate on) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(on, "on");
    Set<HealthConcern> health = client.getHealthConcerns();
    Optional<EmploymentSituation> employment = client.getEmployment();
    List<RecommendationReason> reasons = new ArrayList<>();
    reasons.add(RecommendationReason.QUESTION_TYPE_MAPS_TO_APPROACH);
    CoachingApproach approach = type.approach();

    if (health.contains(HealthConcern.STRESS) || health.contains(HealthConcern.BURN_OUT)) {
      approach = CoachingApproach.STRESS_COACHING;
      reasons.add(RecommendationReason.HEALTH_CONCERN_STRESS);
    } else if (type.equals(ClientQuestionType.CHOICE)) {
      Optional<AgeBand> band = client.ageBandOn(on);
      if (band.equals(Optional.of(AgeBand.SENIOR))) {
        approach = CoachingApproach.SENIOR_CAREER_COACHING;
        reasons.add(RecommendationReason.CLIENT_IS_SENIOR);
      } else if (band.equals(Optional.of(AgeBand.YOUTH))) {
        approach = CoachingApproach.YOUTH_CAREER_COACHING;
        reasons.add(RecommendationReason.CLIENT_IS_YOUTH);
      } else if (employment.equals(Optional.of(EmploymentSituation.SCHOOL_LEAVER))) {
        approach = CoachingApproach.YOUTH_CAREER_COACHING;
        reasons.add(RecommendationReason.CLIENT_IS_SCHOOL_LEAVER);
      }
    }

    if (health.contains(HealthConcern.BURN_OUT)) {
      reasons.add(RecommendationReason.BURN_OUT_CONSIDER_REFERRAL);
    }
    if (health.contains(HealthConcern.PSYCHOLOGICAL_COMPLAINTS)) {
      reasons.add(RecommendationReason.PSYCHOLOGICAL_COMPLAINTS_REFER);
    }
    if (isForcedMobility(employment, organisational)) {
      reasons.add(RecommendationReason.FORCED_MOBILITY_FAREWELL);
    }
    return builder().questionType(type).approach(approach).reasons(reasons).build();
  }

  /**
   * @return the question type the recommendation was made for
   */
  @Value.Redacted
  public abstract ClientQuestionType getQuestionType();

  /**
   * @return the recommended coaching approach (soort loopbaancoaching)
   */
  @Value.Redacted
  public abstract CoachingApproach getApproach();

  /**
   * @return why, in order of the precedence: the table mapping first, then the reason that selected
   *     another approach, if any, then advice; codes only, but health data about the client
   */
  @PersonalData(DataCategory.HEALTH)
  @Value.Redacted
  public abstract List<RecommendationReason> getReasons();

  /**
   * Whether the facts record forced labour mobility (000 phase 1): the employment situation is
   * forced mobility, or the organisation's question is one of reorganisation (003 table 1.2).
   *
   * @param employment the client's employment situation, when recorded
   * @param organisational the organisation's question, when there is one
   * @return whether forced mobility is recorded
   */
  public static boolean isForcedMobility(
      Optional<EmploymentSituation> employment, Optional<OrganisationalQuestion> organisational) {
    return employment.equals(Optional.of(EmploymentSituation.FORCED_MOBILITY))
        || organisational
            .map(q -> q.category() == OrganisationalQuestionCategory.REORGANISATION_MERGER)
            .orElse(false);
  }

  /**
   * Derived, not an attribute.
   *
   * @return whether the approach differs from the one table 1.1 pairs with the question type
   */
  public boolean overridesTable() {
    return getApproach() != getQuestionType().approach();
  }

  /**
   * Derived, not an attribute. Dutch: doorverwijzen. The coach decides; the advice says the coach
   * should refer or consider referring the client (003 ch. 4).
   *
   * @return whether a reason advises referral
   */
  public boolean referralAdvised() {
    return getReasons().stream().anyMatch(RecommendationReason::advisesReferral);
  }

  @Value.Check
  void check() {
    Require.that(
        !getReasons().isEmpty(), TYPE, "reasons", "not_empty", "must hold at least one reason");
    Require.uniqueBy(getReasons(), r -> r, TYPE, "reasons");
    Require.that(
        !overridesTable()
            || getReasons().stream().anyMatch(r -> r.selects().equals(Optional.of(getApproach()))),
        TYPE,
        "approach",
        "approach_explained",
        "must be the approach of the question type or be selected by one of the reasons");
  }

  /**
   * Builds an {@link ApproachRecommendation}. Obtain one from {@link
   * ApproachRecommendation#builder()}.
   */
  public static final class Builder extends ImmutableApproachRecommendation.Builder {
    Builder() {}
  }
}
