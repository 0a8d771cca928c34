package io.github.loopbaan.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.Identifier;
import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.plan.Reflection;
import io.github.loopbaan.core.serializationfixture.Part;
import io.github.loopbaan.core.serializationfixture.Sample;
import io.github.loopbaan.core.serializationfixture.Trail;
import io.github.loopbaan.core.standards.IscoCode;
import io.github.loopbaan.core.trajectory.Trajectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Recognition of the model's shapes by convention (see {@link ModelTypes}): which classes are value
 * types with a builder, which methods are their attributes, which are string and sequence values;
 * on model types and the test fixtures, and that classes outside the model or of another shape are
 * not taken for one.
 */
class ModelTypesTest {

  @Test
  void value_types_are_the_public_abstract_model_classes_with_a_builder() {
    for (Class<?> type :
        List.of(Client.class, Sample.class, Part.class, Reflection.class, Trajectory.class)) {
      assertThat(ModelTypes.isValueType(type)).as(type.getSimpleName()).isTrue();
      Class<?> builder = ModelTypes.builderOf(type).orElseThrow();
      assertThat(builder.getSimpleName()).isEqualTo("Builder");
      assertThat(builder.getEnclosingClass()).isEqualTo(type);
      assertThat(ModelTypes.valueTypeOfBuilder(builder)).contains(type);
    }
    Class<?> implementation = Client.builder().id(ClientId.of("c-1")).build().getClass();
    for (Class<?> type :
        List.of(
            ClientId.class,
            IscoCode.class,
            HealthConcern.class,
            Trail.class,
            String.class,
            Tool.class,
            implementation,
            Client.Builder.class,
            Coded.class)) {
      assertThat(ModelTypes.isValueType(type)).as(type.getName()).isFalse();
      assertThat(ModelTypes.builderOf(type)).as(type.getName()).isEmpty();
    }
  }

  @Test
  void a_class_outside_the_model_with_a_builder_is_no_value_type() {
    // Tool is public, has a public static Builder and builder(), but is neither abstract nor in the
    // model
    assertThat(ModelTypes.inModel(Tool.class)).isFalse();
    assertThat(ModelTypes.isValueType(Tool.class)).isFalse();
    assertThat(ModelTypes.valueTypeOfBuilder(Tool.Builder.class)).isEmpty();
    assertThat(ModelTypes.inModel(Client.class)).isTrue();
    assertThat(ModelTypes.inModel(Sample.class)).isTrue();
  }

  @Test
  void only_a_value_types_own_builder_leads_back_to_it() {
    assertThat(ModelTypes.valueTypeOfBuilder(Client.class)).isEmpty();
    assertThat(ModelTypes.valueTypeOfBuilder(String.class)).isEmpty();
    Class<?> generatedBuilder = Client.Builder.class.getSuperclass();
    assertThat(ModelTypes.valueTypeOfBuilder(generatedBuilder)).isEmpty();
  }

  @Test
  void a_generated_implementation_leads_to_the_value_type_it_implements() {
    Class<?> client = Client.builder().id(ClientId.of("c-1")).build().getClass();
    assertThat(client).isNotEqualTo(Client.class);
    assertThat(ModelTypes.valueTypeOfImplementation(client)).contains(Client.class);
    Class<?> part = Part.of("a").getClass();
    assertThat(ModelTypes.valueTypeOfImplementation(part)).contains(Part.class);
    assertThat(ModelTypes.valueTypeOfImplementation(Client.class)).isEmpty();
    assertThat(ModelTypes.valueTypeOfImplementation(ClientId.class)).isEmpty();
    assertThat(ModelTypes.valueTypeOfImplementation(IscoCode.class)).isEmpty();
    assertThat(ModelTypes.valueTypeOfImplementation(ArrayList.class)).isEmpty();
  }

  @Test
  void the_attributes_are_the_accessors_the_builder_can_set_and_not_the_derived_methods() {
    assertThat(ModelTypes.attributes(Client.class))
        .containsOnlyKeys(
            "id",
            "name",
            "birthYear",
            "declaredAgeBand",
            "employment",
            "privateSituation",
            "healthConcerns",
            "educationLevel");
    assertThat(ModelTypes.attributes(Client.class).get("name").getName()).isEqualTo("getName");
    assertThat(ModelTypes.attributes(Sample.class))
        .containsOnlyKeys(
            "label",
            "active",
            "count",
            "priority",
            "parts",
            "tallies",
            "clients",
            "length",
            "dueOn",
            "year",
            "profile",
            "trail",
            "visibility");
    assertThat(ModelTypes.attributes(Sample.class).get("active").getName()).isEqualTo("isActive");
    assertThat(ModelTypes.attributes(Part.class)).containsOnlyKeys("name", "weight");
    assertThat(ModelTypes.attributes(ClientId.class)).isEmpty();
    assertThat(ModelTypes.attributes(String.class)).isEmpty();
    assertThatThrownBy(() -> ModelTypes.attributes(Part.class).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_derived_property_is_read_only_and_named_without_its_prefix() {
    assertThat(ModelTypes.readOnlyProperties(Trajectory.class)).containsOnlyKeys("stage");
    assertThat(ModelTypes.readOnlyProperties(Trajectory.class).get("stage").getName())
        .isEqualTo("getStage");
    assertThat(ModelTypes.readOnlyProperties(Client.class)).isEmpty();
    assertThat(ModelTypes.attributes(Trajectory.class)).doesNotContainKey("stage");
  }

  @Test
  void identifiers_and_final_code_classes_are_string_values_built_by_their_factory() {
    assertThat(ModelTypes.isStringValue(ClientId.class)).isTrue();
    assertThat(ModelTypes.isStringValue(IscoCode.class)).isTrue();
    assertThat(ModelTypes.call(ModelTypes.stringFactory(ClientId.class), "c-9"))
        .isEqualTo(ClientId.of("c-9"));
    assertThat(ModelTypes.call(ModelTypes.stringFactory(IscoCode.class), "2423"))
        .isEqualTo(IscoCode.of("2423"));
    assertThat(ModelTypes.valueOf(ClientId.of("c-9"))).isEqualTo("c-9");
    assertThat(ModelTypes.valueOf(IscoCode.of("2423"))).isEqualTo("2423");
    for (Class<?> type :
        List.of(
            Reflection.class,
            Client.class,
            HealthConcern.class,
            String.class,
            Identifier.class,
            Trail.class)) {
      assertThat(ModelTypes.isStringValue(type)).as(type.getName()).isFalse();
    }
    assertThatThrownBy(() -> ModelTypes.stringFactory(Client.class))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void a_factory_call_throws_the_models_own_exception() {
    assertThatThrownBy(() -> ModelTypes.call(ModelTypes.stringFactory(IscoCode.class), "24235"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ModelTypes.call(ModelTypes.sequenceFactory(Trail.class), List.of()))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("not_empty"));
  }

  @Test
  void an_iterable_final_model_class_with_a_list_factory_is_a_sequence_value() {
    assertThat(ModelTypes.isSequenceValue(Trail.class)).isTrue();
    assertThat(ModelTypes.call(ModelTypes.sequenceFactory(Trail.class), List.of("a", "b")))
        .isEqualTo(Trail.of(List.of("a", "b")));
    for (Class<?> type :
        List.of(Client.class, ClientId.class, List.class, ArrayList.class, HealthConcern.class)) {
      assertThat(ModelTypes.isSequenceValue(type)).as(type.getName()).isFalse();
    }
    assertThatThrownBy(() -> ModelTypes.sequenceFactory(Client.class))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void coded_enums_and_optional_holders_are_recognised() {
    assertThat(ModelTypes.isCodedEnum(HealthConcern.class)).isTrue();
    assertThat(ModelTypes.isCodedEnum(LoopbaanJsonException.Problem.class)).isTrue();
    assertThat(ModelTypes.isCodedEnum(Thread.State.class)).isFalse();
    assertThat(ModelTypes.isCodedEnum(ClientId.class)).isFalse();
    for (Class<?> type :
        List.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class)) {
      assertThat(ModelTypes.isOptional(type)).as(type.getName()).isTrue();
    }
    assertThat(ModelTypes.isOptional(List.class)).isFalse();
    assertThat(ModelTypes.isOptional(Object.class)).isFalse();
  }

  @Test
  void property_names_drop_a_get_or_is_prefix_before_an_upper_case_letter() {
    assertThat(ModelTypes.propertyName("getName")).isEqualTo("name");
    assertThat(ModelTypes.propertyName("getX")).isEqualTo("x");
    assertThat(ModelTypes.propertyName("isActive")).isEqualTo("active");
    assertThat(ModelTypes.propertyName("isA")).isEqualTo("a");
    assertThat(ModelTypes.propertyName("getBirthYear")).isEqualTo("birthYear");
    for (String notAccessor :
        new String[] {"get", "is", "getname", "island", "name", "hollandCode", "ge", "i"}) {
      assertThat(ModelTypes.propertyName(notAccessor)).as(notAccessor).isNull();
    }
  }

  /** A public class outside the model with a builder, as an application's facade may have. */
  public static final class Tool {
    private Tool() {}

    /**
     * @return a builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a tool. */
    public static final class Builder {
      /**
       * @return the tool
       */
      public Tool build() {
        return new Tool();
      }
    }
  }
}
