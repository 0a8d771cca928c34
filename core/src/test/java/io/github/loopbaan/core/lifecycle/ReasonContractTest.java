package io.github.loopbaan.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The value contract of {@link Reason} (equality over code and facts, a hash code that follows it)
 * and its message for a code without text.
 */
class ReasonContractTest {

  @Test
  void reasons_are_equal_exactly_when_code_and_facts_are_equal() {
    Reason reason = Reason.of("not_allowed").with("state", "intake");
    Reason same = Reason.of("not_allowed").with("state", "intake");
    assertThat(reason).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(reason).isNotEqualTo(Reason.of("not_allowed"));
    assertThat(reason).isNotEqualTo(Reason.of("not_allowed").with("state", "closed"));
    assertThat(reason).isNotEqualTo(Reason.of("other_code").with("state", "intake"));
    assertThat(reason).isNotEqualTo("not_allowed{state=intake}");
    assertThat(reason.hashCode()).isNotEqualTo(Reason.of("not_allowed").hashCode());
  }

  @Test
  void a_code_without_text_is_its_own_message_with_its_facts() {
    Reason bare = Reason.of("no_text_for_this_code_zz");
    assertThat(bare.message(Locale.ENGLISH)).isEqualTo("no_text_for_this_code_zz");
    assertThat(bare.with("n", 3).message(Locale.ENGLISH))
        .isEqualTo("no_text_for_this_code_zz {n=3}");
    assertThat(bare.with("n", 3).toString()).isEqualTo("no_text_for_this_code_zz{n=3}");
  }

  @Test
  void known_codes_have_texts_in_both_languages() {
    assertThat(Reason.texts("en")).isNotEmpty();
    assertThat(Reason.texts("nl")).isNotEmpty();
    String code = Reason.texts("en").keySet().iterator().next();
    assertThat(Reason.of(code).message(Locale.ENGLISH)).isEqualTo(Reason.texts("en").get(code));
    assertThat(Reason.of(code).message(Locale.forLanguageTag("nl")))
        .isEqualTo(Reason.texts("nl").get(code));
  }

  @Test
  void the_shared_texts_cannot_be_changed_through_texts() {
    // Issue 14 item 7: Reason.texts used to hand out the shared, mutable bundle.
    String code = Reason.texts("en").keySet().iterator().next();
    String before = Reason.of(code).message(Locale.ENGLISH);
    assertThatThrownBy(() -> Reason.texts("en").put(code, "changed by a caller"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Reason.texts("nl").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Reason.of(code).message(Locale.ENGLISH)).isEqualTo(before);
    assertThat(Reason.texts("xx")).isEmpty();
  }
}
