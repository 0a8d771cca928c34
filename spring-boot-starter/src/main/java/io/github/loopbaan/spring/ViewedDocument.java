package io.github.loopbaan.spring;

import io.github.loopbaan.format.DocumentKind;
import io.github.loopbaan.format.View;
import java.util.Objects;

/**
 * A model value to be answered in a chosen view: a controller returns {@code
 * ViewedDocument.of(trajectory, View.COMMISSIONER)} where the configured default view ({@code
 * loopbaan.http.default-view}) is not the one this caller may see. Write-only: a request body is
 * never read as one.
 *
 * <p>{@link #toString()} names the view and the document kind, never the value.
 */
public final class ViewedDocument {

  private final Object value;
  private final View view;

  private ViewedDocument(Object value, View view) {
    this.value = value;
    this.view = view;
  }

  /**
   * @param value a value of a {@link DocumentKind}'s type (a trajectory, a client, a development
   *     plan)
   * @param view the view to write
   * @return the document to answer
   * @throws IllegalArgumentException when the value is of no document kind
   */
  public static ViewedDocument of(Object value, View view) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(view, "view");
    if (DocumentKind.of(value).isEmpty()) {
      throw new IllegalArgumentException(
          value.getClass().getSimpleName() + " is not a document kind");
    }
    return new ViewedDocument(value, view);
  }

  /**
   * @return the value
   */
  public Object value() {
    return value;
  }

  /**
   * @return the view it is written in
   */
  public View view() {
    return view;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ViewedDocument
        && ((ViewedDocument) o).value.equals(value)
        && ((ViewedDocument) o).view == view;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, view);
  }

  @Override
  public String toString() {
    return "ViewedDocument["
        + DocumentKind.of(value).map(DocumentKind::code).orElse("?")
        + " in "
        + view.code()
        + "]";
  }
}
