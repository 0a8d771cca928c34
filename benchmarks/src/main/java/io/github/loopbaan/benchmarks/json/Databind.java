package io.github.loopbaan.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON benchmarks' peer: plain Jackson 3 databind on the {@link Mirror} records. Jackson's
 * defaults, except that {@code null}s are not written (the model omits absent optionals) and
 * unknown properties fail the read (as the streaming baseline and Loopbaan's strict reader do).
 */
public final class Databind {

  /** The mapper, shared (thread-safe). */
  public static final JsonMapper MAPPER =
      JsonMapper.builder()
          .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private Databind() {}

  /**
   * @param document the records of a document
   * @return its compact JSON
   */
  public static String write(Object document) {
    return MAPPER.writeValueAsString(document);
  }

  /**
   * @param json a document, UTF-8
   * @param type {@link Mirror.ClientDocument} or {@link Mirror.TrajectoryDocument}
   * @param <T> the type
   * @return the records
   */
  public static <T> T read(byte[] json, Class<T> type) {
    return MAPPER.readValue(json, type);
  }
}
