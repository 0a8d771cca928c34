package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.testkit.RuleArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The nl and en message bundles agree, and every rule declared on the model has a message in both.
 */
class MessagesTest {

  @Test
  void nl_and_en_bundles_have_the_same_keys() {
    Properties en = Texts.file("ContributorValidationMessages.properties");
    Properties nl = Texts.file("ContributorValidationMessages_nl.properties");
    assertThat(new TreeSet<>(en.stringPropertyNames()))
        .isNotEmpty()
        .isEqualTo(new TreeSet<>(nl.stringPropertyNames()));
    for (String key : en.stringPropertyNames()) {
      assertThat(nl.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key));
    }
  }

  @Test
  void no_root_validation_messages_bundle_is_shipped() {
    assertThat(Texts.class.getClassLoader().getResource("ValidationMessages.properties")).isNull();
  }

  @Test
  void every_rule_on_the_model_has_a_stable_code_a_source_and_texts_in_both_languages() {
    try (LoopbaanValidator rules = LoopbaanValidator.create()) {
      List<RuleInfo> infos = rules.rules();
      List<String> expected = new ArrayList<>(RuleArbitraries.BASE_CODES);
      expected.addAll(RuleArbitraries.VOUCHER_CODES);
      expected.addAll(RuleArbitraries.HISTORY_CODES);
      expected.addAll(RuleArbitraries.REGIME_CODES);
      assertThat(infos).extracting(RuleInfo::code).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(infos.stream().map(RuleInfo::code).collect(Collectors.toSet()))
          .hasSize(infos.size());
      for (RuleInfo info : infos) {
        assertThat(info.code()).matches("(base|vch)_[a-z0-9_]+");
        assertThat(info.ruleSet())
            .isEqualTo(info.code().startsWith("base_") ? "base" : "flemish_voucher");
        assertThat(info.source()).as(info.code()).isNotBlank();
        assertThat(info.text(Locale.ENGLISH)).as(info.code()).isNotBlank().doesNotStartWith("{");
        assertThat(info.text(Locale.forLanguageTag("nl-BE")))
            .as(info.code())
            .isNotBlank()
            .doesNotStartWith("{")
            .isNotEqualTo(info.text(Locale.ENGLISH));
      }
      assertThat(infos.get(0).ruleSet()).isEqualTo("base");
    }
  }

  @Test
  void severities_have_labels_in_both_languages() {
    assertThat(Severity.WARNING.label(Locale.forLanguageTag("nl"))).isEqualTo("Waarschuwing");
    assertThat(Severity.ERROR.label(Locale.ENGLISH)).isEqualTo("Error");
    assertThat(Severity.ERROR.code()).isEqualTo("error");
  }
}
