package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.question.CareerQuestion;
import io.github.loopbaan.core.question.CareerQuestionCommand;
import io.github.loopbaan.core.question.CareerQuestionId;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.question.EvolutionKind;
import io.github.loopbaan.core.trajectory.PauseReason;
import io.github.loopbaan.core.trajectory.Referral;
import io.github.loopbaan.core.trajectory.ReferralId;
import io.github.loopbaan.core.trajectory.ReferralTarget;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.View;
import io.github.loopbaan.format.conformance.Examples;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, items 8 to 10: the restricted views and the error messages must not let a reader tell
 * health data apart by what is missing or how it is masked (the inference rule of docs/privacy.md),
 * and a path never quotes a property name the wire format does not know.
 */
class InferenceRuleTest {

  private static final LocalDate ASKED = LocalDate.of(2025, 1, 6);

  private static String write(View view, Object value) {
    return LoopbaanJson.writer(view).write(value);
  }

  /**
   * The JSON with every code of the question-type class replaced by one token: only the shape
   * remains.
   */
  private static String shape(String json) {
    String s = json;
    for (ClientQuestionType type : ClientQuestionType.standardEntries()) {
      s =
          s.replace("\"" + type.code() + "\"", "\"T\"")
              .replace("evolve_to_" + type.code(), "evolve_to_T");
    }
    return s;
  }

  private static CareerQuestion evolvedTo(ClientQuestionType type) {
    ClientQuestionType from =
        type == ClientQuestionType.CHOICE ? ClientQuestionType.STUCK : ClientQuestionType.CHOICE;
    CareerQuestion q =
        CareerQuestion.builder()
            .id(CareerQuestionId.of("q-1"))
            .ownWords("Wat nu?")
            .askedOn(ASKED)
            .initialType(from)
            .build();
    return q.apply(
            CareerQuestionCommand.evolve(
                type,
                ASKED.plusDays(7),
                EvolutionKind.DISGUISED_REVEALED,
                "Onder de vraag zit iets anders."))
        .orElseThrow();
  }

  @Test
  void
      redaction_indistinguishable_an_evolution_to_stress_has_the_shape_of_every_other_in_each_restricted_view() {
    for (View view : List.of(View.COMMISSIONER, View.ANONYMISED)) {
      Set<String> shapes = new HashSet<>();
      for (ClientQuestionType type : ClientQuestionType.standardEntries()) {
        String json = write(view, evolvedTo(type));
        assertThat(json)
            .as(view + " " + type)
            .doesNotContain("\"stress\"")
            .doesNotContain("evolve_to_stress");
        shapes.add(shape(json));
      }
      assertThat(shapes).as("one shape for every target type in the " + view + " view").hasSize(1);
    }
    assertThat(write(View.CLIENT, evolvedTo(ClientQuestionType.STRESS)))
        .contains("\"toType\":\"stress\"");
  }

  @Test
  void redaction_indistinguishable_a_rejected_evolution_prints_the_same_whatever_its_target() {
    Set<String> messages = new HashSet<>();
    for (ClientQuestionType type : ClientQuestionType.standardEntries()) {
      CareerQuestion q =
          CareerQuestion.builder()
              .id(CareerQuestionId.of("q-1"))
              .ownWords("Wat nu?")
              .askedOn(ASKED)
              .initialType(type)
              .build();
      messages.add(
          q.apply(
                  CareerQuestionCommand.evolve(
                      type, ASKED.plusDays(1), EvolutionKind.CHANGED, "Geen verschil."))
              .toString());
      assertThat(q.nextCommands(ASKED.plusDays(1)).toString())
          .doesNotContain("evolve_to_" + type.code());
    }
    assertThat(messages).hasSize(1);
    assertThat(messages.iterator().next()).contains("evolve").contains("type_unchanged");
  }

  @Test
  void
      referral_target_no_view_but_the_full_and_the_client_view_and_no_toString_names_it_or_tells_there_was_one() {
    Trajectory t = Examples.trajectory();
    Trajectory paused = t;
    assertThat(t.getReferrals()).isNotEmpty();
    for (View view : List.of(View.COMMISSIONER, View.ANONYMISED)) {
      String json = write(view, t);
      for (ReferralTarget target : ReferralTarget.values()) {
        assertThat(json).doesNotContain("\"" + target.code() + "\"");
      }
      assertThat(json)
          .as(view.code())
          .doesNotContain("\"referrals\"")
          .doesNotContain("\"referral\"")
          .doesNotContain("\"reason\":\"" + PauseReason.REFERRAL.code() + "\"");
      String withoutReferrals =
          write(view, Trajectory.builder().from(t).referrals(List.of()).build());
      assertThat(withoutReferrals.contains("\"referrals\""))
          .isEqualTo(json.contains("\"referrals\""));
    }
    Referral referral = Referral.of(ReferralId.of("r-9"), ReferralTarget.PSYCHOLOGIST, ASKED);
    assertThat(referral.toString()).doesNotContain("psychologist").doesNotContain("PSYCHOLOGIST");
    assertThat(t.toString()).doesNotContainIgnoringCase("psychologist");
    assertThat(
            TrajectoryCommand.pause(ASKED, PauseReason.REFERRAL, Optional.of(referral)).toString())
        .doesNotContain("psychologist");
    assertThat(write(View.CLIENT, paused)).contains("\"referrals\"");
  }

  @Test
  void the_commissioner_sees_that_a_trajectory_is_paused_but_not_why() {
    Trajectory t = Examples.trajectory();
    String json = write(View.COMMISSIONER, t);
    assertThat(json).contains("\"to\":\"paused\"");
    for (PauseReason reason : EnumSet.allOf(PauseReason.class)) {
      assertThat(json).doesNotContain("\"reason\":\"" + reason.code() + "\"");
    }
  }

  @Test
  void error_paths_name_known_properties_only_an_unknown_key_is_a_position() {
    String document = LoopbaanJson.standard().writeDocument(Examples.trajectory());
    String withName =
        document.replaceFirst(
            "\\{\"kind\":\"trajectory\",",
            "{\"kind\":\"trajectory\",\"Jan Janssens heeft burn-out\":1,");
    assertThatThrownBy(() -> LoopbaanJson.standard().readDocument(withName))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getMessage()).doesNotContain("Janssens").doesNotContain("burn-out");
              assertThat(e.getPath()).isEqualTo("$[unknown property #2]");
            });
    String inClient = document.replaceFirst("\"client\":\\{", "\"client\":{\"janssens\":true,");
    assertThatThrownBy(() -> LoopbaanJson.standard().readDocument(inClient))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getMessage()).doesNotContain("janssens");
              assertThat(e.getPath()).startsWith("$.content.client[unknown property");
            });
    String known = document.replaceFirst("\"client\":\\{", "\"client\":{\"stage\":true,");
    assertThatThrownBy(() -> LoopbaanJson.standard().readDocument(known))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> assertThat(e.getPath()).isEqualTo("$.content.client.stage"));
  }
}
