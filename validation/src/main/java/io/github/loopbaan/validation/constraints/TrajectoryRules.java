package io.github.loopbaan.validation.constraints;

import io.github.loopbaan.core.internal.Saturating;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.NamedTraining;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.rules.base.GoalPastIntake;
import io.github.loopbaan.core.rules.base.PlanPastIntake;
import io.github.loopbaan.core.rules.base.PopAfterSynthesis;
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
import io.github.loopbaan.core.rules.voucher.Vouchers;
import io.github.loopbaan.core.session.GroupSetting;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionStatus;
import io.github.loopbaan.core.trajectory.TrainingAttest;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.validation.VoucherRegime;
import io.github.loopbaan.validation.VoucherRegimes;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Validators of the rules on the trajectory aggregate. Rules apply once they are due (see each
 * validator): a trajectory in progress is not wrong for lacking what comes later. The voucher
 * numbers come from the {@link VoucherRegime} in force on the trajectory's opening day.
 */
public final class TrajectoryRules {

  private TrajectoryRules() {}

  static VoucherRegime regime(Trajectory t, VoucherRegimes regimes) {
    return regimes.forStartDate(t.getOpenedOn());
  }

  /**
   * {@code base_plan_past_intake}: once the intake is held, the trajectory has a trajectory plan.
   */
  public static final class PlanPastIntakeValidator
      extends RuleValidator<PlanPastIntake, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, VoucherRegimes regimes) {
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
    protected Optional<Finding> check(Trajectory t, VoucherRegimes regimes) {
      boolean goal =
          t.getPlan().map(p -> !p.getGoals().isEmpty()).orElse(false)
              || t.getDevelopmentPlan().map(p -> !p.getGoals().isEmpty()).orElse(false);
      return PlanRules.when(
          Progress.intakeHeld(t) && t.getPlan().isPresent() && !goal, "plan.goals");
    }
  }

  /** {@code base_pop_after_synthesis}: once the synthesis is held, the trajectory has its POP. */
  public static final class PopAfterSynthesisValidator
      extends RuleValidator<PopAfterSynthesis, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, VoucherRegimes regimes) {
      return PlanRules.when(
          Progress.synthesisHeld(t) && t.getDevelopmentPlan().isEmpty(), "developmentPlan");
    }
  }

  /**
   * {@code vch_vouchers}: funded by career vouchers, at least one and at most the regime's vouchers
   * per person.
   */
  public static final class VouchersValidator extends RuleValidator<Vouchers, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, VoucherRegimes regimes) {
      int max = regime(t, regimes).vouchersPerPerson();
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
    protected Optional<Finding> check(Trajectory t, VoucherRegimes regimes) {
      return PlanRules.when(
          Progress.intakeHeld(t) && t.getIntakeAgreement().isEmpty(), "intakeAgreement");
    }
  }

  /**
   * {@code vch_individual_hours}: once the synthesis is held, the individual guidance registered is
   * at least the regime's minimum per voucher times the number of vouchers (one for a draft without
   * vouchers). Counted: held sessions that count toward the registered hours, so never the
   * introductory conversation, and not aftercare.
   */
  public static final class IndividualHoursValidator
      extends RuleValidator<IndividualHours, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, VoucherRegimes regimes) {
      if (!Progress.synthesisHeld(t)) {
        return Optional.empty();
      }
      Duration required =
          Saturating.times(
              regime(t, regimes).minimumIndividualPerVoucher(), Progress.voucherPackages(t));
      Duration registered = Progress.guidance(t, GroupSetting.INDIVIDUAL);
      return registered.compareTo(required) >= 0
          ? Optional.empty()
          : Optional.of(
              Finding.at("sessions").with("required", required).with("registered", registered));
    }
  }

  /**
   * {@code vch_group_hours}: the group guidance registered never exceeds the regime's maximum per
   * voucher.
   */
  public static final class GroupHoursValidator extends RuleValidator<GroupHours, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, VoucherRegimes regimes) {
      Duration allowed =
          Saturating.times(
              regime(t, regimes).maximumGroupPerVoucher(), Progress.voucherPackages(t));
      Duration registered = Progress.guidance(t, GroupSetting.GROUP);
      return registered.compareTo(allowed) <= 0
          ? Optional.empty()
          : Optional.of(
              Finding.at("sessions").with("allowed", allowed).with("registered", registered));
    }
  }

  /**
   * {@code vch_aftercare_minutes}: aftercare takes at most the regime's minutes per package; the
   * package is the trajectory with its vouchers (as {@code Voucher} documents it). The aftercare
   * time is the larger of the held aftercare sessions' durations and the durations recorded on the
   * aftercare requests, since both record the same conversations.
   */
  public static final class AftercareMinutesValidator
      extends RuleValidator<AftercareMinutes, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, VoucherRegimes regimes) {
      Duration sessions =
          heldAftercare(t).stream()
              .map(Session::getDuration)
              .reduce(Duration.ZERO, Saturating::plus);
      Duration requests =
          t.getAftercareRequests().stream()
              .map(r -> r.getDuration().orElse(Duration.ZERO))
              .reduce(Duration.ZERO, Saturating::plus);
      Duration registered = sessions.compareTo(requests) >= 0 ? sessions : requests;
      Duration allowed = regime(t, regimes).aftercarePerPackage();
      return registered.compareTo(allowed) <= 0
          ? Optional.empty()
          : Optional.of(
              Finding.at("aftercareRequests")
                  .with("allowed", allowed)
                  .with("registered", registered));
    }
  }

  /**
   * {@code vch_aftercare_window}: every aftercare request and held aftercare conversation lies
   * within the regime's window after the synthesis conversation (the day that counts for a request
   * is its conversation day when held).
   */
  public static final class AftercareWindowValidator
      extends RuleValidator<AftercareWindow, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, VoucherRegimes regimes) {
      Period window = regime(t, regimes).aftercareWindow();
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
   * {@code vch_aftercare_on_request}: there are no more held aftercare conversations than aftercare
   * requests.
   */
  public static final class AftercareOnRequestValidator
      extends RuleValidator<AftercareOnRequest, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, VoucherRegimes regimes) {
      return PlanRules.when(heldAftercare(t).size() > t.getAftercareRequests().size(), "sessions");
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
    protected Optional<Finding> check(Trajectory t, VoucherRegimes regimes) {
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
    protected Optional<Finding> check(Trajectory t, VoucherRegimes regimes) {
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
   * {@code vch_attest_training_named}: a training attest names a training that the POP names
   * explicitly (titles compared without regard to case and surrounding spaces).
   */
  public static final class AttestTrainingNamedValidator
      extends RuleValidator<AttestTrainingNamed, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, VoucherRegimes regimes) {
      if (t.getTrainingAttest().isEmpty()) {
        return Optional.empty();
      }
      String title = normal(t.getTrainingAttest().get().getTrainingTitle());
      List<String> named =
          t.getDevelopmentPlan().map(DevelopmentPlan::getNamedTrainings).orElse(List.of()).stream()
              .map(NamedTraining::getTitle)
              .map(TrajectoryRules::normal)
              .collect(Collectors.toList());
      return PlanRules.when(!named.contains(title), "trainingAttest");
    }
  }

  /**
   * {@code vch_attest_academic_year}: no training attest for guidance started after the start of
   * the academic year concerned. The guidance started after it when the attest's own start day lies
   * after the first day of the academic year, or when the trajectory was opened after it (the
   * guidance cannot have started before the trajectory was opened).
   */
  public static final class AttestAcademicYearValidator
      extends RuleValidator<AttestAcademicYear, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, VoucherRegimes regimes) {
      Optional<TrainingAttest> attest = t.getTrainingAttest();
      return PlanRules.when(
          attest.isPresent()
              && (attest.get().guidanceStartedAfterAcademicYearStart()
                  || t.getOpenedOn().isAfter(attest.get().getAcademicYear().getStartsOn())),
          "trainingAttest");
    }
  }

  /**
   * {@code vch_attest_career_question}: no training attest for guidance started only to obtain the
   * training benefits, with no other career question. Loopbaan detects this as a trajectory that
   * records no career question (the question explored at the intake, which the guidance starts
   * from); the content of a question is the client's own words and is never judged by a rule.
   */
  public static final class AttestCareerQuestionValidator
      extends RuleValidator<AttestCareerQuestion, Trajectory> {
    @Override
    protected Optional<Finding> check(Trajectory t, VoucherRegimes regimes) {
      return PlanRules.when(
          t.getTrainingAttest().isPresent() && t.getCareerQuestion().isEmpty(), "careerQuestion");
    }
  }

  static List<Session> heldAftercare(Trajectory t) {
    return t.getSessions().stream()
        .filter(s -> s.getKind() == SessionKind.AFTERCARE && s.getStatus() == SessionStatus.HELD)
        .collect(Collectors.toList());
  }

  static String normal(String title) {
    return title.strip().toLowerCase(Locale.ROOT);
  }
}
