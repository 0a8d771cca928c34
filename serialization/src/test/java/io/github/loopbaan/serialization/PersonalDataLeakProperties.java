package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.lifecycle.CommandRejectedException;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.Verdict;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.session.Note;
import io.github.loopbaan.core.trajectory.Referral;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryLifecycle;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.View;
import io.github.loopbaan.testkit.LifecycleWalks;
import io.github.loopbaan.testkit.PersonalDataScan;
import io.github.loopbaan.testkit.SessionArbitraries;
import io.github.loopbaan.testkit.TrajectoryArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 * No personal data leaks, with planted markers: generated trajectories get recognisable marker
 * texts as the client's name, every note's text and every referral's reason. Neither a marker, nor
 * any other personal text of the value, nor (where the channel must not show them) a health code
 * appears in: the {@code toString()} of the trajectory, its notes, referrals, events, commands,
 * verdicts and reasons; the messages of commands rejected on it ({@link CommandRejectedException})
 * and their reasons in nl and en; the messages of {@link LoopbaanJsonException}s raised by broken
 * documents whose breakage sits right at a marker; the commissioner view (markers and health codes,
 * except notes shared with the commissioner) and the anonymised view (markers). Validation messages
 * are checked by the validation module's {@code ValidationLeakProperties}.
 */
class PersonalDataLeakProperties {

  static final String NAME = "Zqxname";
  static final String NOTE = "Zqxnote";
  static final String REASON = "Zqxreason";
  private static final LoopbaanJson JSON = LoopbaanJson.standard();
  private static final AtomicLong TRIES = new AtomicLong();
  private static final AtomicLong CHECKS = new AtomicLong();

  @AfterContainer
  static void summary() {
    System.out.printf(
        "leak (toString, rejections, JSON errors, views): %d tries, %d texts checked%n",
        TRIES.get(), CHECKS.get());
  }

  /**
   * @return the trajectory with markers as the client's name, note texts and referral reasons
   */
  static Trajectory marked(Trajectory t) {
    List<Note> notes = new ArrayList<>();
    for (int i = 0; i < t.getNotes().size(); i++) {
      notes.add(t.getNotes().get(i).withText(NOTE + i + " de cliënt vertelt over zijn werk"));
    }
    List<Referral> referrals = new ArrayList<>();
    for (int i = 0; i < t.getReferrals().size(); i++) {
      referrals.add(t.getReferrals().get(i).withReason(REASON + i + " burn-out klachten"));
    }
    return Trajectory.builder()
        .from(t)
        .client(t.getClient().withName(NAME + " van Dijk"))
        .notes(notes)
        .referrals(referrals)
        .build();
  }

  @Property(tries = 300)
  void no_marker_personal_text_or_health_code_in_any_channel(
      @ForAll("walks") LifecycleWalks.Walk<Trajectory, TrajectoryCommand> walk,
      @ForAll("notes") List<Note> notes) {
    TRIES.incrementAndGet();
    Trajectory t = marked(Trajectory.builder().from(walk.end()).notes(notes).build());
    Set<String> secrets = secrets(t);
    Set<String> health = PersonalDataScan.healthCodes(t);

    List<String> printed = new ArrayList<>();
    printed.add(t.toString());
    t.getNotes().forEach(n -> printed.add(n.toString()));
    t.getReferrals().forEach(r -> printed.add(r.toString()));
    t.getHistory().asList().forEach(e -> printed.add(e.toString()));
    printed.add(t.getClient().toString());
    LocalDateHolder day = new LocalDateHolder(t);
    for (Verdict<TrajectoryStage, TrajectoryCommandKind> v : t.nextCommands(day.value)) {
      printed.add(v.toString());
      for (Reason r : v.getReasons()) {
        printed.add(r.toString());
        printed.add(r.message(Locale.ENGLISH));
        printed.add(r.message(Locale.forLanguageTag("nl")));
      }
    }
    // Commands of the walk, replayed on the marked value before each step: rejections and their
    // messages.
    for (LifecycleWalks.Step<Trajectory, TrajectoryCommand> step : walk.steps()) {
      Trajectory before = marked(step.before());
      printed.add(step.command().toString());
      secrets.addAll(secrets(before));
      secrets.addAll(PersonalDataScan.personalTexts(step.command()));
      Outcome<Trajectory> outcome = TrajectoryLifecycle.MACHINE.apply(before, step.command());
      printed.add(outcome.toString());
      if (!outcome.isApplied()) {
        try {
          outcome.orElseThrow();
          throw new AssertionError("a rejected outcome did not throw");
        } catch (CommandRejectedException e) {
          printed.add(e.getMessage());
          for (Reason r : e.getReasons()) {
            printed.add(r.message(Locale.ENGLISH));
            printed.add(r.message(Locale.forLanguageTag("nl")));
          }
        }
      }
    }
    for (String text : printed) {
      CHECKS.incrementAndGet();
      assertNoSecret(text, secrets, "toString, verdict, reason or rejection");
      for (String code : health) {
        assertThat(PersonalDataScan.mentions(text, code))
            .as("a health code in a toString, verdict, reason or rejection")
            .isFalse();
      }
    }

    // JSON read errors whose breakage sits right at a marker.
    String document = JSON.writeDocument(t);
    for (String marker : markersIn(document)) {
      String quoted = "\"" + marker + "\"";
      int at = document.indexOf(quoted);
      List<String> broken =
          List.of(
              document.substring(0, at)
                  + "["
                  + quoted
                  + "]"
                  + document.substring(at + quoted.length()),
              document.substring(0, at + quoted.length() - 1),
              document.substring(0, at + quoted.length() - 1)
                  + "\\x"
                  + document.substring(at + quoted.length() - 1),
              document.substring(0, at)
                  + "{"
                  + quoted
                  + ":1}"
                  + document.substring(at + quoted.length()),
              document.substring(0, at + quoted.length())
                  + quoted
                  + document.substring(at + quoted.length()));
      for (String input : broken) {
        try {
          JSON.readDocument(input);
          throw new AssertionError("a broken document was read");
        } catch (LoopbaanJsonException e) {
          CHECKS.incrementAndGet();
          assertNoSecret(e.getMessage(), secrets, "a JSON read error");
        }
      }
    }

    // Views.
    String commissioner = LoopbaanJson.writer(View.COMMISSIONER).write(t);
    Set<String> shared = new LinkedHashSet<>();
    t.getNotes().stream()
        .filter(n -> n.getVisibility() == Visibility.SHARED_WITH_COMMISSIONER)
        .forEach(n -> shared.add(n.getText()));
    CHECKS.incrementAndGet();
    assertThat(commissioner).doesNotContain(NAME).doesNotContain(REASON);
    for (Note n : t.getNotes()) {
      if (!shared.contains(n.getText())) {
        assertThat(commissioner)
            .as("a note not shared with the commissioner")
            .doesNotContain(n.getText());
      }
    }
    for (String code : health) {
      assertThat(commissioner)
          .as("a health code in the commissioner's view")
          .doesNotContain("\"" + code + "\"");
    }
    String anonymised = LoopbaanJson.writer(View.ANONYMISED).write(t);
    CHECKS.incrementAndGet();
    assertThat(anonymised).doesNotContain(NAME).doesNotContain(NOTE).doesNotContain(REASON);
    assertNoSecret(anonymised, secrets, "the anonymised view");
  }

  private static Set<String> secrets(Trajectory t) {
    Set<String> secrets = new LinkedHashSet<>(PersonalDataScan.personalTexts(t));
    assertThat(secrets).as("the markers are found as personal texts").contains(NAME + " van Dijk");
    return secrets;
  }

  private static void assertNoSecret(String text, Set<String> secrets, String channel) {
    assertThat(text)
        .as("a marker in " + channel)
        .doesNotContain(NAME)
        .doesNotContain(NOTE)
        .doesNotContain(REASON);
    for (String secret : secrets) {
      assertThat(text).as("personal text in " + channel).doesNotContain(secret);
    }
  }

  private static List<String> markersIn(String document) {
    List<String> markers = new ArrayList<>();
    for (String prefix : List.of(NAME, NOTE, REASON)) {
      int at = document.indexOf("\"" + prefix);
      if (at >= 0) {
        markers.add(document.substring(at + 1, document.indexOf('"', at + 1)));
      }
    }
    return markers;
  }

  /** The day to ask {@code nextCommands} for: the last day the trajectory knows of. */
  private static final class LocalDateHolder {
    final LocalDate value;

    LocalDateHolder(Trajectory t) {
      LocalDate day = t.getOpenedOn();
      for (var e : t.getHistory().asList()) {
        LocalDate d = e.getCommand().getDate();
        if (d.isAfter(day)) {
          day = d;
        }
      }
      value = day.plusDays(1);
    }
  }

  @Provide
  Arbitrary<LifecycleWalks.Walk<Trajectory, TrajectoryCommand>> walks() {
    return TrajectoryArbitraries.walks();
  }

  @Provide
  Arbitrary<List<Note>> notes() {
    return SessionArbitraries.notes().list().ofMinSize(1).ofMaxSize(3).uniqueElements(Note::getId);
  }
}
