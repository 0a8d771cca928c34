package io.github.loopbaan.serialization.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.question.CareerQuestion;
import io.github.loopbaan.core.question.CareerQuestionId;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.format.View;
import io.github.loopbaan.format.conformance.Examples;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** What each view writes of one whole trajectory. */
class ViewTest {

  private static final Trajectory T = Examples.trajectory();

  private static String write(View view, Object value) {
    return LoopbaanJson.writer(view).write(value);
  }

  @Test
  void the_full_view_is_the_plain_mapping() throws Exception {
    assertThat(write(View.FULL, T)).isEqualTo(LoopbaanJson.standard().write(T));
    assertThat(LoopbaanJson.writer(View.FULL).writeDocument(T))
        .isEqualTo(LoopbaanJson.standard().writeDocument(T));
  }

  @Test
  void the_client_sees_everything_but_what_is_private_to_the_coach() throws Exception {
    String json = write(View.CLIENT, T);
    assertThat(json)
        .contains(
            Examples.CLIENT_NAME,
            Examples.CLIENT_NOTE,
            Examples.SHARED_NOTE,
            Examples.ANSWER,
            Examples.REFERRAL_REASON,
            Examples.QUESTION,
            "\"healthConcerns\":[\"stress\"]");
    assertThat(json)
        .doesNotContain(
            Examples.PRIVATE_NOTE,
            Examples.HEALTH_NOTE,
            Examples.PRIVATE_INSIGHT,
            "PRIVATE trajectory note");
  }

  @Test
  void the_commissioner_sees_progress_hours_and_agreed_items_and_what_was_shared_with_them()
      throws Exception {
    String json = write(View.COMMISSIONER, T);
    JsonNode tree = LoopbaanJson.mapper().readTree(json);
    assertThat(tree.get("stage").textValue()).isEqualTo("closed");
    assertThat(tree.get("history").size()).isEqualTo(T.getHistory().size());
    assertThat(tree.get("sessions").get(0).get("duration").textValue()).isEqualTo("PT1H30M");
    assertThat(tree.get("phaseProgress").get("plan").get("selectedPhases").size()).isEqualTo(2);
    assertThat(tree.get("intakeAgreement").has("signedOn")).isTrue();
    assertThat(json)
        .contains(Examples.SHARED_NOTE, "\"organisationName\":\"VDAB\"", "\"id\":\"c-17\"");
    assertThat(json)
        .doesNotContain(
            Examples.CLIENT_NAME,
            Examples.COACH_NAME,
            Examples.PRIVATE_NOTE,
            Examples.CLIENT_NOTE,
            Examples.HEALTH_NOTE,
            Examples.REFERRAL_REASON,
            Examples.QUESTION,
            Examples.ANSWER,
            Examples.PRIVATE_INSIGHT,
            "CLIENTONLY insight",
            "healthConcerns",
            "birthYear",
            "\"stress\"");
    assertThat(tree.get("assignments").size()).isZero();
    // Issue 14: that the client was referred, and to whom, is health data: the commissioner sees
    // neither.
    assertThat(tree.has("referrals")).isFalse();
    assertThat(json).doesNotContain("psychologist");
  }

  @Test
  void the_commissioner_never_sees_health_codes() throws Exception {
    Client sick =
        Client.builder()
            .id(ClientId.of("c-9"))
            .employment(EmploymentSituation.LONG_TERM_SICK)
            .build();
    assertThat(write(View.COMMISSIONER, sick)).isEqualTo("{\"id\":\"c-9\"}");
    assertThat(write(View.CLIENT, sick)).contains("\"employment\":\"long_term_sick\"");
    CareerQuestion stress =
        CareerQuestion.builder()
            .id(CareerQuestionId.of("q-2"))
            .ownWords("Ik slaap slecht.")
            .askedOn(LocalDate.of(2025, 1, 1))
            .initialType(ClientQuestionType.STRESS)
            .build();
    assertThat(write(View.COMMISSIONER, stress))
        .doesNotContain("stress")
        .doesNotContain("initialType");
    assertThat(write(View.CLIENT, stress)).contains("\"initialType\":\"stress\"");
  }

  @Test
  void the_anonymised_view_has_age_bands_no_identifiers_and_no_free_text() throws Exception {
    JsonNode tree = LoopbaanJson.mapper().readTree(write(View.ANONYMISED, T));
    assertThat(tree.get("client").toString()).isEqualTo("{\"ageBand\":\"senior\"}");
    assertThat(tree.has("id")).isFalse();
    assertThat(tree.get("commissioner").toString()).isEqualTo("{\"kind\":\"public_funder\"}");
    // The pause's referral and its reason are health data: the anonymised view keeps that a pause
    // happened.
    assertThat(tree.get("history").get(3).get("to").textValue()).isEqualTo("paused");
    assertThat(tree.get("history").get(3).get("command").has("referral")).isFalse();
    assertThat(tree.get("history").get(3).get("command").has("reason")).isFalse();
    assertThat(tree.get("assignments").get(0).has("title")).isFalse();
    assertThat(tree.get("assignments").get(0).get("history").get(0).get("command").toString())
        .isEqualTo("{\"kind\":\"complete\",\"date\":\"2025-02-06\"}");
  }

  @Test
  void a_client_outside_a_trajectory_gets_the_age_band_of_the_writers_reference_day()
      throws Exception {
    Client client =
        Client.builder().id(ClientId.of("c-1")).name("Els Maes").birthYear(Year.of(2000)).build();
    assertThat(write(View.ANONYMISED, client)).isEqualTo("{}");
    assertThat(
            LoopbaanJson.writer(View.ANONYMISED).ageBandsOn(LocalDate.of(2025, 1, 1)).write(client))
        .contains("\"ageBand\":\"adult\"")
        .doesNotContain("Els Maes")
        .doesNotContain("2000");
  }

  @Test
  void a_plan_whose_storage_was_refused_is_its_checklist_even_inside_the_history()
      throws Exception {
    Trajectory refused = Examples.trajectory(StorageConsent.CHECKLIST_ONLY);
    for (View view : View.values()) {
      String json = write(view, refused);
      assertThat(json).doesNotContain(Examples.PRIVATE_INSIGHT, "CLIENTONLY insight");
      assertThat(json)
          .contains(
              "\"checklist\":{\"actions\":false,\"careerQuestion\":true,\"clientName\":true,"
                  + "\"decisions\":false,\"finalisedOn\":true,\"goals\":false,\"insights\":true,"
                  + "\"reflections\":false,\"signedOn\":true,\"title\":true}");
    }
    Trajectory back =
        LoopbaanJson.standard()
            .readDocument(LoopbaanJson.standard().writeDocument(refused), Trajectory.class);
    assertThat(back.getDevelopmentPlan())
        .contains(refused.getDevelopmentPlan().orElseThrow().toChecklist());
    assertThat(back.getDevelopmentPlan().get().getInsights()).isEmpty();
    assertThat(back.getDevelopmentPlan().get().getStorageConsent())
        .isEqualTo(StorageConsent.CHECKLIST_ONLY);
    assertThat(back.getHistory().size()).isEqualTo(refused.getHistory().size());
  }

  @Test
  void a_checklist_is_read_strictly() throws Exception {
    LoopbaanJson json = LoopbaanJson.standard();
    assertThatThrownBy(
            () ->
                json.read(
                    "{\"checklist\":{\"title\":\"yes\"},\"id\":\"p\",\"storageConsent\":"
                        + "\"checklist_only\"}",
                    DevelopmentPlan.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.WRONG_TYPE);
              assertThat(e.getPath()).isEqualTo("$.checklist.title");
            });
    assertThatThrownBy(
            () ->
                json.read(
                    "{\"checklist\":{},\"id\":\"p\",\"storageConsent\":\"store_full_plan\"}",
                    DevelopmentPlan.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class, e -> assertThat(e.getPath()).isEqualTo("$.checklist"));
    assertThatThrownBy(
            () ->
                json.read(
                    "{\"checklist\":{},\"id\":\"p\",\"storageConsent\":\"checklist_only\","
                        + "\"insight\":[]}",
                    DevelopmentPlan.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_PROPERTY));
  }

  @Test
  void a_restricted_view_document_names_its_view_and_cannot_be_read_back() throws Exception {
    String document = LoopbaanJson.writer(View.COMMISSIONER).writeDocument(T);
    assertThat(document)
        .startsWith("{\"kind\":\"trajectory\",\"schemaVersion\":1,\"view\":\"commissioner\",");
    for (LoopbaanJson json :
        new LoopbaanJson[] {LoopbaanJson.standard(), LoopbaanJson.builder().lenient().build()}) {
      assertThatThrownBy(() -> json.readDocument(document))
          .isInstanceOfSatisfying(
              LoopbaanJsonException.class,
              e -> {
                assertThat(e.getProblem()).isEqualTo(Problem.RESTRICTED_VIEW);
                assertThat(e.getPath()).isEqualTo("$.view");
              });
    }
  }

  @Test
  void an_item_the_view_does_not_show_cannot_be_written_alone() throws Exception {
    assertThatThrownBy(
            () ->
                write(
                    View.CLIENT,
                    Examples.note(
                        "n-9",
                        "Alleen voor mij.",
                        Visibility.PRIVATE_TO_COACH,
                        DataCategory.PERSONAL)))
        .isInstanceOf(IllegalArgumentException.class);
    // Only its trajectory holds the client's consent to share: a shared item alone is refused.
    assertThatThrownBy(
            () ->
                write(
                    View.COMMISSIONER,
                    Examples.note(
                        "n-9",
                        "Gedeeld met de werkgever.",
                        Visibility.SHARED_WITH_COMMISSIONER,
                        DataCategory.PERSONAL)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only within its trajectory")
        .hasMessageNotContaining("Gedeeld");
  }
}
