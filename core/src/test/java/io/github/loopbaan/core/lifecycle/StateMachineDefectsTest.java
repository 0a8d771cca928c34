package io.github.loopbaan.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.lifecycle.StateMachineTest.Case;
import io.github.loopbaan.core.lifecycle.StateMachineTest.Cmd;
import io.github.loopbaan.core.lifecycle.StateMachineTest.Kind;
import io.github.loopbaan.core.lifecycle.StateMachineTest.State;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The engine's table checks on a defective table (every table of the model is well formed): {@code
 * unreachableStates} and {@code statesWithoutWayOut} report the states a defective table leaves
 * unreachable or without a way out.
 */
class StateMachineDefectsTest {

  /**
   * open -> working (no way on from there), open -> closed; paused has no row and is never entered.
   */
  static final StateMachine<Case, State, Kind, Cmd> DEFECTIVE =
      StateMachine.<Case, State, Kind, Cmd>builder("defective", State.class, Kind.class)
          .initial(State.OPEN)
          .finals(State.CLOSED)
          .binding(
              c -> c.state,
              c -> c.history,
              (c, s, e) -> new Case(s, c.work, c.signed, c.history.append(e)))
          .on(Kind.START)
          .from(State.OPEN)
          .to(State.WORKING)
          .noEffect()
          .on(Kind.WORK)
          .from(State.WORKING)
          .to(State.WORKING)
          .noEffect()
          .on(Kind.CLOSE)
          .from(State.OPEN)
          .to(State.CLOSED)
          .noEffect()
          .build();

  @Test
  void a_state_no_row_leads_to_is_reported_unreachable() {
    assertThat(DEFECTIVE.unreachableStates()).containsExactly(State.PAUSED);
  }

  @Test
  void states_from_which_no_final_state_can_be_reached_are_reported() {
    assertThat(DEFECTIVE.statesWithoutWayOut()).isEqualTo(EnumSet.of(State.WORKING, State.PAUSED));
  }

  @Test
  void the_well_formed_test_table_has_an_initial_state_and_no_defects() {
    assertThat(StateMachineTest.MACHINE.getInitial()).isEqualTo(State.OPEN);
    assertThat(StateMachineTest.MACHINE.unreachableStates()).isEmpty();
    assertThat(StateMachineTest.MACHINE.statesWithoutWayOut()).isEmpty();
  }
}
