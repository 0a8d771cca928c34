package io.github.loopbaan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The tour plays a whole trajectory, in both languages, and never prints personal data. */
class TourTest {

  private String play(Locale locale, Trajectory[] result) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    result[0] = new Tour(locale, new PrintStream(bytes, true, StandardCharsets.UTF_8)).play();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void the_english_tour_goes_from_introduction_to_closed_with_a_rejection_and_next_steps() {
    Trajectory[] t = new Trajectory[1];
    String out = play(Locale.ENGLISH, t);
    assertThat(t[0].getStage()).isEqualTo(TrajectoryStage.CLOSED);
    assertThat(out)
        .contains(
            "Hold the introductory conversation",
            "Hold the intake",
            "Pause",
            "Resume",
            "Hold the synthesis conversation",
            "Invite to the evaluation",
            "Hold aftercare",
            "Close")
        .contains("Rejected:", "The intake agreement is not signed yet")
        .contains("What may happen on", "until 2026-04-30")
        .contains("Registered hours:          7:50")
        .contains(
            "Voucher 1:                 individual 3:00, group 0:00, left 1:00, aftercare left 0:30",
            "Voucher 2:                 individual 4:00, group 0:00, left 0:00, aftercare left 0:00",
            "Voucher 1:                 individual 3:00, group 0:00, left 1:00, aftercare left 0:10")
        .contains("Regime:                    vdab_004@1")
        .contains("Training started (Learning)")
        .contains(
            "Attest for 2024-2025",
            "The guidance started after the start of the academic year of the attest",
            "Issue the training attest")
        .contains(
            "Excursion back to empowerment",
            "Record new work",
            "Start effective functioning in the new job")
        .contains("Effective functioning in the new job starts only once new work")
        .contains(
            "Validation under the base and the Flemish career-voucher rules",
            "No findings.",
            "vch_agreement_signed")
        .contains("Health data:               due for erasure on ")
        .contains("Personal data:             due for erasure on ")
        .contains("Subject access export:     ")
        .contains(
            "Consent given:             Recording health data, Sharing with the commissioning party")
        .containsPattern(
            "Erased on 20\\d\\d-\\d\\d-\\d\\d: +client ps-[0-9a-f]{24}, \\d+ items left")
        .containsPattern("events kept; \\d+ characters of JSON, read back equal: true")
        .contains("read back equal: true", "\"kind\":\"trajectory\"", "\"view\":\"commissioner\"");
    assertThat(t[0].getPhaseProgress().orElseThrow().getState().code()).isEqualTo("completed");
    assertThat(t[0].getDevelopmentPlan().orElseThrow().getRevisions()).hasSize(1);
    assertThat(t[0].getTrainingAttest().orElseThrow().getAcademicYear().getStartsOn())
        .isEqualTo(java.time.LocalDate.of(2025, 9, 1));
  }

  @Test
  void the_dutch_tour_speaks_dutch() {
    String out = play(Locale.forLanguageTag("nl-BE"), new Trajectory[1]);
    assertThat(out)
        .contains(
            "Intakegesprek voeren",
            "Geweigerd:",
            "Nazorg kan tot 2026-04-30",
            "Tijdlijn",
            "Afgesloten");
  }

  @Test
  void the_tour_never_prints_the_client_name_or_notes() {
    String out = play(Locale.ENGLISH, new Trajectory[1]);
    assertThat(out)
        .doesNotContain(
            "Marleen", "Claes", "reorganisatie", "vacature", "Postgraduaat", "Arteveldehogeschool");
  }
}
