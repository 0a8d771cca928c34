package io.github.loopbaan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.internal.Labels;
import io.github.loopbaan.core.party.EmploymentSituation;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every enum of the model has stable, well-formed codes and labels in both languages. */
class CodedConstantsTest {

  private final List<Class<? extends Enum<?>>> enums = ModelScan.codedEnums();

  @Test
  void the_scan_finds_the_model_enums() {
    assertThat(enums).contains(EmploymentSituation.class);
    assertThat(enums).hasSizeGreaterThan(5);
  }

  @Test
  void codes_are_lower_case_words_and_unique_within_each_enum() {
    for (Class<? extends Enum<?>> type : enums) {
      Set<String> seen = new HashSet<>();
      for (Enum<?> constant : type.getEnumConstants()) {
        String code = ((Coded) constant).code();
        assertThat(code)
            .as(type.getSimpleName() + "." + constant.name())
            .matches("[a-z][a-z0-9_]*");
        assertThat(seen.add(code))
            .as("duplicate code " + code + " in " + type.getSimpleName())
            .isTrue();
      }
    }
  }

  @Test
  void every_constant_has_a_non_blank_label_in_nl_and_en() {
    for (Class<? extends Enum<?>> type : enums) {
      for (Enum<?> constant : type.getEnumConstants()) {
        for (String language : Labels.LANGUAGES) {
          assertThat(((Coded) constant).label(Locale.forLanguageTag(language)))
              .as(type.getSimpleName() + "." + constant.name() + " in " + language)
              .isNotBlank();
        }
      }
    }
  }

  @Test
  void nl_and_en_bundles_have_the_same_keys_and_no_stray_keys() {
    Map<String, Set<String>> expectedPerPackage = new TreeMap<>();
    Map<String, Class<?>> anchor = new TreeMap<>();
    for (Class<? extends Enum<?>> type : enums) {
      Set<String> keys =
          expectedPerPackage.computeIfAbsent(type.getPackageName(), p -> new TreeSet<>());
      anchor.putIfAbsent(type.getPackageName(), type);
      for (Enum<?> constant : type.getEnumConstants()) {
        keys.add(type.getSimpleName() + "." + constant.name());
      }
    }
    for (Map.Entry<String, Set<String>> entry : expectedPerPackage.entrySet()) {
      Properties en = Labels.bundle(anchor.get(entry.getKey()), "en");
      Properties nl = Labels.bundle(anchor.get(entry.getKey()), "nl");
      assertThat(new TreeSet<>(en.stringPropertyNames()))
          .as("en keys of " + entry.getKey())
          .isEqualTo(new TreeSet<>(nl.stringPropertyNames()));
      assertThat(new TreeSet<>(en.stringPropertyNames()))
          .as("keys of " + entry.getKey())
          .containsAll(entry.getValue());
    }
  }

  @Test
  void dutch_is_chosen_for_nl_and_nl_BE_and_english_for_everything_else() {
    assertThat(EmploymentSituation.SCHOOL_LEAVER.label(Locale.forLanguageTag("nl")))
        .isEqualTo("Schoolverlater");
    assertThat(EmploymentSituation.SCHOOL_LEAVER.label(Locale.forLanguageTag("nl-BE")))
        .isEqualTo("Schoolverlater");
    assertThat(EmploymentSituation.SCHOOL_LEAVER.label(Locale.ENGLISH)).isEqualTo("School-leaver");
    assertThat(EmploymentSituation.SCHOOL_LEAVER.label(Locale.GERMAN)).isEqualTo("School-leaver");
  }

  @Test
  void byCode_finds_each_constant_and_rejects_unknown_codes_naming_the_enum() {
    for (EmploymentSituation s : EmploymentSituation.values()) {
      assertThat(Coded.byCode(EmploymentSituation.class, s.code())).isSameAs(s);
    }
    assertThatThrownBy(() -> Coded.byCode(EmploymentSituation.class, "FORCED_MOBILITY"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EmploymentSituation")
        .hasMessageContaining("forced_mobility");
  }
}
