package io.github.loopbaan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.phase.ContentPhase;
import io.github.loopbaan.core.phase.PhaseSelection;
import io.github.loopbaan.core.phase.TrajectoryPlan;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanId;
import io.github.loopbaan.core.plan.GeneralData;
import io.github.loopbaan.core.plan.Insight;
import io.github.loopbaan.core.plan.InsightId;
import io.github.loopbaan.core.plan.InsightKind;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.privacy.Classified;
import io.github.loopbaan.core.privacy.DataCategories;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.retention.RetentionDue;
import io.github.loopbaan.core.retention.RetentionPolicy;
import io.github.loopbaan.core.session.Note;
import io.github.loopbaan.core.session.NoteId;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.trajectory.Consent;
import io.github.loopbaan.core.trajectory.ConsentScope;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.IntakeTopic;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryId;
import io.github.loopbaan.format.ErasedTrajectory;
import io.github.loopbaan.format.Erasure;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.SubjectAccessExport;
import io.github.loopbaan.format.View;
import io.github.loopbaan.serialization.LoopbaanJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/privacy.md compile, run, show what the page says, and are the text of the
 * page.
 */
class PrivacyGuideTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

  /** The example of the views: who sees the name, the health data and the notes. */
  static List<String> views() {
    List<String> printed = new ArrayList<>();
    LocalDate today = TODAY;
    // spotless:off
    // begin:privacy-views
    Client client = Client.builder().id(ClientId.of("c-2025-017")).name("Marleen Claes").birthYear(Year.of(1967))
        .employment(EmploymentSituation.LONG_TERM_SICK)                   // health data: a Classified code
        .addHealthConcerns(HealthConcern.BURN_OUT)                        // @PersonalData(HEALTH)
        .build();
    Session intake = Session.builder().id(SessionId.of("s-1")).kind(SessionKind.INTAKE).date(today)
        .duration(Duration.ofMinutes(90))
        .addNotes(Note.of(NoteId.of("n-1"), "Slaapt slecht sinds de fusie.", today)
            .withDataCategory(DataCategory.HEALTH))                      // private to the coach by default
        .addNotes(Note.of(NoteId.of("n-2"), "Wil zelf opleidingen geven.", today)
            .withVisibility(Visibility.SHARED_WITH_COMMISSIONER))       // the coach chose to share this one
        .build();
    Trajectory t = Trajectory.open(TrajectoryId.of("t-31"), client, Coach.of(CoachId.of("k-04")),
            CommissioningParty.employer(CommissionerId.of("acme"), "Acme"), Funding.employer(), today)
        .apply(TrajectoryCommand.holdIntake(intake, IntakeAgreement.of(EnumSet.allOf(IntakeTopic.class)),
            TrajectoryPlan.builder().decidedOn(today)
                .addSelectedPhases(PhaseSelection.of(ContentPhase.IN_DEPTH_SELF_EXPLORATION)).build(),
            Optional.empty()))
        .orElseThrow()
        .giveConsent(Consent.explicit(ConsentScope.HEALTH_DATA, "Klachten, voor de aanpak", today, CoachId.of("k-04")))
        .giveConsent(Consent.explicit(ConsentScope.SHARING_WITH_COMMISSIONER, "Voortgang, voor Acme", today,
            CoachId.of("k-04")));                           // without it, nothing shared reaches Acme

    String full = LoopbaanJson.standard().writeDocument(t);                    // storage: everything
    String forClient = LoopbaanJson.writer(View.CLIENT).writeDocument(t);
    String forEmployer = LoopbaanJson.writer(View.COMMISSIONER).writeDocument(t);
    String forStatistics = LoopbaanJson.writer(View.ANONYMISED).writeDocument(t);
    for (String json : List.of(full, forClient, forEmployer, forStatistics)) {
      printed.add(json.contains("Marleen Claes") + " " + json.contains("burn_out") + " "
          + json.contains("long_term_sick") + " " + json.contains("Slaapt slecht") + " "
          + json.contains("Wil zelf opleidingen geven") + " " + json.contains("c-2025-017"));
    }
    // full:         true  true  true  true  true  true
    // client:       true  true  true  false true  true
    // commissioner: false false false false true  true
    // anonymised:   false false false false false false
    printed.add(client.toString());     // Client{id=ClientId[c-2025-017], name=<redacted>, birthYear=<redacted>, ...
    // end:privacy-views
    // spotless:on
    return printed;
  }

  /** The example of retention: what a trajectory holds, and when each category is due. */
  static List<String> retention() {
    List<String> printed = new ArrayList<>();
    LocalDate today = TODAY;
    // spotless:off
    // begin:privacy-retention
    Client client = Client.builder().id(ClientId.of("c-2025-017")).name("Marleen Claes")
        .addHealthConcerns(HealthConcern.BURN_OUT).build();
    Trajectory t = Trajectory.open(TrajectoryId.of("t-31"), client, Coach.of(CoachId.of("k-04")),
        CommissioningParty.employer(CommissionerId.of("acme"), "Acme"), Funding.employer(), today);

    printed.add(DataCategories.heldIn(t).toString());                 // [PERSONAL, HEALTH]
    RetentionPolicy policy = RetentionPolicy.standard();               // health 1 year, personal 2 years
    for (RetentionDue due : policy.schedule(t)) {                      // never closed: from its last event
      printed.add(due.toString());
    }
    // RetentionDue[retention_health from last_event_on 2025-03-03 + P1Y: 2026-03-03]
    // RetentionDue[retention_personal from last_event_on 2025-03-03 + P2Y: 2027-03-03]
    printed.add(policy.dueOn(t, LocalDate.of(2026, 6, 1)).size() + " due on 2026-06-01");  // 1 due on 2026-06-01
    RetentionPolicy practice = policy.withTerm(DataCategory.HEALTH, Period.ofMonths(6));   // the practice's own term
    printed.add(practice.schedule(t).get(0).getDueOn().toString());   // 2025-09-03
    // end:privacy-retention
    // spotless:on
    return printed;
  }

  @Test
  void retention_counts_from_the_records_own_dates() {
    assertThat(retention())
        .containsExactly(
            "[PERSONAL, HEALTH]",
            "RetentionDue[retention_health from last_event_on 2025-03-03 + P1Y: 2026-03-03]",
            "RetentionDue[retention_personal from last_event_on 2025-03-03 + P2Y: 2027-03-03]",
            "1 due on 2026-06-01",
            "2025-09-03");
  }

  /** The example of the subject-access export. */
  static List<String> access() {
    List<String> printed = new ArrayList<>();
    LocalDate today = TODAY;
    // spotless:off
    // begin:privacy-access
    Client client = Client.builder().id(ClientId.of("c-2025-017")).name("Marleen Claes")
        .addHealthConcerns(HealthConcern.BURN_OUT).build();
    Trajectory hers = Trajectory.open(TrajectoryId.of("t-31"), client, Coach.of(CoachId.of("k-04")),
        CommissioningParty.employer(CommissionerId.of("acme"), "Acme"), Funding.employer(), today);
    Trajectory someoneElses = hers.withId(TrajectoryId.of("t-32"))
        .withClient(Client.builder().id(ClientId.of("c-2025-099")).name("Jan Peeters").build());

    SubjectAccessExport export =
        SubjectAccessExport.of(client.getId(), today, List.of(hers, someoneElses));   // keeps hers only
    String json = export.toJson();                  // {"kind":"subject_access","schemaVersion":1,...}
    String text = export.render(Locale.forLanguageTag("nl"));
    printed.add(text);
    // # Persoonsgegevens over cliënt c-2025-017
    //
    // Opgemaakt op 2025-03-03. 1 traject. Elk traject staat volledig in de JSON-export (soort `subject_access`).
    //
    // ## Traject t-31
    //
    // Geopend op 2025-03-03; fase: Aangemeld.
    //
    // - `client.healthConcerns` (gezondheidsgegevens): Burn-out
    // - `client.name` (persoonsgegevens): Marleen Claes
    printed.add(json.contains("Jan Peeters") + "");                                  // false
    // end:privacy-access
    // spotless:on
    return printed;
  }

  @Test
  void the_export_holds_the_clients_data_and_nobody_elses() {
    List<String> printed = access();
    String shown = Snippets.example(PrivacyGuideTest.class, "privacy-access");
    StringBuilder expected = new StringBuilder();
    boolean inText = false;
    for (String line : shown.split("\n")) {
      if (line.startsWith("// # ")) {
        inText = true;
      }
      if (inText && line.startsWith("//")) {
        expected.append(line.length() > 3 ? line.substring(3) : "").append('\n');
      } else if (inText) {
        break;
      }
    }
    assertThat(printed.get(0)).isEqualTo(expected.toString());
    assertThat(printed.get(1)).isEqualTo("false");
  }

  /** The example of erasure: what is left of a trajectory, and its document. */
  static List<String> erasure() {
    List<String> printed = new ArrayList<>();
    LocalDate today = TODAY;
    // spotless:off
    // begin:privacy-erasure
    Client client = Client.builder().id(ClientId.of("c-2025-017")).name("Marleen Claes")
        .birthYear(Year.of(1968)).addHealthConcerns(HealthConcern.BURN_OUT).build();
    Trajectory t = Trajectory.open(TrajectoryId.of("t-31"), client, Coach.of(CoachId.of("k-04")),
        CommissioningParty.employer(CommissionerId.of("acme"), "Acme"), Funding.employer(), today);

    byte[] key = "the practice's own secret key".getBytes(StandardCharsets.UTF_8);
    ErasedTrajectory erased = Erasure.pseudonymising(key).erase(t);   // or Erasure.anonymising()
    Client left = erased.getTrajectory().getClient();
    printed.add(left.getId().getValue());              // ps-… : the same for c-2025-017 under this key
    printed.add(left.getName() + " " + left.getBirthYear() + " " + left.getHealthConcerns());
    // Optional.empty Optional.empty []
    printed.add(left.getDeclaredAgeBand().orElseThrow().code());                   // senior: on the opening day
    String document = LoopbaanJson.standard().writeDocument(erased);  // {"kind":"erased_trajectory",…
    printed.add(LoopbaanJson.standard().readDocument(document).equals(erased) + "");  // true
    printed.add(Erasure.anonymising().erase(erased.getTrajectory()).equals(erased) + "");  // true: idempotent
    // end:privacy-erasure
    // spotless:on
    return printed;
  }

  @Test
  void erasure_leaves_structure_under_a_stable_pseudonym() {
    List<String> printed = erasure();
    assertThat(printed.get(0)).matches("ps-[0-9a-f]{24}").isEqualTo(erasure().get(0));
    assertThat(printed.subList(1, printed.size()))
        .containsExactly("Optional.empty Optional.empty []", "senior", "true", "true");
  }

  /** The example of the client who allowed only the checklist POP to be kept. */
  static List<String> checklistOnly() {
    List<String> printed = new ArrayList<>();
    // spotless:off
    // begin:privacy-checklist
    DevelopmentPlan pop = DevelopmentPlan.builder().id(DevelopmentPlanId.of("pop-1"))
        .generalData(GeneralData.builder().title("POP (loopbaancheque 1 of 2)").clientName("Marleen Claes").build())
        .careerQuestion("Wat kan ik nog, op mijn leeftijd?")
        .addInsights(Insight.of(InsightId.of("i-1"), InsightKind.PATTERN, "Ik wacht tot anderen mij kiezen."))
        .storageConsent(StorageConsent.CHECKLIST_ONLY)                    // the client refused storage of the POP
        .build();
    String stored = LoopbaanJson.standard().writeDocument(pop);             // also the full view
    printed.add(stored);
    // {"kind":"development_plan","schemaVersion":1,"content":{...,"checklist":{"actions":false,"careerQuestion":true,
    //  ...,"insights":true,...},"generalData":{"title":"POP (loopbaancheque 1 of 2)"},...,"storageConsent":"checklist_only",...}}
    DevelopmentPlan back = LoopbaanJson.standard().readDocument(stored, DevelopmentPlan.class);
    printed.add(back.equals(pop.toChecklist()) + " " + back.getInsights().size());   // true 0: stored as its checklist
    // end:privacy-checklist
    // spotless:on
    return printed;
  }

  /** The example of health codes in messages. */
  static List<String> shown() {
    List<String> printed = new ArrayList<>();
    // spotless:off
    // begin:privacy-shown
    printed.add(Classified.shown(ClientQuestionType.STRESS));                // <redacted>
    printed.add(Classified.shown(ClientQuestionType.CHOICE));                // <redacted>: the class is sensitive
    printed.add(Classified.shown(EmploymentSituation.LONG_TERM_SICK));       // <redacted>
    printed.add(ClientQuestionType.STRESS.dataCategory().code());           // health
    // end:privacy-shown
    // spotless:on
    return printed;
  }

  @Test
  void each_view_writes_what_the_page_says() {
    List<String> printed = views();
    assertThat(printed.subList(0, 4))
        .containsExactly(
            "true true true true true true",
            "true true true false true true",
            "false false false false true true",
            "false false false false false false");
    assertThat(printed.get(4))
        .contains("c-2025-017", "name=<redacted>", "healthConcerns=<redacted>")
        .doesNotContain("Marleen")
        .doesNotContain("burn");
  }

  @Test
  void restricted_views_cannot_be_read_back() {
    List<String> printed = new ArrayList<>();
    Trajectory t =
        Trajectory.open(
            TrajectoryId.of("t-1"),
            Client.builder().id(ClientId.of("c-1")).build(),
            Coach.of(CoachId.of("k")),
            CommissioningParty.self(CommissionerId.of("c-1")),
            Funding.self(),
            TODAY);
    String forEmployer = LoopbaanJson.writer(View.COMMISSIONER).writeDocument(t);
    Assertions.assertThatThrownBy(
            () -> LoopbaanJson.standard().readDocument(forEmployer, Trajectory.class))
        .isInstanceOfSatisfying(LoopbaanJsonException.class, e -> printed.add(e.getMessage()));
    assertThat(printed.get(0)).contains("$.view").contains("restricted_view");
  }

  @Test
  void a_plan_whose_storage_was_refused_is_written_as_its_checklist_only() {
    List<String> printed = checklistOnly();
    assertThat(printed.get(0))
        .contains(
            "\"checklist\"",
            "\"storageConsent\":\"checklist_only\"",
            "\"careerQuestion\":true",
            "\"reflections\":false",
            "\"insights\":true")
        .doesNotContain("Marleen")
        .doesNotContain("leeftijd")
        .doesNotContain("kiezen");
    assertThat(printed.get(0)).contains("\"title\":\"POP (loopbaancheque 1 of 2)\"");
    assertThat(printed.get(1)).isEqualTo("true 0");
  }

  @Test
  void health_codes_are_shown_redacted() {
    assertThat(shown()).containsExactly("<redacted>", "<redacted>", "<redacted>", "health");
  }

  @Test
  void the_page_shows_exactly_these_examples() {
    for (String name :
        List.of(
            "privacy-views",
            "privacy-checklist",
            "privacy-shown",
            "privacy-retention",
            "privacy-access",
            "privacy-erasure")) {
      Snippets.assertShown("privacy.md", PrivacyGuideTest.class, name);
    }
  }
}
