package io.github.loopbaan.serialization.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.question.CareerQuestion;
import io.github.loopbaan.core.question.CareerQuestionCommand;
import io.github.loopbaan.core.question.CareerQuestionId;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.question.CoachingApproach;
import io.github.loopbaan.core.question.Dimension;
import io.github.loopbaan.core.question.EvolutionKind;
import io.github.loopbaan.core.question.QuestionDomain;
import io.github.loopbaan.core.session.Assignment;
import io.github.loopbaan.core.session.Instrument;
import io.github.loopbaan.core.session.InstrumentResult;
import io.github.loopbaan.core.session.InstrumentResultId;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.format.View;
import io.github.loopbaan.format.conformance.Examples;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An entry of an open catalogue is written as its code and read back through the reader's
 * catalogue: an application's entry reads back equal with a catalogue that lists it, and is refused
 * as {@code unknown_code} at its path, without quoting the code, by a reader whose catalogue does
 * not. Every read entry (plain values, documents in one pass and through the tree, the module in a
 * host's mapper) resolves the same way.
 */
class CatalogueJsonTest {

  private static final Instrument DISC =
      Instrument.custom("acme:disc")
          .dimension(Dimension.BEING)
          .label(Locale.ENGLISH, "DISC profile")
          .label(Locale.forLanguageTag("nl"), "DISC-profiel")
          .build();

  private static final Catalogue CATALOGUE = Catalogue.builder().add(DISC).build();

  private static Trajectory withDisc() {
    Trajectory t = Examples.trajectory();
    Assignment assignment = t.getAssignments().get(0);
    return Trajectory.builder()
        .from(t)
        .assignments(List.of(Assignment.builder().from(assignment).instrument(DISC).build()))
        .addInstrumentResults(
            InstrumentResult.builder()
                .id(InstrumentResultId.of("r-disc"))
                .instrument(DISC)
                .administeredOn(t.getOpenedOn().plusDays(20))
                .build(),
            InstrumentResult.builder()
                .id(InstrumentResultId.of("r-values"))
                .instrument(Instrument.VALUES_OVERVIEW)
                .administeredOn(t.getOpenedOn().plusDays(21))
                .build())
        .build();
  }

  @Test
  void an_entry_is_written_as_its_code_alone() throws Exception {
    String json = LoopbaanJson.standard().write(withDisc());
    assertThat(json)
        .contains("\"instrument\":\"acme:disc\"")
        .contains("\"instrument\":\"values_overview\"")
        .doesNotContain("DISC profile")
        .doesNotContain("DISC-profiel");
  }

  @Test
  void a_document_with_an_application_entry_reads_back_equal_through_a_reader_with_the_catalogue()
      throws Exception {
    LoopbaanJson json = LoopbaanJson.builder().catalogue(CATALOGUE).build();
    Trajectory t = withDisc();
    String document = json.writeDocument(t);
    Trajectory back = json.readDocument(document, Trajectory.class);
    assertThat(back).isEqualTo(t);
    assertThat(back.getInstrumentResults().get(0).getInstrument().label(Locale.ENGLISH))
        .isEqualTo("DISC profile");
    assertThat(json.readDocument(document.getBytes(StandardCharsets.UTF_8), Trajectory.class))
        .isEqualTo(t);
    assertThat(json.read(json.write(t), Trajectory.class)).isEqualTo(t);
    assertThat(json.catalogue()).isSameAs(CATALOGUE);
    assertThat(LoopbaanJson.standard().catalogue()).isSameAs(Catalogue.standard());
  }

  @Test
  void a_reader_without_the_catalogue_refuses_the_code_at_its_path_without_quoting_it()
      throws Exception {
    LoopbaanJson plain = LoopbaanJson.standard();
    String document = plain.writeDocument(withDisc());
    assertThatThrownBy(() -> plain.readDocument(document, Trajectory.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_CODE);
              assertThat(e.getPath()).isEqualTo("$.content.assignments[0].instrument");
              assertThat(e.getMessage())
                  .doesNotContain("acme")
                  .contains("Instrument")
                  .contains("life_line")
                  .contains("reader's catalogue, which does not list this one");
            });
    String bare = plain.write(withDisc());
    assertThatThrownBy(() -> plain.read(bare, Trajectory.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_CODE);
              assertThat(e.getPath()).isEqualTo("$.assignments[0].instrument");
            });
  }

  @Test
  void a_code_that_is_neither_standard_nor_namespaced_is_refused_by_every_reader()
      throws Exception {
    LoopbaanJson json = LoopbaanJson.builder().catalogue(CATALOGUE).build();
    String bare = json.write(withDisc()).replace("\"acme:disc\"", "\"disc\"");
    assertThatThrownBy(() -> json.read(bare, Trajectory.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_CODE);
              assertThat(e.getMessage()).contains("which this code is not");
            });
  }

  @Test
  void a_code_with_another_meaning_in_the_catalogue_reads_as_the_catalogues_entry()
      throws Exception {
    Instrument otherMeaning =
        Instrument.custom("acme:disc").label(Locale.ENGLISH, "Disc golf aptitude").build();
    LoopbaanJson writer = LoopbaanJson.builder().catalogue(CATALOGUE).build();
    LoopbaanJson other =
        LoopbaanJson.builder().catalogue(Catalogue.builder().add(otherMeaning).build()).build();
    Trajectory back = other.read(writer.write(withDisc()), Trajectory.class);
    assertThat(back.getInstrumentResults().get(0).getInstrument()).isEqualTo(otherMeaning);
  }

  @Test
  void an_older_document_read_through_the_tree_resolves_entries_through_the_catalogue_too()
      throws Exception {
    LoopbaanJson json = LoopbaanJson.builder().catalogue(CATALOGUE).lenient().build();
    Trajectory t = withDisc();
    assertThat(json.readDocument(json.writeDocument(t), Trajectory.class)).isEqualTo(t);
  }

  @Test
  void a_hosts_mapper_with_the_module_for_a_catalogue_reads_the_application_entries()
      throws Exception {
    JsonMapper withCatalogue =
        JsonMapper.builder().addModule(LoopbaanModule.withCatalogue(CATALOGUE)).build();
    JsonMapper without = JsonMapper.builder().addModule(new LoopbaanModule()).build();
    String json = withCatalogue.writeValueAsString(Map.of("instrument", DISC));
    assertThat(json).isEqualTo("{\"instrument\":\"acme:disc\"}");
    InstrumentHolder holder = withCatalogue.readValue(json, InstrumentHolder.class);
    assertThat(holder.instrument).isEqualTo(DISC);
    assertThat(withCatalogue.readValue("\"life_line\"", Instrument.class))
        .isSameAs(Instrument.LIFE_LINE);
    assertThatThrownBy(() -> without.readValue(json, InstrumentHolder.class))
        .hasMessageContaining("unknown Instrument code");
  }

  @Test
  void an_applications_question_type_reads_back_and_is_left_out_of_the_restricted_views_alike()
      throws Exception {
    ClientQuestionType relocation =
        ClientQuestionType.custom("acme:relocation")
            .approach(CoachingApproach.CHOICE_GUIDANCE)
            .dataCategory(DataCategory.PERSONAL)
            .label(Locale.ENGLISH, "Relocation abroad")
            .build();
    ClientQuestionType burnOut =
        ClientQuestionType.custom("acme:burn-out-return")
            .approach(CoachingApproach.STRESS_COACHING)
            .domain(QuestionDomain.WORK_FUNCTIONING)
            .dataCategory(DataCategory.HEALTH)
            .label(Locale.ENGLISH, "Return after burn-out")
            .build();
    LoopbaanJson json =
        LoopbaanJson.builder()
            .catalogue(Catalogue.builder().add(relocation).add(burnOut).build())
            .build();
    for (ClientQuestionType type : List.of(relocation, burnOut)) {
      CareerQuestion question =
          CareerQuestion.builder()
              .id(CareerQuestionId.of("q-7"))
              .ownWords("Wat nu?")
              .askedOn(LocalDate.of(2025, 1, 6))
              .initialType(ClientQuestionType.CHOICE)
              .build()
              .evolve(
                  type, LocalDate.of(2025, 1, 20), EvolutionKind.CHANGED, "Blijkt iets anders.");
      assertThat(json.read(json.write(question), CareerQuestion.class)).isEqualTo(question);
      for (View view : List.of(View.COMMISSIONER, View.ANONYMISED)) {
        assertThat(LoopbaanJson.writer(view).write(question))
            .as(view.toString())
            .doesNotContain("acme")
            .doesNotContain("choice")
            .startsWith(
                "{\"askedOn\":\"2025-01-06\",\"evolutions\":[{\"date\":\"2025-01-20\","
                    + "\"kind\":\"changed\"}]");
      }
      assertThatThrownBy(
              () -> LoopbaanJson.standard().read(json.write(question), CareerQuestion.class))
          .isInstanceOfSatisfying(
              LoopbaanJsonException.class,
              e -> {
                assertThat(e.getPath()).isEqualTo("$.evolutions[0].toType");
                assertThat(e.getMessage()).doesNotContain("acme").doesNotContain("burn");
              });
    }
  }

  @Test
  void an_evolve_command_carries_its_target_type_and_reads_it_through_the_catalogue()
      throws Exception {
    ClientQuestionType relocation =
        ClientQuestionType.custom("acme:relocation")
            .approach(CoachingApproach.CHOICE_GUIDANCE)
            .dataCategory(DataCategory.PERSONAL)
            .label(Locale.ENGLISH, "Relocation abroad")
            .build();
    LoopbaanJson json =
        LoopbaanJson.builder().catalogue(Catalogue.builder().add(relocation).build()).build();
    CareerQuestionCommand evolve =
        CareerQuestionCommand.evolve(
            relocation, LocalDate.of(2025, 2, 1), EvolutionKind.DEEPENED, "Reden.");
    String written = json.write(evolve);
    assertThat(written).contains("\"kind\":\"evolve\"").contains("\"toType\":\"acme:relocation\"");
    assertThat(json.read(written, CareerQuestionCommand.class)).isEqualTo(evolve);
    assertThatThrownBy(() -> LoopbaanJson.standard().read(written, CareerQuestionCommand.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_CODE));
  }

  /** An application's own type that holds an instrument. */
  static final class InstrumentHolder {
    public Instrument instrument;
  }
}
