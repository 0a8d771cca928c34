package io.github.loopbaan.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.plan.InterventionKind;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.question.Dimension;
import io.github.loopbaan.core.question.MismatchCause;
import io.github.loopbaan.core.question.OrganisationalQuestion;
import io.github.loopbaan.core.question.OrganisationalQuestionCategory;
import io.github.loopbaan.core.question.OrganisationalQuestionSubtype;
import io.github.loopbaan.core.session.Instrument;
import io.github.loopbaan.core.trajectory.OutcomeKind;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A catalogue holds the library's standard entries and an application's own under namespaced codes,
 * finds both by code, and refuses codes and labels out of shape with the rule they break.
 */
class CatalogueTest {

  private static final Locale NL = Locale.forLanguageTag("nl");

  private static Instrument disc() {
    return Instrument.custom("acme:disc")
        .dimension(Dimension.BEING)
        .label(Locale.ENGLISH, "DISC profile")
        .label(NL, "DISC-profiel")
        .build();
  }

  @Test
  void the_standard_catalogue_finds_every_standard_instrument_by_its_code_and_nothing_else() {
    Catalogue standard = Catalogue.standard();
    for (Instrument instrument : Instrument.standardEntries()) {
      assertThat(standard.find(Instrument.class, instrument.code())).containsSame(instrument);
      assertThat(instrument.isStandard()).isTrue();
      assertThat(standard.contains(instrument)).isTrue();
    }
    assertThat(standard.find(Instrument.class, "acme:disc")).isEmpty();
    assertThat(standard.find(Instrument.class, "LIFE_LINE")).isEmpty();
    assertThat(standard.entries(Instrument.class)).isEqualTo(Instrument.standardEntries());
    assertThat(standard.applicationEntries(Instrument.class)).isEmpty();
    assertThat(Instrument.standardEntries()).hasSize(17);
  }

  @Test
  void standard_codes_are_unique_lower_case_words_with_labels_in_both_languages() {
    Set<String> codes = new HashSet<>();
    for (Instrument instrument : Instrument.standardEntries()) {
      assertThat(instrument.code()).matches("[a-z][a-z0-9_]*");
      assertThat(codes.add(instrument.code())).as(instrument.code()).isTrue();
      assertThat(instrument.label(Locale.ENGLISH)).isNotBlank();
      assertThat(instrument.label(NL)).isNotBlank();
      assertThat(instrument.labels()).isEmpty();
      assertThat(CatalogueCodes.isNamespaced(instrument.code())).isFalse();
    }
    assertThat(Instrument.LIFE_LINE.label(NL))
        .isEqualTo("Innerlijke en uiterlijke levenslijn (De Waard-van Maanen)");
    assertThat(Instrument.LIFE_LINE.label(Locale.GERMAN))
        .isEqualTo(Instrument.LIFE_LINE.label(Locale.ENGLISH));
  }

  @Test
  void an_application_entry_is_found_by_its_code_with_its_labels_and_core_question() {
    Catalogue catalogue = Catalogue.builder().add(disc()).build();
    Instrument found = catalogue.find(Instrument.class, "acme:disc").orElseThrow();
    assertThat(found).isEqualTo(disc()).hasSameHashCodeAs(disc());
    assertThat(found.isStandard()).isFalse();
    assertThat(found.dimension()).contains(Dimension.BEING);
    assertThat(found.label(NL)).isEqualTo("DISC-profiel");
    assertThat(found.label(Locale.FRENCH)).isEqualTo("DISC profile");
    assertThat(found.toString()).isEqualTo("acme:disc");
    assertThat(catalogue.entries(Instrument.class)).hasSize(18).endsWith(disc());
    assertThat(catalogue.applicationEntries(Instrument.class)).containsExactly(disc());
    assertThat(catalogue.contains(disc())).isTrue();
    assertThat(catalogue.find(Instrument.class, "life_line")).containsSame(Instrument.LIFE_LINE);
    assertThat(catalogue.toString()).isEqualTo("Catalogue[Instrument: acme:disc]");
  }

  @Test
  void an_entry_with_a_known_code_but_another_meaning_is_not_contained_and_cannot_be_added() {
    Instrument otherDisc =
        Instrument.custom("acme:disc").label(Locale.ENGLISH, "DISC profile").build();
    assertThat(otherDisc).isNotEqualTo(disc());
    Catalogue catalogue = Catalogue.builder().add(disc()).build();
    assertThat(catalogue.contains(otherDisc)).isFalse();
    assertThatThrownBy(() -> catalogue.toBuilder().add(otherDisc))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another Instrument with the code acme:disc");
    assertThat(catalogue.toBuilder().add(disc()).build()).isEqualTo(catalogue);
  }

  @Test
  void standard_entries_are_in_every_catalogue_already() {
    assertThatThrownBy(() -> Catalogue.builder().add(Instrument.LIFE_LINE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("standard Instrument entries");
  }

  @Test
  void builders_copy_catalogues_and_an_empty_builder_gives_the_standard_catalogue() {
    Catalogue catalogue = Catalogue.builder().add(disc()).build();
    assertThat(Catalogue.builder().from(catalogue).build()).isEqualTo(catalogue);
    assertThat(Catalogue.builder().build()).isSameAs(Catalogue.standard());
    assertThat(Catalogue.standard()).isNotEqualTo(catalogue);
    assertThat(Catalogue.standard().toString()).isEqualTo("Catalogue[]");
    assertThat(Catalogue.types())
        .containsExactly(
            Instrument.class,
            ClientQuestionType.class,
            OrganisationalQuestionSubtype.class,
            OutcomeKind.class,
            InterventionKind.class);
    assertThat(Catalogue.isCatalogued(Instrument.class)).isTrue();
    assertThat(Catalogue.isCatalogued(Dimension.class)).isFalse();
  }

  @Test
  void a_type_that_is_not_catalogued_is_refused_with_the_catalogued_types_named() {
    assertThatThrownBy(() -> Catalogue.standard().entries(CatalogueEntry.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CatalogueEntry is not a catalogued type")
        .hasMessageContaining("Instrument");
  }

  @Test
  void namespaced_codes_have_a_namespace_and_a_name_outside_the_reserved_namespace() {
    for (String good : List.of("acme:disc", "hr-suite:mbti.short", "a:0", "x1:a-b_c")) {
      assertThat(CatalogueCodes.isNamespaced(good)).as(good).isTrue();
    }
    for (String bad :
        List.of(
            "disc",
            "Acme:disc",
            "acme:Disc",
            "acme:",
            ":disc",
            "1acme:disc",
            "acme:disc:x",
            "acme:_disc",
            "loopbaan:disc",
            "acme: disc",
            "a".repeat(33) + ":x",
            "acme:" + "d".repeat(65))) {
      assertThat(CatalogueCodes.isNamespaced(bad)).as(bad).isFalse();
    }
    assertThat(CatalogueCodes.isNamespaced("a".repeat(32) + ":" + "d".repeat(64))).isTrue();
    assertThat(CatalogueCodes.isNamespaced(null)).isFalse();
  }

  @Test
  void an_application_entry_needs_a_namespaced_code_and_an_english_label() {
    assertThatThrownBy(() -> Instrument.custom("disc"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getRule()).isEqualTo("namespaced_code");
              assertThat(e.getAttribute()).isEqualTo("code");
              assertThat(e.getMessage()).doesNotContain("disc\"").contains("namespace:name");
            });
    assertThatThrownBy(() -> Instrument.custom("acme:disc").label(NL, "DISC-profiel").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("english_label"));
    assertThatThrownBy(() -> Instrument.custom("acme:disc").label(Locale.ENGLISH, " ").build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(
            () -> Instrument.custom("acme:disc").label(Locale.ENGLISH, "x".repeat(100_001)).build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void an_applications_organisational_question_belongs_to_a_column_of_table_1_2() {
    OrganisationalQuestionSubtype returnToWork =
        OrganisationalQuestionSubtype.custom("acme:return-to-work")
            .category(OrganisationalQuestionCategory.MISMATCH_STAGNATION)
            .label(Locale.ENGLISH, "Return to work")
            .build();
    assertThat(returnToWork.category())
        .isEqualTo(OrganisationalQuestionCategory.MISMATCH_STAGNATION);
    assertThat(OrganisationalQuestion.of(returnToWork).category())
        .isEqualTo(OrganisationalQuestionCategory.MISMATCH_STAGNATION);
    assertThat(OrganisationalQuestionSubtype.of(OrganisationalQuestionCategory.MISMATCH_STAGNATION))
        .doesNotContain(returnToWork)
        .hasSize(3);
    assertThat(
            Catalogue.builder()
                .add(returnToWork)
                .build()
                .find(OrganisationalQuestionSubtype.class, "acme:return-to-work"))
        .contains(returnToWork);
    assertThat(OrganisationalQuestionSubtype.standardEntries()).hasSize(9);
    assertThatThrownBy(
            () -> OrganisationalQuestionSubtype.custom("acme:x").label(Locale.ENGLISH, "X").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getRule()).isEqualTo("required");
              assertThat(e.getAttribute()).isEqualTo("category");
            });
  }

  @Test
  void a_cause_of_mismatch_belongs_to_a_question_of_mismatch_and_is_never_printed() {
    OrganisationalQuestion problem =
        OrganisationalQuestion.of(OrganisationalQuestionSubtype.PROBLEM_SITUATION)
            .withMismatchCause(MismatchCause.SELECTION_ERROR);
    assertThat(problem.getMismatchCause()).contains(MismatchCause.SELECTION_ERROR);
    assertThat(problem.toString()).doesNotContain("selection");
    assertThatThrownBy(
            () ->
                OrganisationalQuestion.of(OrganisationalQuestionSubtype.TALENT_POOL)
                    .withMismatchCause(MismatchCause.INDIVIDUAL_PROBLEM))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getRule()).isEqualTo("mismatch_cause_for_mismatch"));
  }

  @Test
  void labels_are_per_iso_language_with_english_as_the_fallback() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("nl", "Kernkwadranten");
    labels.put("en", "Core qualities");
    EntryLabels entryLabels = EntryLabels.of(labels, "Instrument");
    assertThat(entryLabels.asMap())
        .containsExactly(Map.entry("en", "Core qualities"), Map.entry("nl", "Kernkwadranten"));
    assertThat(entryLabels.label(Locale.forLanguageTag("nl-BE"))).isEqualTo("Kernkwadranten");
    assertThat(entryLabels.label(Locale.JAPANESE)).isEqualTo("Core qualities");
    assertThat(entryLabels).isEqualTo(EntryLabels.of(Map.copyOf(labels), "Instrument"));
    assertThat(entryLabels.toString()).isEqualTo("EntryLabels[en, nl]");
    assertThatThrownBy(() -> EntryLabels.of(Map.of("en", "x", "EN", "y"), "Instrument"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("language_code"));
  }
}
