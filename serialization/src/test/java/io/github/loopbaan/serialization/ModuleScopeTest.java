package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.format.LoopbaanJsonException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module changes only Loopbaan types: registered in an application's plain mapper (as Spring
 * Boot's service loading does), the application's own records, optionals, collections, maps, arrays
 * and {@code java.time} values are written and read exactly as without it, of any size; the model's
 * own collections keep their limit, the model's empty optionals stay absent and the model's {@code
 * java.time} attributes stay strict ISO-8601 text.
 */
class ModuleScopeTest {

  /** An application's own record, of a package outside the model. */
  public record Upload(
      String name,
      Optional<String> note,
      Optional<String> remark,
      List<String> tags,
      Set<Integer> numbers,
      Map<String, Integer> counts,
      byte[] data,
      long[] sizes,
      LocalDate day,
      Year year,
      Duration length,
      Optional<LocalDate> due) {}

  /** An application's record that holds a model value. */
  public record Envelope(Optional<String> label, Client client) {}

  // Fresh mappers in every test: a mapper caches the deserializers it built, and a test must see
  // the module as it is now (mutation testing changes it between tests).
  private final JsonMapper PLAIN = JsonMapper.builder().build();
  private final JsonMapper WITH_MODULE =
      JsonMapper.builder().addModule(new LoopbaanModule()).build();

  private static Upload upload(int elements) {
    List<String> tags = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (int i = 0; i < elements; i++) {
      tags.add("t" + i);
      counts.put("k" + i, i);
    }
    byte[] data = new byte[elements];
    Arrays.fill(data, (byte) 7);
    long[] sizes = new long[elements];
    Arrays.fill(sizes, 3L);
    return new Upload(
        "scan.pdf",
        Optional.of("signed"),
        Optional.empty(),
        tags,
        Collections.singleton(elements),
        counts,
        data,
        sizes,
        LocalDate.of(2025, 3, 1),
        Year.of(1973),
        Duration.ofMinutes(90),
        Optional.of(LocalDate.of(2025, 9, 1)));
  }

  @Test
  void an_applications_record_is_written_exactly_as_without_the_module() {
    for (int elements : new int[] {0, 3, 20_000}) {
      Upload upload = upload(elements);
      assertThat(WITH_MODULE.writeValueAsString(upload))
          .as(elements + " elements")
          .isEqualTo(PLAIN.writeValueAsString(upload));
    }
  }

  @Test
  void an_applications_collections_and_arrays_of_any_size_read_as_without_the_module() {
    String json = PLAIN.writeValueAsString(upload(20_000));
    Upload plain = PLAIN.readValue(json, Upload.class);
    Upload withModule = WITH_MODULE.readValue(json, Upload.class);
    assertThat(withModule.tags()).hasSize(20_000).isEqualTo(plain.tags());
    assertThat(withModule.counts()).hasSize(20_000).isEqualTo(plain.counts());
    assertThat(withModule.data()).hasSize(20_000).isEqualTo(plain.data());
    assertThat(withModule.sizes()).hasSize(20_000).isEqualTo(plain.sizes());
    assertThat(withModule.note()).isEqualTo(plain.note());
    assertThat(withModule.remark()).isEqualTo(plain.remark());
    // Plain Jackson 3 writes an empty Optional of an application's record as null: so does the
    // mapper with the module.
    assertThat(WITH_MODULE.writeValueAsString(upload(0))).contains("\"remark\":null");
  }

  @Test
  void an_applications_java_time_values_keep_the_mappers_rules() {
    // Plain Jackson 3 writes a Year as a number and reads a date from an array: so does the mapper
    // with the module, for the application's own values.
    assertThat(WITH_MODULE.writeValueAsString(upload(1))).contains("\"year\":1973");
    String arrays = "{\"name\":\"x\",\"day\":[2025,3,1],\"year\":1973,\"due\":[2025,9,1]}";
    Upload plain = PLAIN.readValue(arrays, Upload.class);
    Upload withModule = WITH_MODULE.readValue(arrays, Upload.class);
    assertThat(withModule.day()).isEqualTo(plain.day()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(withModule.year()).isEqualTo(plain.year());
    assertThat(withModule.due()).isEqualTo(plain.due());
  }

  @Test
  void the_models_own_values_keep_the_wire_format_inside_an_applications_record() {
    Client client = Client.builder().id(ClientId.of("c-1")).birthYear(Year.of(1967)).build();
    String json = WITH_MODULE.writeValueAsString(new Envelope(Optional.empty(), client));
    // The application's empty optional as the mapper writes it; the model's empty ones left out;
    // the model's Year as ISO-8601 text.
    assertThat(json)
        .isEqualTo(
            "{\"label\":null,\"client\":{\"birthYear\":\"1967\",\"healthConcerns\":[],"
                + "\"id\":\"c-1\",\"privateSituation\":[]}}");
    assertThat(WITH_MODULE.readValue(json, Envelope.class).client()).isEqualTo(client);
    // and refuses a number for it, as the wire format says, also in LoopbaanJson's own mapper
    assertThatThrownBy(
            () ->
                LoopbaanJson.builder()
                    .build()
                    .read("{\"id\":\"c-1\",\"birthYear\":1967}", Client.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(LoopbaanJsonException.Problem.WRONG_TYPE);
              assertThat(e.getPath()).isEqualTo("$.birthYear");
            });
    assertThatThrownBy(
            () ->
                WITH_MODULE.readValue(
                    "{\"client\":{\"id\":\"c-1\",\"birthYear\":1967}}", Envelope.class))
        .isInstanceOf(JacksonException.class);
  }

  @Test
  void a_collection_of_model_values_keeps_its_limit() {
    StringBuilder concerns = new StringBuilder("[");
    for (int i = 0; i <= LoopbaanJson.DEFAULT_MAX_COLLECTION_SIZE; i++) {
      concerns.append(i == 0 ? "" : ",").append("\"stress\"");
    }
    concerns.append(']');
    String json = "{\"id\":\"c-1\",\"healthConcerns\":" + concerns + "}";
    assertThatThrownBy(() -> WITH_MODULE.readValue(json, Client.class))
        .isInstanceOf(JacksonException.class);
    assertThatThrownBy(() -> LoopbaanJson.standard().read(json, Client.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e ->
                assertThat(e.getProblem()).isEqualTo(LoopbaanJsonException.Problem.LIMIT_EXCEEDED));
    assertThat(
            CollectionSizeLimit.holdsModelValues(
                PLAIN.getTypeFactory().constructCollectionType(List.class, HealthConcern.class)))
        .isTrue();
    assertThat(
            CollectionSizeLimit.holdsModelValues(
                PLAIN.getTypeFactory().constructCollectionType(List.class, String.class)))
        .isFalse();
    assertThat(
            CollectionSizeLimit.holdsModelValues(
                PLAIN.getTypeFactory().constructMapType(Map.class, ClientId.class, Integer.class)))
        .as("keyed by a model type")
        .isTrue();
    assertThat(
            CollectionSizeLimit.holdsModelValues(
                PLAIN.getTypeFactory().constructMapType(Map.class, String.class, Client.class)))
        .as("model values")
        .isTrue();
    assertThat(
            CollectionSizeLimit.holdsModelValues(
                PLAIN.getTypeFactory().constructMapType(Map.class, String.class, Integer.class)))
        .isFalse();
    assertThat(
            CollectionSizeLimit.holdsModelValues(
                PLAIN.getTypeFactory().constructArrayType(HealthConcern.class)))
        .isTrue();
    assertThat(CollectionSizeLimit.holdsModelValues(PLAIN.constructType(byte[].class))).isFalse();
  }
}
