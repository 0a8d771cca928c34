package io.github.loopbaan.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.StateMachine;
import io.github.loopbaan.core.privacy.DataCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The career question lifecycle: evolving while open, answering, derived status and history. */
class CareerQuestionLifecycleTest {

  static final LocalDate ASKED = LocalDate.of(2025, 1, 15);
  static final String WORDS = "Hoe kom ik verder zonder leidinggevende te worden?";
  static final String REASON = "Bij de opdrachten kwamen steeds dezelfde blokkades boven.";

  static CareerQuestion asked() {
    return CareerQuestion.builder()
        .id(CareerQuestionId.of("q-1"))
        .ownWords(WORDS)
        .askedOn(ASKED)
        .initialType(ClientQuestionType.GETTING_FURTHER)
        .build();
  }

  static List<String> codes(Outcome<?> outcome) {
    return outcome.getReasons().stream().map(Reason::getCode).collect(Collectors.toList());
  }

  @Test
  void an_open_question_can_evolve_or_be_answered() {
    assertThat(asked().getStatus()).isEqualTo(CareerQuestionStatus.OPEN);
    assertThat(asked().possibleCommands(ASKED))
        .isEqualTo(EnumSet.allOf(CareerQuestionCommandKind.class));
  }

  @Test
  void an_open_question_evolves_into_every_other_standard_type_and_an_applications_own() {
    ClientQuestionType own =
        ClientQuestionType.custom("acme:relocation")
            .approach(CoachingApproach.CHOICE_GUIDANCE)
            .dataCategory(DataCategory.PERSONAL)
            .label(Locale.ENGLISH, "Relocation abroad")
            .build();
    List<ClientQuestionType> targets = new ArrayList<>(ClientQuestionType.standardEntries());
    targets.add(own);
    for (ClientQuestionType type : targets) {
      Outcome<CareerQuestion> outcome =
          asked().apply(CareerQuestionCommand.evolve(type, ASKED, EvolutionKind.CHANGED, REASON));
      if (type.equals(asked().getInitialType())) {
        assertThat(codes(outcome)).containsExactly(CareerQuestionLifecycle.TYPE_UNCHANGED);
      } else {
        assertThat(outcome.orElseThrow().currentType()).isEqualTo(type);
        assertThat(outcome.orElseThrow().getHistory().asList().get(0).getCommand().getKind())
            .isEqualTo(CareerQuestionCommandKind.EVOLVE);
      }
    }
  }

  @Test
  void evolving_appends_the_evolution_from_the_current_type_and_the_event() {
    Outcome<CareerQuestion> outcome =
        asked()
            .apply(
                CareerQuestionCommand.evolve(
                    ClientQuestionType.STUCK, ASKED.plusWeeks(6), EvolutionKind.DEEPENED, REASON));
    CareerQuestion q = outcome.orElseThrow();
    assertThat(q.getEvolutions())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getFromType()).isEqualTo(ClientQuestionType.GETTING_FURTHER);
              assertThat(e.getToType()).isEqualTo(ClientQuestionType.STUCK);
              assertThat(e.getKind()).isEqualTo(EvolutionKind.DEEPENED);
              assertThat(e.getReason()).isEqualTo(REASON);
            });
    assertThat(q.getHistory().asList())
        .containsExactly(
            (Event<CareerQuestionStatus, CareerQuestionCommand>) outcome.getEvent().orElseThrow());
    assertThat(q.recommendedApproach()).isEqualTo(CoachingApproach.CAREER_COUNSELLING);
  }

  @Test
  void the_type_must_change() {
    CareerQuestion stuck =
        asked().evolve(ClientQuestionType.STUCK, ASKED, EvolutionKind.DEEPENED, REASON);
    assertThat(
            codes(
                stuck.apply(
                    CareerQuestionCommand.evolve(
                        ClientQuestionType.STUCK, ASKED, EvolutionKind.CHANGED, REASON))))
        .containsExactly(CareerQuestionLifecycle.TYPE_UNCHANGED);
    // Whether the type changes depends on the payload: asking before acting says evolve is
    // possible.
    assertThat(stuck.possibleCommands(ASKED)).contains(CareerQuestionCommandKind.EVOLVE);
  }

  @Test
  void nothing_happens_before_the_question_was_asked() {
    Outcome<CareerQuestion> early = asked().apply(CareerQuestionCommand.answer(ASKED.minusDays(1)));
    assertThat(codes(early)).containsExactly(CareerQuestionLifecycle.BEFORE_QUESTION_ASKED);
    assertThat(early.getReasons().get(0).getFacts()).containsEntry("asked_on", ASKED.toString());
    Outcome<CareerQuestion> both =
        asked()
            .apply(
                CareerQuestionCommand.evolve(
                    ClientQuestionType.GETTING_FURTHER,
                    ASKED.minusDays(1),
                    EvolutionKind.CHANGED,
                    REASON));
    // type_unchanged is a payload check: it runs only once every guard allows the command.
    assertThat(codes(both)).containsExactly(CareerQuestionLifecycle.BEFORE_QUESTION_ASKED);
  }

  @Test
  void an_answered_question_is_final_and_rejects_everything() {
    CareerQuestion answered =
        asked().apply(CareerQuestionCommand.answer(ASKED.plusMonths(4))).orElseThrow();
    assertThat(answered.getStatus()).isEqualTo(CareerQuestionStatus.ANSWERED);
    assertThat(answered.getAnsweredOn()).contains(ASKED.plusMonths(4));
    assertThat(answered.nextCommands(ASKED.plusYears(1)))
        .allSatisfy(
            v ->
                assertThat(v.getReasons())
                    .extracting(Reason::getCode)
                    .containsExactly(StateMachine.FINAL_STATE));
    assertThatThrownBy(
            () ->
                answered.evolve(
                    ClientQuestionType.CHOICE, ASKED.plusYears(1), EvolutionKind.CHANGED, REASON))
        .hasMessageContaining(StateMachine.FINAL_STATE)
        .hasMessageNotContaining(REASON);
  }

  @Test
  void the_history_is_derived_from_the_evolutions_and_the_answer_and_replays_to_the_question() {
    CareerQuestion q =
        asked()
            .evolve(ClientQuestionType.STUCK, ASKED.plusDays(10), EvolutionKind.DEEPENED, REASON)
            .evolve(
                ClientQuestionType.IS_THIS_ALL,
                ASKED.plusDays(40),
                EvolutionKind.DISGUISED_REVEALED,
                REASON)
            .apply(CareerQuestionCommand.answer(ASKED.plusDays(90)))
            .orElseThrow();
    List<Event<CareerQuestionStatus, CareerQuestionCommand>> events = q.getHistory().asList();
    assertThat(events)
        .extracting(e -> e.getCommand().getKind())
        .containsExactly(
            CareerQuestionCommandKind.EVOLVE,
            CareerQuestionCommandKind.EVOLVE,
            CareerQuestionCommandKind.ANSWER);
    assertThat(events).extracting(Event::getSequence).containsExactly(1L, 2L, 3L);
    List<CareerQuestionCommand> commands =
        events.stream().map(Event::getCommand).collect(Collectors.toList());
    assertThat(CareerQuestionLifecycle.MACHINE.replay(asked(), commands)).isEqualTo(q);
    CareerQuestion rebuilt = CareerQuestion.builder().from(q).build();
    assertThat(rebuilt.getHistory()).isEqualTo(q.getHistory());
  }

  @Test
  void an_answer_before_the_last_evolution_is_structurally_rejected() {
    CareerQuestion q =
        asked()
            .evolve(ClientQuestionType.STUCK, ASKED.plusDays(10), EvolutionKind.DEEPENED, REASON);
    assertThatThrownBy(() -> q.withAnsweredOn(ASKED.plusDays(9)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getRule()).isEqualTo("not_before");
              assertThat(e.getAttribute()).isEqualTo("answeredOn");
            });
    assertThatThrownBy(() -> asked().withAnsweredOn(ASKED.minusDays(1)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("not_before"));
    assertThat(q.withAnsweredOn(ASKED.plusDays(10)).getStatus())
        .isEqualTo(CareerQuestionStatus.ANSWERED);
  }

  @Test
  void an_evolution_command_needs_a_reason() {
    assertThatThrownBy(
            () ->
                CareerQuestionCommand.evolve(
                    ClientQuestionType.CHOICE, ASKED, EvolutionKind.CHANGED, " "))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getRule()).isEqualTo("not_blank");
              assertThat(e.getType()).isEqualTo("CareerQuestionCommand");
            });
  }

  @Test
  void commands_events_and_questions_never_show_the_reason() {
    CareerQuestionCommand command =
        CareerQuestionCommand.evolve(
            ClientQuestionType.STUCK, ASKED, EvolutionKind.DEEPENED, REASON);
    // Every evolution prints alike (the inference rule): the type it leads to is never in the text.
    assertThat(command.toString()).isEqualTo("evolve@2025-01-15");
    Outcome<CareerQuestion> outcome = asked().apply(command);
    assertThat(outcome.toString()).doesNotContain(REASON, WORDS);
    assertThat(outcome.orElseThrow().toString()).doesNotContain(REASON, WORDS);
  }

  @Test
  void the_table_is_well_formed_and_its_diagram_names_every_guard() {
    assertThat(CareerQuestionLifecycle.MACHINE.unreachableStates()).isEmpty();
    assertThat(CareerQuestionLifecycle.MACHINE.statesWithoutWayOut()).isEmpty();
    String diagram = CareerQuestionLifecycle.MACHINE.toMermaid(Locale.forLanguageTag("nl"));
    assertThat(diagram)
        .contains("[*] --> open")
        .contains("open --> answered : answer [asked_by_then]")
        .contains("answered --> [*]")
        .contains("state \"Beantwoord\" as answered");
    assertThat(diagram).contains("open --> open : evolve [asked_by_then]");
    assertThat(CareerQuestionLifecycle.MACHINE.getTransitions()).hasSize(2);
  }
}
