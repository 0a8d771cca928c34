package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Verdict;
import io.github.loopbaan.core.phase.CoachingGoal;
import io.github.loopbaan.core.privacy.PersonalData;
import io.github.loopbaan.core.rules.FlemishVoucher;
import io.github.loopbaan.core.rules.Warning;
import io.github.loopbaan.core.rules.base.ActionPlanRequired;
import io.github.loopbaan.core.rules.voucher.PopCareerQuestion;
import io.github.loopbaan.core.rules.voucher.PopChoices;
import io.github.loopbaan.core.rules.voucher.PopClientName;
import io.github.loopbaan.core.rules.voucher.PopFinalised;
import io.github.loopbaan.core.rules.voucher.PopReflections;
import io.github.loopbaan.core.rules.voucher.PopSignature;
import io.github.loopbaan.core.rules.voucher.PopTitle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The personal development plan drawn up in the synthesis conversation (004: "Synthesegesprek met
 * POP"). Dutch: persoonlijk ontwikkelingsplan, POP.
 *
 * <p>A POP is at least a supported process that furthers the client's labour-market oriented
 * development: a reflection on career and/or competences, resulting in a goal with a followable
 * action plan, its execution and an evaluation (004). The VDAB minimum content is the general data,
 * the career question, reflections and insights (about patterns, resistances, resources), and
 * choices, decisions and/or actions. A good POP is owned by the client (written by the client as
 * much as possible), a growth document, future-oriented, a synthesis rather than a list of test
 * results, and in a form that suits the client.
 *
 * <p>Every part is optional or may be empty: a draft with nothing filled in is a legal value, and
 * whether a plan holds the minimum content is validation, not a structural rule. The career
 * question is personal data and never appears in {@link #toString()}; neither do the texts of the
 * parts, which redact themselves.
 *
 * <p>The plan moves through the {@link DevelopmentPlanLifecycle}: draft, finalised (dated, owned by
 * the client), revised as a growth document, and evaluated. {@link #apply(DevelopmentPlanCommand)}
 * returns the plan with the {@link Event} recorded in {@link #getHistory()}, or the rejection; the
 * {@linkplain #getStatus() status} follows from the facts. A plan built directly (a draft, or a
 * restored finalised plan) with an empty history is legal.
 *
 * <p>Structural rules:
 *
 * <ul>
 *   <li>{@code not_blank}: the career question, when given, is not blank;
 *   <li>{@code unique}: no two insights share an identifier (actions: see {@link ActionPlan});
 *   <li>{@code revision_needs_finalised_plan}: revisions change a finalised plan, so a plan with
 *       revisions has a finalisation date;
 *   <li>{@code consecutive}: revisions are numbered 1, 2, 3, … in list order;
 *   <li>{@code not_before}: no revision lies before the finalisation date;
 *   <li>{@code chronological}: revision dates never decrease;
 *   <li>{@code evaluation_needs_finalised_plan}: only a finalised plan has an evaluation of its
 *       action plan, and the evaluation does not lie before the finalisation ({@code not_before});
 *   <li>{@code status_matches_history}: when the history is not empty, its last event leads to the
 *       status;
 *   <li>{@code history_sequence}: the last event is numbered as the history's length;
 *   <li>{@code checklist_form}: a plan in checklist form (with a {@link #getChecklist() checklist})
 *       has the consent {@link StorageConsent#CHECKLIST_ONLY}, holds none of the POP's texts
 *       (career question, client name, reflections, insights, decisions, goals, actions, action
 *       plan evaluation, revisions) and has an empty history.
 * </ul>
 *
 * <pre>{@code
 * DevelopmentPlan draft = DevelopmentPlan.builder()
 *     .id(DevelopmentPlanId.random())
 *     .kind(PlanKind.ACTION_ORIENTED)
 *     .careerQuestion("Wat wil ik na twintig jaar bij de bank?")
 *     .addInsight(Insight.of(InsightId.of("i-1"), InsightKind.RESOURCE, "Mijn netwerk is groot."))
 *     .build();
 * }</pre>
 */
@ActionPlanRequired
@PopTitle(groups = FlemishVoucher.class)
@PopFinalised(groups = FlemishVoucher.class)
@PopClientName(groups = FlemishVoucher.class)
@PopCareerQuestion(groups = FlemishVoucher.class)
@PopReflections(groups = FlemishVoucher.class)
@PopChoices(groups = FlemishVoucher.class)
@PopSignature(groups = FlemishVoucher.class, payload = Warning.class)
@Value.Immutable
public abstract class DevelopmentPlan implements WithDevelopmentPlan {

  private static final String TYPE = "DevelopmentPlan";

  DevelopmentPlan() {}

  /**
   * @return a builder for a development plan
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param id the identifier
   * @return an empty draft plan
   */
  public static DevelopmentPlan draft(DevelopmentPlanId id) {
    return builder().id(id).build();
  }

  /**
   * @return the identifier of the plan
   */
  public abstract DevelopmentPlanId getId();

  /**
   * @return whether the plan is reflective or action-oriented; empty while the draft does not yet
   *     say, since the nature of a plan often shows only at the synthesis
   */
  public abstract Optional<PlanKind> getKind();

  /**
   * @return title, finalisation date, client name and signature date; empty general data by default
   */
  @Value.Default
  public GeneralData getGeneralData() {
    return GeneralData.empty();
  }

  /**
   * @return the career question as the plan phrases it (loopbaanvraag), in the client's words
   *     (personal data); the question the trajectory started from may have evolved since
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> getCareerQuestion();

  /**
   * @return the client's reflections on career and competences (reflecties)
   */
  public abstract List<Reflection> getReflections();

  /**
   * @return the insights the reflections led to (inzichten)
   */
  public abstract List<Insight> getInsights();

  /**
   * @return the choices and decisions the client made (keuzes, beslissingen)
   */
  public abstract List<Decision> getDecisions();

  /**
   * @return the goals of the plan, short or long term (doelen)
   */
  public abstract List<CoachingGoal> getGoals();

  /**
   * @return the action plan with its actions and evaluation; an empty action plan by default
   */
  @Value.Default
  public ActionPlan getActionPlan() {
    return ActionPlan.empty();
  }

  /**
   * @return the revisions after finalisation, oldest first (the plan as a growth document): a list
   *     that shares its structure with the previous version's when a revision is added, so revising
   *     costs O(log n)
   */
  @Value.Default
  public Revisions getRevisions() {
    return Revisions.empty();
  }

  /**
   * @return what the client allows to be kept in their file; {@link StorageConsent#STORE_FULL_PLAN}
   *     by default
   */
  @Value.Default
  public StorageConsent getStorageConsent() {
    return StorageConsent.STORE_FULL_PLAN;
  }

  /**
   * @return trainings named explicitly in the plan, for the Flemish training attest
   */
  public abstract List<NamedTraining> getNamedTrainings();

  /**
   * @return whether the client wrote the plan themself (004: ownership lies with the coachee, who
   *     writes the POP as much as possible); {@code false} by default, meaning not recorded or
   *     written with the coach
   */
  @Value.Default
  public boolean isWrittenByClient() {
    return false;
  }

  /**
   * @return the "Checklist POP" that stands in for the plan's texts, when the plan is in checklist
   *     form ({@link #toChecklist()})
   */
  public abstract Optional<PopChecklist> getChecklist();

  /**
   * @return whether the plan is in checklist form
   */
  public boolean isChecklistForm() {
    return getChecklist().isPresent();
  }

  /**
   * The plan as the client allows it to be kept when they refuse the storage of the POP itself (004
   * §5): the "Checklist POP" that says which parts of the minimum content the POP held, with what
   * names no person and says which voucher and when: the identifier, the kind, the title, the
   * finalisation and signature days, the named trainings (a course, for the training attest) and
   * whether the client wrote it. The career question, client name, reflections, insights,
   * decisions, goals, actions, the action plan's evaluation, the revisions and the history are
   * dropped.
   *
   * <p>Idempotent: a plan in checklist form is returned as it is. The result validates under the
   * voucher rules exactly as the full plan did, since they read the ticks where they would read the
   * texts.
   *
   * @return the plan in checklist form, with the consent {@link StorageConsent#CHECKLIST_ONLY}
   */
  public DevelopmentPlan toChecklist() {
    if (isChecklistForm()) {
      return this;
    }
    GeneralData general = getGeneralData();
    Builder checklist = builder();
    checklist
        .id(getId())
        .kind(getKind())
        .generalData(
            GeneralData.builder()
                .title(general.getTitle())
                .finalisedOn(general.getFinalisedOn())
                .signedOn(general.getSignedOn())
                .build())
        .storageConsent(StorageConsent.CHECKLIST_ONLY)
        .addAllNamedTrainings(getNamedTrainings())
        .writtenByClient(isWrittenByClient())
        .checklist(PopChecklist.of(this));
    return checklist.build();
  }

  /**
   * @return the events of the plan's lifecycle, oldest first
   */
  @Value.Default
  public History<Event<DevelopmentPlanStatus, DevelopmentPlanCommand>> getHistory() {
    return History.empty();
  }

  /**
   * @return the status, from the facts: {@link DevelopmentPlanStatus#DRAFT} without a finalisation
   *     date, {@link DevelopmentPlanStatus#EVALUATED} when the action plan has been evaluated,
   *     otherwise {@link DevelopmentPlanStatus#FINALISED}
   */
  public DevelopmentPlanStatus getStatus() {
    if (!isFinalised()) {
      return DevelopmentPlanStatus.DRAFT;
    }
    return getActionPlan().getEvaluation().isPresent()
        ? DevelopmentPlanStatus.EVALUATED
        : DevelopmentPlanStatus.FINALISED;
  }

  /**
   * Applies a command of the POP lifecycle.
   *
   * @param command the command
   * @return the new plan with its event, or the rejection with every reason; this plan is unchanged
   */
  public Outcome<DevelopmentPlan> apply(DevelopmentPlanCommand command) {
    return DevelopmentPlanLifecycle.MACHINE.apply(this, command);
  }

  /**
   * Ask before acting.
   *
   * @param on the day
   * @return for every command kind, whether it is possible on that day and, if not, why
   */
  public List<Verdict<DevelopmentPlanStatus, DevelopmentPlanCommandKind>> nextCommands(
      LocalDate on) {
    return DevelopmentPlanLifecycle.MACHINE.options(this, on);
  }

  /**
   * @param on the day
   * @return the command kinds possible on that day
   */
  public Set<DevelopmentPlanCommandKind> possibleCommands(LocalDate on) {
    return DevelopmentPlanLifecycle.MACHINE.possible(this, on);
  }

  /**
   * @return whether the plan is finalised, that is whether its general data hold a finalisation
   *     date
   */
  public boolean isFinalised() {
    return getGeneralData().isFinalised();
  }

  /**
   * @return the latest revision, when the plan was revised
   */
  public Optional<PlanRevision> latestRevision() {
    return getRevisions().latest();
  }

  /**
   * @param id an insight identifier
   * @return the insight with that identifier, when the plan holds it
   */
  public Optional<Insight> insight(InsightId id) {
    return getInsights().stream().filter(i -> i.getId().equals(id)).findFirst();
  }

  /**
   * Records a revision of the finalised plan, numbered after the latest one, through the lifecycle:
   * the same as applying {@link DevelopmentPlanCommand#revise(LocalDate, String)}, so the revision
   * is also an event.
   *
   * @param revisedOn the day of the revision, not before the finalisation date nor the latest
   *     revision
   * @param summary what changed (personal data)
   * @return a copy of this plan with the revision appended
   * @throws io.github.loopbaan.core.InvalidValueException when the plan is not finalised ({@code
   *     revision_needs_finalised_plan}), the date is too early ({@code not_before}, {@code
   *     chronological}) or the summary is blank
   * @throws io.github.loopbaan.core.lifecycle.CommandRejectedException when the lifecycle rejects
   *     the revision, such as a day before the plan's last event ({@code before_last_event})
   */
  public DevelopmentPlan revise(LocalDate revisedOn, String summary) {
    // The structural rules answer first, with the same rule codes as a plan built with the
    // revision.
    builder()
        .from(this)
        .revisions(
            getRevisions().plus(PlanRevision.of(getRevisions().size() + 1, revisedOn, summary)))
        .build();
    return apply(DevelopmentPlanCommand.revise(revisedOn, summary)).orElseThrow();
  }

  /**
   * @param revisions the revisions after finalisation, oldest first
   * @return a copy of this plan with them
   */
  public final DevelopmentPlan withRevisions(PlanRevision... revisions) {
    return withRevisions(Revisions.of(revisions));
  }

  /**
   * @param revisions the revisions after finalisation, oldest first
   * @return a copy of this plan with them
   */
  public final DevelopmentPlan withRevisions(Iterable<? extends PlanRevision> revisions) {
    return withRevisions(Revisions.of(revisions));
  }

  @Value.Check
  void check() {
    Require.notBlank(getCareerQuestion(), TYPE, "careerQuestion");
    Require.uniqueBy(getInsights(), Insight::getId, TYPE, "insights");
    Revisions revisions = getRevisions();
    Require.that(
        revisions.isEmpty() || isFinalised(),
        TYPE,
        "revisions",
        "revision_needs_finalised_plan",
        "must be absent until the plan is finalised");
    // The list's own facts answer in O(1); only a broken list is scanned, for the first revision
    // and rule that fail.
    boolean sound =
        revisions.isEmpty()
            || revisions.isNumberedInOrder()
                && revisions.isInDateOrder()
                && !revisions
                    .earliestDate()
                    .get()
                    .isBefore(getGeneralData().getFinalisedOn().get());
    for (int i = 0; !sound && i < revisions.size(); i++) {
      PlanRevision revision = revisions.get(i);
      Require.that(
          revision.getNumber() == i + 1,
          TYPE,
          "revisions",
          "consecutive",
          "must be numbered 1, 2, 3 and so on in list order");
      Require.notBefore(
          revision.getRevisedOn(),
          getGeneralData().getFinalisedOn().get(),
          TYPE,
          "revisions",
          "must not lie before the finalisation");
      if (i > 0) {
        Require.that(
            !revision.getRevisedOn().isBefore(revisions.get(i - 1).getRevisedOn()),
            TYPE,
            "revisions",
            "chronological",
            "must be listed in date order");
      }
    }
    Optional<ActionPlanEvaluation> evaluation = getActionPlan().getEvaluation();
    if (evaluation.isPresent()) {
      Require.that(
          isFinalised(),
          TYPE,
          "actionPlan.evaluation",
          "evaluation_needs_finalised_plan",
          "must be absent until the plan is finalised");
      Require.notBefore(
          evaluation.get().getEvaluatedOn(),
          getGeneralData().getFinalisedOn().get(),
          TYPE,
          "actionPlan.evaluation",
          "must not lie before the finalisation");
    }
    if (isChecklistForm()) {
      Require.that(
          getStorageConsent() == StorageConsent.CHECKLIST_ONLY
              && getCareerQuestion().isEmpty()
              && getGeneralData().getClientName().isEmpty()
              && getReflections().isEmpty()
              && getInsights().isEmpty()
              && getDecisions().isEmpty()
              && getGoals().isEmpty()
              && getActionPlan().getActions().isEmpty()
              && getActionPlan().getEvaluation().isEmpty()
              && revisions.isEmpty()
              && getHistory().isEmpty(),
          TYPE,
          "checklist",
          "checklist_form",
          "a plan in checklist form has the consent checklist_only and holds no texts of the POP"
              + " and no history");
    }
    DevelopmentPlanLifecycle.MACHINE.checkHistory(this, TYPE);
  }

  /** Builds a {@link DevelopmentPlan}. Obtain one from {@link DevelopmentPlan#builder()}. */
  public static final class Builder extends ImmutableDevelopmentPlan.Builder {
    Builder() {}

    /**
     * @param revisions the revisions after finalisation, oldest first
     * @return this builder
     */
    public Builder revisions(Iterable<? extends PlanRevision> revisions) {
      return revisions(Revisions.of(revisions));
    }
  }
}
