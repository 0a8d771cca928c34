package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.privacy.DataCategories;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.trajectory.PauseReason;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.format.ErasedTrajectory;
import io.github.loopbaan.format.Erasure;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.View;
import io.github.loopbaan.format.conformance.Examples;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Erasure of the fixture trajectory, which holds every kind of personal and health data (names, the
 * client's words, notes of every visibility, a health note, a referral and a pause for it, health
 * concerns, consent records): what goes, what stays, the pseudonyms, idempotence and the document.
 * The same rules over generated trajectories are {@link ErasureProperties}; this class is the quick
 * check the mutation run uses (the properties are left out of it for time).
 */
class ErasureTest {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();
  private static final byte[] KEY = "a key of the practice".getBytes(StandardCharsets.UTF_8);

  @Test
  void everything_personal_goes_and_the_structure_stays() {
    Trajectory t = Examples.trajectory();
    ErasedTrajectory erased = Erasure.anonymising().erase(t);
    Trajectory e = erased.getTrajectory();
    String all = JSON.writeDocument(erased) + erased + e + JSON.viewWriter(View.CLIENT).write(e);
    for (String text :
        List.of(
            Examples.CLIENT_NAME,
            Examples.COACH_NAME,
            Examples.PRIVATE_NOTE,
            Examples.CLIENT_NOTE,
            Examples.SHARED_NOTE,
            Examples.HEALTH_NOTE,
            Examples.REFERRAL_REASON,
            Examples.QUESTION,
            Examples.ANSWER,
            Examples.PRIVATE_INSIGHT,
            "c-17",
            "1967")) {
      assertThat(all).doesNotContain(text);
    }
    assertThat(DataCategories.heldIn(e)).doesNotContain(DataCategory.HEALTH);
    assertThat(e.getReferrals()).isEmpty();
    assertThat(e.getConsents()).isEmpty();
    assertThat(e.getCareerQuestion()).isEmpty();
    assertThat(e.getClient().getHealthConcerns()).isEmpty();
    assertThat(e.getClient().getName()).isEmpty();
    assertThat(e.getClient().getEmployment()).isEmpty();
    assertThat(e.getClient().ageBandOn(t.getOpenedOn()))
        .isEqualTo(t.getClient().ageBandOn(t.getOpenedOn()));
    // The pause for the referral stays, as a pause for another reason, without the referral.
    TrajectoryCommand.Pause pause =
        (TrajectoryCommand.Pause) e.getHistory().asList().get(3).getCommand();
    assertThat(pause.getReason()).isEqualTo(PauseReason.OTHER);
    assertThat(pause.getReferral()).isEmpty();
    // The health note goes from its session, the others stay with their texts erased.
    assertThat(e.getSessions().get(2).getNotes())
        .extracting(n -> n.getId().getValue() + " " + n.getText())
        .containsExactly("n-1 [erased]", "n-2 [erased]", "n-3 [erased]");
    assertThat(e.getAftercareRequests().get(0).getQuestion()).isEqualTo("[erased]");
    assertThat(e.getId()).isEqualTo(t.getId());
    assertThat(e.getStage()).isEqualTo(t.getStage());
    assertThat(e.getFunding()).isEqualTo(t.getFunding());
    assertThat(e.getCommissioner()).isEqualTo(t.getCommissioner());
    assertThat(e.registeredDuration()).isEqualTo(t.registeredDuration());
    assertThat(e.getHistory().size()).isEqualTo(t.getHistory().size());
    assertThat(e.getSessions()).hasSameSizeAs(t.getSessions());
    assertThat(ErasedTrajectory.isPseudonym(e.getClient().getId().getValue())).isTrue();
  }

  @Test
  void erasure_is_idempotent_and_the_document_reads_back() {
    ErasedTrajectory once = Erasure.pseudonymising(KEY).erase(Examples.trajectory());
    assertThat(Erasure.pseudonymising(KEY).erase(once.getTrajectory())).isEqualTo(once);
    assertThat(Erasure.anonymising().erase(once.getTrajectory())).isEqualTo(once);
    String document = JSON.writeDocument(once);
    assertThat(document).startsWith("{\"kind\":\"erased_trajectory\",\"schemaVersion\":1,");
    assertThat(JSON.readDocument(document)).isEqualTo(once);
    assertThat(JSON.readDocument(document, ErasedTrajectory.class)).isEqualTo(once);
    String personal =
        JSON.writeDocument(Examples.trajectory())
            .replaceFirst("\"kind\":\"trajectory\"", "\"kind\":\"erased_trajectory\"");
    assertThatThrownBy(() -> JSON.readDocument(personal))
        .isInstanceOf(LoopbaanJsonException.class)
        .hasMessageContaining("not_erased")
        .hasMessageNotContaining(Examples.CLIENT_NAME);
  }

  @Test
  void pseudonyms_are_stable_under_one_key_and_random_without() {
    Trajectory t = Examples.trajectory();
    String stable = pseudonym(Erasure.pseudonymising(KEY).erase(t));
    assertThat(pseudonym(Erasure.pseudonymising(KEY.clone()).erase(t))).isEqualTo(stable);
    byte[] other = KEY.clone();
    other[0]++;
    assertThat(pseudonym(Erasure.pseudonymising(other).erase(t))).isNotEqualTo(stable);
    assertThat(pseudonym(Erasure.anonymising().erase(t)))
        .isNotEqualTo(pseudonym(Erasure.anonymising().erase(t)));
    assertThatThrownBy(() -> Erasure.pseudonymising(new byte[15]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("16 bytes");
    byte[] shortest = new byte[16];
    Erasure erasure = Erasure.pseudonymising(shortest).using(Catalogue.standard());
    shortest[0] = 9;
    assertThat(erasure.erase(t)).isEqualTo(Erasure.pseudonymising(new byte[16]).erase(t));
  }

  private static String pseudonym(ErasedTrajectory erased) {
    return erased.getTrajectory().getClient().getId().getValue();
  }
}
