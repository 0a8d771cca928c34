package io.github.loopbaan.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.serializationfixture.Mood;
import io.github.loopbaan.core.serializationfixture.Part;
import io.github.loopbaan.core.serializationfixture.Sample;
import io.github.loopbaan.core.serializationfixture.Tone;
import io.github.loopbaan.format.conformance.FreshFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The static facts the views decide by (see {@link Views}), each computed in the test rather than
 * read from a serializer built earlier: the personal-data mark of an accessor found through the
 * generated implementation, the content type of an optional or collection, the data category of a
 * code (also of an enum that only declares {@code dataCategory()}, loaded fresh so its lookup is
 * not cached), and which types carry the context of a write.
 */
class ViewRulesTest {

  private static final Class<?> IMMUTABLE_CLIENT =
      Client.builder().id(ClientId.of("c-1")).build().getClass();

  @Test
  void a_mark_is_found_on_the_abstract_class_when_asked_through_the_generated_method()
      throws Exception {
    assertThat(IMMUTABLE_CLIENT.getMethod("getName").getDeclaringClass())
        .isEqualTo(IMMUTABLE_CLIENT);
    assertThat(Views.markOf(IMMUTABLE_CLIENT.getMethod("getName")).orElseThrow().value())
        .isEqualTo(DataCategory.PERSONAL);
    assertThat(Views.markOf(IMMUTABLE_CLIENT.getMethod("getHealthConcerns")).orElseThrow().value())
        .isEqualTo(DataCategory.HEALTH);
    assertThat(Views.markOf(Client.class.getMethod("getBirthYear"))).isPresent();
  }

  @Test
  void an_unmarked_accessor_has_no_mark() throws Exception {
    assertThat(Views.markOf(IMMUTABLE_CLIENT.getMethod("getId"))).isEmpty();
    assertThat(Views.markOf(IMMUTABLE_CLIENT.getMethod("getEmployment"))).isEmpty();
    assertThat(Views.markOf(Client.class.getMethod("getId"))).isEmpty();
    assertThat(Views.markOf(IMMUTABLE_CLIENT.getMethod("hashCode"))).isEmpty();
  }

  @Test
  void the_content_type_is_the_element_of_an_optional_or_collection_else_the_type_itself()
      throws Exception {
    assertThat(Views.contentType(Sample.class.getMethod("getParts"))).isEqualTo(Part.class);
    assertThat(Views.contentType(Sample.class.getMethod("getClients"))).isEqualTo(ClientId.class);
    assertThat(Views.contentType(Sample.class.getMethod("getLength"))).isEqualTo(Duration.class);
    assertThat(Views.contentType(Client.class.getMethod("getName"))).isEqualTo(String.class);
    assertThat(Views.contentType(Sample.class.getMethod("getLabel"))).isEqualTo(String.class);
    assertThat(Views.contentType(Sample.class.getMethod("isActive"))).isEqualTo(boolean.class);
    // a map is no collection; raw, wildcard and nested arguments give the declared type
    assertThat(Views.contentType(Sample.class.getMethod("getTallies"))).isEqualTo(Map.class);
    assertThat(Views.contentType(Shapes.class.getMethod("raw"))).isEqualTo(List.class);
    assertThat(Views.contentType(Shapes.class.getMethod("wildcard"))).isEqualTo(List.class);
    assertThat(Views.contentType(Shapes.class.getMethod("nested"))).isEqualTo(Optional.class);
    assertThat(Views.contentType(Shapes.class.getMethod("comparable"))).isEqualTo(Comparable.class);
  }

  @Test
  void the_category_of_a_classified_code_is_its_own() {
    assertThat(Views.categoryOf(EmploymentSituation.LONG_TERM_SICK)).isEqualTo(DataCategory.HEALTH);
    assertThat(Views.categoryOf(EmploymentSituation.FORCED_MOBILITY))
        .isEqualTo(DataCategory.PERSONAL);
    assertThat(Views.categoryOf(ClientQuestionType.STRESS)).isEqualTo(DataCategory.HEALTH);
  }

  @Test
  void an_enum_that_only_declares_a_data_category_has_that_category() {
    Object[] moods = FreshFixtures.load(Mood.class).getEnumConstants();
    assertThat(moods[0].toString()).isEqualTo("WORN_OUT");
    assertThat(Views.categoryOf(moods[0])).isEqualTo(DataCategory.HEALTH);
    assertThat(Views.categoryOf(moods[1])).isEqualTo(DataCategory.PERSONAL);
    assertThat(Views.categoryOf(Mood.WORN_OUT)).isEqualTo(DataCategory.HEALTH);
  }

  @Test
  void values_that_are_no_classified_code_have_no_category() {
    assertThat(Views.categoryOf(FreshFixtures.load(Tone.class).getEnumConstants()[0])).isNull();
    assertThat(Views.categoryOf(Tone.CALM)).isNull();
    assertThat(Views.categoryOf(HealthConcern.STRESS)).isNull();
    assertThat(Views.categoryOf(Thread.State.NEW)).isNull();
    assertThat(Views.categoryOf("health")).isNull();
    assertThat(Views.categoryOf(ClientId.of("c-1"))).isNull();
  }

  /** Return types for {@link Views#contentType}. */
  interface Shapes {
    @SuppressWarnings("rawtypes")
    List raw();

    List<? extends Part> wildcard();

    Optional<List<Part>> nested();

    Comparable<String> comparable();
  }
}
