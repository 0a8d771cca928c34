package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.rules.Base;
import io.github.loopbaan.core.session.GroupSetting;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionStatus;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.FundingRegime;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryLifecycle;
import io.github.loopbaan.core.trajectory.VoucherId;
import io.github.loopbaan.core.trajectory.VoucherTerms;
import io.github.loopbaan.testkit.RuleArbitraries;
import io.github.loopbaan.testkit.RuleArbitraries.RuleBreak;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** For every rule a value that passes and one that violates it, asserting the rule code. */
class RuleExamplesTest {

  static final LocalDate OPENED = LocalDate.of(2024, 3, 4);
  static final String QUESTION = "Wat wil ik na twintig jaar bij de bank?";
  static final String NAME = "Els Peeters";
  static final Locale NL = Locale.forLanguageTag("nl");
  static final LoopbaanValidator RULES = LoopbaanValidator.create();

  @AfterAll
  static void close() {
    RULES.close();
  }

  static Trajectory complete(int vouchers, boolean attest) {
    return RuleArbitraries.complete(OPENED, vouchers, attest, QUESTION, NAME);
  }

  static ValidationReport both(Object value) {
    return RULES.validate(value, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER);
  }

  static Stream<String> codes() {
    List<String> codes = new ArrayList<>(RuleArbitraries.BASE_CODES);
    codes.addAll(RuleArbitraries.VOUCHER_CODES);
    return codes.stream();
  }

  @Test
  void a_complete_trajectory_passes_every_rule() {
    for (int vouchers = 1; vouchers <= 2; vouchers++) {
      for (boolean attest : new boolean[] {false, true}) {
        assertThat(both(complete(vouchers, attest)).violations())
            .as(vouchers + " " + attest)
            .isEmpty();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("codes")
  void every_rule_reports_its_code_when_broken(String code) {
    RuleBreak broken = RuleArbitraries.breakRule(code, complete(2, code.startsWith("vch_attest")));
    ValidationReport report = both(broken.value());
    assertThat(report.codes()).containsExactly(code);
    Violation v = report.violations().get(0);
    assertThat(v.severity())
        .isEqualTo(
            code.equals("vch_pop_signature") || code.equals("base_farewell_forced_mobility")
                ? Severity.WARNING
                : Severity.ERROR);
    assertThat(v.ruleSet()).isEqualTo(code.startsWith("base_") ? "base" : "flemish_voucher");
    assertThat(v.message(Locale.ENGLISH))
        .isNotBlank()
        .doesNotContain("{")
        .doesNotContain(NAME)
        .doesNotContain(QUESTION);
    assertThat(v.message(NL))
        .isNotBlank()
        .doesNotContain("{")
        .isNotEqualTo(v.message(Locale.ENGLISH))
        .doesNotContain(NAME)
        .doesNotContain(QUESTION);
    assertThat(v.toString()).contains(code).doesNotContain(NAME);
  }

  @ParameterizedTest
  @MethodSource("codes")
  void voucher_rules_are_absent_from_the_base_rule_set(String code) {
    RuleBreak broken = RuleArbitraries.breakRule(code, complete(1, code.startsWith("vch_attest")));
    assertThat(RULES.validate(broken.value()).has(code)).isEqualTo(code.startsWith("base_"));
    assertThat(RULES.validate(broken.value(), RuleSet.BASE).has(code))
        .isEqualTo(code.startsWith("base_"));
  }

  @Test
  void
      a_freshly_opened_trajectory_is_a_legal_draft_under_both_rule_sets_except_its_missing_vouchers() {
    Trajectory opened =
        Trajectory.open(
            complete(1, false).getId(),
            complete(1, false).getClient(),
            complete(1, false).getCoach(),
            complete(1, false).getCommissioner(),
            Funding.careerVouchers(VoucherId.of("v")),
            OPENED);
    assertThat(both(opened).violations()).isEmpty();
    assertThat(both(opened.withFunding(Funding.self())).codes()).containsExactly("vch_vouchers");
  }

  @Test
  void the_signature_is_a_warning_so_the_report_stays_valid() {
    ValidationReport report =
        both(RuleArbitraries.breakRule("vch_pop_signature", complete(1, false)).value());
    assertThat(report.isValid()).isTrue();
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).extracting(Violation::code).containsExactly("vch_pop_signature");
  }

  @Test
  void pop_rules_on_a_trajectory_carry_the_path_through_the_plan() {
    Trajectory t = complete(1, false);
    DevelopmentPlan pop = t.getDevelopmentPlan().orElseThrow();
    Trajectory broken =
        Trajectory.builder()
            .from(t)
            .developmentPlan(pop.withGeneralData(pop.getGeneralData().withTitle("Mijn plan")))
            .build();
    assertThat(both(broken).violations())
        .extracting(Violation::path)
        .containsExactly("developmentPlan.generalData.title");
    Trajectory unsigned =
        Trajectory.builder()
            .from(t)
            .intakeAgreement(t.getIntakeAgreement().orElseThrow().withSignedOn(Optional.empty()))
            .build();
    assertThat(both(unsigned).violations())
        .extracting(Violation::path)
        .containsExactly("intakeAgreement.signedOn");
  }

  @Test
  void
      individual_hours_pass_at_exactly_the_minimum_and_the_introductory_conversation_never_counts() {
    Trajectory t = complete(1, false);
    List<Session> sessions = new ArrayList<>(t.getSessions());
    sessions.replaceAll(
        s ->
            s.getKind() == SessionKind.IN_DEPTH && s.getSetting() == GroupSetting.INDIVIDUAL
                ? s.withDuration(Duration.ofMinutes(30))
                : s);
    Trajectory exactly = Trajectory.builder().from(t).sessions(sessions).build();
    assertThat(both(exactly).violations()).isEmpty();
    List<Session> less = new ArrayList<>(sessions);
    less.replaceAll(
        s ->
            s.getKind() == SessionKind.IN_DEPTH && s.getSetting() == GroupSetting.INDIVIDUAL
                ? s.withDuration(Duration.ofMinutes(29))
                : s);
    less.add(held("s-intro", SessionKind.INTRODUCTORY, OPENED, 120, GroupSetting.INDIVIDUAL));
    ValidationReport report = both(Trajectory.builder().from(t).sessions(less).build());
    assertThat(report.codes()).containsExactly("vch_individual_hours");
    assertThat(report.violations().get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "At least 2 h 30 min of individual guidance must be registered on voucher 1; 2 h 29 min is registered.");
    assertThat(report.violations().get(0).message(NL))
        .isEqualTo(
            "Op loopbaancheque 1 moet minstens 2 u 30 min individuele begeleiding geregistreerd zijn; geregistreerd: 2 u 29 min.");
  }

  @Test
  void individual_hours_are_not_due_before_the_synthesis() {
    Trajectory t = complete(1, false);
    Trajectory early =
        Trajectory.builder()
            .from(t)
            .history(History.of(t.getHistory().asList().subList(0, 1)))
            .sessions(t.getSessions().subList(0, 1))
            .developmentPlan(Optional.empty())
            .evaluationInvitation(Optional.empty())
            .aftercareRequests(List.of())
            .build();
    assertThat(both(early).violations()).isEmpty();
  }

  @Test
  void group_hours_pass_at_exactly_the_maximum_per_voucher() {
    Trajectory t = complete(1, false);
    List<Session> sessions = new ArrayList<>(t.getSessions());
    // 2.5 h individual and 1.5 h group fill the voucher's 4 hours exactly.
    sessions.replaceAll(
        s ->
            s.getSetting() == GroupSetting.GROUP
                ? s.withDuration(Duration.ofMinutes(90))
                : s.getId().equals(SessionId.of("s-deep-0"))
                    ? s.withDuration(Duration.ofMinutes(30))
                    : s);
    assertThat(both(Trajectory.builder().from(t).sessions(sessions).build()).violations())
        .isEmpty();
    // Under 004 one minute more group guidance is also one minute more than the voucher pays for.
    sessions.replaceAll(
        s -> s.getSetting() == GroupSetting.GROUP ? s.withDuration(Duration.ofMinutes(91)) : s);
    assertThat(both(Trajectory.builder().from(t).sessions(sessions).build()).codes())
        .containsExactlyInAnyOrder("vch_group_hours", "vch_voucher_hours");
  }

  @Test
  void aftercare_passes_at_thirty_minutes_and_on_the_last_day_of_the_year() {
    Trajectory t = complete(1, false);
    LocalDate lastDay = t.synthesisDate().orElseThrow().plus(Period.ofYears(1));
    List<Session> sessions = new ArrayList<>(t.getSessions());
    sessions.replaceAll(
        s ->
            s.getKind() == SessionKind.AFTERCARE
                ? s.withDuration(Duration.ofMinutes(30)).withDate(lastDay)
                : s);
    Trajectory edge =
        Trajectory.builder()
            .from(t)
            .sessions(sessions)
            .aftercareRequests(List.of(t.getAftercareRequests().get(0).withRequestedOn(lastDay)))
            .build();
    assertThat(both(edge).violations()).isEmpty();
  }

  @Test
  void more_vouchers_than_the_regime_allows_are_reported() {
    Trajectory t =
        Trajectory.builder()
            .from(complete(2, false))
            .funding(
                Funding.careerVouchers(VoucherId.of("a"), VoucherId.of("b"), VoucherId.of("c")))
            .build();
    assertThat(both(t).has("vch_vouchers")).isTrue();
    Violation v =
        both(t).violations().stream()
            .filter(x -> x.code().equals("vch_vouchers"))
            .findFirst()
            .orElseThrow();
    assertThat(v.facts()).containsEntry("max", 2).containsEntry("count", 3);
  }

  @Test
  void the_title_accepts_the_voucher_number_in_dutch_or_english() {
    DevelopmentPlan pop = complete(1, false).getDevelopmentPlan().orElseThrow();
    for (String title :
        List.of(
            "POP (loopbaancheque 2 of 2)", "pop loopbaancheque1", "POP (career voucher 1 of 2)")) {
      assertThat(both(pop.withGeneralData(pop.getGeneralData().withTitle(title))).violations())
          .as(title)
          .isEmpty();
    }
    assertThat(
            both(pop.withGeneralData(pop.getGeneralData().withTitle("POP (loopbaancheque)")))
                .codes())
        .containsExactly("vch_pop_title");
  }

  @Test
  void a_pop_reduced_to_its_checklist_validates_as_the_full_pop_did() {
    Trajectory t = complete(1, false);
    DevelopmentPlan checklist = t.getDevelopmentPlan().orElseThrow().toChecklist();
    assertThat(both(checklist).violations()).isEmpty();
    assertThat(both(Trajectory.builder().from(t).developmentPlan(checklist).build()).violations())
        .isEmpty();
    // The ticks stand in for the texts: a checklist that records no career question is reported.
    DevelopmentPlan noQuestion =
        checklist.withChecklist(checklist.getChecklist().orElseThrow().withCareerQuestion(false));
    assertThat(both(noQuestion).codes()).containsExactly("vch_pop_career_question");
    // A plan whose client refused storage but that is not reduced yet is judged on its content.
    DevelopmentPlan bare =
        DevelopmentPlan.builder()
            .id(checklist.getId())
            .storageConsent(StorageConsent.CHECKLIST_ONLY)
            .generalData(checklist.getGeneralData())
            .build();
    assertThat(both(bare).codes())
        .containsExactlyInAnyOrder(
            "vch_pop_career_question",
            "vch_pop_choices",
            "vch_pop_client_name",
            "vch_pop_reflections");
  }

  @Test
  void intake_topics_name_what_is_missing_in_the_language_asked() {
    ValidationReport report =
        both(RuleArbitraries.breakRule("vch_intake_topics", complete(1, false)).value());
    Violation v = report.violations().get(0);
    assertThat(v.path()).isEqualTo("intakeAgreement.explainedTopics");
    assertThat(v.message(NL)).contains("Confidentialiteit").doesNotContain("Confidentiality");
    assertThat(v.message(Locale.ENGLISH)).contains("Confidentiality");
  }

  @Test
  void the_rules_take_their_numbers_from_the_fundings_regime_if_the_validator_accepts_it() {
    FundingRegime stricter =
        FundingRegime.VDAB_004
            .withId("stricter")
            .withValidFrom(LocalDate.of(2030, 1, 1))
            .withVoucherTerms(
                VoucherTerms.builder()
                    .from(FundingRegime.VDAB_004.getVoucherTerms().orElseThrow())
                    .minimumIndividualPerVoucher(Duration.ofHours(4))
                    .maximumGroupPerVoucher(Duration.ZERO)
                    .build());
    Trajectory before = complete(1, false);
    Trajectory after = RuleArbitraries.complete(LocalDate.of(2030, 1, 1), 1, false, QUESTION, NAME);
    Trajectory strict =
        Trajectory.builder().from(after).funding(after.getFunding().withRegime(stricter)).build();
    try (LoopbaanValidator custom =
        LoopbaanValidator.builder().regimes(FundingRegimes.builtIn().with(stricter)).build()) {
      assertThat(custom.validate(before, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER).violations())
          .isEmpty();
      ValidationReport report = custom.validate(strict, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER);
      assertThat(report.codes())
          .containsExactlyInAnyOrder("vch_individual_hours", "vch_group_hours");
      assertThat(report.regime()).contains("stricter@1");
      assertThat(report.ruleSets()).containsExactly("base@2", "flemish_voucher@2");
      assertThat(
              custom
                  .validate(
                      Trajectory.builder()
                          .from(strict)
                          .openedOn(LocalDate.of(2029, 12, 31))
                          .build(),
                      RuleSet.BASE)
                  .codes())
          .containsExactly("base_regime_registered");
    }
    assertThat(RULES.validate(strict, RuleSet.BASE).codes())
        .containsExactly("base_regime_registered");
    assertThat(RULES.regimes()).isEqualTo(FundingRegimes.builtIn());
  }

  @Test
  void a_report_names_the_regime_and_the_rule_set_versions_it_applied() {
    ValidationReport report = both(complete(2, false));
    assertThat(report.regime()).contains("vdab_004@1");
    assertThat(report.ruleSets()).containsExactly("base@2", "flemish_voucher@2");
    assertThat(report.toString()).contains("under vdab_004@1").contains("flemish_voucher@2");
    ValidationReport plan = RULES.validate(complete(1, false).getDevelopmentPlan().orElseThrow());
    assertThat(plan.regime()).isEmpty();
    assertThat(plan.ruleSets()).containsExactly("base@2");
    assertThat(RuleSet.of("mine", Base.class).ref()).isEqualTo("mine@1");
    assertThat(RuleSet.of("mine", 3, Base.class).toString()).isEqualTo("RuleSet[mine@3]");
    assertThatThrownBy(() -> RuleSet.of("mine", 0, Base.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hours_are_checked_per_voucher_not_per_trajectory() {
    // 004 §3: voucher 1 with 2 h individual + 2 h group is wrong, whatever voucher 2 holds.
    Trajectory t = complete(2, false);
    List<Session> sessions = new ArrayList<>();
    for (Session s : t.getSessions()) {
      if (s.getId().equals(SessionId.of("s-deep-0"))) {
        sessions.add(s.withSetting(GroupSetting.GROUP));
      } else if (s.getId().equals(SessionId.of("s-synthesis"))) {
        sessions.add(s.withVoucher(2));
      } else {
        sessions.add(s);
      }
    }
    Trajectory perVoucher = Trajectory.builder().from(t).sessions(sessions).build();
    // Voucher 1: 1 h individual, 2 h group; voucher 2: 4 h individual. The trajectory's totals
    // (5 h individual, 2 h group for two vouchers) pass a per-trajectory check.
    assertThat(perVoucher.voucherUse(1).orElseThrow().group()).isEqualTo(Duration.ofHours(2));
    ValidationReport report = RULES.validate(perVoucher, RuleSet.FLEMISH_VOUCHER);
    assertThat(report.codes()).containsExactlyInAnyOrder("vch_individual_hours", "vch_group_hours");
    assertThat(report.violations())
        .allSatisfy(v -> assertThat(v.message(Locale.ENGLISH)).contains("voucher 1"));
  }

  @Test
  void an_attest_for_guidance_started_only_for_the_benefit_is_reported_and_was_refused() {
    // 004 §5: the intake records that the client came only for training vouchers, credit or leave.
    Trajectory t = complete(1, true);
    Trajectory benefitOnly =
        Trajectory.builder()
            .from(t)
            .intakeAgreement(t.getIntakeAgreement().orElseThrow().withOnlyForTrainingBenefit(true))
            .build();
    ValidationReport report = RULES.validate(benefitOnly, RuleSet.FLEMISH_VOUCHER);
    assertThat(report.codes()).containsExactly("vch_attest_career_question");
    assertThat(report.violations().get(0).path()).isEqualTo("careerQuestion");
    // The lifecycle refuses the same attest before it is issued.
    Trajectory withoutAttest =
        Trajectory.builder().from(benefitOnly).trainingAttest(Optional.empty()).build();
    assertThat(
            withoutAttest
                .apply(TrajectoryCommand.issueTrainingAttest(t.getTrainingAttest().orElseThrow()))
                .getReasons())
        .extracting(r -> r.getCode())
        .contains(TrajectoryLifecycle.ONLY_FOR_TRAINING_BENEFIT);
  }

  @Test
  void a_user_rule_set_is_a_group_with_its_own_constraints() {
    ValidationReport report =
        RULES.validate(new Intake(""), RuleSet.of("my_practice", MyPractice.class));
    assertThat(report.codes()).containsExactly("not_blank");
    assertThat(report.violations().get(0).path()).isEqualTo("room");
    assertThat(RULES.validate(new Intake("")).violations()).isEmpty();
    assertThatThrownBy(() -> RuleSet.of("My Practice", MyPractice.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A user's own rule set. */
  interface MyPractice {}

  /** A user's own type with a rule in their rule set. */
  static final class Intake {
    @jakarta.validation.constraints.NotBlank(groups = MyPractice.class)
    private final String room;

    Intake(String room) {
      this.room = room;
    }
  }

  static Session held(
      String id, SessionKind kind, LocalDate on, int minutes, GroupSetting setting) {
    return Session.builder()
        .id(SessionId.of(id))
        .kind(kind)
        .date(on)
        .duration(Duration.ofMinutes(minutes))
        .setting(setting)
        .status(SessionStatus.HELD)
        .build();
  }
}
