package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.question.CareerQuestion;
import io.github.loopbaan.core.question.CareerQuestionCommand;
import io.github.loopbaan.core.question.CareerQuestionCommandKind;
import io.github.loopbaan.core.question.CareerQuestionLifecycle;
import io.github.loopbaan.core.question.CareerQuestionStatus;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.question.EvolutionKind;
import io.github.loopbaan.core.question.QuestionEvolution;
import io.github.loopbaan.testkit.LifecycleWalks.Walk;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Random walks through the career question lifecycle pass every lifecycle check; the derived
 * history agrees with the evolutions, and toString never shows the reasons.
 */
class QuestionLifecycleProperties
    extends LifecycleContract<
        CareerQuestion, CareerQuestionStatus, CareerQuestionCommandKind, CareerQuestionCommand> {

  QuestionLifecycleProperties() {
    super(CareerQuestionLifecycle.MACHINE);
  }

  @Override
  protected void observe(LifecycleWalks.Walk<CareerQuestion, CareerQuestionCommand> walk) {
    Statistics.label("end").collect(walk.end().getStatus().code());
    if (!MutationTriesCap
        .active()) { // a share of the tries: meaningless under mutation testing's cap
      Statistics.label("end")
          .coverage(coverage -> coverage.check("answered").percentage(p -> p >= 2));
    }
  }

  private static final int MAX_STEPS = 30;

  @Property
  void the_history_tells_the_same_story_as_the_evolutions(
      @ForAll("walks") Walk<CareerQuestion, CareerQuestionCommand> walk) {
    CareerQuestion end = walk.end();
    List<QuestionEvolution> evolutions = end.getEvolutions();
    List<Event<CareerQuestionStatus, CareerQuestionCommand>> events = end.getHistory().asList();
    assertThat(events).hasSize(evolutions.size() + (end.getAnsweredOn().isPresent() ? 1 : 0));
    for (int i = 0; i < evolutions.size(); i++) {
      CareerQuestionCommand command = events.get(i).getCommand();
      assertThat(command.getKind()).isEqualTo(CareerQuestionCommandKind.EVOLVE);
      assertThat(((CareerQuestionCommand.Evolve) command).toType())
          .isEqualTo(evolutions.get(i).getToType());
      assertThat(command.getDate()).isEqualTo(evolutions.get(i).getDate());
    }
    assertThat(CareerQuestion.builder().from(end).build().getHistory()).isEqualTo(end.getHistory());
  }

  @Property
  void an_open_question_can_evolve_into_exactly_the_other_types(
      @ForAll("open") CareerQuestion question) {
    LocalDate on = question.currentSince();
    assertThat(question.possibleCommands(on)).contains(CareerQuestionCommandKind.EVOLVE);
    for (ClientQuestionType type : ClientQuestionType.standardEntries()) {
      assertThat(
              question
                  .apply(CareerQuestionCommand.evolve(type, on, EvolutionKind.CHANGED, "Reden."))
                  .isApplied())
          .isEqualTo(!type.equals(question.currentType()));
    }
  }

  @Property
  void outcomes_and_values_never_show_the_reasons(
      @ForAll("walks") Walk<CareerQuestion, CareerQuestionCommand> walk) {
    for (LifecycleWalks.Step<CareerQuestion, CareerQuestionCommand> step : walk.steps()) {
      String text = step.outcome().toString() + step.after().toString() + step.command().toString();
      for (QuestionEvolution e : step.after().getEvolutions()) {
        assertThat(text).doesNotContain(e.getReason());
      }
      assertThat(text).doesNotContain(step.after().getOwnWords());
    }
  }

  @Override
  @Provide
  public Arbitrary<LifecycleWalks.Walk<CareerQuestion, CareerQuestionCommand>> walks() {
    Arbitrary<CareerQuestion> starts =
        Arbitraries.frequencyOf(
            Tuple.of(5, QuestionArbitraries.careerQuestions()),
            Tuple.of(1, QuestionArbitraries.answeredCareerQuestions()));
    return LifecycleWalks.walks(
        CareerQuestionLifecycle.MACHINE,
        starts,
        CareerQuestion::currentSince,
        QuestionArbitraries::careerQuestionCommand,
        MAX_STEPS);
  }

  @Provide
  Arbitrary<CareerQuestion> open() {
    return QuestionArbitraries.careerQuestions();
  }
}
