package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.Shared;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.View;
import io.github.loopbaan.testkit.PartyArbitraries;
import io.github.loopbaan.testkit.PersonalDataScan;
import io.github.loopbaan.testkit.PlanArbitraries;
import io.github.loopbaan.testkit.TrajectoryArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;

/** The views never write what their audience may not see, whatever the generated value. */
class ViewProperties {

  /**
   * What a string in the anonymised view may be: a code, a date, a duration, a year or a standard
   * code.
   */
  private static final Pattern NOT_FREE_TEXT =
      Pattern.compile(
          "[a-z][a-z0-9_]*|\\d{4}(-\\d{2}){0,2}|P[0-9A-Z.]*|http://data\\.europa\\.eu/esco/\\S+|[0-9][0-9.\\-]*");

  @Property(tries = 300)
  void the_commissioner_never_sees_a_name_note_or_health_text_not_shared_with_them(
      @ForAll("trajectories") Trajectory trajectory) {
    String json = LoopbaanJson.writer(View.COMMISSIONER).write(trajectory);
    Set<String> shared =
        Items.personalTexts(
            Items.shared(
                trajectory, s -> s.getVisibility() == Visibility.SHARED_WITH_COMMISSIONER));
    for (String text : PersonalDataScan.personalTexts(trajectory)) {
      if (!shared.contains(text)) {
        assertThat(json)
            .as("personal text in the commissioner's view")
            .doesNotContain(quoted(text));
      }
    }
    for (String text : PersonalDataScan.texts(trajectory, DataCategory.HEALTH)) {
      assertThat(json).as("health text in the commissioner's view").doesNotContain(quoted(text));
    }
    assertThat(json)
        .doesNotContain("\"private_to_coach\"")
        .doesNotContain("\"shared_with_client\"");
  }

  @Property(tries = 300)
  void the_anonymised_view_holds_no_personal_text_no_identifier_and_no_free_text(
      @ForAll("trajectories") Trajectory trajectory) {
    String json = LoopbaanJson.writer(View.ANONYMISED).write(trajectory);
    for (String text : PersonalDataScan.personalTexts(trajectory)) {
      assertThat(json).doesNotContain(quoted(text));
    }
    JsonNode tree = LoopbaanJson.mapper().readTree(json);
    List<String> names = new ArrayList<>();
    List<String> strings = new ArrayList<>();
    collect(tree, names, strings);
    assertThat(names)
        .doesNotContain(
            "id",
            "name",
            "birthYear",
            "text",
            "ownWords",
            "answer",
            "title",
            "clientName",
            "organisationName");
    assertThat(strings).allSatisfy(s -> assertThat(s).matches(NOT_FREE_TEXT));
    assertThat(tree.get("client").has("ageBand"))
        .isEqualTo(trajectory.getClient().ageBandOn(trajectory.getOpenedOn()).isPresent());
  }

  @Property(tries = 300)
  void the_client_never_sees_an_item_private_to_the_coach(
      @ForAll("trajectories") Trajectory trajectory) {
    String json = LoopbaanJson.writer(View.CLIENT).write(trajectory);
    List<Shared> visible =
        Items.shared(trajectory, s -> s.getVisibility() != Visibility.PRIVATE_TO_COACH);
    Set<String> allowed = Items.personalTexts(visible);
    allowed.addAll(outsideItems(trajectory));
    // A generated text may also stand outside every private item (the same sentence as a plan's
    // evaluation, say): there the client may see it.
    outsidePrivateItems(
        LoopbaanJson.mapper().readTree(LoopbaanJson.standard().write(trajectory)), allowed);
    for (String text :
        Items.personalTexts(
            Items.shared(trajectory, s -> s.getVisibility() == Visibility.PRIVATE_TO_COACH))) {
      if (!allowed.contains(text)) {
        assertThat(json).as("private text in the client's view").doesNotContain(quoted(text));
      }
    }
    assertThat(json).doesNotContain("\"private_to_coach\"");
  }

  @Property(tries = 300)
  void a_plan_whose_storage_was_refused_is_only_its_checklist_in_every_view(
      @ForAll("plans") DevelopmentPlan plan) {
    DevelopmentPlan refused = plan.withStorageConsent(StorageConsent.CHECKLIST_ONLY);
    assertThat(
            LoopbaanJson.standard()
                .read(LoopbaanJson.writer(View.FULL).write(refused), DevelopmentPlan.class))
        .isEqualTo(refused.toChecklist());
    for (View view : View.values()) {
      String json = LoopbaanJson.writer(view).write(refused);
      JsonNode tree = LoopbaanJson.mapper().readTree(json);
      assertThat(tree.get("storageConsent").stringValue()).isEqualTo("checklist_only");
      for (Map.Entry<String, JsonNode> item : tree.get("checklist").properties()) {
        assertThat(item.getValue().isBoolean()).isTrue();
      }
      for (String name :
          List.of("careerQuestion", "reflections", "insights", "decisions", "goals")) {
        assertThat(tree.has(name) ? tree.get(name).size() : 0).as(name).isZero();
      }
      // The checklist keeps the named trainings (the attest needs them on record); every other
      // text is gone from every view, and the restricted views hold no personal text at all.
      Set<String> kept =
          view == View.COMMISSIONER || view == View.ANONYMISED
              ? Set.of()
              : PersonalDataScan.personalTexts(refused.toChecklist());
      for (String text : PersonalDataScan.personalTexts(refused)) {
        if (!kept.contains(text)) {
          assertThat(json).doesNotContain(text);
        }
      }
    }
  }

  @Property(tries = 300)
  void a_client_outside_a_trajectory_in_the_commissioner_and_anonymised_views(
      @ForAll("clients") Client client) {
    for (View view : List.of(View.COMMISSIONER, View.ANONYMISED)) {
      String json = LoopbaanJson.writer(view).write(client);
      assertThat(json)
          .doesNotContain("\"name\"")
          .doesNotContain("\"birthYear\"")
          .doesNotContain("\"healthConcerns\"")
          .doesNotContain("\"privateSituation\"");
      client.getName().ifPresent(name -> assertThat(json).doesNotContain(name));
    }
  }

  /**
   * @return the personal texts of the trajectory outside any item private to the coach
   */
  private static Set<String> outsideItems(Trajectory trajectory) {
    Trajectory stripped =
        Trajectory.builder()
            .from(trajectory)
            .notes(List.of())
            .assignments(List.of())
            .instrumentResults(List.of())
            .scenarios(List.of())
            .build();
    Set<String> texts = PersonalDataScan.personalTexts(stripped);
    texts.removeAll(
        Items.personalTexts(
            Items.shared(stripped, s -> s.getVisibility() == Visibility.PRIVATE_TO_COACH)));
    return texts;
  }

  /** Collects the texts of the full document that are not inside an item private to the coach. */
  private static void outsidePrivateItems(JsonNode node, Set<String> texts) {
    if (node.isObject()) {
      JsonNode visibility = node.get("visibility");
      if (visibility != null && "private_to_coach".equals(visibility.asString())) {
        return;
      }
      node.forEach(child -> outsidePrivateItems(child, texts));
    } else if (node.isArray()) {
      node.forEach(child -> outsidePrivateItems(child, texts));
    } else if (node.isString()) {
      texts.add(node.stringValue());
    }
  }

  private static String quoted(String text) {
    return new String(LoopbaanJson.mapper().writeValueAsString(text));
  }

  private static void collect(JsonNode node, List<String> names, List<String> strings) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        names.add(property.getKey());
        collect(property.getValue(), names, strings);
      }
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, names, strings));
    } else if (node.isString()) {
      strings.add(node.stringValue());
    }
  }

  @Provide
  Arbitrary<Trajectory> trajectories() {
    return TrajectoryArbitraries.trajectories();
  }

  @Provide
  Arbitrary<DevelopmentPlan> plans() {
    return PlanArbitraries.developmentPlans();
  }

  @Provide
  Arbitrary<Client> clients() {
    return PartyArbitraries.clients();
  }
}
