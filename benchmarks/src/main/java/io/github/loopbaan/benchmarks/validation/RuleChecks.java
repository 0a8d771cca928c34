package io.github.loopbaan.benchmarks.validation;

import io.github.loopbaan.core.catalogue.CatalogueEntry;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.phase.ContentPhase;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.PlanKind;
import io.github.loopbaan.core.plan.PopChecklist;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.privacy.DataCategories;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionStatus;
import io.github.loopbaan.core.trajectory.AftercareRequest;
import io.github.loopbaan.core.trajectory.AftercareRequester;
import io.github.loopbaan.core.trajectory.Consent;
import io.github.loopbaan.core.trajectory.ConsentScope;
import io.github.loopbaan.core.trajectory.FundingRegime;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import io.github.loopbaan.core.trajectory.VoucherPackage;
import io.github.loopbaan.core.trajectory.VoucherTerms;
import io.github.loopbaan.core.trajectory.VoucherUse;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The limit of the validation benchmarks: the rules of {@code loopbaan-validation} written as plain
 * if-checks, one method per rule code, each a transcription of that rule's validator in {@code
 * io.github.loopbaan.validation.constraints} (same facts, same "due" conditions, the voucher
 * numbers from the funding's regime, and the same {@link FundingRegimes} accepted). No reflection,
 * no metadata, no violation objects: the answer is the list of codes of the rules that fail. A
 * trajectory's intake agreement and POP are checked too, as Hibernate Validator cascades into them
 * ({@code @Valid}).
 *
 * <p>The setup test of the benchmarks module checks that these checks report exactly the codes the
 * facade reports, for the standard inputs and for a trajectory breaking each rule; when a rule
 * changes in {@code loopbaan-validation}, that test fails until this class follows.
 */
public final class RuleChecks {

  /** The POP title pattern of {@code vch_pop_title}, as in the rule's validator. */
  private static final Pattern VOUCHER_TITLE =
      Pattern.compile(
          "(?iu).*?(?:loopbaancheque|career\\s+voucher)\\s*(\\d{1,9}).*", Pattern.DOTALL);

  private final FundingRegimes regimes;

  /**
   * @param regimes the funding regimes accepted, as the facade's
   */
  public RuleChecks(FundingRegimes regimes) {
    this.regimes = regimes;
  }

  /**
   * Checks a value the way {@code LoopbaanValidator.validate} does.
   *
   * @param value a trajectory, a development plan or an intake agreement
   * @param base whether to check the base rules
   * @param voucher whether to check the Flemish career-voucher rules
   * @return the codes of the failed rules, in check order (no duplicates: each rule is checked once
   *     per value)
   */
  public List<String> check(Object value, boolean base, boolean voucher) {
    List<String> failed = new ArrayList<>();
    if (value instanceof Trajectory) {
      trajectory((Trajectory) value, base, voucher, failed);
    } else if (value instanceof DevelopmentPlan) {
      plan((DevelopmentPlan) value, base, voucher, failed);
    } else if (value instanceof IntakeAgreement) {
      agreement((IntakeAgreement) value, voucher, failed);
    }
    return failed;
  }

  private void trajectory(Trajectory t, boolean base, boolean voucher, List<String> failed) {
    boolean intakeHeld = intakeHeld(t);
    boolean synthesisHeld = synthesisHeld(t);
    if (base) {
      add(failed, "base_plan_past_intake", basePlanPastIntake(t, intakeHeld));
      add(failed, "base_goal_past_intake", baseGoalPastIntake(t, intakeHeld));
      add(failed, "base_pop_after_synthesis", basePopAfterSynthesis(t, synthesisHeld));
      add(failed, "base_regime_registered", baseRegimeRegistered(t, regimes));
      add(failed, "base_catalogue_entries_known", baseCatalogueEntriesKnown(t));
      add(failed, "base_farewell_forced_mobility", baseFarewellForcedMobility(t));
      add(failed, "base_health_data_ground", baseHealthDataGround(t));
    }
    if (voucher) {
      add(failed, "vch_vouchers", vchVouchers(t));
      add(failed, "vch_session_voucher", vchSessionVoucher(t));
      add(failed, "vch_voucher_hours", vchVoucherHours(t));
      add(failed, "vch_pop_voucher", vchPopVoucher(t));
      add(failed, "vch_intake_agreement_recorded", vchIntakeAgreement(t, intakeHeld));
      add(failed, "vch_individual_hours", vchIndividualHours(t, synthesisHeld));
      add(failed, "vch_group_hours", vchGroupHours(t));
      add(failed, "vch_aftercare_minutes", vchAftercareMinutes(t));
      add(failed, "vch_aftercare_window", vchAftercareWindow(t));
      add(failed, "vch_aftercare_on_request", vchAftercareOnRequest(t));
      add(failed, "vch_evaluation_invited", vchEvaluationInvitation(t, intakeHeld));
      add(failed, "vch_pop_checklist_only", vchPopChecklistOnly(t));
      add(failed, "vch_attest_training_named", vchAttestTrainingNamed(t));
      add(failed, "vch_attest_academic_year", vchAttestAcademicYear(t));
      add(failed, "vch_attest_career_question", vchAttestCareerQuestion(t));
    }
    if (t.getIntakeAgreement().isPresent()) {
      agreement(t.getIntakeAgreement().get(), voucher, failed);
    }
    for (VoucherPackage finished : t.getCompletedPackages()) {
      plan(finished.getPlan(), base, voucher, failed);
    }
    if (t.getDevelopmentPlan().isPresent()) {
      plan(t.getDevelopmentPlan().get(), base, voucher, failed);
    }
  }

  private static void plan(DevelopmentPlan p, boolean base, boolean voucher, List<String> failed) {
    if (base) {
      add(failed, "base_action_plan_required", baseActionPlan(p));
    }
    if (voucher) {
      add(failed, "vch_pop_title", vchPopTitle(p));
      add(failed, "vch_pop_finalised", vchPopFinalised(p));
      add(failed, "vch_pop_client_name", vchPopClientName(p));
      add(failed, "vch_pop_career_question", vchPopCareerQuestion(p));
      add(failed, "vch_pop_reflections", vchPopReflections(p));
      add(failed, "vch_pop_choices", vchPopChoices(p));
      add(failed, "vch_pop_signature", vchPopSignature(p));
    }
  }

  private static void agreement(IntakeAgreement a, boolean voucher, List<String> failed) {
    if (voucher) {
      add(failed, "vch_intake_topics", vchIntakeTopics(a));
      add(failed, "vch_agreement_signed", vchAgreementSigned(a));
    }
  }

  private static void add(List<String> failed, String code, boolean violated) {
    if (violated) {
      failed.add(code);
    }
  }

  // ---- how far the trajectory has come (Progress in loopbaan-validation)

  static boolean intakeHeld(Trajectory t) {
    return hasEvent(t, TrajectoryCommandKind.HOLD_INTAKE) || t.intakeDate().isPresent();
  }

  static boolean synthesisHeld(Trajectory t) {
    return hasEvent(t, TrajectoryCommandKind.HOLD_SYNTHESIS) || t.synthesisDate().isPresent();
  }

  private static boolean hasEvent(Trajectory t, TrajectoryCommandKind kind) {
    for (Event<TrajectoryStage, TrajectoryCommand> event : t.getHistory()) {
      if (event.getCommand().getKind() == kind) {
        return true;
      }
    }
    return false;
  }

  /** The use of every voucher of the funding, as {@code TrajectoryRules.uses}. */
  private static List<VoucherUse> uses(Trajectory t) {
    List<VoucherUse> uses = new ArrayList<>();
    for (int n = 1; n <= t.getFunding().getVouchers().size(); n++) {
      Optional<VoucherUse> use = t.voucherUse(n);
      if (use.isPresent()) {
        uses.add(use.get());
      }
    }
    return uses;
  }

  private static boolean heldAftercare(Session s) {
    return s.getKind() == SessionKind.AFTERCARE && s.getStatus() == SessionStatus.HELD;
  }

  // ---- base rules

  /**
   * @param t the trajectory
   * @return whether {@code base_health_data_ground} fails: health data without any record for it
   */
  static boolean baseHealthDataGround(Trajectory t) {
    for (Consent consent : t.getConsents()) {
      if (consent.getScope() == ConsentScope.HEALTH_DATA) {
        return false;
      }
    }
    return DataCategories.heldIn(t).contains(DataCategory.HEALTH);
  }

  /**
   * @param t the trajectory
   * @param intakeHeld whether the intake was held
   * @return whether {@code base_plan_past_intake} fails: past the intake without a trajectory plan
   */
  static boolean basePlanPastIntake(Trajectory t, boolean intakeHeld) {
    return intakeHeld && t.getPlan().isEmpty();
  }

  /**
   * @param t the trajectory
   * @param intakeHeld whether the intake was held
   * @return whether {@code base_goal_past_intake} fails: a plan, past the intake, and no goal in
   *     plan or POP
   */
  static boolean baseGoalPastIntake(Trajectory t, boolean intakeHeld) {
    if (!intakeHeld || t.getPlan().isEmpty()) {
      return false;
    }
    boolean goal =
        !t.getPlan().get().getGoals().isEmpty()
            || t.getDevelopmentPlan().isPresent()
                && !t.getDevelopmentPlan().get().getGoals().isEmpty();
    return !goal;
  }

  /**
   * @param t the trajectory
   * @param synthesisHeld whether the synthesis was held
   * @return whether {@code base_pop_after_synthesis} fails: past the synthesis without a POP
   */
  static boolean basePopAfterSynthesis(Trajectory t, boolean synthesisHeld) {
    int syntheses = 0;
    for (Session s : t.getSessions()) {
      if (s.getKind() == SessionKind.SYNTHESIS && s.getStatus() == SessionStatus.HELD) {
        syntheses++;
      }
    }
    int pops = t.getCompletedPackages().size() + (t.getDevelopmentPlan().isPresent() ? 1 : 0);
    return pops < Math.max(synthesisHeld ? 1 : 0, syntheses);
  }

  /**
   * @param p the POP
   * @return whether {@code base_action_plan_required} fails: action-oriented without actions (its
   *     checklist's tick for a plan in checklist form)
   */
  static boolean baseActionPlan(DevelopmentPlan p) {
    return p.getKind().isPresent()
        && p.getKind().get() == PlanKind.ACTION_ORIENTED
        && !PopChecklist.of(p).isActions();
  }

  /**
   * @param t the trajectory
   * @param regimes the regimes accepted
   * @return whether {@code base_regime_registered} fails: a regime the registry does not hold, or
   *     not valid on the opening day
   */
  static boolean baseRegimeRegistered(Trajectory t, FundingRegimes regimes) {
    FundingRegime regime = t.getFunding().getRegime();
    return !(regimes.holds(regime) && regime.isValidOn(t.getOpenedOn()));
  }

  /**
   * @param t the trajectory
   * @return whether {@code base_catalogue_entries_known} fails under the standard catalogue: an
   *     entry of the trajectory is an application's own
   */
  static boolean baseCatalogueEntriesKnown(Trajectory t) {
    for (CatalogueEntry entry : t.catalogueEntries()) {
      if (!entry.isStandard()) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param t the trajectory
   * @return whether {@code base_farewell_forced_mobility} fails: farewell to work in the plan
   *     without forced mobility recorded
   */
  static boolean baseFarewellForcedMobility(Trajectory t) {
    return t.getPlan().map(p -> p.isSelected(ContentPhase.FAREWELL_TO_WORK)).orElse(false)
        && !t.recordsForcedMobility();
  }

  // ---- Flemish career-voucher rules on the trajectory

  /**
   * @param t the trajectory
   * @return whether {@code vch_vouchers} fails: not voucher-funded, or no voucher, or more than the
   *     regime allows
   */
  static boolean vchVouchers(Trajectory t) {
    int count = t.getFunding().getVouchers().size();
    Optional<VoucherTerms> terms = t.getFunding().getRegime().getVoucherTerms();
    int max = terms.isPresent() ? terms.get().getVouchersPerPerson() : 0;
    return !(t.getFunding().isVoucherFunded() && count >= 1 && count <= max);
  }

  /**
   * @param t the trajectory
   * @return whether {@code vch_session_voucher} fails: a counted session not on a voucher of the
   *     funding
   */
  static boolean vchSessionVoucher(Trajectory t) {
    for (Session s : t.getSessions()) {
      if (s.countsTowardRegisteredHours()
          && (s.getVoucher().isEmpty() || !t.getFunding().hasVoucher(s.getVoucher().get()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param t the trajectory
   * @return whether {@code vch_voucher_hours} fails: more guidance on a voucher than it pays for
   */
  static boolean vchVoucherHours(Trajectory t) {
    for (VoucherUse use : uses(t)) {
      if (use.guidance().compareTo(use.terms().getHoursPerVoucher()) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param t the trajectory
   * @return whether {@code vch_pop_voucher} fails: the POP title names a voucher the funding does
   *     not hold
   */
  static boolean vchPopVoucher(Trajectory t) {
    for (DevelopmentPlan p : t.developmentPlans()) {
      if (p.getGeneralData().getTitle().isPresent()) {
        Matcher m = VOUCHER_TITLE.matcher(p.getGeneralData().getTitle().get());
        if (m.matches() && !t.getFunding().hasVoucher(Integer.parseInt(m.group(1)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * @param t the trajectory
   * @param intakeHeld whether the intake was held
   * @return whether {@code vch_intake_agreement_recorded} fails: past the intake without an
   *     agreement
   */
  static boolean vchIntakeAgreement(Trajectory t, boolean intakeHeld) {
    return intakeHeld && t.getIntakeAgreement().isEmpty();
  }

  /**
   * @param t the trajectory
   * @param synthesisHeld whether the synthesis was held
   * @return whether {@code vch_individual_hours} fails: a done voucher (its synthesis held, or the
   *     trajectory closed) with less individual guidance than the regime's minimum
   */
  static boolean vchIndividualHours(Trajectory t, boolean synthesisHeld) {
    if (!synthesisHeld) {
      return false;
    }
    boolean closed = t.getStage() == TrajectoryStage.CLOSED;
    for (VoucherUse use : uses(t)) {
      if ((closed || t.isSynthesisedOn(use.voucher()))
          && use.individual().compareTo(use.terms().getMinimumIndividualPerVoucher()) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param t the trajectory
   * @return whether {@code vch_group_hours} fails: more group guidance on a voucher than the regime
   *     allows
   */
  static boolean vchGroupHours(Trajectory t) {
    for (VoucherUse use : uses(t)) {
      if (use.group().compareTo(use.terms().getMaximumGroupPerVoucher()) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param t the trajectory
   * @return whether {@code vch_aftercare_minutes} fails: more aftercare on a voucher than the
   *     regime's minutes per package, or, for aftercare on no voucher, the larger of held and
   *     requested aftercare time over it
   */
  static boolean vchAftercareMinutes(Trajectory t) {
    Optional<VoucherTerms> terms = t.getFunding().getRegime().getVoucherTerms();
    if (terms.isEmpty()) {
      return false;
    }
    long allowed = terms.get().getAftercarePerPackage().toNanos();
    for (VoucherUse use : uses(t)) {
      if (use.aftercare().toNanos() > allowed) {
        return true;
      }
    }
    long sessions = 0;
    boolean registered = false;
    for (Session s : t.getSessions()) {
      if (heldAftercare(s)) {
        if (s.getVoucher().isPresent()) {
          registered = true;
        } else {
          sessions += s.getDuration().toNanos();
        }
      }
    }
    long requests = 0;
    for (AftercareRequest r : t.getAftercareRequests()) {
      if (r.getDuration().isPresent()) {
        requests += r.getDuration().get().toNanos();
      }
    }
    return (registered ? sessions : Math.max(sessions, requests)) > allowed;
  }

  /**
   * @param t the trajectory
   * @return whether {@code vch_aftercare_window} fails: some aftercare request or held aftercare
   *     conversation outside the regime's window after the synthesis, or aftercare without a
   *     synthesis; never under a regime without a window
   */
  static boolean vchAftercareWindow(Trajectory t) {
    Optional<Period> regimeWindow = t.getFunding().getRegime().getAftercareWindow();
    if (regimeWindow.isEmpty()) {
      return false;
    }
    boolean anySession = false;
    for (Session s : t.getSessions()) {
      if (heldAftercare(s)) {
        anySession = true;
        break;
      }
    }
    if (t.getAftercareRequests().isEmpty() && !anySession) {
      return false;
    }
    Optional<LocalDate> synthesis = t.synthesisDate();
    if (synthesis.isEmpty()) {
      return true;
    }
    Period window = regimeWindow.get();
    for (AftercareRequest r : t.getAftercareRequests()) {
      if (!r.fallsWithin(synthesis.get(), window)) {
        return true;
      }
    }
    LocalDate last = synthesis.get().plus(window);
    for (Session s : t.getSessions()) {
      if (heldAftercare(s)
          && (s.getDate().isBefore(synthesis.get()) || s.getDate().isAfter(last))) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param t the trajectory
   * @return whether {@code vch_aftercare_on_request} fails: more held aftercare conversations than
   *     requests
   */
  static boolean vchAftercareOnRequest(Trajectory t) {
    int held = 0;
    for (Session s : t.getSessions()) {
      if (heldAftercare(s)) {
        held++;
      }
    }
    for (AftercareRequest r : t.getAftercareRequests()) {
      if (r.getRequestedBy().isPresent() && r.getRequestedBy().get() == AftercareRequester.COACH) {
        return true;
      }
    }
    return held > t.getAftercareRequests().size();
  }

  /**
   * @param t the trajectory
   * @param intakeHeld whether the intake was held
   * @return whether {@code vch_evaluation_invited} fails: closed after an intake without an
   *     invitation, or one sent before the synthesis
   */
  static boolean vchEvaluationInvitation(Trajectory t, boolean intakeHeld) {
    if (t.getStage() != TrajectoryStage.CLOSED || !intakeHeld) {
      return false;
    }
    if (t.getEvaluationInvitation().isEmpty()) {
      return true;
    }
    Optional<LocalDate> synthesis = t.synthesisDate();
    return synthesis.isPresent()
        && t.getEvaluationInvitation().get().getSentOn().isBefore(synthesis.get());
  }

  /**
   * @param t the trajectory
   * @return whether {@code vch_pop_checklist_only} fails: closed, checklist-only consent, and the
   *     POP keeps texts
   */
  static boolean vchPopChecklistOnly(Trajectory t) {
    if (t.getStage() != TrajectoryStage.CLOSED || t.getDevelopmentPlan().isEmpty()) {
      return false;
    }
    DevelopmentPlan p = t.getDevelopmentPlan().get();
    if (p.getStorageConsent() != StorageConsent.CHECKLIST_ONLY) {
      return false;
    }
    return p.getCareerQuestion().isPresent()
        || p.getGeneralData().getClientName().isPresent()
        || !p.getReflections().isEmpty()
        || !p.getInsights().isEmpty()
        || !p.getDecisions().isEmpty()
        || !p.getGoals().isEmpty()
        || !p.getActionPlan().getActions().isEmpty()
        || p.getActionPlan().getEvaluation().isPresent()
        || !p.getRevisions().isEmpty();
  }

  /**
   * @param t the trajectory
   * @return whether {@code vch_attest_training_named} fails: an attest whose training no POP names
   */
  static boolean vchAttestTrainingNamed(Trajectory t) {
    return t.getTrainingAttest().isPresent()
        && !t.attestTrainingNamedAsRequired(t.getTrainingAttest().get());
  }

  /**
   * @param t the trajectory
   * @return whether {@code vch_attest_academic_year} fails: guidance started after the academic
   *     year's start
   */
  static boolean vchAttestAcademicYear(Trajectory t) {
    return t.getTrainingAttest().isPresent()
        && t.startedAfterAcademicYearOf(t.getTrainingAttest().get());
  }

  /**
   * @param t the trajectory
   * @return whether {@code vch_attest_career_question} fails: an attest on a trajectory without a
   *     career question besides obtaining the benefit
   */
  static boolean vchAttestCareerQuestion(Trajectory t) {
    return t.getTrainingAttest().isPresent() && !t.hasOtherCareerQuestion();
  }

  // ---- Flemish career-voucher rules on the POP and the agreement

  /**
   * @param p the POP
   * @return whether {@code vch_pop_title} fails: no title naming the voucher number
   */
  static boolean vchPopTitle(DevelopmentPlan p) {
    Optional<String> title = p.getGeneralData().getTitle();
    return title.isEmpty() || !VOUCHER_TITLE.matcher(title.get()).matches();
  }

  /**
   * @param p the POP
   * @return whether {@code vch_pop_finalised} fails: not finalised
   */
  static boolean vchPopFinalised(DevelopmentPlan p) {
    return !p.isFinalised();
  }

  /**
   * @param p the POP
   * @return whether {@code vch_pop_client_name} fails: a full plan without the client's name
   */
  static boolean vchPopClientName(DevelopmentPlan p) {
    return !PopChecklist.of(p).isClientName();
  }

  /**
   * @param p the POP
   * @return whether {@code vch_pop_career_question} fails: a full plan without the career question
   */
  static boolean vchPopCareerQuestion(DevelopmentPlan p) {
    return !PopChecklist.of(p).isCareerQuestion();
  }

  /**
   * @param p the POP
   * @return whether {@code vch_pop_reflections} fails: a full plan without reflection or insight
   */
  static boolean vchPopReflections(DevelopmentPlan p) {
    PopChecklist c = PopChecklist.of(p);
    return !c.isReflections() && !c.isInsights();
  }

  /**
   * @param p the POP
   * @return whether {@code vch_pop_choices} fails: a full plan without decision or action
   */
  static boolean vchPopChoices(DevelopmentPlan p) {
    PopChecklist c = PopChecklist.of(p);
    return !c.isDecisions() && !c.isActions();
  }

  /**
   * @param p the POP
   * @return whether {@code vch_pop_signature} (a warning) fails: a finalised full plan not signed
   */
  static boolean vchPopSignature(DevelopmentPlan p) {
    return p.isFinalised() && !PopChecklist.of(p).isSignedOn();
  }

  /**
   * @param a the agreement
   * @return whether {@code vch_intake_topics} fails: some intake topic not explained
   */
  static boolean vchIntakeTopics(IntakeAgreement a) {
    return !a.allTopicsExplained();
  }

  /**
   * @param a the agreement
   * @return whether {@code vch_agreement_signed} fails: not signed
   */
  static boolean vchAgreementSigned(IntakeAgreement a) {
    return !a.isSigned();
  }
}
