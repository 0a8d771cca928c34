package io.github.loopbaan.serialization.jackson2;

import static io.github.loopbaan.serialization.jackson2.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.serializationfixture.Sample;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How the module treats types and calls outside the model, on a {@link LoopbaanJson} built inside
 * each test: a user's own bean keeps all its properties on both sides while the model values inside
 * it keep their wire format, and its attributes stay sorted on a user's own mapper that does not
 * sort; the model's builder conventions (which of two overloaded setters to use) are not applied to
 * other classes, so such a class stays as unmappable as plain Jackson finds it; and the collection
 * limit also holds when the mapper updates an existing list.
 */
class OutsideTheModelTest {

  /** A user's own bean (not under {@code io.github.loopbaan.core}) holding model values. */
  public static final class Referral {
    private ClientId client;
    private List<HealthConcern> concerns = new ArrayList<>();

    /**
     * @return the client
     */
    public ClientId getClient() {
      return client;
    }

    /**
     * @param client the client
     */
    public void setClient(ClientId client) {
      this.client = client;
    }

    /**
     * @return the concerns
     */
    public List<HealthConcern> getConcerns() {
      return concerns;
    }

    /**
     * @param concerns the concerns
     */
    public void setConcerns(List<HealthConcern> concerns) {
      this.concerns = concerns;
    }
  }

  /** A user's bean with two setters for one property, one of them taking an {@code Optional}. */
  public static final class Ambiguous {
    private Integer weight;

    /**
     * @return the weight
     */
    public Integer getWeight() {
      return weight;
    }

    /**
     * @param weight the weight
     */
    public void setWeight(Integer weight) {
      this.weight = weight;
    }

    /**
     * @param weight the weight, if any
     */
    public void setWeight(Optional<Integer> weight) {
      this.weight = weight.orElse(null);
    }
  }

  @Test
  void a_users_bean_keeps_its_properties_and_the_model_values_inside_keep_their_wire_format()
      throws Exception {
    LoopbaanJson json = LoopbaanJson.builder().build();
    Referral referral = new Referral();
    referral.setClient(ClientId.of("c-17"));
    referral.setConcerns(List.of(HealthConcern.BURN_OUT));
    String written = json.write(referral);
    assertThat(written).isEqualTo("{\"client\":\"c-17\",\"concerns\":[\"burn_out\"]}");
    Referral back = json.read(written, Referral.class);
    assertThat(back.getClient()).isEqualTo(ClientId.of("c-17"));
    assertThat(back.getConcerns()).containsExactly(HealthConcern.BURN_OUT);
    assertProblem(
        json,
        "{\"client\":\"c-17\",\"concerns\":[\"BURN_OUT\"]}",
        Referral.class,
        Problem.UNKNOWN_CODE,
        "$.concerns[0]");
    assertProblem(
        json,
        "{\"client\":\"c-17\",\"extra\":1}",
        Referral.class,
        Problem.UNKNOWN_PROPERTY,
        "$[unknown property #2]");
  }

  @Test
  void
      the_module_on_a_users_own_mapper_writes_attributes_sorted_even_when_the_mapper_does_not_sort()
          throws Exception {
    JsonMapper own =
        JsonMapper.builder()
            .addModule(new LoopbaanModule())
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();
    Sample sample =
        Sample.builder()
            .label("x")
            .active(true)
            .count(1)
            .visibility(Visibility.SHARED_WITH_CLIENT)
            .dueOn(LocalDate.of(2025, 3, 1))
            .build();
    assertThat(own.writeValueAsString(sample))
        .isEqualTo(
            "{\"active\":true,\"clients\":[],\"count\":1,"
                + "\"dueOn\":\"2025-03-01\",\"label\":\"x\",\"parts\":[],\"priority\":3,\"tallies\":{},"
                + "\"visibility\":\"shared_with_client\"}");
  }

  @Test
  void overloaded_setters_outside_the_model_are_not_resolved_by_the_model_conventions()
      throws Exception {
    LoopbaanJsonException e =
        assertProblem(
            LoopbaanJson.builder().build(),
            "{\"weight\":1}",
            Ambiguous.class,
            Problem.UNMAPPABLE_TYPE,
            "$");
    assertThat(e.getReason()).isEqualTo("Ambiguous cannot be mapped to JSON");
  }

  @Test
  void updating_an_existing_list_through_the_mapper_reads_into_it_and_is_limited_too()
      throws Exception {
    LoopbaanJson json = LoopbaanJson.builder().maxCollectionSize(2).build();
    List<ClientId> clients = new ArrayList<>(List.of(ClientId.of("c-1")));
    ObjectReader updating =
        json.jsonMapper()
            .readerForUpdating(clients)
            .forType(new TypeReference<List<ClientId>>() {});
    List<ClientId> updated = updating.readValue("[\"c-2\"]");
    assertThat(updated).isSameAs(clients).containsExactly(ClientId.of("c-1"), ClientId.of("c-2"));
    LoopbaanJsonException e;
    try {
      updating.readValue("[\"c-3\"]");
      throw new AssertionError("a third element was accepted over the limit of 2");
    } catch (JsonProcessingException jackson) {
      e = json.translate(jackson);
    }
    assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.getReason()).isEqualTo("a collection holds more than 2 elements");
  }
}
