package io.github.loopbaan.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The re-integration plan for a long-term sick client (003 §1.4): a goal, an intended return not
 * before the plan, steps as actions; health data that never prints.
 */
class ReintegrationPlanTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  private static ReintegrationPlan.Builder plan() {
    return ReintegrationPlan.builder().drawnUpOn(DAY).goal("Halve dagen terug in de eigen functie");
  }

  @Test
  void the_intended_return_does_not_lie_before_the_plan_and_the_goal_is_not_blank() {
    assertThat(plan().intendedReturnOn(DAY).build().getIntendedReturnOn()).contains(DAY);
    assertThatThrownBy(() -> plan().intendedReturnOn(DAY.minusDays(1)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getRule()).isEqualTo("not_before");
              assertThat(e.getAttribute()).isEqualTo("intendedReturnOn,drawnUpOn");
            });
    assertThatThrownBy(() -> plan().goal(" ").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("not_blank"));
  }

  @Test
  void the_steps_are_actions_and_the_plan_prints_nothing_of_the_client() {
    Action step =
        Action.builder()
            .id(ActionId.of("r-1"))
            .subject(ActionSubject.INTERMEDIATE_STEP)
            .description("Twee ochtenden per week op kantoor")
            .build();
    ReintegrationPlan p = plan().steps(ActionPlan.builder().addActions(step).build()).build();
    assertThat(p.getSteps().getActions()).containsExactly(step);
    assertThat(plan().build().getSteps()).isEqualTo(ActionPlan.empty());
    assertThat(p.toString()).doesNotContain("Halve").doesNotContain("ochtenden");
  }

  @Test
  void every_attribute_that_speaks_of_the_return_is_health_data() throws NoSuchMethodException {
    for (String getter : new String[] {"getGoal", "getIntendedReturnOn", "getSteps"}) {
      assertThat(
              ReintegrationPlan.class.getMethod(getter).getAnnotation(PersonalData.class).value())
          .as(getter)
          .isEqualTo(DataCategory.HEALTH);
    }
  }
}
