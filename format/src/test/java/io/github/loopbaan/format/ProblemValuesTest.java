package io.github.loopbaan.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Problem documents and their violations are values, and every text exists in both languages. */
class ProblemValuesTest {

  private static final Locale NL = Locale.forLanguageTag("nl-BE");

  @Test
  void documents_and_violations_are_values() {
    LoopbaanJsonException e = new LoopbaanJsonException(Problem.TRUNCATED, "$.a", "r");
    ProblemDetails a = ProblemDetails.of(e, NL);
    assertThat(a).isEqualTo(ProblemDetails.of(e, NL)).hasSameHashCodeAs(ProblemDetails.of(e, NL));
    assertThat(a).isNotEqualTo(ProblemDetails.of(e, Locale.ENGLISH));
    assertThat(a)
        .isNotEqualTo(
            ProblemDetails.of(new LoopbaanJsonException(Problem.TRUNCATED, "$.b", "r"), NL));
    assertThat(a)
        .isNotEqualTo(
            ProblemDetails.of(new LoopbaanJsonException(Problem.MALFORMED, "$.a", "r"), NL));
    assertThat(a).isNotEqualTo(null).isNotEqualTo("truncated");
    assertThat(a.equals(a)).isTrue();
    assertThat(a.hashCode())
        .isNotEqualTo(ProblemDetails.of(e, Locale.ENGLISH).hashCode())
        .isNotZero();
    assertThat(a.toString()).contains("truncated").contains("400").doesNotContain("$.a");
    InvalidValueException one = new InvalidValueException("Note", "text", "not_blank", "x");
    ProblemViolation v = ProblemDetails.of(one, NL).getViolations().get(0);
    assertThat(v)
        .isEqualTo(ProblemDetails.of(one, NL).getViolations().get(0))
        .hasSameHashCodeAs(ProblemDetails.of(one, NL).getViolations().get(0));
    for (InvalidValueException other :
        List.of(
            new InvalidValueException("Note", "text", "not_ordinary", "x"),
            new InvalidValueException("Note", "title", "not_blank", "x"),
            new InvalidValueException("Nota", "text", "not_blank", "x"))) {
      assertThat(v).isNotEqualTo(ProblemDetails.of(other, NL).getViolations().get(0));
    }
    assertThat(v).isNotEqualTo(ProblemDetails.of(one, Locale.ENGLISH).getViolations().get(0));
    assertThat(v).isNotEqualTo(null).isNotEqualTo("not_blank");
    assertThat(v.equals(v)).isTrue();
    assertThat(v.hashCode())
        .isNotEqualTo(ProblemDetails.of(one, Locale.ENGLISH).getViolations().get(0).hashCode())
        .isNotZero();
    assertThat(v.toString()).contains("not_blank").contains("Note.text");
    ProblemViolation noPath = ProblemViolation.of("c", v.getType(), "", "warning", "d");
    assertThat(noPath.getPath()).isEmpty();
    assertThat(noPath).isNotEqualTo(ProblemViolation.of("c", v.getType(), "p", "warning", "d"));
    assertThat(noPath).isNotEqualTo(ProblemViolation.of("c", v.getType(), "", "error", "d"));
  }

  @Test
  void every_text_exists_in_both_languages() {
    assertThat(ProblemTexts.texts("nl").keySet()).isEqualTo(ProblemTexts.texts("en").keySet());
    assertThat(ProblemTexts.texts("nl").get("read.title"))
        .isEqualTo("Het document kan niet gelezen worden");
    assertThat(ProblemTexts.texts("en").get("read.title")).isEqualTo("The document cannot be read");
    for (Problem problem : Problem.values()) {
      assertThat(ProblemTexts.texts("en")).containsKey("read." + problem.code());
    }
    assertThatThrownBy(() -> ProblemTexts.text("en", "nothing"))
        .isInstanceOf(IllegalStateException.class);
  }
}
