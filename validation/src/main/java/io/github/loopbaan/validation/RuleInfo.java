package io.github.loopbaan.validation;

import java.util.Locale;
import java.util.Objects;

/**
 * What one rule of a rule set says (Dutch: regelbeschrijving): code, rule set, severity, the type
 * it applies to, its message in nl and en (with {@code {name}} placeholders for the facts of a
 * violation) and its source. {@link LoopbaanValidator#rules()} lists them; {@code docs/rules.md} is
 * generated from them.
 */
public final class RuleInfo {

  private final String code;
  private final String ruleSet;
  private final Severity severity;
  private final String type;
  private final String source;
  private final String english;
  private final String dutch;

  RuleInfo(
      String code,
      String ruleSet,
      Severity severity,
      String type,
      String source,
      String english,
      String dutch) {
    this.code = code;
    this.ruleSet = ruleSet;
    this.severity = severity;
    this.type = type;
    this.source = source;
    this.english = english;
    // The Dutch bundle names facts in Dutch words {name_nl} (see Texts.DUTCH_FACT); the reference
    // shows the fact's own name in both languages.
    this.dutch = dutch.replaceAll("\\{([A-Za-z0-9_]+)" + Texts.DUTCH_FACT + "}", "{$1}");
  }

  /**
   * @return the stable rule code
   */
  public String code() {
    return code;
  }

  /**
   * @return the code of the rule set
   */
  public String ruleSet() {
    return ruleSet;
  }

  /**
   * @return error or warning
   */
  public Severity severity() {
    return severity;
  }

  /**
   * @return the simple name of the model type the rule is declared on, for example {@code
   *     Trajectory}
   */
  public String type() {
    return type;
  }

  /**
   * @return where the rule comes from in the domain brief and seeds; empty when not given
   */
  public String source() {
    return source;
  }

  /**
   * @param locale the language: Dutch for {@code nl}, English otherwise
   * @return the message text with its placeholders, named after the rule's facts in both languages
   */
  public String text(Locale locale) {
    return Texts.language(locale).equals("nl") ? dutch : english;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RuleInfo)) {
      return false;
    }
    RuleInfo r = (RuleInfo) o;
    return code.equals(r.code)
        && ruleSet.equals(r.ruleSet)
        && severity == r.severity
        && type.equals(r.type)
        && source.equals(r.source)
        && english.equals(r.english)
        && dutch.equals(r.dutch);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, ruleSet, severity, type, source, english, dutch);
  }

  @Override
  public String toString() {
    return "RuleInfo[" + code + " " + ruleSet + " " + severity.code() + "]";
  }
}
