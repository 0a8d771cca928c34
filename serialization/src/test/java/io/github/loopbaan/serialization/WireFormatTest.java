package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.serializationfixture.Part;
import io.github.loopbaan.core.serializationfixture.Sample;
import io.github.loopbaan.core.serializationfixture.Tag;
import io.github.loopbaan.core.serializationfixture.Trail;
import io.github.loopbaan.core.standards.EscoUri;
import io.github.loopbaan.core.standards.IscoCode;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.WireFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The public description of the wire format ({@link WireFormat}) that the JSON Schemas and docs are
 * generated from: which classes are written as objects, strings or codes, and each value type's
 * properties exactly (name, order, generic type, required, read-only, personal), and the items of a
 * refused plan's checklist.
 */
class WireFormatTest {

  @Test
  void value_types_are_written_as_objects_and_nothing_else_is() {
    for (Class<?> type : List.of(Client.class, Trajectory.class, Part.class, Sample.class)) {
      assertThat(WireFormat.isValueType(type)).as(type.getName()).isTrue();
    }
    Class<?> generated = Client.builder().id(ClientId.of("c-1")).build().getClass();
    for (Class<?> type :
        List.of(
            ClientId.class,
            IscoCode.class,
            HealthConcern.class,
            Trail.class,
            String.class,
            generated,
            Client.Builder.class)) {
      assertThat(WireFormat.isValueType(type)).as(type.getName()).isFalse();
    }
  }

  @Test
  void identifiers_and_code_values_are_written_as_one_string_and_nothing_else_is() {
    for (Class<?> type : List.of(ClientId.class, IscoCode.class, EscoUri.class, Tag.class)) {
      assertThat(WireFormat.isStringValue(type)).as(type.getName()).isTrue();
    }
    for (Class<?> type :
        List.of(Client.class, HealthConcern.class, Trail.class, String.class, Integer.class)) {
      assertThat(WireFormat.isStringValue(type)).as(type.getName()).isFalse();
    }
  }

  @Test
  void only_coded_enums_are_written_as_their_code() {
    assertThat(WireFormat.isCodedEnum(HealthConcern.class)).isTrue();
    assertThat(WireFormat.isCodedEnum(EmploymentSituation.class)).isTrue();
    for (Class<?> type : List.of(Thread.State.class, Coded.class, ClientId.class, Client.class)) {
      assertThat(WireFormat.isCodedEnum(type)).as(type.getName()).isFalse();
    }
  }

  @Test
  void a_clients_properties_in_written_order_with_their_types_and_personal_marks() {
    List<WireFormat.Property> properties = WireFormat.properties(Client.class);
    assertThat(properties)
        .extracting(WireFormat.Property::getName)
        .containsExactly(
            "birthYear",
            "declaredAgeBand",
            "educationLevel",
            "employment",
            "healthConcerns",
            "id",
            "name",
            "privateSituation");
    Map<String, WireFormat.Property> byName = byName(properties);
    assertThat(byName.get("id").getType()).isEqualTo(ClientId.class);
    assertThat(byName.get("name").getType().getTypeName())
        .isEqualTo("java.util.Optional<java.lang.String>");
    assertThat(byName.get("healthConcerns").getType().getTypeName())
        .isEqualTo("java.util.Set<io.github.loopbaan.core.party.HealthConcern>");
    assertThat(properties)
        .filteredOn(WireFormat.Property::isRequired)
        .extracting(WireFormat.Property::getName)
        .containsExactly("id");
    assertThat(properties)
        .filteredOn(WireFormat.Property::isPersonal)
        .extracting(WireFormat.Property::getName)
        .containsExactly("birthYear", "healthConcerns", "name", "privateSituation");
    assertThat(properties).noneMatch(WireFormat.Property::isReadOnly);
  }

  @Test
  void a_trajectorys_stage_is_derived_read_only_and_sorted_among_the_attributes() {
    List<WireFormat.Property> properties = WireFormat.properties(Trajectory.class);
    List<String> names =
        properties.stream().map(WireFormat.Property::getName).collect(Collectors.toList());
    assertThat(names)
        .isSorted()
        .contains("id", "client", "history", "openedOn", "sessions", "stage");
    Map<String, WireFormat.Property> byName = byName(properties);
    WireFormat.Property stage = byName.get("stage");
    assertThat(stage.isReadOnly()).isTrue();
    assertThat(stage.isRequired()).isFalse();
    assertThat(stage.isPersonal()).isFalse();
    assertThat(stage.getType().getTypeName())
        .isEqualTo("io.github.loopbaan.core.trajectory.TrajectoryStage");
    assertThat(properties)
        .filteredOn(WireFormat.Property::isReadOnly)
        .extracting(WireFormat.Property::getName)
        .containsExactly("stage");
    // an abstract plain attribute is required; a default, an optional and a list are not
    assertThat(byName.get("openedOn").isRequired()).isTrue();
    assertThat(byName.get("client").isRequired()).isTrue();
    assertThat(byName.get("history").isRequired()).isFalse();
    assertThat(byName.get("careerQuestion").isRequired()).isFalse();
    assertThat(byName.get("sessions").isRequired()).isFalse();
  }

  @Test
  void a_fixtures_properties_describe_defaults_and_booleans() {
    Map<String, WireFormat.Property> sample = byName(WireFormat.properties(Sample.class));
    assertThat(sample.get("active").getType()).isEqualTo(boolean.class);
    assertThat(sample.get("active").isRequired()).isTrue();
    assertThat(sample.get("priority").isRequired()).isFalse();
    assertThat(sample.get("tallies").isRequired()).isTrue();
    assertThat(sample).doesNotContainKeys("urgent", "summary");
    assertThat(WireFormat.properties(Part.class))
        .extracting(WireFormat.Property::toString)
        .containsExactly(
            "Property[name: java.lang.String]",
            "Property[weight: java.util.Optional<java.lang.Integer>]");
  }

  @Test
  void a_class_that_is_no_value_type_has_no_properties() {
    assertThat(WireFormat.properties(ClientId.class)).isEmpty();
    assertThat(WireFormat.properties(String.class)).isEmpty();
  }

  @Test
  void a_refused_plans_checklist_items_in_written_order() {
    assertThat(WireFormat.planChecklistItems())
        .containsExactly(
            "title",
            "finalisedOn",
            "clientName",
            "signedOn",
            "careerQuestion",
            "reflections",
            "insights",
            "decisions",
            "goals",
            "actions");
  }

  private static Map<String, WireFormat.Property> byName(List<WireFormat.Property> properties) {
    return properties.stream()
        .collect(Collectors.toMap(WireFormat.Property::getName, Function.identity()));
  }
}
