package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import io.github.loopbaan.core.privacy.Shared;
import io.github.loopbaan.core.privacy.Visibility;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An intervention besides coaching that comes out of a trajectory, as advice or as an agreed action
 * (001: a change of workplace, tasks or role, a career workshop, a training, a sabbatical). Dutch:
 * interventie.
 *
 * <p>The description in words is personal data. The intervention is shared with the client by
 * default; advice meant for the organisation is shared with the commissioning party only when the
 * client agreed ({@link Visibility#SHARED_WITH_COMMISSIONER}), and only then does the
 * commissioner's view keep it.
 *
 * <pre>{@code
 * Intervention workshop = Intervention.builder()
 *     .kind(InterventionKind.CAREER_WORKSHOP)
 *     .form(InterventionForm.ADVICE)
 *     .advisedOn(LocalDate.of(2025, 3, 10))
 *     .build();
 * }</pre>
 *
 * <p>Structural rule: the description, when given, is not blank.
 */
@Value.Immutable
public abstract class Intervention implements WithIntervention, Shared {

  Intervention() {}

  /**
   * @return a builder for an intervention
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param kind the kind of intervention
   * @param form advice or action
   * @param advisedOn the day it was advised or agreed
   * @return an intervention shared with the client, without description
   */
  public static Intervention of(InterventionKind kind, InterventionForm form, LocalDate advisedOn) {
    return builder().kind(kind).form(form).advisedOn(advisedOn).build();
  }

  /**
   * @return the kind, a standard one or an application's
   */
  public abstract InterventionKind getKind();

  /**
   * @return advice or an agreed action
   */
  public abstract InterventionForm getForm();

  /**
   * @return the day the intervention was advised or agreed
   */
  public abstract LocalDate getAdvisedOn();

  /**
   * @return what is advised or agreed, in words; personal data
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> getDescription();

  /**
   * @return who may see the intervention; {@link Visibility#SHARED_WITH_CLIENT} by default
   */
  @Override
  @Value.Default
  public Visibility getVisibility() {
    return Visibility.SHARED_WITH_CLIENT;
  }

  @Value.Check
  void check() {
    Require.notBlank(getDescription(), "Intervention", "description");
  }

  /** Builds an {@link Intervention}. Obtain one from {@link Intervention#builder()}. */
  public static final class Builder extends ImmutableIntervention.Builder {
    Builder() {}
  }
}
