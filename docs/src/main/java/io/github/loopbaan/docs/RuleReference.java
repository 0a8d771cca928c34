package io.github.loopbaan.docs;

import io.github.loopbaan.validation.LoopbaanValidator;
import io.github.loopbaan.validation.RuleInfo;
import io.github.loopbaan.validation.VoucherRegime;
import io.github.loopbaan.validation.VoucherRegimes;
import io.github.loopbaan.validation.constraints.Facts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Generates {@code docs/rules.md}, the reference of every validation rule (Dutch: regelreferentie):
 * code, rule set, severity, the type it is declared on, the nl and en texts and the source in the
 * domain brief and seeds, plus the voucher regimes shipped. {@code RuleReferenceTest} fails when
 * the committed page differs; regenerate with {@code mvn -q -pl docs -am -Dloopbaan.regenerate=true
 * -Dtest=RuleReferenceTest -Dsurefire.failIfNoSpecifiedTests=false verify}.
 */
public final class RuleReference {

  /** The page's path relative to the {@code docs/} folder. */
  public static final String PAGE = "rules.md";

  private RuleReference() {}

  /**
   * @return the generated page
   */
  public static String page() {
    StringBuilder page =
        new StringBuilder("# Validation rules\n\n")
            .append(
                "Generated from the constraints on the model by `io.github.loopbaan.docs.RuleReference`; ")
            .append("do not edit by hand.\n\n")
            .append(
                "Validate with `LoopbaanValidator.create().validate(value, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER)`. ")
            .append(
                "Every rule has a stable code; placeholders such as `{required}` are filled with facts ")
            .append(
                "(durations, counts, codes), never with personal data. Base rules are declared in the `Default` ")
            .append(
                "group and always apply; the Flemish voucher rules use the voucher regime in force on the day the ")
            .append("trajectory was opened.\n\n")
            .append(
                "| code | rule set | severity | on | en | nl | source |\n|---|---|---|---|---|---|---|\n");
    try (LoopbaanValidator validator =
        LoopbaanValidator.builder().regimes(VoucherRegimes.of(VoucherRegime.VDAB_004)).build()) {
      for (RuleInfo rule : validator.rules()) {
        page.append("| `")
            .append(rule.code())
            .append("` | ")
            .append(rule.ruleSet())
            .append(" | ")
            .append(rule.severity().code())
            .append(" | ")
            .append(rule.type())
            .append(" | ")
            .append(cell(rule.text(Locale.ENGLISH)))
            .append(" | ")
            .append(cell(rule.text(Locale.forLanguageTag("nl"))))
            .append(" | ")
            .append(cell(rule.source()))
            .append(" |\n");
      }
    }
    page.append("\n## Voucher regimes shipped\n\n")
        .append("Register another regime with `VoucherRegimes.defaults().register(...)`, a ")
        .append(
            "`VoucherRegimeProvider` listed in `META-INF/services/io.github.loopbaan.validation.VoucherRegimeProvider`, ")
        .append("or a validator of its own: `LoopbaanValidator.builder().regimes(...)`.\n\n")
        .append(
            "| id | from | hours per voucher | individual at least | group at most | aftercare per package ")
        .append("| aftercare window | vouchers per person |\n|---|---|---|---|---|---|---|---|\n");
    VoucherRegime r = VoucherRegime.VDAB_004;
    page.append("| `")
        .append(r.id())
        .append("` | ")
        .append(r.validFrom().equals(LocalDate.MIN) ? "the start" : r.validFrom().toString())
        .append(" | ")
        .append(Facts.english(r.hoursPerVoucher()))
        .append(" | ")
        .append(Facts.english(r.minimumIndividualPerVoucher()))
        .append(" | ")
        .append(Facts.english(r.maximumGroupPerVoucher()))
        .append(" | ")
        .append(Facts.english(r.aftercarePerPackage()))
        .append(" | ")
        .append(Facts.english(r.aftercareWindow()))
        .append(" | ")
        .append(r.vouchersPerPerson())
        .append(" |\n");
    return page.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  /**
   * Writes the page.
   *
   * @param docs the {@code docs/} folder
   */
  public static void write(Path docs) {
    try {
      Files.writeString(docs.resolve(PAGE), page(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Regenerates the page.
   *
   * @param args the {@code docs/} folder (default: {@code docs})
   */
  public static void main(String[] args) {
    write(Path.of(args.length > 0 ? args[0] : "docs"));
  }
}
