package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.privacy.DataCategories;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalDatum;
import io.github.loopbaan.core.session.Note;
import io.github.loopbaan.core.session.NoteId;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryId;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/**
 * {@link DataCategories}: which categories of personal data a value holds, and every datum with its
 * path, found from the model's marks.
 */
@Domain(LoopbaanDomain.class)
class DataCategoriesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

  /** An opened trajectory with a named, long-term sick client and a health note in a session. */
  static Trajectory marked() {
    Client client =
        Client.builder()
            .id(ClientId.of("c-1"))
            .name("Els Peeters")
            .employment(EmploymentSituation.LONG_TERM_SICK)
            .addHealthConcerns(HealthConcern.BURN_OUT)
            .build();
    Session intro =
        Session.builder()
            .id(SessionId.of("s-1"))
            .kind(SessionKind.INTRODUCTORY)
            .date(DAY.plusDays(3))
            .duration(Duration.ofMinutes(45))
            .addNotes(
                Note.of(NoteId.of("n-1"), "Slaapt slecht sinds maanden.", DAY.plusDays(3))
                    .withDataCategory(DataCategory.HEALTH))
            .build();
    return Trajectory.open(
            TrajectoryId.of("t-1"),
            client,
            Coach.of(CoachId.of("k-1")),
            CommissioningParty.self(CommissionerId.of("self")),
            Funding.self(),
            DAY)
        .apply(TrajectoryCommand.holdIntroductoryConversation(intro))
        .orElseThrow();
  }

  @Example
  void every_datum_has_its_path_category_and_value() {
    List<PersonalDatum> data = DataCategories.personalData(marked());
    List<String> seen =
        data.stream()
            .map(d -> d.getPath() + " " + d.getCategory().code())
            .collect(Collectors.toList());
    assertThat(seen)
        .containsSubsequence(
            "client.employment health", "client.healthConcerns health", "client.name personal")
        .contains("history[0].command.session.notes[0].text health")
        .doesNotContain("sessions[0].notes[0].text health");
    PersonalDatum name =
        data.stream().filter(d -> d.getPath().equals("client.name")).findFirst().orElseThrow();
    assertThat(name.getValue()).as("an optional is given as its value").isEqualTo("Els Peeters");
    assertThat(name.toString()).isEqualTo("PersonalDatum[client.name personal]");
    assertThat(name).isEqualTo(DataCategories.personalData(marked()).get(data.indexOf(name)));
    assertThat(name.hashCode())
        .isEqualTo(DataCategories.personalData(marked()).get(data.indexOf(name)).hashCode());
    assertThat(name).isNotEqualTo(data.get(0)).isNotEqualTo("client.name");
    assertThat(DataCategories.heldIn(marked()))
        .containsExactlyInAnyOrder(DataCategory.PERSONAL, DataCategory.HEALTH);
  }

  @Property(tries = 100)
  void the_data_found_are_of_the_categories_held(@ForAll Trajectory t) {
    List<PersonalDatum> data = DataCategories.personalData(t);
    Set<DataCategory> held = DataCategories.heldIn(t);
    Set<DataCategory> found = EnumSet.noneOf(DataCategory.class);
    for (PersonalDatum datum : data) {
      found.add(datum.getCategory());
      assertThat(datum.getPath()).isNotBlank();
      assertThat(datum.getValue()).isNotNull().isNotInstanceOf(Optional.class);
    }
    assertThat(held).containsAll(found).doesNotContain(DataCategory.ORDINARY);
    assertThat(data.isEmpty()).isEqualTo(held.isEmpty());
    assertThat(DataCategories.personalData(t)).as("a stable order").isEqualTo(data);
  }

  @Example
  void containers_are_followed_and_nothing_is_found_in_nothing() {
    Client client = marked().getClient();
    Set<DataCategory> both = EnumSet.of(DataCategory.PERSONAL, DataCategory.HEALTH);
    assertThat(DataCategories.heldIn(Optional.of(client))).isEqualTo(both);
    assertThat(DataCategories.heldIn(Map.of("k", client))).isEqualTo(both);
    assertThat(DataCategories.heldIn(List.of(client))).isEqualTo(both);
    assertThat(DataCategories.heldIn(null)).isEmpty();
    assertThat(DataCategories.heldIn(List.of())).isEmpty();
    assertThat(DataCategories.heldIn("Els Peeters")).as("a bare text carries no mark").isEmpty();
    assertThat(DataCategories.heldIn(Client.builder().id(ClientId.of("c-2")).build())).isEmpty();
    assertThat(DataCategories.personalData(Map.of("k", client)))
        .extracting(PersonalDatum::getPath)
        .contains("[k].name");
    assertThat(DataCategories.personalData(List.of(client, client)))
        .extracting(PersonalDatum::getPath)
        .as("a value reached twice is reported once")
        .contains("[0].name")
        .doesNotContain("[1].name");
    assertThat(DataCategories.personalData(Optional.empty())).isEmpty();
    assertThat(DataCategories.heldIn(EmploymentSituation.EMPLOYED))
        .containsExactly(DataCategory.PERSONAL);
    assertThat(DataCategories.personalData(EmploymentSituation.LONG_TERM_SICK))
        .extracting(PersonalDatum::getCategory)
        .containsExactly(DataCategory.HEALTH);
  }

  @Example
  void accessors_are_the_getters_by_name_and_attributes_drop_their_prefix() throws Exception {
    List<String> names = new ArrayList<>();
    for (Method m : DataCategories.accessors(Client.class)) {
      names.add(m.getName());
      assertThat(m.getParameterCount()).isZero();
    }
    assertThat(names)
        .isSorted()
        .contains("getName", "getHealthConcerns")
        .doesNotContain("getClass");
    Method name = Client.class.getMethod("getName");
    assertThat(DataCategories.read(name, marked().getClient()))
        .isEqualTo(Optional.of("Els Peeters"));
    assertThat(DataCategories.attribute("getName")).isEqualTo("name");
    assertThat(DataCategories.attribute("isSigned")).isEqualTo("signed");
    assertThat(DataCategories.attribute("reason")).isEqualTo("reason");
    assertThat(DataCategories.attribute("get")).isEqualTo("get");
    assertThat(DataCategories.attribute("is")).isEqualTo("is");
    assertThat(DataCategories.attribute("issue")).isEqualTo("issue");
    assertThat(DataCategories.attribute("getter")).isEqualTo("getter");
    assertThat(DataCategories.attribute("getX")).isEqualTo("x");
  }
}
