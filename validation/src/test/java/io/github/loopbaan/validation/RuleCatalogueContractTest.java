package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.rules.Base;
import io.github.loopbaan.core.rules.FlemishVoucher;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The value contracts of {@link RuleInfo} and {@link RuleSet} (equality over every part, hash
 * codes, texts) and the rule catalogue of {@link LoopbaanValidator#rules()}.
 */
class RuleCatalogueContractTest {

  static RuleInfo info(
      String code,
      String ruleSet,
      Severity severity,
      String type,
      String source,
      String en,
      String nl) {
    return new RuleInfo(code, ruleSet, severity, type, source, en, nl);
  }

  /** A marker interface for a rule set of a user's own. */
  interface OwnRules {}

  @Test
  void rule_infos_are_equal_exactly_when_every_part_is_equal() {
    RuleInfo r = info("c", "base", Severity.ERROR, "Session", "000", "text", "tekst");
    assertThat(r)
        .isEqualTo(info("c", "base", Severity.ERROR, "Session", "000", "text", "tekst"))
        .hasSameHashCodeAs(info("c", "base", Severity.ERROR, "Session", "000", "text", "tekst"));
    List<RuleInfo> others =
        List.of(
            info("d", "base", Severity.ERROR, "Session", "000", "text", "tekst"),
            info("c", "flemish_voucher", Severity.ERROR, "Session", "000", "text", "tekst"),
            info("c", "base", Severity.WARNING, "Session", "000", "text", "tekst"),
            info("c", "base", Severity.ERROR, "Trajectory", "000", "text", "tekst"),
            info("c", "base", Severity.ERROR, "Session", "004", "text", "tekst"),
            info("c", "base", Severity.ERROR, "Session", "000", "other", "tekst"),
            info("c", "base", Severity.ERROR, "Session", "000", "text", "andere"));
    for (RuleInfo other : others) {
      assertThat(r).isNotEqualTo(other);
    }
    assertThat(r).isNotEqualTo("c");
    assertThat(r.hashCode()).isNotZero();
  }

  @Test
  void a_rule_info_gives_its_parts_and_its_text_per_language() {
    RuleInfo r = info("c", "base", Severity.WARNING, "Session", "000", "text", "tekst");
    assertThat(r.code()).isEqualTo("c");
    assertThat(r.ruleSet()).isEqualTo("base");
    assertThat(r.severity()).isEqualTo(Severity.WARNING);
    assertThat(r.type()).isEqualTo("Session");
    assertThat(r.source()).isEqualTo("000");
    assertThat(r.text(Locale.forLanguageTag("nl"))).isEqualTo("tekst");
    assertThat(r.text(Locale.ENGLISH)).isEqualTo("text");
    assertThat(r).hasToString("RuleInfo[c base warning]");
  }

  @Test
  void the_catalogue_lists_base_rules_first_each_with_a_severity_a_type_and_both_texts() {
    try (LoopbaanValidator validator = LoopbaanValidator.create()) {
      List<RuleInfo> rules = validator.rules();
      assertThat(rules).isNotEmpty();
      assertThat(rules.get(0).ruleSet()).isEqualTo("base");
      assertThat(rules).extracting(RuleInfo::ruleSet).contains("flemish_voucher");
      assertThat(rules)
          .allSatisfy(
              r -> {
                assertThat(r.severity()).isNotNull();
                assertThat(r.type()).isNotBlank();
                assertThat(r.text(Locale.ENGLISH)).isNotBlank();
                assertThat(r.text(Locale.forLanguageTag("nl"))).isNotBlank();
              });
    }
  }

  @Test
  void rule_sets_are_equal_exactly_when_code_and_group_are_equal() {
    RuleSet own = RuleSet.of("own_rules", OwnRules.class);
    assertThat(own)
        .isEqualTo(RuleSet.of("own_rules", OwnRules.class))
        .hasSameHashCodeAs(RuleSet.of("own_rules", OwnRules.class));
    assertThat(own).isNotEqualTo(RuleSet.of("other_rules", OwnRules.class));
    assertThat(own).isNotEqualTo(RuleSet.of("own_rules", Base.class));
    assertThat(own).isNotEqualTo("own_rules");
    assertThat(own.hashCode()).isNotZero();
    assertThat(own).hasToString("RuleSet[own_rules@1]");
    assertThat(own.code()).isEqualTo("own_rules");
    assertThat(own.group()).isEqualTo(OwnRules.class);
    assertThatThrownBy(() -> RuleSet.of("Own Rules", OwnRules.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleSet.of("own", String.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_code_of_a_group_is_base_for_the_default_groups_and_snake_case_of_its_name_otherwise() {
    assertThat(RuleSet.codeOf(Base.class)).isEqualTo("base");
    assertThat(RuleSet.codeOf(Default.class)).isEqualTo("base");
    assertThat(RuleSet.codeOf(FlemishVoucher.class)).isEqualTo("flemish_voucher");
    assertThat(RuleSet.codeOf(OwnRules.class)).isEqualTo("own_rules");
    assertThat(RuleSet.BASE.code()).isEqualTo("base");
    assertThat(RuleSet.FLEMISH_VOUCHER.code()).isEqualTo("flemish_voucher");
  }
}
