package io.github.loopbaan.serialization.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.trajectory.Consent;
import io.github.loopbaan.core.trajectory.ConsentScope;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.View;
import io.github.loopbaan.format.conformance.Examples;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The commissioner view honours the client's consent: the items the coach shared with the
 * commissioning party are written only while the trajectory holds a consent to share with it,
 * whatever the coach's visibility setting; a withdrawal acts from its day; the records themselves
 * are personal data, never in the commissioner's or the anonymised view, and a trajectory without
 * records is written as before they existed.
 */
class ConsentViewTest {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();
  private static final String SHARED_ID = "\"id\":\"n-3\"";

  private static Trajectory withoutSharing() {
    Trajectory t = Examples.trajectory();
    List<Consent> others =
        t.getConsents().stream()
            .filter(c -> c.getScope() != ConsentScope.SHARING_WITH_COMMISSIONER)
            .collect(Collectors.toList());
    return Trajectory.builder().from(t).consents(others).build();
  }

  @Test
  void shared_items_reach_the_commissioner_only_with_the_clients_consent() throws Exception {
    Trajectory consented = Examples.trajectory();
    String with = JSON.viewWriter(View.COMMISSIONER).write(consented);
    assertThat(with).contains(SHARED_ID, Examples.SHARED_NOTE);
    String without = JSON.viewWriter(View.COMMISSIONER).write(withoutSharing());
    assertThat(without).doesNotContain(SHARED_ID).doesNotContain(Examples.SHARED_NOTE);
    // The client's own view and the full view do not depend on that consent.
    assertThat(JSON.viewWriter(View.CLIENT).write(withoutSharing())).contains(SHARED_ID);
    assertThat(JSON.write(withoutSharing())).contains(Examples.SHARED_NOTE);
  }

  @Test
  void a_withdrawal_acts_from_its_day() throws Exception {
    LocalDate withdrawal = LocalDate.of(2025, 9, 1);
    Trajectory withdrawn =
        Examples.trajectory().withdrawConsent(ConsentScope.SHARING_WITH_COMMISSIONER, withdrawal);
    assertThat(JSON.viewWriter(View.COMMISSIONER).write(withdrawn)).doesNotContain(SHARED_ID);
    assertThat(
            JSON.viewWriter(View.COMMISSIONER).consentsOn(withdrawal.minusDays(1)).write(withdrawn))
        .contains(SHARED_ID);
    assertThat(JSON.viewWriter(View.COMMISSIONER).consentsOn(withdrawal).write(withdrawn))
        .doesNotContain(SHARED_ID);
    assertThat(JSON.viewWriter(View.COMMISSIONER).consentsOn(withdrawal).toString())
        .isEqualTo("ViewWriter[commissioner]");
    // Before the consent was given, nothing was shared either.
    LocalDate given = withdrawn.getConsents().get(1).getGivenOn();
    assertThat(JSON.viewWriter(View.COMMISSIONER).consentsOn(given.minusDays(1)).write(withdrawn))
        .doesNotContain(SHARED_ID);
  }

  @Test
  void the_records_are_personal_data_and_absent_when_empty() throws Exception {
    Trajectory t = Examples.trajectory();
    assertThat(JSON.write(t)).contains("\"consents\":[");
    for (View view : List.of(View.COMMISSIONER, View.ANONYMISED)) {
      assertThat(JSON.viewWriter(view).write(t)).doesNotContain("consents");
    }
    assertThat(JSON.viewWriter(View.CLIENT).write(t)).contains("\"consents\":[");
    Trajectory none = Trajectory.builder().from(t).consents(List.of()).build();
    assertThat(JSON.write(none)).doesNotContain("consents");
    assertThat(JSON.read(JSON.write(none), Trajectory.class)).isEqualTo(none);
    assertThat(JSON.read(JSON.write(t), Trajectory.class)).isEqualTo(t);
  }
}
