package io.github.loopbaan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.retention.RetentionBasis;
import io.github.loopbaan.core.retention.RetentionDue;
import io.github.loopbaan.core.retention.RetentionPolicy;
import io.github.loopbaan.core.trajectory.ConsentScope;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import io.github.loopbaan.format.ErasedTrajectory;
import io.github.loopbaan.format.Erasure;
import io.github.loopbaan.format.SubjectAccessExport;
import io.github.loopbaan.format.View;
import io.github.loopbaan.serialization.LoopbaanJson;
import io.github.loopbaan.testkit.PersonalDataScan;
import io.github.loopbaan.validation.LoopbaanValidator;
import io.github.loopbaan.validation.RuleSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The life of one file under the GDPR, end to end: consent given for health data and for sharing at
 * the intake, a referral recorded, the commissioner view before and after the client withdraws the
 * consent to share, the retention schedule (health data due on the day its consent is withdrawn),
 * the subject-access export in Dutch and English, and the erasure: the erased document written,
 * read back, validated, and free of every personal text of the file.
 */
class RecordLifeTest {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();

  @Test
  void one_file_from_consent_to_erasure() {
    // The tour's trajectory with notes of every visibility: consents given with the agreement.
    Trajectory t = SchemaReference.exampleTrajectory();
    assertThat(t.getStage()).isEqualTo(TrajectoryStage.CLOSED);
    assertThat(t.hasConsent(ConsentScope.HEALTH_DATA)).isTrue();
    assertThat(t.hasConsent(ConsentScope.SHARING_WITH_COMMISSIONER)).isTrue();
    assertThat(t.getReferrals()).hasSize(1);
    LocalDate closed = t.getHistory().last().getDate();

    // The commissioner sees the note shared with it, then not once the client withdraws.
    String shared = "Kiest voor een overstap naar opleidingswerk";
    assertThat(JSON.viewWriter(View.COMMISSIONER).writeDocument(t)).contains(shared);
    LocalDate withdrawal = closed.plusDays(20);
    Trajectory withdrawn = t.withdrawConsent(ConsentScope.SHARING_WITH_COMMISSIONER, withdrawal);
    assertThat(JSON.viewWriter(View.COMMISSIONER).writeDocument(withdrawn)).doesNotContain(shared);
    assertThat(
            JSON.viewWriter(View.COMMISSIONER)
                .consentsOn(withdrawal.minusDays(1))
                .writeDocument(withdrawn))
        .contains(shared);
    assertThat(withdrawn.getHistory()).isEqualTo(t.getHistory());

    // Retention: health data a year after the closing, or on the day its consent is withdrawn.
    List<RetentionDue> schedule = RetentionPolicy.standard().schedule(withdrawn);
    assertThat(schedule)
        .extracting(RetentionDue::getCategory)
        .containsExactly(DataCategory.HEALTH, DataCategory.PERSONAL);
    assertThat(schedule.get(0).getBasis()).isEqualTo(RetentionBasis.CLOSED_ON);
    assertThat(schedule.get(0).getDueOn()).isEqualTo(schedule.get(0).getBasisDate().plusYears(1));
    Trajectory noHealth = withdrawn.withdrawConsent(ConsentScope.HEALTH_DATA, withdrawal);
    RetentionDue health = RetentionPolicy.standard().schedule(noHealth).get(0);
    assertThat(health.getBasis()).isEqualTo(RetentionBasis.CONSENT_WITHDRAWN_ON);
    assertThat(health.getDueOn()).isEqualTo(withdrawal);
    assertThat(RetentionPolicy.standard().dueOn(noHealth, withdrawal)).containsExactly(health);

    // Access: what the practice holds, for the client, in both languages.
    SubjectAccessExport access =
        SubjectAccessExport.of(noHealth.getClient().getId(), withdrawal, List.of(noHealth));
    assertThat(access.render(Locale.forLanguageTag("nl"))).contains("gezondheidsgegevens");
    assertThat(access.render(Locale.ENGLISH)).contains("health data");
    assertThat(access.toJson()).contains("\"kind\":\"subject_access\"");

    // Erasure: the erased document is written, read back equal and validated.
    Set<String> personal = PersonalDataScan.personalTexts(noHealth);
    ErasedTrajectory erased = Erasure.anonymising().erase(noHealth);
    String document = JSON.writeDocument(erased);
    assertThat(document).startsWith("{\"kind\":\"erased_trajectory\"");
    ErasedTrajectory back = JSON.readDocument(document, ErasedTrajectory.class);
    assertThat(back).isEqualTo(erased);
    for (String text : personal) {
      assertThat(document).doesNotContain(text);
    }
    assertThat(back.getTrajectory().getHistory().size()).isEqualTo(noHealth.getHistory().size());
    try (LoopbaanValidator validator = LoopbaanValidator.create()) {
      // Valid as an archived record: only the rules that ask for the erased content report.
      assertThat(
              validator
                  .validate(back.getTrajectory(), RuleSet.BASE, RuleSet.FLEMISH_VOUCHER)
                  .codes())
          .isSubsetOf(ErasureValidationProperties.CONTENT_RULES);
      assertThat(validator.validate(noHealth, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER).errors())
          .isEmpty();
    }
    assertThat(RetentionPolicy.standard().schedule(back.getTrajectory()))
        .extracting(RetentionDue::getCategory)
        .doesNotContain(DataCategory.HEALTH);
  }
}
