package io.github.loopbaan.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Revisions}: every version's facts (numbered in order, in date order, earliest date, latest
 * revision) equal a scan of the same revisions, branches do not see each other, and it is an
 * unmodifiable list.
 */
class RevisionsTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  /** Facts carried one revision at a time equal a scan, for well-formed and broken lists alike. */
  @Test
  void facts_carried_one_revision_at_a_time_equal_a_scan() {
    Random random = new Random(3);
    for (int trial = 0; trial < 300; trial++) {
      Revisions revisions = Revisions.empty();
      List<PlanRevision> model = new ArrayList<>();
      for (int i = random.nextInt(12); i > 0; i--) {
        int number = random.nextInt(8) == 0 ? 1 + random.nextInt(20) : model.size() + 1;
        LocalDate date = DAY.plusDays(random.nextInt(60));
        PlanRevision r = PlanRevision.of(number, date, "Wijziging " + i);
        revisions = revisions.plus(r);
        model.add(r);
        boolean numbered = true;
        boolean dated = true;
        for (int k = 0; k < model.size(); k++) {
          numbered &= model.get(k).getNumber() == k + 1;
          dated &= k == 0 || !model.get(k).getRevisedOn().isBefore(model.get(k - 1).getRevisedOn());
        }
        assertThat(revisions).containsExactlyElementsOf(model);
        assertThat(revisions.isNumberedInOrder()).isEqualTo(numbered);
        assertThat(revisions.isInDateOrder()).isEqualTo(dated);
        assertThat(revisions.earliestDate())
            .isEqualTo(model.stream().map(PlanRevision::getRevisedOn).min(LocalDate::compareTo));
        assertThat(revisions.latest()).contains(model.get(model.size() - 1));
      }
      assertThat(Revisions.of(model)).isEqualTo(revisions).hasSameHashCodeAs(model);
    }
  }

  /** Two lists made from one base by different revisions keep their own; the base is unchanged. */
  @Test
  void branches_do_not_see_each_other() {
    Revisions base = Revisions.of(PlanRevision.of(1, DAY, "Eerste."));
    Revisions a = base.plus(PlanRevision.of(2, DAY.plusDays(1), "A."));
    Revisions b = base.plus(PlanRevision.of(3, DAY.minusDays(1), "B."));
    assertThat(base).hasSize(1);
    assertThat(a.isNumberedInOrder() && a.isInDateOrder()).isTrue();
    assertThat(b.isNumberedInOrder() || b.isInDateOrder()).isFalse();
    assertThat(b.earliestDate()).contains(DAY.minusDays(1));
    assertThat(a.earliestDate()).contains(DAY);
  }

  /**
   * The empty list is sound, the list refuses mutation and null, and {@code of} keeps a list as it
   * is.
   */
  @Test
  void is_an_unmodifiable_list() {
    assertThat(Revisions.empty().isNumberedInOrder() && Revisions.empty().isInDateOrder()).isTrue();
    assertThat(Revisions.empty().latest()).isEmpty();
    assertThat(Revisions.empty().earliestDate()).isEmpty();
    Revisions one = Revisions.of(PlanRevision.of(1, DAY, "Eerste."));
    assertThat(Revisions.of(one)).isSameAs(one);
    assertThatThrownBy(() -> one.add(PlanRevision.of(2, DAY, "x")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> one.plus(null)).isInstanceOf(NullPointerException.class);
    assertThat(one.toString()).doesNotContain("Eerste");
  }
}
