package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.catalogue.AbstractCatalogueEntry;
import io.github.loopbaan.core.internal.Require;
import java.util.List;
import java.util.Objects;

/**
 * The kind of an intervention besides coaching that can come out of a trajectory (001). Dutch:
 * soort interventie.
 *
 * <p>The standard kinds are those of seed 001: within the work context a change of workplace, of
 * tasks or of role; career workshops in groups; training; a sabbatical. Each belongs to an {@link
 * InterventionSetting}.
 *
 * <p><b>An open catalogue.</b> An application adds its own kinds with {@link #custom(String)} (a
 * namespaced code, labels and their setting) and lists them in the {@link
 * io.github.loopbaan.core.catalogue.Catalogue} it gives the JSON reader and the validator.
 */
public final class InterventionKind extends AbstractCatalogueEntry {

  /** A change of workplace. Dutch: verandering van werkplek. */
  public static final InterventionKind WORKPLACE_CHANGE =
      new InterventionKind(
          "WORKPLACE_CHANGE", "workplace_change", InterventionSetting.WITHIN_WORK_CONTEXT);

  /** A change of the tasks in the current job. Dutch: verandering van het takenpakket. */
  public static final InterventionKind TASK_CHANGE =
      new InterventionKind("TASK_CHANGE", "task_change", InterventionSetting.WITHIN_WORK_CONTEXT);

  /** A change of role in the current work context. Dutch: verandering van rol. */
  public static final InterventionKind ROLE_CHANGE =
      new InterventionKind("ROLE_CHANGE", "role_change", InterventionSetting.WITHIN_WORK_CONTEXT);

  /** A career workshop in a group. Dutch: loopbaanworkshop in groep. */
  public static final InterventionKind CAREER_WORKSHOP =
      new InterventionKind("CAREER_WORKSHOP", "career_workshop", InterventionSetting.GROUP);

  /** A training or study. Dutch: opleiding. */
  public static final InterventionKind TRAINING =
      new InterventionKind("TRAINING", "training", InterventionSetting.LEARNING);

  /** A sabbatical. Dutch: sabbatical. */
  public static final InterventionKind SABBATICAL =
      new InterventionKind("SABBATICAL", "sabbatical", InterventionSetting.LEAVE);

  private static final List<InterventionKind> STANDARD =
      List.of(WORKPLACE_CHANGE, TASK_CHANGE, ROLE_CHANGE, CAREER_WORKSHOP, TRAINING, SABBATICAL);

  private final InterventionSetting setting;

  private InterventionKind(String name, String code, InterventionSetting setting) {
    super(name, code);
    this.setting = setting;
  }

  private InterventionKind(Builder builder) {
    super(builder);
    this.setting = builder.setting;
  }

  /**
   * @return the interventions of seed 001, in the order of this class; unmodifiable
   */
  public static List<InterventionKind> standardEntries() {
    return STANDARD;
  }

  /**
   * Starts an application's own kind of intervention.
   *
   * @param code a namespaced code such as {@code acme:mentoring} ({@link
   *     io.github.loopbaan.core.catalogue.CatalogueCodes})
   * @return a builder; the setting and an English label are required
   * @throws io.github.loopbaan.core.InvalidValueException when the code is not namespaced
   */
  public static Builder custom(String code) {
    return new Builder(code);
  }

  /**
   * @return where the intervention takes place
   */
  public InterventionSetting setting() {
    return setting;
  }

  /**
   * @return the setting
   */
  @Override
  protected List<Object> meaning() {
    return List.of(setting);
  }

  /** Builds an application's {@link InterventionKind}. Not thread-safe. */
  public static final class Builder extends AbstractCatalogueEntry.Builder<Builder> {

    private InterventionSetting setting;

    private Builder(String code) {
      super(code, "InterventionKind");
    }

    /**
     * @param setting where the intervention takes place; required
     * @return this builder
     */
    public Builder setting(InterventionSetting setting) {
      this.setting = Objects.requireNonNull(setting, "setting");
      return this;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * @return the intervention kind
     * @throws io.github.loopbaan.core.InvalidValueException when the setting is missing (rule
     *     {@code required}), or the English label is missing or a label is blank or too long
     */
    public InterventionKind build() {
      Require.that(
          setting != null,
          "InterventionKind",
          "setting",
          "required",
          "an application's intervention kind names its setting");
      return new InterventionKind(this);
    }
  }
}
