package io.github.loopbaan.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.lifecycle.CommandRejectedException;
import io.github.loopbaan.core.lifecycle.Outcome;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The code of a health-data command kind never shows in messages, reasons, verdicts or events. */
class HealthCodesRedactedTest {

  static final LocalDate ASKED = LocalDate.of(2025, 3, 3);

  static CareerQuestion stressQuestion() {
    return CareerQuestion.builder()
        .id(CareerQuestionId.of("q-1"))
        .ownWords("Ik slaap slecht door de werkdruk.")
        .askedOn(ASKED)
        .initialType(ClientQuestionType.STRESS)
        .build();
  }

  @Test
  void a_rejected_evolution_into_stress_does_not_name_stress() {
    Outcome<CareerQuestion> outcome =
        stressQuestion()
            .apply(
                CareerQuestionCommand.evolve(
                    ClientQuestionType.STRESS,
                    ASKED.plusDays(1),
                    EvolutionKind.CHANGED,
                    "Blijkt toch werkdruk te zijn."));
    assertThat(outcome.isApplied()).isFalse();
    assertThat(outcome.toString()).doesNotContain("stress");
    assertThatThrownBy(outcome::orElseThrow)
        .isInstanceOf(CommandRejectedException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("stress"));
  }

  @Test
  void events_and_verdicts_of_a_stress_evolution_do_not_name_stress() {
    CareerQuestion q =
        CareerQuestion.builder()
            .id(CareerQuestionId.of("q-2"))
            .ownWords("Wat wil ik nog?")
            .askedOn(ASKED)
            .initialType(ClientQuestionType.CHOICE)
            .build();
    Outcome<CareerQuestion> outcome =
        q.apply(
            CareerQuestionCommand.evolve(
                ClientQuestionType.STRESS,
                ASKED.plusDays(7),
                EvolutionKind.DISGUISED_REVEALED,
                "Onder de keuzevraag zit overbelasting."));
    assertThat(outcome.getEvent().orElseThrow().toString()).doesNotContain("stress");
    assertThat(q.nextCommands(ASKED.plusDays(8)).toString()).doesNotContain("stress");
    assertThat(ClientQuestionType.STRESS.code())
        .as("code itself stays available")
        .isEqualTo("stress");
  }
}
