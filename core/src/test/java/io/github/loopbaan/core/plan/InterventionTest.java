package io.github.loopbaan.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.privacy.Visibility;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The interventions besides coaching of seed 001, each in its setting, as advice or action; an
 * application's own kinds; the description is personal data and never printed.
 */
class InterventionTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 10);

  @Test
  void the_standard_kinds_are_those_of_seed_001_in_their_settings() {
    assertThat(InterventionKind.standardEntries())
        .extracting(InterventionKind::code)
        .containsExactly(
            "workplace_change",
            "task_change",
            "role_change",
            "career_workshop",
            "training",
            "sabbatical");
    assertThat(InterventionKind.ROLE_CHANGE.setting())
        .isEqualTo(InterventionSetting.WITHIN_WORK_CONTEXT);
    assertThat(InterventionKind.CAREER_WORKSHOP.setting()).isEqualTo(InterventionSetting.GROUP);
    assertThat(InterventionKind.SABBATICAL.setting()).isEqualTo(InterventionSetting.LEAVE);
    assertThat(InterventionKind.TASK_CHANGE.label(Locale.forLanguageTag("nl")))
        .isEqualTo("Verandering van takenpakket");
  }

  @Test
  void an_intervention_is_shared_with_the_client_by_default_and_hides_its_description() {
    Intervention advice =
        Intervention.builder()
            .kind(InterventionKind.TASK_CHANGE)
            .form(InterventionForm.ADVICE)
            .advisedOn(DAY)
            .description("Minder nachtdiensten, meer opleidingswerk.")
            .build();
    assertThat(advice.getVisibility()).isEqualTo(Visibility.SHARED_WITH_CLIENT);
    assertThat(advice.toString()).doesNotContain("nachtdiensten");
    assertThat(Intervention.of(InterventionKind.TRAINING, InterventionForm.ACTION, DAY).getForm())
        .isEqualTo(InterventionForm.ACTION);
    assertThatThrownBy(() -> advice.withDescription(" "))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("not_blank"));
  }

  @Test
  void an_applications_kind_names_its_setting() {
    InterventionKind mentoring =
        InterventionKind.custom("acme:mentoring")
            .setting(InterventionSetting.WITHIN_WORK_CONTEXT)
            .label(Locale.ENGLISH, "Mentoring")
            .build();
    assertThat(Intervention.of(mentoring, InterventionForm.ACTION, DAY).getKind().setting())
        .isEqualTo(InterventionSetting.WITHIN_WORK_CONTEXT);
    assertThatThrownBy(() -> InterventionKind.custom("acme:x").label(Locale.ENGLISH, "X").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getAttribute()).isEqualTo("setting"));
  }
}
