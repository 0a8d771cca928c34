package io.github.loopbaan.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The emotions and behaviours of grieving over lost work (000 phase 1) as typed observations on a
 * session: the lists of the seed, at least one observed, health data that never prints.
 */
class LossObservationTest {

  @Test
  void the_emotions_and_behaviours_are_those_of_seed_000_with_dutch_labels() {
    Locale nl = Locale.forLanguageTag("nl");
    assertThat(LossEmotion.values())
        .extracting(e -> e.label(nl))
        .containsExactly("Boosheid", "Verdriet", "Depressiviteit", "Angst", "Onzekerheid");
    assertThat(LossBehaviour.values())
        .extracting(b -> b.label(nl))
        .containsExactly("Ontkennen", "Onderhandelen", "Verzet", "Apathie");
    assertThat(LossBehaviour.BARGAINING.code()).isEqualTo("bargaining");
  }

  @Test
  void an_observation_names_at_least_one_emotion_or_behaviour() {
    assertThatThrownBy(() -> LossObservation.builder().build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getRule()).isEqualTo("not_empty");
              assertThat(e.getAttribute()).isEqualTo("emotions,behaviours");
            });
    assertThat(LossObservation.builder().addBehaviours(LossBehaviour.APATHY).build().getEmotions())
        .isEmpty();
    assertThat(LossObservation.of(LossEmotion.ANGER).getEmotions())
        .containsExactly(LossEmotion.ANGER);
  }

  @Test
  void the_observation_is_health_data_and_prints_no_emotion() throws NoSuchMethodException {
    LossObservation seen =
        LossObservation.of(LossEmotion.DEPRESSION, LossEmotion.FEAR)
            .withBehaviours(LossBehaviour.DENIAL);
    Session session =
        Session.builder()
            .id(SessionId.of("s-1"))
            .kind(SessionKind.IN_DEPTH)
            .date(LocalDate.of(2025, 3, 3))
            .duration(Duration.ofMinutes(60))
            .lossObservation(seen)
            .build();
    assertThat(session.getLossObservation()).contains(seen);
    for (String text : new String[] {seen.toString(), session.toString()}) {
      assertThat(text.toLowerCase(Locale.ROOT))
          .doesNotContain("depression")
          .doesNotContain("fear")
          .doesNotContain("denial");
    }
    assertThat(
            Session.class.getMethod("getLossObservation").getAnnotation(PersonalData.class).value())
        .isEqualTo(DataCategory.HEALTH);
    for (String getter : new String[] {"getEmotions", "getBehaviours"}) {
      assertThat(LossObservation.class.getMethod(getter).getAnnotation(PersonalData.class).value())
          .isEqualTo(DataCategory.HEALTH);
    }
  }
}
