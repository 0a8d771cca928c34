package io.github.loopbaan.testkit;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.question.ApproachRecommendation;
import io.github.loopbaan.core.question.CareerQuestion;
import io.github.loopbaan.core.question.CareerQuestionCommand;
import io.github.loopbaan.core.question.CareerQuestionCommandKind;
import io.github.loopbaan.core.question.CareerQuestionId;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.question.CoachingApproach;
import io.github.loopbaan.core.question.CoreQuestion;
import io.github.loopbaan.core.question.EvolutionKind;
import io.github.loopbaan.core.question.LearningClimate;
import io.github.loopbaan.core.question.MismatchCause;
import io.github.loopbaan.core.question.OrganisationContext;
import io.github.loopbaan.core.question.OrganisationDevelopment;
import io.github.loopbaan.core.question.OrganisationalQuestion;
import io.github.loopbaan.core.question.OrganisationalQuestionCategory;
import io.github.loopbaan.core.question.OrganisationalQuestionSubtype;
import io.github.loopbaan.core.question.OrganisationalTheme;
import io.github.loopbaan.core.question.QuestionEvolution;
import io.github.loopbaan.core.question.RecommendationReason;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;

/**
 * Arbitraries for the career question ({@code io.github.loopbaan.core.question}): question types,
 * organisational questions, evolutions, career questions with valid evolution chains, inputs for
 * and results of the approach recommendation, valid and deliberately broken.
 */
public final class QuestionArbitraries {

  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2030, 12, 31);
  private static final int MAX_EVOLUTIONS = 5;
  private static final int MAX_DAYS_BETWEEN_EVOLUTIONS = 120;

  private static final String[] EVOLUTION_REASONS = {
    "Bij de opdrachten kwamen steeds dezelfde blokkades boven.",
    "De vraag naar promotie bleek een vraag naar zingeving.",
    "Na de aankondiging van de reorganisatie verschoof de vraag.",
    "The client's workload became the main topic.",
    "Behind the question of a new job lay a question about values."
  };

  private QuestionArbitraries() {}

  /**
   * @return career question identifiers
   */
  public static Arbitrary<CareerQuestionId> careerQuestionIds() {
    return PartyArbitraries.identifierValues().map(CareerQuestionId::of);
  }

  /**
   * @return the library's standard question types (table 1.1 of 003 and the questions about
   *     functioning at work of 001 and 002), which every reader knows; an application's own are in
   *     {@link CatalogueArbitraries}
   */
  public static Arbitrary<ClientQuestionType> questionTypes() {
    return Arbitraries.of(ClientQuestionType.standardEntries());
  }

  /**
   * @return the coaching approaches of 003 table 1.1
   */
  public static Arbitrary<CoachingApproach> coachingApproaches() {
    return Arbitraries.of(CoachingApproach.class);
  }

  /**
   * @return the core questions of self-analysis, environment analysis and intake
   */
  public static Arbitrary<CoreQuestion> coreQuestions() {
    return Arbitraries.of(CoreQuestion.class);
  }

  /**
   * @return days from 2015 to 2030, on which a question can be asked or a recommendation made
   */
  public static Arbitrary<LocalDate> days() {
    return Arbitraries.integers()
        .between(0, (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()))
        .map(FIRST_DAY::plusDays);
  }

  /**
   * @return organisational questions of every cell of table 1.2, with any themes and an optional
   *     description
   */
  public static Arbitrary<OrganisationalQuestion> organisationalQuestions() {
    return Builders.withBuilder(OrganisationalQuestion::builder)
        .use(Arbitraries.of(OrganisationalQuestionSubtype.standardEntries()))
        .in(OrganisationalQuestion.Builder::subtype)
        .use(Arbitraries.of(OrganisationalTheme.class).set().ofMaxSize(3))
        .in(OrganisationalQuestion.Builder::addAllThemes)
        .use(Texts.notes())
        .withProbability(0.5)
        .in(OrganisationalQuestion.Builder::description)
        .build(OrganisationalQuestion.Builder::build)
        .flatMap(
            q ->
                q.category() == OrganisationalQuestionCategory.MISMATCH_STAGNATION
                    ? Arbitraries.of(MismatchCause.class).optional().map(q::withMismatchCause)
                    : Arbitraries.just(q));
  }

  /**
   * @param from a question type
   * @return every other question type, each as likely
   */
  public static Arbitrary<ClientQuestionType> otherTypesThan(ClientQuestionType from) {
    List<ClientQuestionType> others = new ArrayList<>(ClientQuestionType.standardEntries());
    others.remove(from);
    return Arbitraries.of(others);
  }

  /**
   * @return single evolutions between two different types, with a reason from {@link Texts#notes()}
   */
  public static Arbitrary<QuestionEvolution> evolutions() {
    return questionTypes()
        .flatMap(
            from ->
                Combinators.combine(
                        otherTypesThan(from),
                        days(),
                        Arbitraries.of(EvolutionKind.class),
                        Texts.notes())
                    .as(
                        (to, day, kind, reason) ->
                            QuestionEvolution.of(from, to, day, kind, reason)));
  }

  /**
   * @return organisation contexts (003 §1.2): a development, a culture in words and a learning
   *     climate, each present or not, at least one of them
   */
  public static Arbitrary<OrganisationContext> organisationContexts() {
    return Combinators.combine(
            Arbitraries.of(OrganisationDevelopment.class).optional(),
            Texts.cultures().optional(),
            Arbitraries.of(LearningClimate.class).optional())
        .as(
            (development, culture, climate) ->
                development.isEmpty() && culture.isEmpty() && climate.isEmpty()
                    ? OrganisationContext.builder().development(OrganisationDevelopment.STABLE)
                    : OrganisationContext.builder()
                        .development(development)
                        .culture(culture)
                        .learningClimate(climate))
        .map(OrganisationContext.Builder::build);
  }

  /**
   * @return career questions in a client's own words, with an optional organisational question and
   *     a valid chain of up to {@value #MAX_EVOLUTIONS} evolutions in date order, each starting
   *     from the type current before it
   */
  public static Arbitrary<CareerQuestion> careerQuestions() {
    Arbitrary<CareerQuestion> initial =
        Builders.withBuilder(CareerQuestion::builder)
            .use(careerQuestionIds())
            .in(CareerQuestion.Builder::id)
            .use(Texts.careerQuestions())
            .in(CareerQuestion.Builder::ownWords)
            .use(days())
            .in(CareerQuestion.Builder::askedOn)
            .use(questionTypes())
            .in(CareerQuestion.Builder::initialType)
            .use(organisationalQuestions())
            .withProbability(0.3)
            .in(CareerQuestion.Builder::organisationalQuestion)
            .use(organisationContexts())
            .withProbability(0.3)
            .in(CareerQuestion.Builder::organisationContext)
            .build(CareerQuestion.Builder::build);
    Arbitrary<List<Step>> steps =
        Combinators.combine(
                Arbitraries.integers().between(0, MAX_DAYS_BETWEEN_EVOLUTIONS),
                Arbitraries.integers().between(0, ClientQuestionType.standardEntries().size() - 2),
                Arbitraries.of(EvolutionKind.class),
                Texts.notes())
            .as(Step::new)
            .list()
            .ofMaxSize(MAX_EVOLUTIONS);
    return Combinators.combine(initial, steps).as(QuestionArbitraries::evolveAll);
  }

  /**
   * @return career questions as {@link #careerQuestions()}, answered 0 to 180 days after the last
   *     evolution (or the day asked): final in the {@link
   *     io.github.loopbaan.core.question.CareerQuestionLifecycle}
   */
  public static Arbitrary<CareerQuestion> answeredCareerQuestions() {
    return Combinators.combine(careerQuestions(), Arbitraries.integers().between(0, 180))
        .as(
            (q, days) ->
                q.apply(CareerQuestionCommand.answer(q.currentSince().plusDays(days)))
                    .orElseThrow());
  }

  /**
   * The command factory of the career question lifecycle, for {@link LifecycleWalks}: every command
   * dated on the day asked for; an evolution to a random standard type (the current one included,
   * so that walks meet the payload check {@code type_unchanged}), with a random {@link
   * EvolutionKind} and a reason from a fixed list of realistic reasons.
   *
   * @param question the question
   * @param kind the kind wanted
   * @param on the day asked for
   * @param random randomness for the payload
   * @return the command
   */
  public static Optional<CareerQuestionCommand> careerQuestionCommand(
      CareerQuestion question, CareerQuestionCommandKind kind, LocalDate on, Random random) {
    if (kind == CareerQuestionCommandKind.ANSWER) {
      return Optional.of(CareerQuestionCommand.answer(on));
    }
    EvolutionKind[] kinds = EvolutionKind.values();
    List<ClientQuestionType> types = ClientQuestionType.standardEntries();
    return Optional.of(
        CareerQuestionCommand.evolve(
            types.get(random.nextInt(types.size())),
            on,
            kinds[random.nextInt(kinds.length)],
            EVOLUTION_REASONS[random.nextInt(EVOLUTION_REASONS.length)]));
  }

  private static CareerQuestion evolveAll(CareerQuestion question, List<Step> steps) {
    CareerQuestion result = question;
    for (Step step : steps) {
      List<ClientQuestionType> others = new ArrayList<>(ClientQuestionType.standardEntries());
      others.remove(result.currentType());
      result =
          result.evolve(
              others.get(step.otherIndex),
              result.currentSince().plusDays(step.daysAfter),
              step.kind,
              step.reason);
    }
    return result;
  }

  /**
   * One generated evolution step: how long after the previous one, to which other type, how and
   * why.
   */
  private static final class Step {
    final int daysAfter;
    final int otherIndex;
    final EvolutionKind kind;
    final String reason;

    Step(int daysAfter, int otherIndex, EvolutionKind kind, String reason) {
      this.daysAfter = daysAfter;
      this.otherIndex = otherIndex;
      this.kind = kind;
      this.reason = reason;
    }
  }

  /**
   * @return inputs of {@link ApproachRecommendation#recommend(ClientQuestionType, Client,
   *     LocalDate)}: a question type, a client from {@link PartyArbitraries#clients()} and a
   *     reference day
   */
  public static Arbitrary<Tuple3<ClientQuestionType, Client, LocalDate>> recommendationInputs() {
    return Combinators.combine(questionTypes(), PartyArbitraries.clients(), days()).as(Tuple::of);
  }

  /**
   * @return recommendations as the recommender makes them, for a bare type or for a whole career
   *     question
   */
  public static Arbitrary<ApproachRecommendation> approachRecommendations() {
    return Arbitraries.oneOf(
        recommendationInputs()
            .map(in -> ApproachRecommendation.recommend(in.get1(), in.get2(), in.get3())),
        Combinators.combine(careerQuestions(), PartyArbitraries.clients(), days())
            .as(ApproachRecommendation::recommend));
  }

  /**
   * @return constructions that break one structural rule of the question package each
   */
  public static Arbitrary<Broken> broken() {
    return Arbitraries.oneOf(
        Texts.blanks()
            .map(
                blank ->
                    Broken.of(
                        "CareerQuestion",
                        "ownWords",
                        "not_blank",
                        () ->
                            CareerQuestion.builder()
                                .id(CareerQuestionId.of("q-1"))
                                .ownWords(blank)
                                .askedOn(FIRST_DAY)
                                .initialType(ClientQuestionType.CHOICE)
                                .build())),
        careerQuestions()
            .flatMap(
                q ->
                    Arbitraries.integers()
                        .between(1, 400)
                        .map(
                            before ->
                                Broken.of(
                                    "CareerQuestion",
                                    "evolutions,askedOn",
                                    "not_before",
                                    () ->
                                        q.withEvolutions(
                                            QuestionEvolution.of(
                                                q.getInitialType(),
                                                otherThan(q.getInitialType()),
                                                q.getAskedOn().minusDays(before),
                                                EvolutionKind.CHANGED,
                                                "Te vroeg gedateerd."))))),
        careerQuestions()
            .map(QuestionArbitraries::withLaterEvolution)
            .flatMap(
                q ->
                    Arbitraries.longs()
                        .between(1, ChronoUnit.DAYS.between(q.getAskedOn(), q.currentSince()))
                        .map(
                            before ->
                                Broken.of(
                                    "CareerQuestion",
                                    "evolutions",
                                    "chronological",
                                    () ->
                                        q.withEvolutions(
                                            append(
                                                q.getEvolutions(),
                                                QuestionEvolution.of(
                                                    q.currentType(),
                                                    otherThan(q.currentType()),
                                                    q.currentSince().minusDays(before),
                                                    EvolutionKind.CHANGED,
                                                    "Buiten volgorde.")))))),
        Combinators.combine(careerQuestions(), Arbitraries.integers().between(1, 400))
            .as(
                (q, before) ->
                    Broken.of(
                        "CareerQuestion",
                        "answeredOn",
                        "not_before",
                        () -> q.withAnsweredOn(q.currentSince().minusDays(before)))),
        careerQuestions()
            .flatMap(
                q ->
                    questionTypes()
                        .filter(from -> !from.equals(q.currentType()))
                        .map(
                            from ->
                                Broken.of(
                                    "CareerQuestion",
                                    "evolutions",
                                    "evolution_chain",
                                    () ->
                                        q.withEvolutions(
                                            append(
                                                q.getEvolutions(),
                                                QuestionEvolution.of(
                                                    from,
                                                    otherThan(from),
                                                    q.currentSince(),
                                                    EvolutionKind.CHANGED,
                                                    "Sluit niet aan op de vorige vraag.")))))),
        Combinators.combine(questionTypes(), days())
            .as(
                (type, day) ->
                    Broken.of(
                        "QuestionEvolution",
                        "fromType,toType",
                        "type_changes",
                        () ->
                            QuestionEvolution.of(
                                type, type, day, EvolutionKind.CHANGED, "Geen verandering."))),
        Texts.blanks()
            .map(
                blank ->
                    Broken.of(
                        "QuestionEvolution",
                        "reason",
                        "not_blank",
                        () ->
                            QuestionEvolution.of(
                                ClientQuestionType.GETTING_FURTHER,
                                ClientQuestionType.STUCK,
                                FIRST_DAY,
                                EvolutionKind.DEEPENED,
                                blank))),
        Texts.blanks()
            .map(
                blank ->
                    Broken.of(
                        "OrganisationalQuestion",
                        "description",
                        "not_blank",
                        () ->
                            OrganisationalQuestion.builder()
                                .subtype(OrganisationalQuestionSubtype.PROBLEM_SITUATION)
                                .description(blank)
                                .build())),
        Combinators.combine(questionTypes(), coachingApproaches())
            .as(
                (type, approach) ->
                    Broken.of(
                        "ApproachRecommendation",
                        "reasons",
                        "not_empty",
                        () ->
                            ApproachRecommendation.builder()
                                .questionType(type)
                                .approach(approach)
                                .build())),
        questionTypes()
            .map(
                type ->
                    Broken.of(
                        "ApproachRecommendation",
                        "reasons",
                        "unique",
                        () ->
                            ApproachRecommendation.builder()
                                .questionType(type)
                                .approach(type.approach())
                                .addReasons(
                                    RecommendationReason.QUESTION_TYPE_MAPS_TO_APPROACH,
                                    RecommendationReason.QUESTION_TYPE_MAPS_TO_APPROACH)
                                .build())),
        Combinators.combine(
                questionTypes(),
                coachingApproaches(),
                Arbitraries.of(RecommendationReason.class).set())
            .as((type, approach, reasons) -> Tuple.of(type, approach, reasons))
            .filter(t -> t.get2() != t.get1().approach())
            .map(
                t ->
                    Broken.of(
                        "ApproachRecommendation",
                        "approach",
                        "approach_explained",
                        () ->
                            ApproachRecommendation.builder()
                                .questionType(t.get1())
                                .approach(t.get2())
                                .addReason(RecommendationReason.QUESTION_TYPE_MAPS_TO_APPROACH)
                                .addAllReasons(
                                    t.get3().stream()
                                        .filter(
                                            r ->
                                                r
                                                    != RecommendationReason
                                                        .QUESTION_TYPE_MAPS_TO_APPROACH)
                                        .filter(r -> !r.selects().equals(Optional.of(t.get2())))
                                        .collect(Collectors.toList()))
                                .build())));
  }

  /**
   * The question itself when its last evolution lies after the day it was asked, else one evolved
   * later.
   */
  private static CareerQuestion withLaterEvolution(CareerQuestion q) {
    return q.currentSince().isAfter(q.getAskedOn())
        ? q
        : q.evolve(
            otherThan(q.currentType()),
            q.currentSince().plusDays(10),
            EvolutionKind.DEEPENED,
            "Bij verdieping bleek een andere vraag.");
  }

  private static ClientQuestionType otherThan(ClientQuestionType type) {
    return type == ClientQuestionType.CHOICE ? ClientQuestionType.STUCK : ClientQuestionType.CHOICE;
  }

  private static List<QuestionEvolution> append(
      List<QuestionEvolution> list, QuestionEvolution element) {
    List<QuestionEvolution> result = new ArrayList<>(list);
    result.add(element);
    return result;
  }
}
