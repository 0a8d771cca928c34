package io.github.loopbaan.spring;

import io.github.loopbaan.format.DocumentKind;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.View;
import io.github.loopbaan.serialization.LoopbaanJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads and writes the model's documents over HTTP with a {@link LoopbaanJson}: strictly, within
 * its limits, and in a view.
 *
 * <p><b>Types and media types.</b> The converter takes every type of the model (a class of {@code
 * io.github.loopbaan.core} and its packages: the {@linkplain DocumentKind document kinds}
 * trajectory, client and development plan, their parts, and the lifecycle commands) and {@link
 * ViewedDocument}, as {@value #MEDIA_TYPE_VALUE}, {@code application/json} and any {@code
 * application/*+json}. It stands before Spring's own JSON converter, so Spring's mapper, which is
 * lenient and unbounded, never reads a model type given as a request body. A collection of model
 * values ({@code List<Trajectory>}) is not taken: Spring's converter writes it, in full.
 *
 * <p><b>Reading.</b> For a document kind, a body that is a document (an object with a {@code
 * schemaVersion} member) is read as a document of the parameter's kind, older schema versions
 * upgraded; any other body, and the body of every other model type (a command such as {@code
 * {"kind":"close","date":"2026-03-02"}}), is read as the plain value. At most {@link
 * LoopbaanJson#maxDocumentBytes()} bytes (plus one) are taken from the request, so an oversized
 * body is refused as {@code limit_exceeded} without being held. Bodies are JSON and therefore UTF-8
 * (RFC 8259); ill-formed UTF-8 is refused. Every failure is a {@link LoopbaanJsonException}, which
 * the {@link LoopbaanProblemHandler} answers with a problem document (status 400, 413 or 422).
 *
 * <p><b>Writing.</b> A value of a document kind is always written as a document (envelope with kind
 * and schema version), in the converter's default view ({@code loopbaan.http.default-view}, {@link
 * View#FULL} unless configured), or in the view of a {@link ViewedDocument}; any other model value
 * is written as the plain value (views apply to documents only). The response's content type is the
 * one the request accepted ({@value #MEDIA_TYPE_VALUE} or {@code application/json}).
 */
public class LoopbaanHttpMessageConverter extends AbstractHttpMessageConverter<Object> {

  /** The media type of Loopbaan documents, as text. */
  public static final String MEDIA_TYPE_VALUE = "application/vnd.loopbaan+json";

  /** The media type of Loopbaan documents. */
  public static final MediaType MEDIA_TYPE = MediaType.parseMediaType(MEDIA_TYPE_VALUE);

  private final LoopbaanJson json;
  private final View defaultView;

  /**
   * @param json the reader and writer, with its limits and catalogue
   * @param defaultView the view a model value is written in when not wrapped in a {@link
   *     ViewedDocument}
   */
  public LoopbaanHttpMessageConverter(LoopbaanJson json, View defaultView) {
    // No default charset: JSON is UTF-8 (RFC 8259) and its media types define no charset parameter.
    super(MEDIA_TYPE, MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    this.json = Objects.requireNonNull(json, "json");
    this.defaultView = Objects.requireNonNull(defaultView, "defaultView");
  }

  /**
   * @return the view a model value is written in when not wrapped in a {@link ViewedDocument}
   */
  public View getDefaultView() {
    return defaultView;
  }

  /** The packages of the model: every type the {@code LoopbaanModule} maps is in one of them. */
  private static final String MODEL_PACKAGE = "io.github.loopbaan.core.";

  @Override
  protected boolean supports(Class<?> type) {
    return type == ViewedDocument.class
        || type.getName().startsWith(MODEL_PACKAGE)
        || kindOf(type) != null;
  }

  /** The media types of a plain model value: {@value #MEDIA_TYPE_VALUE} is for documents only. */
  private static final List<MediaType> PLAIN =
      List.of(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));

  private static boolean isDocument(Class<?> type) {
    return type == ViewedDocument.class || kindOf(type) != null;
  }

  private List<MediaType> mediaTypes(Class<?> type) {
    return isDocument(type) ? getSupportedMediaTypes() : PLAIN;
  }

  /** Whether the media type is Loopbaan's document type asked of a type that is no document. */
  private static boolean documentTypeOfPlain(Class<?> type, MediaType mediaType) {
    return !isDocument(type) && MEDIA_TYPE.equalsTypeAndSubtype(mediaType);
  }

  @Override
  public List<MediaType> getSupportedMediaTypes(Class<?> type) {
    return supports(type) ? mediaTypes(type) : List.of();
  }

  @Override
  public boolean canRead(Class<?> type, MediaType mediaType) {
    if (type == ViewedDocument.class || !supports(type) || documentTypeOfPlain(type, mediaType)) {
      return false;
    }
    return mediaType == null
        || mediaTypes(type).stream().anyMatch(supported -> supported.includes(mediaType));
  }

  @Override
  public boolean canWrite(Class<?> type, MediaType mediaType) {
    if (!supports(type) || documentTypeOfPlain(type, mediaType)) {
      return false;
    }
    return mediaType == null
        || MediaType.ALL.equalsTypeAndSubtype(mediaType)
        || mediaTypes(type).stream().anyMatch(supported -> supported.isCompatibleWith(mediaType));
  }

  private static DocumentKind kindOf(Class<?> type) {
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind.getType().isAssignableFrom(type)) {
        return kind;
      }
    }
    return null;
  }

  @Override
  protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
    byte[] body = bounded(input.getBody());
    return kindOf(type) != null && isEnvelope(body)
        ? json.readDocument(body, type)
        : json.read(body, type);
  }

  /** The body, at most one byte more than the limit, which the reader then refuses. */
  private byte[] bounded(InputStream in) throws IOException {
    long limit = json.maxDocumentBytes();
    return in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
  }

  /**
   * Whether the body is an envelope: a root object with a {@code schemaVersion} member. Only the
   * root's member names are looked at; a body that cannot be scanned is left to the plain read,
   * which reports where it fails.
   */
  private boolean isEnvelope(byte[] body) {
    try (JsonParser parser = json.jsonMapper().createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        if ("schemaVersion".equals(parser.currentName())) {
          return true;
        }
        parser.nextToken();
        parser.skipChildren();
      }
      return false;
    } catch (JacksonException e) {
      return false;
    }
  }

  @Override
  protected void writeInternal(Object value, HttpOutputMessage output) throws IOException {
    String text;
    if (value instanceof ViewedDocument) {
      ViewedDocument viewed = (ViewedDocument) value;
      text = json.viewWriter(viewed.view()).writeDocument(viewed.value());
    } else if (kindOf(value.getClass()) != null) {
      text = json.viewWriter(defaultView).writeDocument(value);
    } else {
      text = json.write(value);
    }
    output.getBody().write(text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected MediaType getDefaultContentType(Object value) {
    return isDocument(value.getClass()) ? MEDIA_TYPE : MediaType.APPLICATION_JSON;
  }
}
