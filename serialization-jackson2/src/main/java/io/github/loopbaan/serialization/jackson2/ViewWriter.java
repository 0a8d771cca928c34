package io.github.loopbaan.serialization.jackson2;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.loopbaan.format.DocumentKind;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.View;
import io.github.loopbaan.format.spi.FormatEngine;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes model values and documents in one {@link View}, as the Jackson 3 artifact's {@code
 * ViewWriter} does, byte for byte. Obtain one from {@link LoopbaanJson#writer(View)} or {@link
 * LoopbaanJson#viewWriter(View)}:
 *
 * <pre>{@code
 * String forEmployer = LoopbaanJson.writer(View.COMMISSIONER).write(trajectory);
 * }</pre>
 *
 * <p>Views other than {@link View#FULL} are write-only: their documents name the view in the
 * envelope and {@link LoopbaanJson#readDocument(String)} rejects them with {@link
 * LoopbaanJsonException.Problem#RESTRICTED_VIEW}. Instances are immutable and thread-safe.
 */
public final class ViewWriter {

  private final LoopbaanJson json;
  private final View view;
  private final Optional<LocalDate> ageBandsOn;
  private final Optional<LocalDate> consentsOn;

  ViewWriter(
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
   * @param day the reference day of age bands outside a trajectory (see the Jackson 3 artifact's
   *     {@code ViewWriter.ageBandsOn})
   * @return a writer like this one with that reference day
   */
  public ViewWriter ageBandsOn(LocalDate day) {
    return new ViewWriter(json, view, Optional.of(Objects.requireNonNull(day, "day")), consentsOn);
  }

  /**
   * @param day the day on which the client's consents are judged (see the Jackson 3 artifact's
   *     {@code ViewWriter.consentsOn})
   * @return a writer like this one that judges consents on that day
   */
  public ViewWriter consentsOn(LocalDate day) {
    return new ViewWriter(json, view, ageBandsOn, Optional.of(Objects.requireNonNull(day, "day")));
  }

  /**
   * @param value a model value
   * @return compact JSON of the value as this view shows it, without envelope
   * @throws IllegalArgumentException when the value is an item this view does not show at all, or a
   *     shared item written alone in the commissioner view
   */
  public String write(Object value) {
    return LoopbaanJson.written(() -> objectWriter(value).writeValueAsString(value));
  }

  /**
   * @param value a value whose type is a {@link DocumentKind}'s content type
   * @return the document {@code {"kind", "schemaVersion", "view", "content"}}; in {@link View#FULL}
   *     without {@code "view"}
   * @throws IllegalArgumentException when the value's type is not a document kind
   */
  public String writeDocument(Object value) {
    Object document = FormatEngine.get().document(value, view);
    return LoopbaanJson.written(() -> objectWriter(value).writeValueAsString(document));
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
