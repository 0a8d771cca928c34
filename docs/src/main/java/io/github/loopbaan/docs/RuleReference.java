package io.github.loopbaan.docs;

import io.github.loopbaan.core.trajectory.FundingRegime;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.VoucherTerms;
import io.github.loopbaan.validation.LoopbaanValidator;
import io.github.loopbaan.validation.RuleInfo;
import io.github.loopbaan.validation.constraints.Facts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

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
                "group and always apply; the Flemish voucher rules take their numbers from the funding regime the ")
            .append(
                "trajectory's funding carries, and `base_regime_registered` reports a regime the validator does not accept. ")
            .append(
                "Each report names the regime (`regime()`, e.g. `vdab_004@1`) and the rule set versions (`ruleSets()`, ")
            .append("e.g. `flemish_voucher@2`) it applied. ")
            .append(
                "`vch_vouchers_per_person` and `vch_waiting_period` need the person's earlier vouchers and are checked ")
            .append(
                "only by `validate(trajectory, voucherHistory, ruleSets...)`, with the `VoucherHistory` the application supplies.\n\n")
            .append(
                "| code | rule set | regime | severity | on | en | nl | source |\n|---|---|---|---|---|---|---|---|\n");
    try (LoopbaanValidator validator =
        LoopbaanValidator.builder().regimes(FundingRegimes.builtIn()).build()) {
      for (RuleInfo rule : validator.rules()) {
        page.append("| `")
            .append(rule.code())
            .append("` | ")
            .append(rule.ruleSet())
            .append(" | ")
            .append(
                rule.ruleSet().equals("base")
                    ? "any"
                    : "career-voucher regime of the funding (`vdab_004` built in)")
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
    page.append("\n## Funding regimes shipped\n\n")
        .append(
            "A regime is data: an application builds its own (`FundingRegime.builder()`), puts it in the ")
        .append(
            "trajectory's funding (`Funding.careerVouchers(regime, ids...)`, `funding.withRegime(regime)`) and gives the ")
        .append(
            "validator the registry it accepts (`LoopbaanValidator.builder().regimes(FundingRegimes.builtIn().with(regime))`). ")
        .append(
            "The process rules change the trajectory lifecycle's guards (see `docs/lifecycles/trajectory.md`).\n\n")
        .append(
            "| id@version | funding | valid | signed agreement before in-depth | evaluation first | aftercare window ")
        .append(
            "| hours per voucher | individual at least | group at most | aftercare per package | vouchers per person | source |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (FundingRegime r : FundingRegimes.builtIn().all()) {
      Optional<VoucherTerms> terms = r.getVoucherTerms();
      page.append("| `")
          .append(r.ref())
          .append("` | ")
          .append(r.getFundingKind().map(k -> k.code()).orElse("any"))
          .append(" | ")
          .append(
              r.getValidFrom().equals(LocalDate.MIN)
                  ? "from the start"
                  : "from " + r.getValidFrom())
          .append(r.getValidUntil().map(u -> " until " + u).orElse(""))
          .append(" | ")
          .append(r.isAgreementBeforeInDepth() ? "yes" : "no")
          .append(" | ")
          .append(r.isEvaluationFirst() ? "yes" : "no")
          .append(" | ")
          .append(r.getAftercareWindow().map(Facts::english).orElse("none after closing"))
          .append(" | ")
          .append(terms.map(t -> Facts.english(t.getHoursPerVoucher())).orElse("-"))
          .append(" | ")
          .append(terms.map(t -> Facts.english(t.getMinimumIndividualPerVoucher())).orElse("-"))
          .append(" | ")
          .append(terms.map(t -> Facts.english(t.getMaximumGroupPerVoucher())).orElse("-"))
          .append(" | ")
          .append(terms.map(t -> Facts.english(t.getAftercarePerPackage())).orElse("-"))
          .append(" | ")
          .append(terms.map(t -> String.valueOf(t.getVouchersPerPerson())).orElse("-"))
          .append(" | ")
          .append(cell(r.getSource()))
          .append(" |\n");
    }
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
