package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.Identifier;
import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.privacy.DataCategories;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalData;
import io.github.loopbaan.core.trajectory.FundingRegime;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.ErasedTrajectory;
import io.github.loopbaan.format.Erasure;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.View;
import io.github.loopbaan.testkit.LoopbaanDomain;
import io.github.loopbaan.testkit.PersonalDataScan;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/**
 * Erasure takes out everything personal and keeps the structure, for every generated trajectory: no
 * personal or health text of the trajectory (nor the planted markers of {@link
 * PersonalDataLeakProperties#marked}) is left in the erased value's JSON, its {@code toString()} or
 * any view; no health code is left; the history keeps every event with its states and dates;
 * erasure is idempotent; the erased trajectory reads back from its {@code erased_trajectory}
 * document equal.
 */
@Domain(LoopbaanDomain.class)
class ErasureProperties {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();
  private static final byte[] KEY = "a key of the practice".getBytes(StandardCharsets.UTF_8);

  @Property(tries = 200)
  void leavesNothingPersonalAndKeepsTheStructure(@ForAll Trajectory generated) {
    Trajectory t = PersonalDataLeakProperties.marked(generated);
    ErasedTrajectory erased = Erasure.anonymising().erase(t);
    Trajectory e = erased.getTrajectory();

    Set<String> personal = PersonalDataScan.personalTexts(t);
    personal.removeAll(unmarkedTexts(t));
    StringBuilder everything = new StringBuilder();
    everything.append(JSON.writeDocument(erased)).append(erased).append(e);
    for (View view : View.values()) {
      everything.append(JSON.viewWriter(view).writeDocument(e));
    }
    String all = everything.toString();
    for (String text : personal) {
      assertThat(all).as("a personal text of the trajectory").doesNotContain(text);
    }
    assertThat(PersonalDataScan.healthCodes(e)).isEmpty();
    assertThat(DataCategories.heldIn(e)).doesNotContain(DataCategory.HEALTH);

    assertThat(e.getId()).isEqualTo(t.getId());
    assertThat(e.getFunding()).isEqualTo(t.getFunding());
    assertThat(e.getCommissioner()).isEqualTo(t.getCommissioner());
    assertThat(e.registeredDuration()).isEqualTo(t.registeredDuration());
    assertThat(e.getStage()).isEqualTo(t.getStage());
    assertThat(e.getOpenedOn()).isEqualTo(t.getOpenedOn());
    assertThat(e.getHistory().size()).isEqualTo(t.getHistory().size());
    for (int i = 0; i < t.getHistory().size(); i++) {
      assertThat(e.getHistory().asList().get(i).getFrom())
          .isEqualTo(t.getHistory().asList().get(i).getFrom());
      assertThat(e.getHistory().asList().get(i).getTo())
          .isEqualTo(t.getHistory().asList().get(i).getTo());
      assertThat(e.getHistory().asList().get(i).getCommand().getKind())
          .isEqualTo(t.getHistory().asList().get(i).getCommand().getKind());
    }
    assertThat(e.getSessions().size()).isEqualTo(t.getSessions().size());
    assertThat(ErasedTrajectory.isPseudonym(e.getClient().getId().getValue())).isTrue();
    // The birth year goes, the age band on the opening day stays.
    assertThat(e.getClient().getBirthYear()).isEmpty();
    assertThat(e.getClient().ageBandOn(t.getOpenedOn()))
        .isEqualTo(t.getClient().ageBandOn(t.getOpenedOn()));
  }

  @Property(tries = 100)
  void isIdempotentAndReadsBack(@ForAll Trajectory t) {
    ErasedTrajectory once = Erasure.pseudonymising(KEY).erase(t);
    assertThat(Erasure.pseudonymising(KEY).erase(once.getTrajectory())).isEqualTo(once);
    assertThat(Erasure.anonymising().erase(once.getTrajectory())).isEqualTo(once);

    String document = JSON.writeDocument(once);
    assertThat(document).startsWith("{\"kind\":\"erased_trajectory\",\"schemaVersion\":1,");
    assertThat(JSON.readDocument(document)).isEqualTo(once);
    assertThat(JSON.readDocument(document, ErasedTrajectory.class)).isEqualTo(once);
  }

  @Property(tries = 50)
  void pseudonymsAreStableUnderOneKeyOnly(@ForAll Trajectory t) {
    String stable =
        Erasure.pseudonymising(KEY).erase(t).getTrajectory().getClient().getId().getValue();
    assertThat(
            Erasure.pseudonymising(KEY.clone())
                .erase(t)
                .getTrajectory()
                .getClient()
                .getId()
                .getValue())
        .isEqualTo(stable);
    byte[] other = KEY.clone();
    other[0]++;
    assertThat(
            Erasure.pseudonymising(other).erase(t).getTrajectory().getClient().getId().getValue())
        .isNotEqualTo(stable);
    assertThat(Erasure.anonymising().erase(t).getTrajectory().getClient().getId().getValue())
        .isNotEqualTo(Erasure.anonymising().erase(t).getTrajectory().getClient().getId().getValue())
        .isNotEqualTo(t.getClient().getId().getValue());
  }

  @Property(tries = 50)
  void aTrajectoryWithPersonalDataIsNoErasedDocument(@ForAll Trajectory generated) {
    Trajectory t = PersonalDataLeakProperties.marked(generated);
    String document =
        JSON.writeDocument(t)
            .replaceFirst("\"kind\":\"trajectory\"", "\"kind\":\"erased_trajectory\"");
    assertThatThrownBy(() -> JSON.readDocument(document))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            ex -> {
              assertThat(ex.getMessage())
                  .contains("not_erased")
                  .containsPattern("holds (personal|health) data")
                  .doesNotContain("Zqx");
            });
  }

  @Property(tries = 20)
  void aKeyHasSixteenBytesAtLeastAndAnotherInstanceReadsBack(@ForAll Trajectory t) {
    assertThatThrownBy(() -> Erasure.pseudonymising(new byte[15]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("16 bytes");
    byte[] shortest = new byte[16];
    Erasure erasure = Erasure.pseudonymising(shortest).using(Catalogue.standard());
    shortest[0] = 9;
    assertThat(erasure.erase(t))
        .as("the key is copied: a change afterwards does not change the pseudonyms")
        .isEqualTo(Erasure.pseudonymising(new byte[16]).erase(t));
  }

  /**
   * @return the texts of attributes that are not personal data (titles of assignments, names of
   *     organisations): a personal text may be equal to one of them by chance and then stays
   */
  private static Set<String> unmarkedTexts(Object value) {
    Set<String> texts = new LinkedHashSet<>();
    collect(value, texts, new IdentityHashMap<>());
    return texts;
  }

  private static void collect(Object value, Set<String> texts, Map<Object, Boolean> seen) {
    if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(v -> collect(v, texts, seen));
    } else if (value instanceof Collection) {
      ((Collection<?>) value).forEach(v -> collect(v, texts, seen));
    } else if (value instanceof String) {
      texts.add((String) value);
    } else if (value != null
        && value.getClass().getName().startsWith("io.github.loopbaan.core.")
        && !value.getClass().isEnum()
        && !(value instanceof Identifier)
        && !(value instanceof Coded)
        && !(value instanceof FundingRegime)
        && seen.put(value, Boolean.TRUE) == null
        && DataCategories.itemCategory(value) != DataCategory.HEALTH) {
      for (Method accessor : DataCategories.accessors(value.getClass())) {
        Optional<PersonalData> mark = DataCategories.markOf(value.getClass(), accessor.getName());
        if (mark.isEmpty() && !accessor.getName().equals("toString")) {
          collect(DataCategories.read(accessor, value), texts, seen);
        }
      }
    }
  }
}
