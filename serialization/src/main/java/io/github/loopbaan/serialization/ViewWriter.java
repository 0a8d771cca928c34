package io.github.loopbaan.serialization;

import io.github.loopbaan.format.DocumentKind;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.View;
import io.github.loopbaan.format.spi.FormatEngine;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes model values and documents in one {@link View}: for storage, for the client, for the
 * commissioning party or anonymised. Obtain one from {@link LoopbaanJson#writer(View)} or {@link
 * LoopbaanJson#viewWriter(View)}:
 *
 * <pre>{@code
 * String forEmployer = LoopbaanJson.writer(View.COMMISSIONER).write(trajectory);
 * String statistics = LoopbaanJson.writer(View.ANONYMISED).writeDocument(trajectory);
 * }</pre>
 *
 * <p>Views other than {@link View#FULL} are write-only: their documents name the view in the
 * envelope ({@code "view": "commissioner"}) and {@link LoopbaanJson#readDocument(String)} rejects
 * them with {@link LoopbaanJsonException.Problem#RESTRICTED_VIEW}. Instances are immutable and
 * thread-safe.
 */
public final class ViewWriter {

  private final LoopbaanJson json;
  private final View view;
  private final Optional<LocalDate> ageBandsOn;
  private final Optional<LocalDate> consentsOn;

  ViewWriter(LoopbaanJson json, View view, Optional<LocalDate> ageBandsOn) {
    this(json, view, ageBandsOn, Optional.empty());
  }

  private ViewWriter(
      LoopbaanJson json,
      View view,
      Optional<LocalDate> ageBandsOn,
      Optional<LocalDate> consentsOn) {
    this.json = json;
    this.view = Objects.requireNonNull(view, "view");
    this.ageBandsOn = ageBandsOn;
    this.consentsOn = consentsOn;
  }

  /**
   * @return the view this writer writes
   */
  public View getView() {
    return view;
  }

  /**
   * The reference day of the age bands that the {@linkplain View#ANONYMISED anonymised view} writes
   * for clients outside a trajectory; inside a trajectory the trajectory's opening day is used.
   * Without it, such a client's band is the declared one only.
   *
   * @param day the reference day, usually the start of the coaching (no ambient time)
   * @return a writer like this one with that reference day
   */
  public ViewWriter ageBandsOn(LocalDate day) {
    return new ViewWriter(json, view, Optional.of(Objects.requireNonNull(day, "day")), consentsOn);
  }

  /**
   * The day on which the client's consents are judged: the {@linkplain View#COMMISSIONER
   * commissioner view} writes the items the coach shared with the commissioning party only when the
   * trajectory holds a consent to share with it ({@code ConsentScope.SHARING_WITH_COMMISSIONER})
   * valid on that day, so a withdrawal acts from its date on. Without a day, a consent counts while
   * it is not withdrawn: the records as they stand.
   *
   * @param day the day the view is written for (no ambient time: the caller says which day)
   * @return a writer like this one that judges consents on that day
   */
  public ViewWriter consentsOn(LocalDate day) {
    return new ViewWriter(json, view, ageBandsOn, Optional.of(Objects.requireNonNull(day, "day")));
  }

  /**
   * @param value a model value
   * @return compact JSON of the value as this view shows it, without envelope
   * @throws IllegalArgumentException when the value is an item this view does not show at all (a
   *     note private to the coach, written for the client), or an item with a visibility written
   *     alone in the commissioner view: only its trajectory holds the consent that decides
   */
  public String write(Object value) {
    return objectWriter(value).writeValueAsString(value);
  }

  /**
   * @param value a value whose type is a {@link DocumentKind}'s content type
   * @return the document {@code {"kind", "schemaVersion", "view", "content"}}; in {@link View#FULL}
   *     without {@code "view"}, exactly as {@link LoopbaanJson#writeDocument(Object)}
   * @throws IllegalArgumentException when the value's type is not a document kind
   */
  public String writeDocument(Object value) {
    return objectWriter(value).writeValueAsString(FormatEngine.get().document(value, view));
  }

  private ObjectWriter objectWriter(Object value) {
    Objects.requireNonNull(value, "value");
    FormatEngine.get().requireWritableAlone(value, view);
    ObjectWriter writer = json.jsonMapper().writer().withAttribute(ModelSerializers.VIEW, view);
    if (consentsOn.isPresent()) {
      writer = writer.withAttribute(ModelSerializers.CONSENTS_ON, consentsOn.get());
    }
    return ageBandsOn.isPresent()
        ? writer.withAttribute(ModelSerializers.AGE_BANDS_ON, ageBandsOn.get())
        : writer;
  }

  @Override
  public String toString() {
    return "ViewWriter[" + view.code() + "]";
  }
}
