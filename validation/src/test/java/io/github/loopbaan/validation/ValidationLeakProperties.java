package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.session.Note;
import io.github.loopbaan.core.trajectory.Referral;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.testkit.PersonalDataScan;
import io.github.loopbaan.testkit.SessionArbitraries;
import io.github.loopbaan.testkit.TrajectoryArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Validation messages never leak personal data: generated trajectories get marker texts as the
 * client's name, every note's text and every referral's reason, and then no violation's message in
 * nl or en, its {@code toString()}, its facts or the report's {@code toString()} holds a marker,
 * another personal text of the value, or a health code.
 */
class ValidationLeakProperties {

  private static final String NAME = "Zqxname";
  private static final String NOTE = "Zqxnote";
  private static final String REASON = "Zqxreason";
  private static final LoopbaanValidator VALIDATOR = LoopbaanValidator.create();
  private static final AtomicLong TRIES = new AtomicLong();
  private static final AtomicLong MESSAGES = new AtomicLong();

  @AfterContainer
  static void summary() {
    VALIDATOR.close();
    System.out.printf(
        "leak (validation messages nl/en): %d tries, %d texts checked%n",
        TRIES.get(), MESSAGES.get());
  }

  @Property(tries = 300)
  void no_marker_personal_text_or_health_code_in_a_validation_message(
      @ForAll("trajectories") Trajectory generated, @ForAll("notes") List<Note> notes) {
    TRIES.incrementAndGet();
    List<Note> marked = new ArrayList<>();
    for (int i = 0; i < notes.size(); i++) {
      marked.add(notes.get(i).withText(NOTE + i + " de cliënt vertelt over zijn werk"));
    }
    List<Referral> referrals = new ArrayList<>();
    for (int i = 0; i < generated.getReferrals().size(); i++) {
      referrals.add(generated.getReferrals().get(i).withReason(REASON + i + " burn-out klachten"));
    }
    Trajectory t =
        Trajectory.builder()
            .from(generated)
            .client(generated.getClient().withName(NAME + " van Dijk"))
            .notes(marked)
            .referrals(referrals)
            .build();
    Set<String> secrets = PersonalDataScan.personalTexts(t);
    assertThat(secrets).contains(NAME + " van Dijk");
    Set<String> health = PersonalDataScan.healthCodes(t);

    ValidationReport report = VALIDATOR.validate(t, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER);
    List<String> texts = new ArrayList<>();
    texts.add(report.toString());
    for (Violation v : report.violations()) {
      texts.add(v.toString());
      texts.add(v.message(Locale.ENGLISH));
      texts.add(v.message(Locale.forLanguageTag("nl")));
      texts.add(String.valueOf(v.facts()));
      texts.add(v.path());
    }
    for (String text : texts) {
      MESSAGES.incrementAndGet();
      assertThat(text)
          .as("a marker in a validation text")
          .doesNotContain(NAME)
          .doesNotContain(NOTE)
          .doesNotContain(REASON);
      for (String secret : secrets) {
        assertThat(text).as("personal text in a validation text").doesNotContain(secret);
      }
      for (String code : health) {
        assertThat(PersonalDataScan.mentions(text, code))
            .as("a health code in a validation text")
            .isFalse();
      }
    }
  }

  @Provide
  Arbitrary<Trajectory> trajectories() {
    return TrajectoryArbitraries.trajectories();
  }

  @Provide
  Arbitrary<List<Note>> notes() {
    return SessionArbitraries.notes().list().ofMinSize(1).ofMaxSize(3).uniqueElements(Note::getId);
  }
}
