package io.github.loopbaan.examples.quarkus;

import io.github.loopbaan.format.DocumentKind;
import io.github.loopbaan.serialization.jackson2.LoopbaanJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Request and response bodies of model types, read and written by {@link LoopbaanJson} instead of
 * Quarkus's own mapper: strictly, within the limits, documents with their envelope. Quarkus's
 * mapper (which finds Loopbaan's Jackson 2 module by service loading) still writes the
 * application's own types with Loopbaan values inside them.
 *
 * <p>The media type decides what a body is: {@value #DOCUMENT} is a document (envelope with kind,
 * schema version and content; older schema versions upgraded), {@code application/json} is the
 * plain value. A value of a document kind is answered as a document in the full view; a view for
 * another reader is written by the resource itself ({@code LoopbaanJson.writer(view)}).
 */
@Provider
@Consumes({LoopbaanBodies.DOCUMENT, MediaType.APPLICATION_JSON})
@Produces({LoopbaanBodies.DOCUMENT, MediaType.APPLICATION_JSON})
public class LoopbaanBodies implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

  /** Loopbaan's media type for documents. */
  public static final String DOCUMENT = "application/vnd.loopbaan+json";

  private static final String MODEL = "io.github.loopbaan.core.";

  @Inject LoopbaanJson json;

  private static boolean isModel(Class<?> type) {
    return type.getName().startsWith(MODEL);
  }

  private static boolean isDocumentKind(Class<?> type) {
    return Arrays.stream(DocumentKind.values()).anyMatch(k -> k.getType().isAssignableFrom(type));
  }

  @Override
  public boolean isReadable(
      Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
    return isModel(type);
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type generic,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body)
      throws IOException {
    // One byte more than the limit at most: the reader then refuses the body as limit_exceeded.
    byte[] bytes =
        body.readNBytes((int) Math.min(json.maxDocumentBytes() + 1, Integer.MAX_VALUE - 8));
    return isDocumentKind(type)
            && DOCUMENT.equals(mediaType.getType() + "/" + mediaType.getSubtype())
        ? json.readDocument(bytes, type)
        : json.read(bytes, type);
  }

  @Override
  public boolean isWriteable(
      Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
    return isModel(type);
  }

  @Override
  public void writeTo(
      Object value,
      Class<?> type,
      Type generic,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    String text = isDocumentKind(value.getClass()) ? json.writeDocument(value) : json.write(value);
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }
}
