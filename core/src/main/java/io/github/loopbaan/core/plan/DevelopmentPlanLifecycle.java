package io.github.loopbaan.core.plan;

import static io.github.loopbaan.core.plan.DevelopmentPlanCommandKind.EVALUATE;
import static io.github.loopbaan.core.plan.DevelopmentPlanCommandKind.FINALISE;
import static io.github.loopbaan.core.plan.DevelopmentPlanCommandKind.REVISE;
import static io.github.loopbaan.core.plan.DevelopmentPlanStatus.DRAFT;
import static io.github.loopbaan.core.plan.DevelopmentPlanStatus.EVALUATED;
import static io.github.loopbaan.core.plan.DevelopmentPlanStatus.FINALISED;

import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.Guard;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.StateMachine;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The lifecycle of the personal development plan (004, POP) as a table on the one {@link
 * StateMachine} engine. Dutch: verloop van het POP.
 *
 * <pre>
 * draft --finalise--> finalised                         (dated; signed by the client or not)
 * finalised --revise--> finalised                       (a numbered revision: the POP is a growth document)
 * finalised --evaluate [actions_settled]--> evaluated   (the evaluation of the action plan)
 * evaluated --revise--> evaluated
 * </pre>
 *
 * <p>Every row also has the guard {@code kept_in_full}: a plan reduced to its "Checklist POP"
 * ({@link DevelopmentPlan#toChecklist()}) takes no more commands ({@code checklist_form}).
 *
 * <p>Choices where the sources are silent:
 *
 * <ul>
 *   <li>Revision is a self-loop: it adds a numbered {@link PlanRevision} and keeps every earlier
 *       one.
 *   <li>The evaluation comes "at the end", after the execution of the action plan (004 lists
 *       reflection, goal with action plan, execution, evaluation), so it needs every action
 *       settled: done, or dropped with a reason.
 *   <li>A revision after the evaluation is allowed and the plan stays evaluated: the POP shows how
 *       the career question and the process evolved (004: "groeidocument"), and the evaluation
 *       often leads to new goals; aftercare up to a year after the synthesis works on the same POP.
 *       The evaluation itself is given once.
 *   <li>Hence the table intentionally has <em>no final state</em>: a growth document is never
 *       closed. What holds instead: every state leads to evaluated, and an evaluated plan accepts
 *       nothing but revisions.
 *   <li>No command may be dated before the finalisation or the latest revision of the plan.
 * </ul>
 *
 * The status is not stored: it follows from the plan's facts ({@link DevelopmentPlan#getStatus()});
 * the recorder writes the finalisation date and the evaluation together with the event.
 */
public final class DevelopmentPlanLifecycle {

  /**
   * Reason code: actions of the action plan are still planned or in progress. Facts: {@code open}.
   */
  public static final String ACTIONS_OPEN = "actions_open";

  static final Guard<DevelopmentPlan> ACTIONS_SETTLED =
      Guard.of(
          "actions_settled",
          (p, on) -> {
            long open =
                p.getActionPlan().getActions().stream()
                    .filter(
                        a ->
                            a.getStatus() == ActionStatus.PLANNED
                                || a.getStatus() == ActionStatus.IN_PROGRESS)
                    .count();
            return open == 0
                ? Optional.empty()
                : Optional.of(Reason.of(ACTIONS_OPEN).with("open", open));
          });

  /** Reason code: the plan is kept as its "Checklist POP" only and takes no more commands. */
  public static final String CHECKLIST_FORM = "checklist_form";

  /**
   * The plan is kept in full: a plan reduced to its checklist ({@link
   * DevelopmentPlan#toChecklist()}) is what is archived when the client refused the storage of the
   * POP, and has no texts or history left to change.
   */
  static final Guard<DevelopmentPlan> KEPT_IN_FULL =
      Guard.require(
          "kept_in_full", (p, on) -> !p.isChecklistForm(), (p, on) -> Reason.of(CHECKLIST_FORM));

  /** The table. Thread-safe; shared by every development plan. */
  public static final StateMachine<
          DevelopmentPlan,
          DevelopmentPlanStatus,
          DevelopmentPlanCommandKind,
          DevelopmentPlanCommand>
      MACHINE =
          StateMachine
              .<DevelopmentPlan, DevelopmentPlanStatus, DevelopmentPlanCommandKind,
                  DevelopmentPlanCommand>
                  builder(
                      "development_plan",
                      DevelopmentPlanStatus.class,
                      DevelopmentPlanCommandKind.class)
              .initial(DRAFT)
              .binding(
                  DevelopmentPlan::getStatus,
                  DevelopmentPlan::getHistory,
                  DevelopmentPlanLifecycle::record)
              .startsOn(DevelopmentPlanLifecycle::startOf)
              .on(FINALISE)
              .from(DRAFT)
              .to(FINALISED)
              .guard(KEPT_IN_FULL)
              .noEffect()
              .on(REVISE)
              .from(FINALISED)
              .to(FINALISED)
              .taking(DevelopmentPlanCommand.Revise.class)
              .guard(KEPT_IN_FULL)
              .effect(DevelopmentPlanLifecycle::addRevision)
              .on(EVALUATE)
              .from(FINALISED)
              .to(EVALUATED)
              .guard(KEPT_IN_FULL)
              .guard(ACTIONS_SETTLED)
              .noEffect()
              .on(REVISE)
              .from(EVALUATED)
              .to(EVALUATED)
              .taking(DevelopmentPlanCommand.Revise.class)
              .guard(KEPT_IN_FULL)
              .effect(DevelopmentPlanLifecycle::addRevision)
              .build();

  private DevelopmentPlanLifecycle() {}

  private static DevelopmentPlan addRevision(DevelopmentPlan p, DevelopmentPlanCommand.Revise c) {
    return p.withRevisions(
        p.getRevisions()
            .plus(PlanRevision.of(p.getRevisions().size() + 1, c.getDate(), c.getSummary())));
  }

  /** The latest of the finalisation and the last revision; none for a draft. */
  private static LocalDate startOf(DevelopmentPlan p) {
    Optional<LocalDate> finalised = p.getGeneralData().getFinalisedOn();
    return p.latestRevision()
        .map(PlanRevision::getRevisedOn)
        .filter(r -> finalised.isEmpty() || r.isAfter(finalised.get()))
        .or(() -> finalised)
        .orElse(null);
  }

  /**
   * Writes the event and the facts the status follows from (finalisation date and signature,
   * evaluation) in one construction, so that no intermediate value breaks a structural rule.
   */
  private static DevelopmentPlan record(
      DevelopmentPlan p,
      DevelopmentPlanStatus status,
      Event<DevelopmentPlanStatus, DevelopmentPlanCommand> event) {
    DevelopmentPlan.Builder b =
        DevelopmentPlan.builder().from(p).history(p.getHistory().append(event));
    DevelopmentPlanCommand command = event.getCommand();
    if (command instanceof DevelopmentPlanCommand.Finalise finalise) {
      GeneralData.Builder general =
          GeneralData.builder().from(p.getGeneralData()).finalisedOn(event.getDate());
      if (finalise.isSignedByClient()) {
        general.signedOn(event.getDate());
      }
      b.generalData(general.build());
    } else if (command instanceof DevelopmentPlanCommand.Evaluate evaluate) {
      b.actionPlan(p.getActionPlan().withEvaluation(evaluate.getEvaluation()));
    }
    return b.build();
  }
}
