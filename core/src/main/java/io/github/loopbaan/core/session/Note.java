package io.github.loopbaan.core.session;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalData;
import io.github.loopbaan.core.privacy.Shared;
import io.github.loopbaan.core.privacy.Visibility;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A note the coach writes about a session or the client. Dutch: notitie, gespreksverslag.
 *
 * <p>The text is personal data and never appears in {@link #toString()}. A note about stress,
 * burn-out or psychological complaints is health data (GDPR art. 9): record that with {@link
 * #getDataCategory()}. Notes are private to the coach unless shared ({@link #getVisibility()}).
 *
 * <p>Structural rules: the text is not blank ({@code not_blank}); the data category is personal or
 * health, never ordinary, because a note about a client always concerns an identifiable person
 * ({@code not_ordinary}).
 *
 * <pre>{@code
 * Note note = Note.of(NoteId.of("n-1"), "Sterke drijfveer: zelfstandigheid.", LocalDate.of(2024, 3, 12));
 * }</pre>
 */
@Value.Immutable
public abstract class Note implements WithNote, Shared {

  Note() {}

  /**
   * @return a builder for a note
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param id the note's identifier
   * @param text the note
   * @param writtenOn the day it was written
   * @return a personal note, private to the coach
   */
  public static Note of(NoteId id, String text, LocalDate writtenOn) {
    return builder().id(id).text(text).writtenOn(writtenOn).build();
  }

  /**
   * @return the note's identifier
   */
  public abstract NoteId getId();

  /**
   * @return the note in the coach's words (personal data; health data when {@link
   *     #getDataCategory()} says so)
   */
  @PersonalData
  @Value.Redacted
  public abstract String getText();

  /**
   * @return the day the note was written
   */
  public abstract LocalDate getWrittenOn();

  /**
   * @return {@link DataCategory#PERSONAL} (the default) or {@link DataCategory#HEALTH} when the
   *     note holds health data such as stress symptoms or burn-out
   */
  @Value.Default
  public DataCategory getDataCategory() {
    return DataCategory.PERSONAL;
  }

  /**
   * @return who may see the note; {@link Visibility#PRIVATE_TO_COACH} by default
   */
  @Override
  @Value.Default
  public Visibility getVisibility() {
    return Visibility.PRIVATE_TO_COACH;
  }

  /**
   * @return whether the note holds health data (special category, GDPR art. 9)
   */
  public boolean isHealthData() {
    return getDataCategory() == DataCategory.HEALTH;
  }

  @Value.Check
  void check() {
    Require.notBlank(getText(), "Note", "text");
    Require.that(
        getDataCategory() != DataCategory.ORDINARY,
        "Note",
        "dataCategory",
        "not_ordinary",
        "must be personal or health data");
  }

  /** Builds a {@link Note}. Obtain one from {@link Note#builder()}. */
  public static final class Builder extends ImmutableNote.Builder {
    Builder() {}
  }
}
