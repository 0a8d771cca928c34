package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import io.github.loopbaan.core.privacy.Shared;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.standards.OccupationRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A possible direction for the client's career, tested against their picture of who they are, what
 * they want and what they can (001, GITP model). Dutch: loopbaanscenario.
 *
 * <p>Scenarios connect the inner world and the outer world and are explored mainly in {@linkplain
 * NetworkConversation network conversations}; a client keeps several scenarios open so as not to
 * get stuck in one (001). The title describes a direction for this client ("zelfstandig als coach",
 * "marketing in een kleine innovatieve onderneming") and is personal data: it never appears in
 * {@link #toString()}. The occupation, when linked, is a standard reference and not personal.
 *
 * <p>A scenario is worked out with the client, so it is {@link Visibility#SHARED_WITH_CLIENT shared
 * with the client} unless set otherwise (a choice: the sources leave it open).
 *
 * <p>Structural rule: the title is not blank.
 */
@Value.Immutable
public abstract class CareerScenario implements WithCareerScenario, Shared {

  CareerScenario() {}

  /**
   * @return a builder for a career scenario
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param id the scenario's identifier
   * @param title the scenario in words
   * @return a new scenario with status {@link ScenarioStatus#IDEA}
   */
  public static CareerScenario idea(ScenarioId id, String title) {
    return builder().id(id).title(title).status(ScenarioStatus.IDEA).build();
  }

  /**
   * @return the scenario's identifier
   */
  public abstract ScenarioId getId();

  /**
   * @return the scenario in words, for example "zelfstandig als coach"
   */
  @PersonalData
  @Value.Redacted
  public abstract String getTitle();

  /**
   * @return the occupation the scenario aims at, when linked (ESCO, ISCO, O*NET)
   */
  public abstract Optional<OccupationRef> getOccupation();

  /**
   * @return whether the scenario lies within the client's own organisation or outside it (000
   *     phases 4 and 5), when recorded; a client without an employer has no inside
   */
  public abstract Optional<ScenarioScope> getScope();

  /**
   * @return where the scenario stands
   */
  public abstract ScenarioStatus getStatus();

  /**
   * @return the network conversations in which the scenario was tested, in the order they were
   *     recorded
   */
  public abstract List<NetworkConversation> getConversations();

  /**
   * @return who may see the scenario; {@link Visibility#SHARED_WITH_CLIENT} unless set
   */
  @Override
  @Value.Default
  public Visibility getVisibility() {
    return Visibility.SHARED_WITH_CLIENT;
  }

  /**
   * @return whether the scenario is still being considered (idea or being explored)
   */
  public boolean isOpen() {
    return getStatus().isOpen();
  }

  /**
   * @return the day of the most recent network conversation about this scenario, if any
   */
  public Optional<LocalDate> lastConversationOn() {
    return getConversations().stream()
        .map(NetworkConversation::getHeldOn)
        .max(LocalDate::compareTo);
  }

  @Value.Check
  void check() {
    Require.notBlank(getTitle(), "CareerScenario", "title");
  }

  /** Builds a {@link CareerScenario}. Obtain one from {@link CareerScenario#builder()}. */
  public static final class Builder extends ImmutableCareerScenario.Builder {
    Builder() {}
  }
}
