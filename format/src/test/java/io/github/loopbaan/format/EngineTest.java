package io.github.loopbaan.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.session.Note;
import io.github.loopbaan.core.session.NoteId;
import io.github.loopbaan.format.spi.FormatEngine;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine's own shortcuts, which its reads of bytes rely on. */
class EngineTest {

  @Test
  void the_quick_scan_sees_escaped_surrogates_in_either_case_and_nothing_else() {
    for (String escaped :
        new String[] {"\\ud800", "\\uD800", "\\uDBFF", "\\udc00", "\\uDFFF", "\\uDa00"}) {
      assertThat(
              Engine.mayHoldSurrogate(("\"" + escaped + "\"").getBytes(StandardCharsets.US_ASCII)))
          .as(escaped)
          .isTrue();
    }
    for (String plain :
        new String[] {"\\ud7ff", "\\ue000", "\\u0041", "\\ud", "ud800", "\\", "", "\"Els\""}) {
      assertThat(Engine.mayHoldSurrogate(plain.getBytes(StandardCharsets.US_ASCII)))
          .as(plain)
          .isFalse();
    }
    // An encoded surrogate is ill-formed UTF-8, refused before the scan (StrictUtf8Test).
    assertThat(
            Engine.mayHoldSurrogate(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}))
        .isFalse();
    assertThat(
            Engine.mayHoldSurrogate(new byte[] {'"', (byte) 0xED, (byte) 0x9F, (byte) 0xBF, '"'}))
        .isFalse();
    assertThat(Engine.mayHoldSurrogate("\"é ü €\"".getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void a_view_writes_alone_only_the_items_it_shows_and_never_a_shared_item_for_the_commissioner() {
    FormatEngine engine = FormatEngine.get();
    Note note =
        Note.of(NoteId.of("n-1"), "Twijfelt tussen twee richtingen", LocalDate.of(2026, 3, 2));
    Note forClient = note.withVisibility(Visibility.SHARED_WITH_CLIENT);
    Note forCommissioner = note.withVisibility(Visibility.SHARED_WITH_COMMISSIONER);

    assertThatNoException().isThrownBy(() -> engine.requireWritableAlone(note, View.FULL));
    assertThatNoException().isThrownBy(() -> engine.requireWritableAlone(forClient, View.CLIENT));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> engine.requireWritableAlone(note, View.CLIENT))
        .withMessage("The client view does not show this item");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> engine.requireWritableAlone(forCommissioner, View.COMMISSIONER))
        .withMessageContaining("only within its trajectory");
    // what is not a shared item is the view's business when it is written, not refused here
    assertThatNoException()
        .isThrownBy(() -> engine.requireWritableAlone("Lotte", View.COMMISSIONER));
  }

  @Test
  void the_size_of_a_read_container_counts_elements_entries_or_array_cells() {
    FormatEngine engine = FormatEngine.get();
    assertThat(engine.sizeOf(List.of(1, 2, 3))).isEqualTo(3);
    assertThat(engine.sizeOf(Map.of("a", 1, "b", 2))).isEqualTo(2);
    assertThat(engine.sizeOf(new String[4])).isEqualTo(4);
    assertThat(engine.sizeOf(new int[5])).isEqualTo(5);
    assertThat(engine.sizeOf("not a container")).isZero();
    assertThat(engine.sizeOf(null)).isZero();
  }
}
