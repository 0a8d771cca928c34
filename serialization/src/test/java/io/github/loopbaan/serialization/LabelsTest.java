package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.internal.Labels;
import io.github.loopbaan.format.DocumentKind;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.View;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The enums of this module follow the model's rule: stable snake_case codes and nl and en labels.
 */
class LabelsTest {

  private static final List<Class<? extends Coded>> ENUMS =
      List.of(DocumentKind.class, LoopbaanJsonException.Problem.class, View.class);

  @Test
  void every_constant_has_a_unique_snake_case_code_and_both_labels() {
    for (Class<? extends Coded> type : ENUMS) {
      Set<String> codes = new HashSet<>();
      for (Coded constant : type.getEnumConstants()) {
        assertThat(constant.code()).matches("[a-z][a-z0-9_]*");
        assertThat(codes.add(constant.code())).as(constant.code()).isTrue();
        assertThat(constant.label(Locale.ENGLISH)).isNotBlank();
        assertThat(constant.label(Locale.forLanguageTag("nl-BE"))).isNotBlank();
      }
    }
  }

  @Test
  void both_bundles_have_the_same_keys() {
    assertThat(Labels.bundle(DocumentKind.class, "nl").keySet())
        .isEqualTo(Labels.bundle(DocumentKind.class, "en").keySet());
  }
}
