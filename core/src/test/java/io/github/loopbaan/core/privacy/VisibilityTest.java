package io.github.loopbaan.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who sees an item of each visibility: the client, the commissioner. */
class VisibilityTest {

  /**
   * Only shared items reach the client, only items shared with the commissioner reach the
   * commissioner.
   */
  @Test
  void
      only_items_shared_with_the_commissioner_reach_the_commissioner_and_only_private_ones_stay_from_the_client() {
    assertThat(Visibility.PRIVATE_TO_COACH.visibleToClient()).isFalse();
    assertThat(Visibility.SHARED_WITH_CLIENT.visibleToClient()).isTrue();
    assertThat(Visibility.SHARED_WITH_COMMISSIONER.visibleToClient()).isTrue();
    assertThat(Visibility.PRIVATE_TO_COACH.visibleToCommissioner()).isFalse();
    assertThat(Visibility.SHARED_WITH_CLIENT.visibleToCommissioner()).isFalse();
    assertThat(Visibility.SHARED_WITH_COMMISSIONER.visibleToCommissioner()).isTrue();
  }
}
