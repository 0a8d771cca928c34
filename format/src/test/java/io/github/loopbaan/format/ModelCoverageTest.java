package io.github.loopbaan.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.Identifier;
import io.github.loopbaan.core.catalogue.CatalogueEntry;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.testkit.ModelClasses;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type compiled into core is mapped, found by scanning core's classes rather than by a
 * list, so that packages merged later are covered without change here.
 */
class ModelCoverageTest {

  @Test
  void the_scan_finds_the_model() {
    assertThat(modelClasses())
        .extracting(Class::getSimpleName)
        .contains("Client", "ClientId", "HealthConcern", "OccupationRef", "RiasecProfile");
  }

  @Test
  void every_coded_constant_is_written_as_its_code_and_read_back() {
    List<Class<?>> enums =
        modelClasses().stream().filter(ModelTypes::isCodedEnum).collect(Collectors.toList());
    assertThat(enums).isNotEmpty();
    for (Class<?> type : enums) {
      for (Object constant : type.getEnumConstants()) {
        String json = PlainJson.write(constant);
        assertThat(json).isEqualTo("\"" + ((Coded) constant).code() + "\"");
        assertThat(PlainJson.read(json, type)).isSameAs(constant);
      }
    }
  }

  @Test
  void every_identifier_is_a_json_string_and_reads_back() {
    List<Class<?>> ids =
        modelClasses().stream()
            .filter(
                c -> Identifier.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers()))
            .collect(Collectors.toList());
    assertThat(ids).hasSizeGreaterThan(5);
    for (Class<?> type : ids) {
      assertThat(ModelTypes.isStringValue(type)).as(type.getName()).isTrue();
      Object id = PlainJson.read("\"x-1\"", type);
      assertThat(id).isInstanceOf(type);
      assertThat(PlainJson.write(id)).isEqualTo("\"x-1\"");
    }
  }

  @Test
  void every_class_with_a_nested_builder_is_recognised_as_a_value_type_with_attributes() {
    for (Class<?> type : modelClasses()) {
      boolean hasBuilder =
          Stream.of(type.getDeclaredClasses()).anyMatch(n -> n.getSimpleName().equals("Builder"));
      // The base of the catalogued types has a builder of an application's entry: it is written
      // as a code, not as an object.
      if (hasBuilder
          && Modifier.isPublic(type.getModifiers())
          && Modifier.isAbstract(type.getModifiers())
          && !CatalogueEntry.class.isAssignableFrom(type)) {
        assertThat(ModelTypes.isValueType(type)).as(type.getName()).isTrue();
        assertThat(ModelTypes.attributes(type)).as(type.getName()).isNotEmpty();
      }
    }
  }

  @Test
  void every_value_type_has_a_working_builder_mapping() {
    List<Class<?>> valueTypes =
        modelClasses().stream().filter(ModelTypes::isValueType).collect(Collectors.toList());
    assertThat(valueTypes).hasSizeGreaterThan(4);
    for (Class<?> type : valueTypes) {
      try {
        Object value = PlainJson.read("{}", type);
        assertThat(PlainJson.read(PlainJson.write(value), type))
            .as(type.getName())
            .isEqualTo(value);
      } catch (LoopbaanJsonException e) {
        // an empty object lacks required attributes or breaks a rule; it must never be a mapping
        // failure
        assertThat(e.getProblem())
            .as(type.getName() + ": " + e.getMessage())
            .isIn(Problem.MISSING_VALUE, Problem.INVALID_VALUE);
      }
    }
  }

  @Test
  void generated_implementations_are_written_as_their_value_type() {
    for (Class<?> type : modelClasses()) {
      if (type.getSimpleName().startsWith("Immutable") && type.getEnclosingClass() == null) {
        assertThat(ModelTypes.valueTypeOfImplementation(type)).as(type.getName()).isPresent();
      }
    }
  }

  static List<Class<?>> modelClasses() {
    return ModelClasses.all();
  }
}
