package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.catalogue.AbstractCatalogueEntry;
import io.github.loopbaan.core.internal.Require;
import java.util.List;
import java.util.Objects;

/**
 * The kind of outcome of a trajectory, for reporting to the funder or the commissioning party.
 * Dutch: resultaat van het traject.
 *
 * <p>The standard kinds follow what a trajectory can lead to in the sources: new work outside or
 * inside the organisation or as self-employed (000 phase 6, {@code NewJobKind}), a training (004
 * §5), an intermediate step, unpaid work or volunteering (001: a career includes unpaid work), no
 * change, or dropping out (an early stop). Each kind belongs to an {@link OutcomeCategory}.
 *
 * <p><b>An open catalogue.</b> An application adds its own kinds with {@link #custom(String)} (a
 * namespaced code, labels and the category they count under) and lists them in the {@link
 * io.github.loopbaan.core.catalogue.Catalogue} it gives the JSON reader and the validator.
 */
public final class OutcomeKind extends AbstractCatalogueEntry {

  /** A job with another employer. Dutch: nieuwe baan gevonden. */
  public static final OutcomeKind JOB_FOUND =
      new OutcomeKind("JOB_FOUND", "job_found", OutcomeCategory.WORK);

  /** A new role or position with the same employer. Dutch: nieuwe functie of rol. */
  public static final OutcomeKind NEW_ROLE =
      new OutcomeKind("NEW_ROLE", "new_role", OutcomeCategory.WORK);

  /** Work as self-employed. Dutch: gestart als zelfstandige. */
  public static final OutcomeKind SELF_EMPLOYMENT =
      new OutcomeKind("SELF_EMPLOYMENT", "self_employment", OutcomeCategory.WORK);

  /** Unpaid work or volunteering (001). Dutch: onbetaald werk of vrijwilligerswerk. */
  public static final OutcomeKind UNPAID_WORK =
      new OutcomeKind("UNPAID_WORK", "unpaid_work", OutcomeCategory.WORK);

  /** A training or study started (004 §5). Dutch: opleiding gestart. */
  public static final OutcomeKind TRAINING_STARTED =
      new OutcomeKind("TRAINING_STARTED", "training_started", OutcomeCategory.LEARNING);

  /**
   * An intermediate step, such as an internship, a trial placement or a job-crafting agreement.
   * Dutch: tussenstap.
   */
  public static final OutcomeKind INTERMEDIATE_STEP =
      new OutcomeKind("INTERMEDIATE_STEP", "intermediate_step", OutcomeCategory.INTERMEDIATE_STEP);

  /**
   * No change: the client stays in the current work, possibly with a clearer view of it. Dutch:
   * geen verandering.
   */
  public static final OutcomeKind NO_CHANGE =
      new OutcomeKind("NO_CHANGE", "no_change", OutcomeCategory.NO_CHANGE);

  /** The client dropped out before the goal was reached. Dutch: voortijdig afgehaakt. */
  public static final OutcomeKind DROPPED_OUT =
      new OutcomeKind("DROPPED_OUT", "dropped_out", OutcomeCategory.DROPPED_OUT);

  private static final List<OutcomeKind> STANDARD =
      List.of(
          JOB_FOUND,
          NEW_ROLE,
          SELF_EMPLOYMENT,
          UNPAID_WORK,
          TRAINING_STARTED,
          INTERMEDIATE_STEP,
          NO_CHANGE,
          DROPPED_OUT);

  private final OutcomeCategory category;

  private OutcomeKind(String name, String code, OutcomeCategory category) {
    super(name, code);
    this.category = category;
  }

  private OutcomeKind(Builder builder) {
    super(builder);
    this.category = builder.category;
  }

  /**
   * @return the library's outcome kinds, in the order of this class; unmodifiable
   */
  public static List<OutcomeKind> standardEntries() {
    return STANDARD;
  }

  /**
   * Starts an application's own outcome kind.
   *
   * @param code a namespaced code such as {@code acme:secondment} ({@link
   *     io.github.loopbaan.core.catalogue.CatalogueCodes})
   * @return a builder; the category and an English label are required
   * @throws io.github.loopbaan.core.InvalidValueException when the code is not namespaced
   */
  public static Builder custom(String code) {
    return new Builder(code);
  }

  /**
   * @return what the outcome amounts to, for counting across kinds
   */
  public OutcomeCategory category() {
    return category;
  }

  /**
   * @return the category
   */
  @Override
  protected List<Object> meaning() {
    return List.of(category);
  }

  /** Builds an application's {@link OutcomeKind}. Not thread-safe. */
  public static final class Builder extends AbstractCatalogueEntry.Builder<Builder> {

    private OutcomeCategory category;

    private Builder(String code) {
      super(code, "OutcomeKind");
    }

    /**
     * @param category what the outcome amounts to; required
     * @return this builder
     */
    public Builder category(OutcomeCategory category) {
      this.category = Objects.requireNonNull(category, "category");
      return this;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * @return the outcome kind
     * @throws io.github.loopbaan.core.InvalidValueException when the category is missing (rule
     *     {@code required}), or the English label is missing or a label is blank or too long
     */
    public OutcomeKind build() {
      Require.that(
          category != null,
          "OutcomeKind",
          "category",
          "required",
          "an application's outcome kind names the category it counts under");
      return new OutcomeKind(this);
    }
  }
}
