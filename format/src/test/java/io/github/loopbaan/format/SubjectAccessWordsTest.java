package io.github.loopbaan.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.format.conformance.Examples;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The words a subject access text gives each kind of value, in Dutch and English. */
class SubjectAccessWordsTest {

  private static final Locale NL = Locale.forLanguageTag("nl-BE");

  @Test
  void each_kind_of_value_reads_as_words() {
    Trajectory t = Examples.trajectory();
    assertThat(SubjectAccessExport.words(Boolean.TRUE, Locale.ENGLISH)).isEqualTo("yes");
    assertThat(SubjectAccessExport.words(Boolean.FALSE, NL)).isEqualTo("nee");
    assertThat(SubjectAccessExport.words(Boolean.TRUE, NL)).isEqualTo("ja");
    assertThat(SubjectAccessExport.words(Boolean.FALSE, Locale.ENGLISH)).isEqualTo("no");
    assertThat(SubjectAccessExport.words(Optional.empty(), NL)).isEmpty();
    assertThat(SubjectAccessExport.words(null, NL)).isEmpty();
    assertThat(SubjectAccessExport.words(ClientId.of("c-5"), NL)).isEqualTo("c-5");
    assertThat(SubjectAccessExport.words("twee\nregels", NL)).isEqualTo("twee regels");
    assertThat(SubjectAccessExport.words(List.of(HealthConcern.BURN_OUT, "x"), Locale.ENGLISH))
        .isEqualTo(HealthConcern.BURN_OUT.label(Locale.ENGLISH) + "; x");
    assertThat(SubjectAccessExport.words(t.getReferrals().get(0), Locale.ENGLISH))
        .startsWith("(")
        .contains("reason: " + Examples.REFERRAL_REASON)
        .endsWith(")");
  }
}
