package io.github.loopbaan.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.Identifier;
import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.plan.Reflection;
import io.github.loopbaan.core.privacy.Classified;
import io.github.loopbaan.core.serializationfixture.Crate;
import io.github.loopbaan.core.serializationfixture.Loose;
import io.github.loopbaan.core.serializationfixture.OpenTag;
import io.github.loopbaan.core.serializationfixture.Part;
import io.github.loopbaan.core.serializationfixture.Reading;
import io.github.loopbaan.core.serializationfixture.Sample;
import io.github.loopbaan.core.serializationfixture.Shelf;
import io.github.loopbaan.core.serializationfixture.Stray;
import io.github.loopbaan.core.serializationfixture.Tag;
import io.github.loopbaan.core.serializationfixture.Trail;
import io.github.loopbaan.core.standards.EscoUri;
import io.github.loopbaan.core.standards.IscoCode;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.conformance.FreshFixtures;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The discoveries behind {@link ModelTypes}' caches, called directly so that each answer is
 * computed in the test: which class is a value type and its builder, which accessors are its
 * attributes, which classes are string or sequence values and their factories, for real model
 * classes, generated classes, JDK classes and fixtures of the shapes no model class has. Also that
 * the cached entry points answer the same for classes seen for the first time ({@link
 * FreshFixtures}), and how a factory's failure reaches the caller.
 */
class ModelTypesDiscoveryTest {

  private static final Class<?> IMMUTABLE_CLIENT =
      Client.builder().id(ClientId.of("c-1")).build().getClass();

  @Test
  void a_value_types_builder_is_its_nested_builder_class() {
    assertThat(ModelTypes.findBuilder(Client.class)).isEqualTo(Client.Builder.class);
    assertThat(ModelTypes.findBuilder(Trajectory.class)).isEqualTo(Trajectory.Builder.class);
    assertThat(ModelTypes.findBuilder(Reflection.class)).isEqualTo(Reflection.Builder.class);
    assertThat(ModelTypes.findBuilder(Sample.class)).isEqualTo(Sample.Builder.class);
    assertThat(ModelTypes.findBuilder(Part.class)).isEqualTo(Part.Builder.class);
    assertThat(ModelTypes.findBuilder(Shelf.class)).isEqualTo(Shelf.Builder.class);
  }

  @Test
  void classes_of_another_shape_have_no_builder() {
    Class<?> anonymousShelf = Shelf.builder().label("a").build().getClass();
    for (Class<?> type :
        List.of(
            IMMUTABLE_CLIENT,
            Client.Builder.class,
            Client.Builder.class.getSuperclass(),
            ClientId.class,
            Identifier.class,
            IscoCode.class,
            HealthConcern.class,
            Coded.class,
            Classified.class,
            Crate.class,
            Shelf.Side.class,
            anonymousShelf,
            Tag.class,
            Trail.class,
            String.class,
            ModelTypesTest.Tool.class,
            AbstractList.class,
            Object.class)) {
      assertThat(ModelTypes.findBuilder(type)).as(type.getName()).isNull();
    }
  }

  @Test
  void only_the_builder_of_a_value_type_leads_back_to_it() {
    assertThat(ModelTypes.valueTypeOfBuilder(Shelf.Builder.class)).contains(Shelf.class);
    assertThat(ModelTypes.valueTypeOfBuilder(Shelf.Side.class)).isEmpty();
    assertThat(ModelTypes.valueTypeOfBuilder(Crate.Builder.class)).isEmpty();
  }

  @Test
  void the_attributes_are_the_accessors_with_an_instance_setter_on_the_builder() {
    Map<String, Method> shelf = ModelTypes.findAttributes(Shelf.class);
    assertThat(shelf).containsOnlyKeys("label", "side");
    assertThat(shelf.get("label").getName()).isEqualTo("getLabel");
    assertThat(shelf.get("side").getName()).isEqualTo("getSide");
    Map<String, Method> client = ModelTypes.findAttributes(Client.class);
    assertThat(client)
        .containsOnlyKeys(
            "id",
            "name",
            "birthYear",
            "declaredAgeBand",
            "employment",
            "privateSituation",
            "healthConcerns",
            "educationLevel");
    assertThat(client.get("healthConcerns").getName()).isEqualTo("getHealthConcerns");
    assertThat(ModelTypes.findAttributes(Part.class)).containsOnlyKeys("name", "weight");
    Map<String, Method> sample = ModelTypes.findAttributes(Sample.class);
    assertThat(sample.get("active").getName()).isEqualTo("isActive");
    assertThat(sample).containsKey("priority").doesNotContainKeys("urgent", "summary");
    assertThatThrownBy(() -> shelf.put("x", null))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_class_without_a_builder_has_no_attributes_even_with_setter_like_methods() {
    assertThat(ModelTypes.findAttributes(Crate.class)).isEmpty();
    assertThat(ModelTypes.findAttributes(IMMUTABLE_CLIENT)).isEmpty();
    assertThat(ModelTypes.findAttributes(ClientId.class)).isEmpty();
    assertThat(ModelTypes.findAttributes(String.class)).isEmpty();
  }

  @Test
  void identifiers_and_final_code_classes_have_their_of_string_factory() throws Exception {
    assertThat(ModelTypes.findStringFactory(ClientId.class))
        .isEqualTo(ClientId.class.getMethod("of", String.class));
    assertThat(ModelTypes.findStringFactory(IscoCode.class))
        .isEqualTo(IscoCode.class.getMethod("of", String.class));
    assertThat(ModelTypes.findStringFactory(EscoUri.class))
        .isEqualTo(EscoUri.class.getMethod("of", String.class));
    assertThat(ModelTypes.findStringFactory(Tag.class))
        .isEqualTo(Tag.class.getMethod("of", String.class));
  }

  @Test
  void classes_that_are_not_written_as_one_string_have_no_string_factory() {
    // OpenTag is not final, Reading's value is no text, Stray's of(String) returns another class,
    // Part is a value
    // type with an of(String), Identifier is the abstract base without a factory
    for (Class<?> type :
        List.of(
            OpenTag.class,
            Reading.class,
            Stray.class,
            Part.class,
            Client.class,
            Identifier.class,
            HealthConcern.class,
            Coded.class,
            Trail.class,
            String.class,
            Integer.class,
            ModelTypesTest.Tool.class)) {
      assertThat(ModelTypes.findStringFactory(type)).as(type.getName()).isNull();
    }
  }

  @Test
  void a_final_iterable_model_class_has_its_of_list_factory() throws Exception {
    assertThat(ModelTypes.findSequenceFactory(Trail.class))
        .isEqualTo(Trail.class.getMethod("of", List.class));
  }

  @Test
  void classes_that_are_not_written_as_an_array_have_no_sequence_factory() {
    // Loose is not final; History is built from an Iterable (its own codec writes it), not by
    // of(List)
    for (Class<?> type :
        List.of(
            Loose.class,
            History.class,
            Client.class,
            Sample.class,
            ClientId.class,
            Tag.class,
            HealthConcern.class,
            List.class,
            ArrayList.class,
            String.class)) {
      assertThat(ModelTypes.findSequenceFactory(type)).as(type.getName()).isNull();
    }
  }

  @Test
  void classes_seen_for_the_first_time_are_recognised_through_the_caches() {
    Class<?> part = FreshFixtures.load(Part.class);
    assertThat(part).isNotEqualTo(Part.class);
    assertThat(ModelTypes.isValueType(part)).isTrue();
    assertThat(ModelTypes.builderOf(part).orElseThrow().getEnclosingClass()).isEqualTo(part);
    assertThat(ModelTypes.attributes(FreshFixtures.load(Part.class)))
        .containsOnlyKeys("name", "weight");

    Class<?> tag = FreshFixtures.load(Tag.class);
    assertThat(ModelTypes.isStringValue(tag)).isTrue();
    assertThat(ModelTypes.valueOf(ModelTypes.call(ModelTypes.stringFactory(tag), "blue")))
        .isEqualTo("blue");

    Class<?> trail = FreshFixtures.load(Trail.class);
    assertThat(ModelTypes.isSequenceValue(trail)).isTrue();
    assertThat(
            (Iterable<Object>)
                ModelTypes.call(ModelTypes.sequenceFactory(trail), List.of("a", "b")))
        .containsExactly((Object) "a", "b");
  }

  @Test
  void a_factory_that_rejects_its_argument_throws_the_models_exception_itself() {
    Method isco = ModelTypes.findStringFactory(IscoCode.class);
    assertThatThrownBy(() -> ModelTypes.call(isco, "x")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void a_factory_error_is_rethrown_and_a_checked_exception_is_wrapped() throws Exception {
    Method fail = ModelTypesDiscoveryTest.class.getDeclaredMethod("fail", String.class);
    assertThatThrownBy(() -> ModelTypes.call(fail, "error"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("error from the factory");
    assertThatThrownBy(() -> ModelTypes.call(fail, "unchecked"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unchecked from the factory");
    assertThatThrownBy(() -> ModelTypes.call(fail, "checked"))
        .isInstanceOf(IllegalStateException.class)
        .cause()
        .isInstanceOf(IOException.class)
        .hasMessage("checked from the factory");
  }

  @Test
  void a_factory_the_module_cannot_access_directly_is_still_called() throws Exception {
    Method sealed =
        Class.forName("io.github.loopbaan.core.serializationfixture.Sealed")
            .getMethod("of", String.class);
    assertThat(sealed.canAccess(null)).isFalse();
    assertThat(ModelTypes.call(sealed, "x")).isEqualTo("sealed x");
  }

  static Object fail(String kind) throws IOException {
    switch (kind) {
      case "error":
        throw new AssertionError("error from the factory");
      case "checked":
        throw new IOException("checked from the factory");
      default:
        throw new IllegalArgumentException("unchecked from the factory");
    }
  }
}
