package io.github.loopbaan.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.question.CareerQuestionCommandKind;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.question.CoachingApproach;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.trajectory.PauseReason;
import io.github.loopbaan.core.trajectory.ReferralTarget;
import io.github.loopbaan.core.trajectory.StopReason;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The inference rule's unit: a class with a health constant is masked as a whole, never by value.
 */
class SensitiveClassTest {

  /** A classified enum without health data, and one whose health constant has a body of its own. */
  enum Plain implements Coded, Classified {
    A;

    @Override
    public String code() {
      return "a";
    }

    @Override
    public String label(Locale locale) {
      return "a";
    }

    @Override
    public DataCategory dataCategory() {
      return DataCategory.PERSONAL;
    }
  }

  enum WithBody implements Coded, Classified {
    ORDINARY_ONE {
      @Override
      public DataCategory dataCategory() {
        return DataCategory.ORDINARY;
      }
    },
    HEALTHY_ONE {
      @Override
      public DataCategory dataCategory() {
        return DataCategory.HEALTH;
      }
    };

    @Override
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String label(Locale locale) {
      return code();
    }
  }

  @Test
  void a_class_with_a_health_constant_is_sensitive_as_a_whole_and_others_are_not() {
    assertThat(Classified.isSensitive(ClientQuestionType.class)).isTrue();
    assertThat(Classified.isSensitive(EmploymentSituation.class)).isTrue();
    assertThat(Classified.isSensitive(ReferralTarget.class)).isTrue();
    assertThat(Classified.isSensitive(PauseReason.class)).isTrue();
    assertThat(Classified.isSensitive(StopReason.class)).isTrue();
    assertThat(Classified.isSensitive(CareerQuestionCommandKind.class))
        .as("its evolution kind names no type")
        .isFalse();
    assertThat(Classified.isSensitive(Plain.class)).as("classified, no health constant").isFalse();
    assertThat(Classified.isSensitive(SessionKind.class)).as("not classified").isFalse();
    assertThat(Classified.isSensitive(String.class)).as("not an enum").isFalse();
    assertThat(Classified.isSensitive(WithBody.HEALTHY_ONE.getClass()))
        .as("a constant with a body")
        .isTrue();
    assertThat(Classified.isSensitive(WithBody.ORDINARY_ONE.getClass())).isTrue();
  }

  @Test
  void every_constant_of_a_sensitive_class_shows_the_same_mask_and_others_their_code() {
    assertThat(Classified.shown(ClientQuestionType.CHOICE)).isEqualTo(Classified.REDACTED);
    assertThat(Classified.shown(ClientQuestionType.STRESS)).isEqualTo(Classified.REDACTED);
    assertThat(ClientQuestionType.CHOICE.maskedCode()).isEqualTo(Classified.REDACTED);
    assertThat(Classified.shown(WithBody.ORDINARY_ONE)).isEqualTo(Classified.REDACTED);
    assertThat(Classified.shown(Plain.A)).isEqualTo("a");
    assertThat(Classified.shown(SessionKind.INTAKE)).isEqualTo("intake");
    // The evolution kind no longer names its target type, so it is not classified at all.
    assertThat(Classified.shown(CareerQuestionCommandKind.EVOLVE)).isEqualTo("evolve");
    assertThat(Classified.shown(CareerQuestionCommandKind.ANSWER)).isEqualTo("answer");
    // An application's question type is masked like the library's, whatever its category.
    ClientQuestionType own =
        ClientQuestionType.custom("acme:relocation")
            .approach(CoachingApproach.CHOICE_GUIDANCE)
            .dataCategory(DataCategory.PERSONAL)
            .label(Locale.ENGLISH, "Relocation")
            .build();
    assertThat(Classified.shown(own)).isEqualTo(Classified.REDACTED);
    assertThat(own.toString()).isEqualTo(Classified.REDACTED);
    assertThat(ClientQuestionType.STRESS.toString()).isEqualTo(Classified.REDACTED);
  }

  @Test
  void the_health_constants_are_the_ones_the_sources_class_as_health() {
    assertThat(ReferralTarget.GENERAL_PRACTITIONER.dataCategory()).isEqualTo(DataCategory.HEALTH);
    assertThat(ReferralTarget.COMPANY_DOCTOR.dataCategory()).isEqualTo(DataCategory.HEALTH);
    assertThat(ReferralTarget.PSYCHOLOGIST.dataCategory()).isEqualTo(DataCategory.HEALTH);
    assertThat(ReferralTarget.OTHER_COACH_OR_SPECIALIST.dataCategory())
        .isEqualTo(DataCategory.PERSONAL);
    assertThat(ReferralTarget.OTHER.dataCategory()).isEqualTo(DataCategory.PERSONAL);
    assertThat(PauseReason.REFERRAL.dataCategory()).isEqualTo(DataCategory.HEALTH);
    assertThat(PauseReason.CLIENT_REQUEST.dataCategory()).isEqualTo(DataCategory.PERSONAL);
    assertThat(StopReason.REFERRED_ELSEWHERE.dataCategory()).isEqualTo(DataCategory.HEALTH);
    assertThat(StopReason.CLIENT_WITHDREW.dataCategory()).isEqualTo(DataCategory.PERSONAL);
    assertThat(ClientQuestionType.STRESS.dataCategory()).isEqualTo(DataCategory.HEALTH);
    assertThat(ClientQuestionType.WORK_CONFLICT.dataCategory()).isEqualTo(DataCategory.PERSONAL);
  }
}
