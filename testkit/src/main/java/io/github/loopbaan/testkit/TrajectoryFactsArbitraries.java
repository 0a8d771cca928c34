package io.github.loopbaan.testkit;

import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.standards.OccupationRef;
import io.github.loopbaan.core.trajectory.AcademicYear;
import io.github.loopbaan.core.trajectory.AftercareRequest;
import io.github.loopbaan.core.trajectory.AftercareRequester;
import io.github.loopbaan.core.trajectory.CareerCentre;
import io.github.loopbaan.core.trajectory.CareerScenario;
import io.github.loopbaan.core.trajectory.Consent;
import io.github.loopbaan.core.trajectory.ConsentScope;
import io.github.loopbaan.core.trajectory.Eligibility;
import io.github.loopbaan.core.trajectory.EvaluationInvitation;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.FundingKind;
import io.github.loopbaan.core.trajectory.FundingRegime;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.IntakeTopic;
import io.github.loopbaan.core.trajectory.LegalGround;
import io.github.loopbaan.core.trajectory.NetworkConversation;
import io.github.loopbaan.core.trajectory.Referral;
import io.github.loopbaan.core.trajectory.ReferralId;
import io.github.loopbaan.core.trajectory.ReferralTarget;
import io.github.loopbaan.core.trajectory.ScenarioId;
import io.github.loopbaan.core.trajectory.ScenarioScope;
import io.github.loopbaan.core.trajectory.ScenarioStatus;
import io.github.loopbaan.core.trajectory.TrainingAttest;
import io.github.loopbaan.core.trajectory.TrainingBenefit;
import io.github.loopbaan.core.trajectory.UsedVoucher;
import io.github.loopbaan.core.trajectory.Voucher;
import io.github.loopbaan.core.trajectory.VoucherHistory;
import io.github.loopbaan.core.trajectory.VoucherId;
import io.github.loopbaan.core.trajectory.VoucherPackage;
import io.github.loopbaan.core.trajectory.VoucherTerms;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries for the facts of a trajectory's process ({@code io.github.loopbaan.core.trajectory}):
 * the intake agreement, funding and career vouchers, career scenarios and network conversations,
 * referrals, the evaluation invitation, aftercare and the training attest, valid and deliberately
 * broken.
 *
 * <p>Personal texts (scenario titles, contact roles, outcomes, referral reasons, aftercare
 * questions, training titles) end in a generated reference such as {@code "(ref 4711)"}, so a
 * property can look for them in {@code toString()} without false matches.
 */
public final class TrajectoryFactsArbitraries {

  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  private static final int DAYS = 15 * 366;

  private static final String[] SCENARIO_TITLES = {
    "Zelfstandig als loopbaancoach", "Marketing in een kleine innovatieve onderneming",
        "Terug naar de zorg",
    "Leerkracht in het secundair onderwijs", "Interne overstap naar HR",
        "Parttime werken en vrijwilligerswerk",
    "Own consultancy in logistics", "Product owner in a software company",
        "Job carving in the current team"
  };
  private static final String[] CONTACT_ROLES = {
    "Oud-collega uit de marketing", "Eigenaar van een klein adviesbureau",
        "Teamleider in een ziekenhuis",
    "Kennis uit de sportclub", "Former manager at the bank", "Recruiter in the logistics sector",
    "Self-employed coach from the network"
  };
  private static final String[] OUTCOMES = {
    "Het werk blijkt veel minder zelfstandig dan ik dacht.",
        "Dit past goed bij mijn behoefte aan contact.",
    "Ik moet eerst een opleiding volgen om dit te kunnen doen.",
        "The pace would be too high for me now.",
    "I got two new names to talk to about this option."
  };
  private static final String[] REFERRAL_REASONS = {
    "Aanhoudende somberheid en slaapproblemen.",
        "Signalen van een burn-out, huilbuien op het werk.",
    "Paniekaanvallen bij het idee van solliciteren.",
        "Persistent anxiety that blocks the career process.",
    "Physical complaints after the reorganisation."
  };
  private static final String[] AFTERCARE_QUESTIONS = {
    "Hoe pak ik het gesprek met mijn leidinggevende over de nieuwe rol aan?",
    "Ik kom niet verder met de opleiding uit mijn POP, wat nu?",
    "Mijn netwerkactie levert niets op.",
    "How do I keep my action plan going next to my new job?"
  };
  static final String[] TRAINING_TITLES = {
    "Bachelor verpleegkunde",
    "Graduaat boekhouden",
    "Specifieke lerarenopleiding",
    "Master bedrijfskunde",
    "Postgraduaat loopbaanbegeleiding",
    "Bachelor in social work"
  };
  private static final String[] OCCUPATIONS = {
    "loopbaanbegeleider",
    "marketingmanager",
    "verpleegkundige",
    "leraar",
    "hr-adviseur",
    "logistiek planner"
  };
  private static final String[] TOOLS = {
    "VDAB-tevredenheidsmeting", "Anonieme online enquête", "Survey tool"
  };

  private TrajectoryFactsArbitraries() {}

  private static final String[] CONSENT_PURPOSES = {
    "Gezondheidsklachten bespreken voor de keuze van de aanpak.",
        "Voortgang delen met de werkgever.",
    "Het volledige POP bewaren in het dossier.",
        "Advice on the return to work with the company doctor."
  };

  private static Arbitrary<String> personal(String[] texts) {
    return Combinators.combine(Arbitraries.of(texts), Arbitraries.integers().between(1, 9999))
        .as((text, n) -> text + " (ref " + n + ")");
  }

  /**
   * @return days from 2015 to 2029
   */
  public static Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, DAYS).map(FIRST_DAY::plusDays);
  }

  /**
   * @param from the first possible day
   * @return days from {@code from} up to about two years later
   */
  public static Arbitrary<LocalDate> daysFrom(LocalDate from) {
    return Arbitraries.integers().between(0, 730).map(from::plusDays);
  }

  /**
   * @return voucher identifiers
   */
  public static Arbitrary<VoucherId> voucherIds() {
    return PartyArbitraries.identifierValues().map(VoucherId::of);
  }

  /**
   * @return scenario identifiers
   */
  public static Arbitrary<ScenarioId> scenarioIds() {
    return PartyArbitraries.identifierValues().map(ScenarioId::of);
  }

  /**
   * @return referral identifiers
   */
  public static Arbitrary<ReferralId> referralIds() {
    return PartyArbitraries.identifierValues().map(ReferralId::of);
  }

  /**
   * @return intake topics
   */
  public static Arbitrary<IntakeTopic> intakeTopics() {
    return Arbitraries.of(IntakeTopic.class);
  }

  /**
   * @return intake agreements from empty drafts to complete signed ones; only agreements whose
   *     topics include signing the agreement are signed
   */
  public static Arbitrary<IntakeAgreement> intakeAgreements() {
    Arbitrary<Set<IntakeTopic>> topics =
        Arbitraries.oneOf(intakeTopics().set(), Arbitraries.just(Set.of(IntakeTopic.values())));
    return Combinators.combine(topics, days(), days(), Arbitraries.integers().between(0, 3))
        .as(
            (explained, heldOn, signedOn, shape) -> {
              IntakeAgreement.Builder builder =
                  IntakeAgreement.builder().addAllExplainedTopics(explained);
              if ((shape & 1) != 0) {
                builder.heldOn(heldOn);
              }
              if ((shape & 2) != 0 && explained.contains(IntakeTopic.SIGNING_THE_AGREEMENT)) {
                builder.signedOn(signedOn);
              }
              return builder.build();
            });
  }

  /**
   * @return single vouchers numbered 1 to 3, some with an issue date
   */
  public static Arbitrary<Voucher> vouchers() {
    return Builders.withBuilder(Voucher::builder)
        .use(voucherIds())
        .in(Voucher.Builder::id)
        .use(Arbitraries.integers().between(1, 3))
        .in(Voucher.Builder::number)
        .use(days())
        .withProbability(0.6)
        .in(Voucher.Builder::issuedOn)
        .build(Voucher.Builder::build);
  }

  /**
   * @return funding of every kind; career-voucher funding holds zero to three vouchers numbered
   *     from 1
   */
  public static Arbitrary<Funding> fundings() {
    return Arbitraries.of(FundingKind.class)
        .flatMap(
            kind -> {
              if (kind != FundingKind.CAREER_VOUCHER) {
                return Arbitraries.just(Funding.builder().kind(kind).build());
              }
              return Combinators.combine(
                      voucherIds().list().uniqueElements().ofMaxSize(3), days().list().ofSize(3))
                  .as(
                      (ids, issued) -> {
                        List<Voucher> vouchers = new ArrayList<>();
                        for (int i = 0; i < ids.size(); i++) {
                          Voucher.Builder voucher = Voucher.builder().id(ids.get(i)).number(i + 1);
                          if (i % 2 == 0) {
                            voucher.issuedOn(issued.get(i));
                          }
                          vouchers.add(voucher.build());
                        }
                        return Funding.careerVouchers(vouchers);
                      });
            });
  }

  /**
   * @return voucher terms whose minimum individual plus maximum group guidance fit in a voucher,
   *     from a few minutes up to durations near the largest one
   */
  public static Arbitrary<VoucherTerms> voucherTerms() {
    Arbitrary<Long> minutes =
        Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.longs().between(1, 24 * 60)),
            Tuple.of(1, Arbitraries.longs().between(1, Long.MAX_VALUE / 240)));
    return Combinators.combine(
            minutes,
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 120),
            Arbitraries.integers().between(1, 4),
            Arbitraries.integers().between(0, 6).optional(0.5))
        .as(
            (hours, individualShare, groupShare, aftercare, perPerson, years) -> {
              long individual = hours * individualShare / 100;
              long group = (hours - individual) * groupShare / 100;
              VoucherTerms.Builder b =
                  VoucherTerms.builder()
                      .hoursPerVoucher(Duration.ofMinutes(hours))
                      .minimumIndividualPerVoucher(Duration.ofMinutes(individual))
                      .maximumGroupPerVoucher(Duration.ofMinutes(group))
                      .aftercarePerPackage(Duration.ofMinutes(aftercare))
                      .vouchersPerPerson(perPerson);
              years.ifPresent(y -> b.entitlementPeriod(Period.ofYears(y)));
              return b.build();
            });
  }

  /**
   * @return funding regimes: the built-in ones and an application's own, tied to a funding kind or
   *     to none, with or without each process rule, valid from a day and sometimes until a later
   *     one
   */
  public static Arbitrary<FundingRegime> fundingRegimes() {
    Arbitrary<FundingRegime> own =
        Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.integers().between(1, 9),
                Arbitraries.of(FundingKind.class).optional(0.7),
                days(),
                Arbitraries.integers().between(0, 3000).optional(0.3),
                Arbitraries.of(true, false).list().ofSize(2),
                Arbitraries.integers().between(0, 36).optional(0.6),
                voucherTerms())
            .as(
                (id, version, kind, from, until, rules, months, terms) -> {
                  FundingRegime.Builder b =
                      FundingRegime.builder()
                          .id(id)
                          .version(version)
                          .source("An application's own regime " + id)
                          .validFrom(from)
                          .agreementBeforeInDepth(rules.get(0))
                          .evaluationFirst(rules.get(1));
                  kind.ifPresent(b::fundingKind);
                  until.ifPresent(days -> b.validUntil(from.plusDays(days)));
                  months.ifPresent(m -> b.aftercareWindow(Period.ofMonths(m)));
                  if (kind.orElse(null) == FundingKind.CAREER_VOUCHER) {
                    b.voucherTerms(terms);
                  }
                  return b.build();
                });
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(FundingRegime.VDAB_004, FundingRegime.GENERAL)),
        Tuple.of(3, own));
  }

  /**
   * @return finished voucher packages: a voucher number, a POP (full or in checklist form) and
   *     sometimes the evaluation invitation
   */
  public static Arbitrary<VoucherPackage> voucherPackages() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 3),
            Arbitraries.oneOf(PlanArbitraries.developmentPlans(), PlanArbitraries.checklistPlans()),
            days().optional(0.6))
        .as(
            (voucher, plan, sent) ->
                VoucherPackage.of(voucher, plan, sent.map(EvaluationInvitation::sentOn)));
  }

  /**
   * @return eligibility facts: any employment situation, the right confirmed or not, a contribution
   *     or an exemption or neither
   */
  public static Arbitrary<Eligibility> eligibilities() {
    return Combinators.combine(
            Arbitraries.of(EmploymentSituation.class).optional(0.8),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 2))
        .as(
            (employment, right, contribution) -> {
              Eligibility.Builder b =
                  Eligibility.builder().employment(employment).rightToGuidanceConfirmed(right);
              if (contribution == 1) {
                b.coPaymentCents(4000L);
              } else if (contribution == 2) {
                b.coPaymentExempt(true);
              }
              return b.build();
            });
  }

  /**
   * @return career centres, most of them recognised
   */
  public static Arbitrary<CareerCentre> careerCentres() {
    return Combinators.combine(
            Arbitraries.of("Loopbaancentrum Noord", "YourCoach", "Team Loopbaan", "Werkpunt"),
            Arbitraries.strings().numeric().ofLength(6).optional(0.8))
        .as(
            (name, number) ->
                CareerCentre.builder()
                    .name(name)
                    .recognitionNumber(number.map(n -> "LB" + n))
                    .build());
  }

  /**
   * @return vouchers a person used: an identifier, the first day of guidance and, mostly, the day
   *     its package ended
   */
  public static Arbitrary<UsedVoucher> usedVouchers() {
    return Combinators.combine(
            voucherIds(), days(), Arbitraries.integers().between(0, 400).optional(0.8))
        .as((id, from, length) -> UsedVoucher.of(id, from, length.map(from::plusDays)));
  }

  /**
   * @return histories of up to four used vouchers
   */
  public static Arbitrary<VoucherHistory> voucherHistories() {
    return usedVouchers().list().ofMaxSize(4).map(VoucherHistory::of);
  }

  /**
   * @return registries of up to four regimes, the built-in ones among them or not
   */
  public static Arbitrary<FundingRegimes> fundingRegimeRegistries() {
    return fundingRegimes()
        .list()
        .ofMaxSize(4)
        .map(list -> FundingRegimes.of(list.toArray(new FundingRegime[0])));
  }

  /**
   * @return network conversations, recorded by the contact's role, most with an outcome
   */
  public static Arbitrary<NetworkConversation> networkConversations() {
    return Builders.withBuilder(NetworkConversation::builder)
        .use(days())
        .in(NetworkConversation.Builder::heldOn)
        .use(personal(CONTACT_ROLES))
        .in(NetworkConversation.Builder::contactRole)
        .use(personal(OUTCOMES))
        .withProbability(0.7)
        .in(NetworkConversation.Builder::outcome)
        .build(NetworkConversation.Builder::build);
  }

  /**
   * @return career scenarios of every status, some linked to an occupation, with zero to three
   *     conversations
   */
  public static Arbitrary<CareerScenario> careerScenarios() {
    return Builders.withBuilder(CareerScenario::builder)
        .use(scenarioIds())
        .in(CareerScenario.Builder::id)
        .use(personal(SCENARIO_TITLES))
        .in(CareerScenario.Builder::title)
        .use(Arbitraries.of(OCCUPATIONS).map(OccupationRef::of))
        .withProbability(0.4)
        .in(CareerScenario.Builder::occupation)
        .use(Arbitraries.of(ScenarioScope.class))
        .withProbability(0.6)
        .in(CareerScenario.Builder::scope)
        .use(Arbitraries.of(ScenarioStatus.class))
        .in(CareerScenario.Builder::status)
        .use(networkConversations().list().ofMaxSize(3))
        .in(CareerScenario.Builder::addAllConversations)
        .use(Arbitraries.of(Visibility.class))
        .withProbability(0.5)
        .in(CareerScenario.Builder::visibility)
        .build(CareerScenario.Builder::build);
  }

  /**
   * @return referrals to every target, most with a reason, some with a return on or after the
   *     referral
   */
  public static Arbitrary<Referral> referrals() {
    return days()
        .flatMap(
            referredOn ->
                Builders.withBuilder(Referral::builder)
                    .use(referralIds())
                    .in(Referral.Builder::id)
                    .use(Arbitraries.of(ReferralTarget.class))
                    .in(Referral.Builder::target)
                    .use(Arbitraries.just(referredOn))
                    .in(Referral.Builder::referredOn)
                    .use(personal(REFERRAL_REASONS))
                    .withProbability(0.8)
                    .in(Referral.Builder::reason)
                    .use(daysFrom(referredOn))
                    .withProbability(0.5)
                    .in(Referral.Builder::returnedOn)
                    .build(Referral.Builder::build));
  }

  /**
   * @return consent records of every scope on every ground that covers it (with evidence where the
   *     ground needs it, and some with it otherwise), some withdrawn on or after the day given
   */
  public static Arbitrary<Consent> consents() {
    return Combinators.combine(
            Arbitraries.of(ConsentScope.class), Arbitraries.of(LegalGround.class), days())
        .filter((scope, ground, givenOn) -> ground.covers(scope))
        .flatAs(
            (scope, ground, givenOn) ->
                Builders.withBuilder(Consent::builder)
                    .use(Arbitraries.just(scope))
                    .in(Consent.Builder::scope)
                    .use(Arbitraries.just(ground))
                    .in(Consent.Builder::ground)
                    .use(personal(CONSENT_PURPOSES))
                    .in(Consent.Builder::purpose)
                    .use(Arbitraries.just(givenOn))
                    .in(Consent.Builder::givenOn)
                    .use(PartyArbitraries.coachIds())
                    .in(Consent.Builder::recordedBy)
                    .use(PartyArbitraries.identifierValues().map(v -> "form " + v))
                    .withProbability(ground == LegalGround.EXPLICIT_CONSENT ? 0.3 : 1.0)
                    .in(Consent.Builder::evidence)
                    .use(daysFrom(givenOn))
                    .withProbability(ground == LegalGround.EXPLICIT_CONSENT ? 0.3 : 0.0)
                    .in(Consent.Builder::withdrawnOn)
                    .build(Consent.Builder::build));
  }

  /**
   * @return evaluation invitations, some naming their anonymous tool
   */
  public static Arbitrary<EvaluationInvitation> evaluationInvitations() {
    return Builders.withBuilder(EvaluationInvitation::builder)
        .use(days())
        .in(EvaluationInvitation.Builder::sentOn)
        .use(Arbitraries.of(TOOLS))
        .withProbability(0.5)
        .in(EvaluationInvitation.Builder::tool)
        .build(EvaluationInvitation.Builder::build);
  }

  /**
   * @return aftercare requests, some held on or after the request, with durations of 5 to 45
   *     minutes
   */
  public static Arbitrary<AftercareRequest> aftercareRequests() {
    return days()
        .flatMap(
            requestedOn ->
                Builders.withBuilder(AftercareRequest::builder)
                    .use(Arbitraries.just(requestedOn))
                    .in(AftercareRequest.Builder::requestedOn)
                    .use(personal(AFTERCARE_QUESTIONS))
                    .in(AftercareRequest.Builder::question)
                    .use(daysFrom(requestedOn))
                    .withProbability(0.6)
                    .in(AftercareRequest.Builder::heldOn)
                    .use(Arbitraries.integers().between(5, 45).map(Duration::ofMinutes))
                    .withProbability(0.5)
                    .in(AftercareRequest.Builder::duration)
                    .use(Arbitraries.of(AftercareRequester.class))
                    .withProbability(0.5)
                    .in(AftercareRequest.Builder::requestedBy)
                    .build(AftercareRequest.Builder::build));
  }

  /**
   * @return academic years from 2015-2016 to 2030-2031, most starting on 1 September, some later in
   *     September
   */
  public static Arbitrary<AcademicYear> academicYears() {
    return Combinators.combine(
            Arbitraries.integers().between(2015, 2030),
            Arbitraries.integers().between(1, 30),
            Arbitraries.integers().between(0, 2))
        .as(
            (year, day, shape) ->
                shape == 0
                    ? AcademicYear.startingOn(LocalDate.of(year, 9, day))
                    : AcademicYear.startingIn(year));
  }

  /**
   * @return training attests issued on or after the start of the guidance; the guidance starts
   *     before, on or after the start of the academic year
   */
  public static Arbitrary<TrainingAttest> trainingAttests() {
    return academicYears()
        .flatMap(
            year ->
                Arbitraries.integers()
                    .between(-400, 60)
                    .map(offset -> year.getStartsOn().plusDays(offset))
                    .flatMap(
                        started ->
                            Builders.withBuilder(TrainingAttest::builder)
                                .use(Arbitraries.just(year))
                                .in(TrainingAttest.Builder::academicYear)
                                .use(Arbitraries.just(started))
                                .in(TrainingAttest.Builder::guidanceStartedOn)
                                .use(daysFrom(started))
                                .in(TrainingAttest.Builder::issuedOn)
                                .use(personal(TRAINING_TITLES))
                                .in(TrainingAttest.Builder::trainingTitle)
                                .use(Arbitraries.of(TrainingBenefit.class).set())
                                .in(TrainingAttest.Builder::addAllBenefits)
                                .build(TrainingAttest.Builder::build)));
  }

  /**
   * @return constructions that break one structural rule of a trajectory process fact each
   */
  public static Arbitrary<Broken> broken() {
    LocalDate day = LocalDate.of(2024, 9, 2);
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.of(EnumSet.complementOf(EnumSet.of(IntakeTopic.SIGNING_THE_AGREEMENT)))
                .set()
                .map(
                    topics ->
                        Broken.of(
                            "IntakeAgreement",
                            "signedOn",
                            "signed_topic_explained",
                            () ->
                                IntakeAgreement.builder()
                                    .addAllExplainedTopics(topics)
                                    .signedOn(day)
                                    .build())),
            Arbitraries.integers()
                .between(Integer.MIN_VALUE, 0)
                .map(
                    number ->
                        Broken.of(
                            "Voucher",
                            "number",
                            "positive",
                            () -> Voucher.of(VoucherId.of("v-1"), number))),
            Arbitraries.of(FundingKind.SELF_FUNDED, FundingKind.EMPLOYER, FundingKind.OTHER_PUBLIC)
                .map(
                    kind ->
                        Broken.of(
                            "Funding",
                            "vouchers",
                            "vouchers_only_for_voucher_funding",
                            () ->
                                Funding.builder()
                                    .kind(kind)
                                    .addVouchers(Voucher.of(VoucherId.of("v-1"), 1))
                                    .build())),
            voucherIds()
                .map(
                    id ->
                        Broken.of(
                            "Funding", "vouchers", "unique", () -> Funding.careerVouchers(id, id))),
            Arbitraries.integers()
                .between(2, 9)
                .map(
                    first ->
                        Broken.of(
                            "Funding",
                            "vouchers",
                            "consecutive_from_one",
                            () ->
                                Funding.careerVouchers(
                                    List.of(Voucher.of(VoucherId.of("v-1"), first))))),
            Texts.blanks()
                .map(
                    blank ->
                        Broken.of(
                            "NetworkConversation",
                            "contactRole",
                            "not_blank",
                            () -> NetworkConversation.of(day, blank))),
            Texts.blanks()
                .map(
                    blank ->
                        Broken.of(
                            "NetworkConversation",
                            "outcome",
                            "not_blank",
                            () ->
                                NetworkConversation.builder()
                                    .heldOn(day)
                                    .contactRole("oud-collega")
                                    .outcome(blank)
                                    .build())),
            Texts.blanks()
                .map(
                    blank ->
                        Broken.of(
                            "CareerScenario",
                            "title",
                            "not_blank",
                            () -> CareerScenario.idea(ScenarioId.of("s-1"), blank))),
            Texts.blanks()
                .map(
                    blank ->
                        Broken.of(
                            "Referral",
                            "reason",
                            "not_blank",
                            () ->
                                Referral.builder()
                                    .id(ReferralId.of("r-1"))
                                    .target(ReferralTarget.OTHER)
                                    .referredOn(day)
                                    .reason(blank)
                                    .build())),
            days()
                .flatMap(
                    referredOn ->
                        Arbitraries.integers()
                            .between(1, 400)
                            .map(
                                back ->
                                    Broken.of(
                                        "Referral",
                                        "returnedOn,referredOn",
                                        "not_before",
                                        () ->
                                            Referral.builder()
                                                .id(ReferralId.of("r-1"))
                                                .target(ReferralTarget.PSYCHOLOGIST)
                                                .referredOn(referredOn)
                                                .returnedOn(referredOn.minusDays(back))
                                                .build()))),
            Texts.blanks()
                .map(
                    blank ->
                        Broken.of(
                            "EvaluationInvitation",
                            "tool",
                            "not_blank",
                            () -> EvaluationInvitation.builder().sentOn(day).tool(blank).build())),
            Texts.blanks()
                .map(
                    blank ->
                        Broken.of(
                            "AftercareRequest",
                            "question",
                            "not_blank",
                            () -> AftercareRequest.of(day, blank))),
            Arbitraries.integers()
                .between(1, 400)
                .map(
                    back ->
                        Broken.of(
                            "AftercareRequest",
                            "heldOn,requestedOn",
                            "not_before",
                            () ->
                                AftercareRequest.builder()
                                    .requestedOn(day)
                                    .question("Hoe verder met mijn POP?")
                                    .heldOn(day.minusDays(back))
                                    .build())),
            Arbitraries.longs()
                .between(-86_400, 0)
                .map(
                    seconds ->
                        Broken.of(
                            "AftercareRequest",
                            "duration",
                            "positive",
                            () ->
                                AftercareRequest.builder()
                                    .requestedOn(day)
                                    .question("Hoe verder met mijn POP?")
                                    .duration(Duration.ofSeconds(seconds))
                                    .build())),
            Texts.blanks()
                .map(
                    blank ->
                        Broken.of(
                            "TrainingAttest",
                            "trainingTitle",
                            "not_blank",
                            () ->
                                TrainingAttest.builder()
                                    .issuedOn(day)
                                    .guidanceStartedOn(day)
                                    .academicYear(AcademicYear.startingIn(2024))
                                    .trainingTitle(blank)
                                    .build())),
            Arbitraries.integers()
                .between(1, 400)
                .map(
                    back ->
                        Broken.of(
                            "TrainingAttest",
                            "issuedOn,guidanceStartedOn",
                            "not_before",
                            () ->
                                TrainingAttest.builder()
                                    .issuedOn(day.minusDays(back))
                                    .guidanceStartedOn(day)
                                    .academicYear(AcademicYear.startingIn(2024))
                                    .trainingTitle("Bachelor verpleegkunde")
                                    .build()))));
  }
}
