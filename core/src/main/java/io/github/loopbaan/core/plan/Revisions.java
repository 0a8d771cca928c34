package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.internal.PersistentVector;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The revisions of a personal development plan, oldest first: an immutable list that shares its
 * structure with the list it was made from, together with what the plan's structural rules ask of
 * it. Dutch: de herzieningen van het POP.
 *
 * <p>{@link #plus(PlanRevision)} returns a new list one revision longer in O(log n) time and memory
 * and leaves this one unchanged. Every version knows, without a scan, whether its revisions are
 * numbered 1, 2, 3 in list order ({@link #isNumberedInOrder}), whether their dates never decrease
 * ({@link #isInDateOrder}) and its earliest date; these are computed when the version is made, so a
 * plan revised for the hundredth time is checked as fast as one revised once.
 *
 * <p>It is a {@link java.util.List}: equal to any list of equal revisions in the same order, with
 * the same hash code; its mutators throw {@link UnsupportedOperationException}. Its {@code
 * toString()} is that of a list, each revision showing only what {@link PlanRevision#toString()}
 * shows (the summary is redacted). Safe to share between threads.
 */
public final class Revisions extends AbstractList<PlanRevision> implements RandomAccess {

  private static final Revisions EMPTY = new Revisions(PersistentVector.empty(), true, true, null);

  private final PersistentVector<PlanRevision> revisions;
  private final boolean numberedInOrder;
  private final boolean inDateOrder;
  private final LocalDate earliest;

  private Revisions(
      PersistentVector<PlanRevision> revisions,
      boolean numberedInOrder,
      boolean inDateOrder,
      LocalDate earliest) {
    this.revisions = revisions;
    this.numberedInOrder = numberedInOrder;
    this.inDateOrder = inDateOrder;
    this.earliest = earliest;
  }

  /**
   * @return the list without revisions
   */
  public static Revisions empty() {
    return EMPTY;
  }

  /**
   * @param revisions the revisions, oldest first; none null
   * @return a list of them: the argument itself when it already is a {@code Revisions}
   * @throws NullPointerException when the iterable or a revision is null
   */
  public static Revisions of(Iterable<? extends PlanRevision> revisions) {
    if (revisions instanceof Revisions) {
      return (Revisions) revisions;
    }
    Revisions result = EMPTY;
    for (PlanRevision revision : Objects.requireNonNull(revisions, "revisions")) {
      result = result.plus(revision);
    }
    return result;
  }

  /**
   * @param revisions the revisions, oldest first; none null
   * @return a list of them
   */
  public static Revisions of(PlanRevision... revisions) {
    return of(Arrays.asList(revisions));
  }

  /**
   * @param revision the revision to add after the latest one
   * @return a new list one revision longer; this one is unchanged. O(log n).
   * @throws NullPointerException when the revision is null
   */
  public Revisions plus(PlanRevision revision) {
    Objects.requireNonNull(revision, "revision");
    int size = revisions.size();
    LocalDate date = revision.getRevisedOn();
    boolean dated = inDateOrder && (size == 0 || !date.isBefore(revisions.last().getRevisedOn()));
    return new Revisions(
        revisions.plus(revision),
        numberedInOrder && revision.getNumber() == size + 1,
        dated,
        earliest == null || date.isBefore(earliest) ? date : earliest);
  }

  @Override
  public PlanRevision get(int index) {
    return revisions.get(index);
  }

  @Override
  public int size() {
    return revisions.size();
  }

  @Override
  public Iterator<PlanRevision> iterator() {
    return revisions.iterator();
  }

  /**
   * @return whether the revisions are numbered 1, 2, 3 and so on in list order (true when there is
   *     none)
   */
  public boolean isNumberedInOrder() {
    return numberedInOrder;
  }

  /**
   * @return whether no revision's date lies before the previous one's (true when there is none)
   */
  public boolean isInDateOrder() {
    return inDateOrder;
  }

  /**
   * @return the earliest revision date; empty when there is no revision
   */
  public Optional<LocalDate> earliestDate() {
    return Optional.ofNullable(earliest);
  }

  /**
   * @return the latest revision, the last of the list; empty when there is none
   */
  public Optional<PlanRevision> latest() {
    return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.last());
  }
}
