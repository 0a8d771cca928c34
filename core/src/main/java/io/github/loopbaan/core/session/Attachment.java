package io.github.loopbaan.core.session;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import io.github.loopbaan.core.privacy.Shared;
import io.github.loopbaan.core.privacy.Visibility;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A file the coach keeps with a session: a completed life line, a test report, a CV. Dutch:
 * bijlage, bestand.
 *
 * <p>The attachment describes the file and where it is stored; it never holds the content. The
 * title and the location are personal data and never appear in {@link #toString()}: a file title
 * often names the client ("CV Annelies Verstraeten") and so does a storage path. Files are private
 * to the coach unless shared.
 *
 * <p>Structural rules:
 *
 * <ul>
 *   <li>the title is not blank ({@code not_blank});
 *   <li>the media type is a lower-case {@code type/subtype} of RFC 6838 restricted names without
 *       parameters, for example {@code application/pdf} ({@code format}); Loopbaan requires lower
 *       case so that equal types compare equal;
 *   <li>the location, when present, is an absolute URI ({@code absolute_uri}) and not a {@code
 *       data:} URI, which would embed the content ({@code reference_only}).
 * </ul>
 */
@Value.Immutable
public abstract class Attachment implements WithAttachment, Shared {

  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

  Attachment() {}

  /**
   * @return a builder for an attachment
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the attachment's identifier
   */
  public abstract AttachmentId getId();

  /**
   * @return the file's title (personal data: it may name the client)
   */
  @PersonalData
  @Value.Redacted
  public abstract String getTitle();

  /**
   * @return the media type, for example {@code application/pdf} or {@code image/png}
   */
  public abstract String getMediaType();

  /**
   * @return where the file is stored, for example a document-store URI (personal data: it may name
   *     the client)
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<URI> getLocation();

  /**
   * @return the day the file was added
   */
  public abstract LocalDate getAddedOn();

  /**
   * @return who may see the file; {@link Visibility#PRIVATE_TO_COACH} by default
   */
  @Override
  @Value.Default
  public Visibility getVisibility() {
    return Visibility.PRIVATE_TO_COACH;
  }

  @Value.Check
  void check() {
    Require.notBlank(getTitle(), "Attachment", "title");
    Require.that(
        MEDIA_TYPE.matcher(getMediaType()).matches(),
        "Attachment",
        "mediaType",
        "format",
        "must be a lower-case media type type/subtype, for example application/pdf");
    getLocation()
        .ifPresent(
            uri -> {
              Require.that(
                  uri.isAbsolute(),
                  "Attachment",
                  "location",
                  "absolute_uri",
                  "must be an absolute URI");
              Require.that(
                  !"data".equalsIgnoreCase(uri.getScheme()),
                  "Attachment",
                  "location",
                  "reference_only",
                  "must refer to where the file is stored, not embed its content");
            });
  }

  /** Builds an {@link Attachment}. Obtain one from {@link Attachment#builder()}. */
  public static final class Builder extends ImmutableAttachment.Builder {
    Builder() {}
  }
}
