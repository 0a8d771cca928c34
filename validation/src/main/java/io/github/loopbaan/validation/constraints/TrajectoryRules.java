package io.github.loopbaan.validation.constraints;

import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.internal.Saturating;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.phase.ContentPhase;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.privacy.DataCategories;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.rules.base.CatalogueEntriesKnown;
import io.github.loopbaan.core.rules.base.EligibilityRecorded;
import io.github.loopbaan.core.rules.base.FarewellForcedMobility;
import io.github.loopbaan.core.rules.base.GoalPastIntake;
import io.github.loopbaan.core.rules.base.HealthDataGround;
import io.github.loopbaan.core.rules.base.PlanPastIntake;
import io.github.loopbaan.core.rules.base.PopAfterSynthesis;
import io.github.loopbaan.core.rules.base.ProviderRecognised;
import io.github.loopbaan.core.rules.base.RegimeRegistered;
import io.github.loopbaan.core.rules.voucher.AftercareMinutes;
import io.github.loopbaan.core.rules.voucher.AftercareOnRequest;
import io.github.loopbaan.core.rules.voucher.AftercareWindow;
import io.github.loopbaan.core.rules.voucher.AttestAcademicYear;
import io.github.loopbaan.core.rules.voucher.AttestCareerQuestion;
import io.github.loopbaan.core.rules.voucher.AttestTrainingNamed;
import io.github.loopbaan.core.rules.voucher.EvaluationInvited;
import io.github.loopbaan.core.rules.voucher.GroupHours;
import io.github.loopbaan.core.rules.voucher.IndividualHours;
import io.github.loopbaan.core.rules.voucher.IntakeAgreementRecorded;
import io.github.loopbaan.core.rules.voucher.PopChecklistOnly;
import io.github.loopbaan.core.rules.voucher.PopVoucher;
import io.github.loopbaan.core.rules.voucher.SessionVoucher;
import io.github.loopbaan.core.rules.voucher.VoucherHours;
import io.github.loopbaan.core.rules.voucher.Vouchers;
import io.github.loopbaan.core.rules.voucher.VouchersPerPerson;
import io.github.loopbaan.core.rules.voucher.WaitingPeriod;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionStatus;
import io.github.loopbaan.core.trajectory.AftercareRequester;
import io.github.loopbaan.core.trajectory.CareerCentre;
import io.github.loopbaan.core.trajectory.Consent;
import io.github.loopbaan.core.trajectory.ConsentScope;
import io.github.loopbaan.core.trajectory.Eligibility;
import io.github.loopbaan.core.trajectory.FundingRegime;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.TrainingAttest;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.VoucherHistory;
import io.github.loopbaan.core.trajectory.VoucherTerms;
import io.github.loopbaan.core.trajectory.VoucherUse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Validators of the rules on the trajectory aggregate. Rules apply once they are due (see each
 * validator): a trajectory in progress is not wrong for lacking what comes later. The voucher
 * numbers come from the {@link FundingRegime} the trajectory's funding carries; the hours are
 * counted per voucher ({@link Trajectory#voucherUse(int)}), as 004 §3 counts them.
 */
public final class TrajectoryRules {

  private TrajectoryRules() {}

  /**
   * @return the voucher terms of the trajectory's regime, or empty for a regime without vouchers
   */
  static Optional<VoucherTerms> terms(Trajectory t) {
    return t.getFunding().getRegime().getVoucherTerms();
  }

  /**
   * @return the use of every voucher of the funding, in voucher order; empty without voucher terms
   */
  static List<VoucherUse> uses(Trajectory t) {
    List<VoucherUse> uses = new ArrayList<>();
    for (int n = 1; n <= t.getFunding().getVouchers().size(); n++) {
      t.voucherUse(n).ifPresent(uses::add);
    }
    return uses;
  }

  /**
   * @return the finding for the first voucher on which a registered figure exceeds its maximum
   *     under the regime's terms, with the facts {@code voucher}, {@code allowed} and {@code
   *     registered}
   */
  static Optional<Finding> overMaximum(
      Trajectory t,
      Function<VoucherUse, Duration> registered,
      Function<VoucherTerms, Duration> maximum) {
    for (VoucherUse use : uses(t)) {
      Duration allowed = maximum.apply(use.terms());
      if (registered.apply(use).compareTo(allowed) > 0) {
        return Optional.of(
            Finding.at("sessions")
                .with("voucher", use.voucher())
                .with("allowed", allowed)
                .with("registered", registered.apply(use)));
      }
    }
    return Optional.empty();
  }

  /**
   * {@code base_regime_registered}: the funding's regime is held by the validator's registry and
   * valid on the opening day.
   */
  public static final class RegimeRegisteredValidator
      extends RuleValidator<RegimeRegistered, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      FundingRegime regime = t.getFunding().getRegime();
      return regimes.holds(regime) && regime.isValidOn(t.getOpenedOn())
          ? Optional.empty()
          : Optional.of(Finding.at("funding.regime").with("regime", regime.ref()));
    }
  }

  /**
   * {@code base_catalogue_entries_known}: every application entry of an open catalogue in the
   * trajectory ({@link Trajectory#catalogueEntries()}) is one the validator's catalogue holds, with
   * the same meaning. The finding is at the first part that holds an unknown entry (assignments,
   * instrument results, interventions, outcome, career question) and counts the unknown entries; it
   * does not name their codes, since an application's code may itself be sensitive (a question type
   * that names a health condition).
   */
  public static final class CatalogueEntriesKnownValidator
      extends RuleValidator<CatalogueEntriesKnown, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      return check(t, RuleContext.of(regimes, Optional.empty()));
    }

    @Override
    protected Optional<Finding> check(Trajectory t, RuleContext context) {
      Catalogue catalogue = context.catalogue();
      long unknown = t.catalogueEntries().stream().filter(e -> !catalogue.contains(e)).count();
      if (unknown == 0) {
        return Optional.empty();
      }
      String path =
          t.getAssignments().stream()
                  .flatMap(a -> a.getInstrument().stream())
                  .anyMatch(i -> !catalogue.contains(i))
              ? "assignments"
              : t.getInstrumentResults().stream()
                      .anyMatch(r -> !catalogue.contains(r.getInstrument()))
                  ? "instrumentResults"
                  : t.getInterventions().stream().anyMatch(i -> !catalogue.contains(i.getKind()))
                      ? "interventions"
                      : t.getOutcome().filter(o -> !catalogue.contains(o.getKind())).isPresent()
                          ? "outcome"
                          : "careerQuestion";
      return Optional.of(Finding.at(path).with("count", unknown));
    }
  }

  /**
   * {@code base_farewell_forced_mobility} (a warning): the plan goes through farewell to work, but
   * the file records no forced mobility ({@link Trajectory#recordsForcedMobility()}). The message
   * names no employment situation: it is personal data.
   */
  public static final class FarewellForcedMobilityValidator
      extends RuleValidator<FarewellForcedMobility, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      boolean farewell =
          t.getPlan().map(p -> p.isSelected(ContentPhase.FAREWELL_TO_WORK)).orElse(false);
      return PlanRules.when(farewell && !t.recordsForcedMobility(), "phaseProgress.plan");
    }
  }

  /**
   * {@code base_provider_recognised}: under a regime that pays only recognised career centres
   * ({@code FundingRegime.isRecognisedProviderRequired()}), once the intake is held the trajectory
   * names its provider with a recognition number.
   */
  public static final class ProviderRecognisedValidator
      extends RuleValidator<ProviderRecognised, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      boolean due =
          t.getFunding().getRegime().isRecognisedProviderRequired() && Progress.intakeHeld(t);
      return PlanRules.when(
          due && !t.getProvider().map(CareerCentre::isRecognised).orElse(false), "provider");
    }
  }

  /**
   * {@code base_eligibility_recorded}: under a regime that asks for eligibility ({@code
   * FundingRegime.isEligibilityRequired()}) or names the employment situations it funds, once the
   * intake is held its agreement records the eligibility: the right to guidance confirmed and the
   * contribution settled (when required), and an employment situation the regime funds (when it
   * names them). The message names no situation: it is personal data.
   */
  public static final class EligibilityRecordedValidator
      extends RuleValidator<EligibilityRecorded, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      FundingRegime regime = t.getFunding().getRegime();
      Set<EmploymentSituation> funded = regime.getEligibleSituations();
      if (!Progress.intakeHeld(t) || (!regime.isEligibilityRequired() && funded.isEmpty())) {
        return Optional.empty();
      }
      Optional<Eligibility> e = t.getIntakeAgreement().flatMap(IntakeAgreement::getEligibility);
      boolean ok =
          e.isPresent()
              && (!regime.isEligibilityRequired()
                  || (e.get().isRightToGuidanceConfirmed() && e.get().isCoPaymentSettled()))
              && (funded.isEmpty() || e.get().getEmployment().map(funded::contains).orElse(false));
      return PlanRules.when(!ok, "intakeAgreement.eligibility");
    }
  }

  /**
   * {@code base_health_data_ground}: a trajectory that holds health data ({@link
   * DataCategories#heldIn}: a health attribute, item or code anywhere in it, its history included)
   * holds a record for health data ({@link ConsentScope#HEALTH_DATA}), withdrawn or not. The
   * message names no data: which data is health data is itself health data.
   */
  public static final class HealthDataGroundValidator
      extends RuleValidator<HealthDataGround, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      for (Consent consent : t.getConsents()) {
        if (consent.getScope() == ConsentScope.HEALTH_DATA) {
          return Optional.empty();
        }
      }
      return PlanRules.when(DataCategories.heldIn(t).contains(DataCategory.HEALTH), "consents");
    }
  }

  /**
   * {@code vch_session_voucher}: every held session that counts toward the registered hours is
   * registered on a voucher of the funding. Loopbaan's reading of 004 §3: the hours are registered
   * per voucher, so a counted session belongs to one.
   */
  public static final class SessionVoucherValidator
      extends RuleValidator<SessionVoucher, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      long count =
          t.getSessions().stream()
              .filter(
                  s ->
                      s.countsTowardRegisteredHours()
                          && !s.getVoucher().map(t.getFunding()::hasVoucher).orElse(false))
              .count();
      return count == 0
          ? Optional.empty()
          : Optional.of(Finding.at("sessions").with("count", count));
    }
  }

  /**
   * {@code vch_voucher_hours}: the guidance registered on each voucher stays within the hours one
   * voucher pays for.
   */
  public static final class VoucherHoursValidator extends RuleValidator<VoucherHours, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      return overMaximum(t, VoucherUse::guidance, VoucherTerms::getHoursPerVoucher);
    }
  }

  /**
   * {@code vch_vouchers_per_person}: with the person's {@link VoucherHistory}, the vouchers used in
   * other trajectories within the regime's entitlement period (all of them when it sets none) plus
   * this trajectory's vouchers stay within the regime's vouchers per person. Not checked without a
   * history.
   */
  public static final class VouchersPerPersonValidator
      extends RuleValidator<VouchersPerPerson, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      return Optional.empty();
    }

    @Override
    protected Optional<Finding> check(
        Trajectory t, FundingRegimes regimes, Optional<VoucherHistory> history) {
      Optional<VoucherTerms> terms = terms(t);
      if (history.isEmpty() || terms.isEmpty()) {
        return Optional.empty();
      }
      long count = history.get().countedBefore(t) + t.getFunding().getVouchers().size();
      int max = terms.get().getVouchersPerPerson();
      return count <= max
          ? Optional.empty()
          : Optional.of(Finding.at("funding.vouchers").with("max", max).with("count", count));
    }
  }

  /**
   * {@code vch_waiting_period}: with the person's {@link VoucherHistory}, the first registered
   * session of this trajectory lies no earlier than the regime's waiting period after the person's
   * latest earlier package. Not checked without a history, without a waiting period in the regime
   * or before any session is registered.
   */
  public static final class WaitingPeriodValidator
      extends RuleValidator<WaitingPeriod, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      return Optional.empty();
    }

    @Override
    protected Optional<Finding> check(
        Trajectory t, FundingRegimes regimes, Optional<VoucherHistory> history) {
      Optional<LocalDate> earliest = history.flatMap(h -> h.earliestStart(t));
      Optional<LocalDate> start =
          t.getSessions().stream()
              .filter(Session::countsTowardRegisteredHours)
              .map(Session::getDate)
              .min(LocalDate::compareTo);
      return earliest.isEmpty() || start.isEmpty() || !start.get().isBefore(earliest.get())
          ? Optional.empty()
          : Optional.of(
              Finding.at("sessions").with("earliest", earliest.get()).with("start", start.get()));
    }
  }

  /**
   * {@code vch_pop_voucher}: the voucher number each POP's title names ("POP (loopbaancheque 1 of
   * 2)"), the current package's and the finished ones', is a voucher of the funding. A title
   * without a number is {@code vch_pop_title}'s.
   */
  public static final class PopVoucherValidator extends RuleValidator<PopVoucher, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      Optional<Integer> number =
          t.getDevelopmentPlan()
              .flatMap(p -> p.getGeneralData().getTitle())
              .flatMap(PlanRules::voucherNumber);
      return number.isEmpty() || t.getFunding().hasVoucher(number.get())
          ? Optional.empty()
          : Optional.of(
              Finding.at("developmentPlan.generalData.title").with("number", number.get()));
    }
  }

  /**
   * {@code base_plan_past_intake}: once the intake is held, the trajectory has a trajectory plan.
   */
  public static final class PlanPastIntakeValidator
      extends RuleValidator<PlanPastIntake, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      return PlanRules.when(Progress.intakeHeld(t) && t.getPlan().isEmpty(), "plan");
    }
  }

  /**
   * {@code base_goal_past_intake}: once the intake is held, the trajectory plan or the POP holds a
   * coaching goal. A trajectory without any plan is reported once, by {@code
   * base_plan_past_intake}.
   */
  public static final class GoalPastIntakeValidator
      extends RuleValidator<GoalPastIntake, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      boolean goal =
          t.getPlan().map(p -> !p.getGoals().isEmpty()).orElse(false)
              || t.getDevelopmentPlan().map(p -> !p.getGoals().isEmpty()).orElse(false);
      return PlanRules.when(
          Progress.intakeHeld(t) && t.getPlan().isPresent() && !goal, "plan.goals");
    }
  }

  /**
   * {@code base_pop_after_synthesis}: once a synthesis is held, its package has its POP: the
   * trajectory holds at least as many POPs (the finished packages' and the current one) as it held
   * synthesis conversations, and at least one once the synthesis event is recorded.
   */
  public static final class PopAfterSynthesisValidator
      extends RuleValidator<PopAfterSynthesis, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      int syntheses =
          Math.max(Progress.synthesisHeld(t) ? 1 : 0, t.heldSessions(SessionKind.SYNTHESIS).size());
      return PlanRules.when(t.developmentPlans().size() < syntheses, "developmentPlan");
    }
  }

  /**
   * {@code vch_vouchers}: funded by career vouchers under a regime with voucher terms, at least one
   * and at most the regime's vouchers per person.
   */
  public static final class VouchersValidator extends RuleValidator<Vouchers, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      int max = terms(t).map(VoucherTerms::getVouchersPerPerson).orElse(0);
      int count = t.getFunding().getVouchers().size();
      boolean ok = t.getFunding().isVoucherFunded() && count >= 1 && count <= max;
      return ok
          ? Optional.empty()
          : Optional.of(Finding.at("funding.vouchers").with("max", max).with("count", count));
    }
  }

  /**
   * {@code vch_intake_agreement_recorded}: once the intake is held, the intake agreement is
   * recorded.
   */
  public static final class IntakeAgreementRecordedValidator
      extends RuleValidator<IntakeAgreementRecorded, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      return PlanRules.when(
          Progress.intakeHeld(t) && t.getIntakeAgreement().isEmpty(), "intakeAgreement");
    }
  }

  /**
   * {@code vch_individual_hours}: the individual guidance registered on each voucher is at least
   * the regime's minimum per voucher, once the voucher's package is done: a synthesis registered on
   * that voucher is held, or the trajectory is closed after its synthesis. Counted: held sessions
   * registered on the voucher that count toward the registered hours, so never the introductory
   * conversation, and not aftercare.
   */
  public static final class IndividualHoursValidator
      extends RuleValidator<IndividualHours, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      if (!Progress.synthesisHeld(t)) {
        return Optional.empty();
      }
      boolean closed = Progress.closed(t);
      for (VoucherUse use : uses(t)) {
        if ((closed || t.isSynthesisedOn(use.voucher()))
            && use.individualMissing().compareTo(Duration.ZERO) > 0) {
          return Optional.of(
              Finding.at("sessions")
                  .with("voucher", use.voucher())
                  .with("required", use.terms().getMinimumIndividualPerVoucher())
                  .with("registered", use.individual()));
        }
      }
      return Optional.empty();
    }
  }

  /**
   * {@code vch_group_hours}: the group guidance registered on each voucher never exceeds the
   * regime's maximum per voucher.
   */
  public static final class GroupHoursValidator extends RuleValidator<GroupHours, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      return overMaximum(t, VoucherUse::group, VoucherTerms::getMaximumGroupPerVoucher);
    }
  }

  /**
   * {@code vch_aftercare_minutes}: aftercare takes at most the regime's minutes per package, that
   * is per voucher ("maximaal 30 minuten per pakket", 004 §7): the held aftercare sessions
   * registered on each voucher. Aftercare registered on no voucher (a file from before sessions
   * named their voucher) counts as one package: the larger of those sessions' durations and the
   * durations recorded on the aftercare requests, since both record the same conversations.
   */
  public static final class AftercareMinutesValidator
      extends RuleValidator<AftercareMinutes, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      Optional<VoucherTerms> terms = terms(t);
      if (terms.isEmpty()) {
        return Optional.empty();
      }
      Duration allowed = terms.get().getAftercarePerPackage();
      for (VoucherUse use : uses(t)) {
        if (use.aftercare().compareTo(allowed) > 0) {
          return Optional.of(
              Finding.at("sessions").with("allowed", allowed).with("registered", use.aftercare()));
        }
      }
      Duration sessions =
          heldAftercare(t).stream()
              .filter(s -> s.getVoucher().isEmpty())
              .map(Session::getDuration)
              .reduce(Duration.ZERO, Saturating::plus);
      Duration requests =
          t.getAftercareRequests().stream()
              .map(r -> r.getDuration().orElse(Duration.ZERO))
              .reduce(Duration.ZERO, Saturating::plus);
      boolean registered = heldAftercare(t).stream().anyMatch(s -> s.getVoucher().isPresent());
      Duration unregistered = registered || sessions.compareTo(requests) >= 0 ? sessions : requests;
      return unregistered.compareTo(allowed) <= 0
          ? Optional.empty()
          : Optional.of(
              Finding.at("aftercareRequests")
                  .with("allowed", allowed)
                  .with("registered", unregistered));
    }
  }

  /**
   * {@code vch_aftercare_window}: every aftercare request and held aftercare conversation lies
   * within the regime's window after the synthesis conversation (the day that counts for a request
   * is its conversation day when held). A regime without a window sets no limit here.
   */
  public static final class AftercareWindowValidator
      extends RuleValidator<AftercareWindow, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      Optional<Period> regimeWindow = t.getFunding().getRegime().getAftercareWindow();
      if (regimeWindow.isEmpty()) {
        return Optional.empty();
      }
      Period window = regimeWindow.get();
      Optional<LocalDate> synthesis = t.synthesisDate();
      boolean any = !t.getAftercareRequests().isEmpty() || !heldAftercare(t).isEmpty();
      if (!any) {
        return Optional.empty();
      }
      boolean ok =
          synthesis.isPresent()
              && t.getAftercareRequests().stream()
                  .allMatch(r -> r.fallsWithin(synthesis.get(), window))
              && heldAftercare(t).stream()
                  .allMatch(
                      s ->
                          !s.getDate().isBefore(synthesis.get())
                              && !s.getDate().isAfter(Saturating.plus(synthesis.get(), window)));
      return ok
          ? Optional.empty()
          : Optional.of(Finding.at("aftercareRequests").with("window", window));
    }
  }

  /**
   * {@code vch_aftercare_on_request}: aftercare is given at the client's request (004 §7): there
   * are no more held aftercare conversations than aftercare requests, and no request is recorded as
   * the coach's.
   */
  public static final class AftercareOnRequestValidator
      extends RuleValidator<AftercareOnRequest, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      boolean byCoach =
          t.getAftercareRequests().stream()
              .anyMatch(r -> r.getRequestedBy().orElse(null) == AftercareRequester.COACH);
      return PlanRules.when(
          byCoach || heldAftercare(t).size() > t.getAftercareRequests().size(),
          byCoach ? "aftercareRequests" : "sessions");
    }
  }

  /**
   * {@code vch_evaluation_invited}: a closed trajectory whose intake was held has sent the
   * evaluation invitation, and not before the synthesis when one was held. Loopbaan's choice:
   * "after each trajectory" (004) is due once the trajectory is closed; a trajectory closed before
   * its intake never started the guidance.
   */
  public static final class EvaluationInvitedValidator
      extends RuleValidator<EvaluationInvited, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      if (!Progress.closed(t) || !Progress.intakeHeld(t)) {
        return Optional.empty();
      }
      boolean ok =
          t.getEvaluationInvitation()
              .map(i -> t.synthesisDate().map(s -> !i.getSentOn().isBefore(s)).orElse(true))
              .orElse(false);
      return PlanRules.when(!ok, "evaluationInvitation");
    }
  }

  /**
   * {@code vch_pop_checklist_only}: when the client allows only the "Checklist POP" to be kept
   * ({@link StorageConsent#CHECKLIST_ONLY}), a closed trajectory (the file as archived) keeps no
   * POP texts: no career question, client name, reflections, insights, decisions, goals, actions or
   * revisions. The POP's title, dates, kind and named trainings (a course, not a person) may stay:
   * they are what the checklist records. While the trajectory runs the plan may hold everything;
   * Loopbaan's reading of 004.
   */
  public static final class PopChecklistOnlyValidator
      extends RuleValidator<PopChecklistOnly, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      Optional<DevelopmentPlan> pop = t.getDevelopmentPlan();
      if (!Progress.closed(t)
          || pop.isEmpty()
          || pop.get().getStorageConsent() != StorageConsent.CHECKLIST_ONLY) {
        return Optional.empty();
      }
      DevelopmentPlan p = pop.get();
      boolean texts =
          p.getCareerQuestion().isPresent()
              || p.getGeneralData().getClientName().isPresent()
              || !p.getReflections().isEmpty()
              || !p.getInsights().isEmpty()
              || !p.getDecisions().isEmpty()
              || !p.getGoals().isEmpty()
              || !p.getActionPlan().getActions().isEmpty()
              || p.getActionPlan().getEvaluation().isPresent()
              || !p.getRevisions().isEmpty();
      return PlanRules.when(texts, "developmentPlan");
    }
  }

  /**
   * {@code vch_attest_training_named}: a training attest for a highly educated client, or one whose
   * education level is not recorded, names a training that a POP of the trajectory names explicitly
   * ({@link Trajectory#attestTrainingNamedAsRequired(TrainingAttest)}).
   */
  public static final class AttestTrainingNamedValidator
      extends RuleValidator<AttestTrainingNamed, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      Optional<TrainingAttest> attest = t.getTrainingAttest();
      return PlanRules.when(
          attest.isPresent() && !t.attestTrainingNamedAsRequired(attest.get()), "trainingAttest");
    }
  }

  /**
   * {@code vch_attest_academic_year}: no training attest for guidance started after the start of
   * the academic year concerned ({@link Trajectory#startedAfterAcademicYearOf(TrainingAttest)}: by
   * the attest's own start day, or because the trajectory was opened after that day).
   */
  public static final class AttestAcademicYearValidator
      extends RuleValidator<AttestAcademicYear, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      Optional<TrainingAttest> attest = t.getTrainingAttest();
      return PlanRules.when(
          attest.isPresent() && t.startedAfterAcademicYearOf(attest.get()), "trainingAttest");
    }
  }

  /**
   * {@code vch_attest_career_question}: no training attest for guidance started only to obtain the
   * training benefits, with no other career question ({@link Trajectory#hasOtherCareerQuestion()}):
   * the intake agreement records that the guidance was started {@linkplain
   * io.github.loopbaan.core.trajectory.IntakeAgreement#isOnlyForTrainingBenefit() only for the
   * benefit}, or the trajectory records no career question at all (the question explored at the
   * intake, which the guidance starts from). The content of a question is the client's own words
   * and is never judged by a rule. The finding's path is {@code careerQuestion}.
   */
  public static final class AttestCareerQuestionValidator
      extends RuleValidator<AttestCareerQuestion, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, FundingRegimes regimes) {
      return PlanRules.when(
          t.getTrainingAttest().isPresent() && !t.hasOtherCareerQuestion(), "careerQuestion");
    }
  }

  static List<Session> heldAftercare(Trajectory t) {
    return t.getSessions().stream()
        .filter(s -> s.getKind() == SessionKind.AFTERCARE && s.getStatus() == SessionStatus.HELD)
        .collect(Collectors.toList());
  }
}
