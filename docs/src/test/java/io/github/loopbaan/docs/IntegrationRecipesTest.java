package io.github.loopbaan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.lifecycle.Verdict;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.phase.ContentPhase;
import io.github.loopbaan.core.phase.PhaseSelection;
import io.github.loopbaan.core.phase.TrajectoryPlan;
import io.github.loopbaan.core.rules.FlemishVoucher;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.IntakeTopic;
import io.github.loopbaan.core.trajectory.StopReason;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryId;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import io.github.loopbaan.core.trajectory.VoucherId;
import io.github.loopbaan.serialization.LoopbaanJson;
import io.github.loopbaan.serialization.LoopbaanModule;
import io.github.loopbaan.validation.LoopbaanValidator;
import io.github.loopbaan.validation.RuleSet;
import io.github.loopbaan.validation.ValidationReport;
import io.github.loopbaan.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recipes of docs/integration.md compile, run, do what the page says, and are the text of the
 * page.
 */
class IntegrationRecipesTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

  /**
   * A voucher trajectory just past its intake: agreement explained but not signed, a plan without
   * goals.
   *
   * @return the trajectory
   */
  static Trajectory trajectory() {
    Client client =
        Client.builder()
            .id(ClientId.of("c-17"))
            .name("Marleen Claes")
            .birthYear(Year.of(1967))
            .employment(EmploymentSituation.FORCED_MOBILITY)
            .build();
    Trajectory t =
        Trajectory.open(
            TrajectoryId.of("t-31"),
            client,
            Coach.of(CoachId.of("k-04")),
            CommissioningParty.publicFunder(CommissionerId.of("vdab"), "VDAB"),
            Funding.careerVouchers(VoucherId.of("lc-1")),
            TODAY);
    Session intake =
        Session.builder()
            .id(SessionId.of("s-1"))
            .kind(SessionKind.INTAKE)
            .date(TODAY)
            .duration(Duration.ofMinutes(90))
            .voucher(1)
            .build();
    TrajectoryPlan plan =
        TrajectoryPlan.builder()
            .decidedOn(TODAY)
            .addSelectedPhases(PhaseSelection.of(ContentPhase.IN_DEPTH_SELF_EXPLORATION))
            .build();
    return t.apply(
            TrajectoryCommand.holdIntake(
                intake,
                IntakeAgreement.of(EnumSet.allOf(IntakeTopic.class)),
                plan,
                Optional.empty()))
        .orElseThrow();
  }

  static List<String> jakartaValidation() {
    List<String> printed = new ArrayList<>();
    Trajectory trajectory = trajectory();
    // spotless:off
    // begin:integration-valid
    ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator())       // no expression language needed
        .buildValidatorFactory();                                      // once per application
    Validator validator = factory.getValidator();

    CoachingFile file = new CoachingFile(trajectory);
    for (ConstraintViolation<CoachingFile> v : validator.validate(file)) {                 // base rules
      printed.add(Violation.of(v).code() + " at " + v.getPropertyPath());
    }
    for (ConstraintViolation<CoachingFile> v : validator.validate(file, FlemishVoucher.class)) {
      printed.add(Violation.of(v).code() + " at " + v.getPropertyPath());  // the voucher rules too
    }
    factory.close();
    // end:integration-valid
    // spotless:on
    return printed;
  }

  static List<String> jackson() {
    List<String> printed = new ArrayList<>();
    Client client = trajectory().getClient();
    // spotless:off
    // begin:integration-jackson
    JsonMapper byHand = JsonMapper.builder().addModule(new LoopbaanModule()).build();
    JsonMapper byServiceLoading = JsonMapper.builder().findAndAddModules().build();
    printed.add(byHand.writeValueAsString(client));
    // {"birthYear":"1967","employment":"forced_mobility","healthConcerns":[],"id":"c-17","name":"Marleen Claes",...
    printed.add(byServiceLoading.writeValueAsString(client));          // the same
    Client back = byHand.readValue(printed.get(0), Client.class);

    // Ready-made: the module plus strict reading and input limits, failures as LoopbaanJsonException
    printed.add(LoopbaanJson.standard().write(client));                // the same
    JsonMapper strict = LoopbaanJson.mapper();                          // for a framework that wants a mapper
    // end:integration-jackson
    // spotless:on
    printed.add(String.valueOf(back.equals(client)));
    printed.add(strict.writeValueAsString(client));
    return printed;
  }

  static List<String> storage() {
    List<String> printed = new ArrayList<>();
    Trajectory trajectory = trajectory();
    // spotless:off
    // begin:integration-storage
    Map<String, String> table = new HashMap<>();                       // your database: one text column
    String document = LoopbaanJson.standard().writeDocument(trajectory);
    table.put(trajectory.getId().getValue(), document);
    // {"kind":"trajectory","schemaVersion":1,"content":{...}}

    Trajectory back = LoopbaanJson.standard().readDocument(table.get("t-31"), Trajectory.class);
    printed.add(String.valueOf(back.equals(trajectory)));               // true: the full view is lossless

    // A client stored years ago in schema version 0 is upgraded while it is read
    String stored = "{\"kind\": \"client\", \"schemaVersion\": 0, \"content\": "
        + "{\"id\": \"c-17\", \"yearOfBirth\": 1967, \"employment\": \"FORCED_MOBILITY\"}}";
    Client client = LoopbaanJson.standard().readDocument(stored, Client.class);
    printed.add(client.getBirthYear().orElseThrow() + " " + client.getEmployment().orElseThrow().code());
    // 1967 forced_mobility
    printed.add(LoopbaanJson.standard().writeDocument(client));       // written again as version 1
    // end:integration-storage
    // spotless:on
    return printed;
  }

  static List<String> facade() {
    List<String> printed = new ArrayList<>();
    Trajectory trajectory = trajectory();
    // spotless:off
    // begin:integration-validate
    LoopbaanValidator rules = LoopbaanValidator.create();            // once; thread-safe, reuse it
    ValidationReport report = rules.validate(trajectory, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER);
    Locale dutch = Locale.forLanguageTag("nl-BE");
    for (Violation v : report.violations()) {
      printed.add(v.severity() + " " + v.code() + " " + v.path() + ": " + v.message(dutch));
    }
    printed.add(report.isValid() + " " + report.codes());
    // end:integration-validate
    // spotless:on
    rules.close();
    return printed;
  }

  static List<String> buttons() {
    return buttons(trajectory(), TODAY.plusDays(7));
  }

  static List<String> buttons(Trajectory trajectory, LocalDate today) {
    List<String> printed = new ArrayList<>();
    // spotless:off
    // begin:integration-next
    Locale dutch = Locale.forLanguageTag("nl");
    Set<String> notInThisStage = Set.of("not_in_state", "final_state");   // final_state: the file is closed
    for (Verdict<TrajectoryStage, TrajectoryCommandKind> verdict : trajectory.nextCommands(today)) {
      boolean onlyLater = verdict.getReasons().stream().allMatch(r -> notInThisStage.contains(r.getCode()));
      if (verdict.isAllowed()) {
        printed.add("[" + verdict.getKind().label(dutch) + "]");                      // an enabled button
      } else if (!onlyLater) {                                                      // disabled, with the reason
        printed.add("(" + verdict.getKind().label(dutch) + ": " + verdict.getReasons().stream()
            .map(r -> r.message(dutch)).collect(Collectors.joining(" ")) + ")");
      }                                                     // not possible in this stage at all: no button
    }
    // end:integration-next
    // spotless:on
    return printed;
  }

  @Test
  void an_applications_own_valid_bean_finds_loopbaans_rules() {
    List<String> printed = jakartaValidation();
    assertThat(printed)
        .containsExactly(
            "base_goal_past_intake at trajectory.plan.goals",
            "vch_agreement_signed at trajectory.intakeAgreement.signedOn");
  }

  @Test
  void the_module_registers_by_hand_and_by_service_loading_and_writes_as_loopbaan_json() {
    List<String> printed = jackson();
    assertThat(printed.get(0))
        .contains("\"birthYear\":\"1967\"", "\"employment\":\"forced_mobility\"");
    assertThat(printed.get(1)).isEqualTo(printed.get(0));
    assertThat(printed.get(2)).isEqualTo(printed.get(0));
    assertThat(printed.get(3)).isEqualTo("true");
    assertThat(printed.get(4)).isEqualTo(printed.get(0));
  }

  @Test
  void a_stored_document_reads_back_equal_and_an_old_version_is_upgraded() {
    List<String> printed = storage();
    assertThat(printed).startsWith("true", "1967 forced_mobility");
    assertThat(printed.get(2)).contains("\"schemaVersion\":1", "\"birthYear\":\"1967\"");
  }

  @Test
  void the_facade_reports_rule_codes_with_dutch_messages() {
    List<String> printed = facade();
    assertThat(printed).anyMatch(l -> l.startsWith("ERROR base_goal_past_intake"));
    assertThat(printed)
        .anyMatch(
            l ->
                l.equals(
                    "ERROR vch_agreement_signed intakeAgreement.signedOn: De overeenkomst is niet ondertekend."));
    assertThat(printed.get(printed.size() - 1))
        .isEqualTo("false [vch_agreement_signed, base_goal_past_intake]");
  }

  @Test
  void next_commands_become_buttons_with_reasons() {
    List<String> printed = buttons();
    assertThat(printed)
        .containsExactly(
            "(Verdiepend gesprek voeren: De overeenkomst van de intake is nog niet ondertekend;"
                + " de verdiepende gesprekken starten na ondertekening.)",
            "[Resultaat vastleggen]",
            "[Pauzeren]",
            "[Voortijdig stoppen]");
  }

  /**
   * A closed file answers {@code final_state} for every kind it no longer takes; the recipe shows
   * none of those as a disabled button, only what a closed file still takes: aftercare and the
   * training attest (disabled here, with their reasons), the outcome and a correction.
   */
  @Test
  void a_closed_file_shows_no_button_for_the_kinds_it_no_longer_takes() {
    Trajectory closed =
        trajectory()
            .apply(TrajectoryCommand.stopEarly(TODAY.plusDays(3), StopReason.CLIENT_WITHDREW))
            .orElseThrow();
    List<String> printed = buttons(closed, TODAY.plusDays(7));
    assertThat(printed)
        .containsExactly(
            "(Nazorg geven: De financieringsregeling vraagt eerst de uitnodiging voor de evaluatie;"
                + " die is niet verstuurd. Het synthesegesprek vond nog niet plaats.)",
            "(Attest opleiding afleveren: Het synthesegesprek vond nog niet plaats. De begeleiding"
                + " heeft geen andere loopbaanvraag dan opleidingscheques, -krediet of -verlof"
                + " bekomen; daarvoor wordt geen attest opleiding afgeleverd.)",
            "[Resultaat vastleggen]",
            "[Correctie vastleggen]");
    assertThat(String.join(" ", printed)).doesNotContain("Pauzeren", "Afsluiten", "Intake");
  }

  @Test
  void the_page_shows_exactly_these_recipes() {
    for (String name :
        List.of(
            "integration-valid",
            "integration-jackson",
            "integration-storage",
            "integration-validate",
            "integration-next")) {
      Snippets.assertShown("integration.md", IntegrationRecipesTest.class, name);
    }
    Snippets.assertShown("integration.md", CoachingFile.class, "integration-bean");
  }
}
