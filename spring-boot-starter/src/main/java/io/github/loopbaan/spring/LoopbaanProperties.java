package io.github.loopbaan.spring;

import io.github.loopbaan.format.View;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code loopbaan.*} configuration properties of the starter. Every default is the library's
 * own default, so an application without any {@code loopbaan.*} property behaves as {@code
 * LoopbaanJson.standard()} and {@code LoopbaanValidator.create()}.
 */
@ConfigurationProperties("loopbaan")
public class LoopbaanProperties {

  private final Json json = new Json();
  private final Validation validation = new Validation();
  private final Http http = new Http();

  /**
   * @return the JSON settings ({@code loopbaan.json.*})
   */
  public Json getJson() {
    return json;
  }

  /**
   * @return the validation settings ({@code loopbaan.validation.*})
   */
  public Validation getValidation() {
    return validation;
  }

  /**
   * @return the HTTP settings ({@code loopbaan.http.*})
   */
  public Http getHttp() {
    return http;
  }

  /** Reading and writing of Loopbaan JSON ({@code loopbaan.json.*}). */
  public static class Json {

    /**
     * Whether an unknown property in a Loopbaan document fails reading. Set it to false to read
     * documents of a newer producer that added properties; nothing else is relaxed.
     */
    private boolean strict = true;

    /**
     * Largest Loopbaan document read, request bodies included (in bytes unless a unit is given).
     */
    private DataSize maxDocumentSize = DataSize.ofMegabytes(8);

    /** Deepest nesting of arrays and objects read. */
    private int maxNestingDepth = 64;

    /** Longest text value read, in characters. */
    private int maxStringLength = 100_000;

    /** Largest collection, map or array read, in elements. */
    private int maxCollectionSize = 10_000;

    /**
     * @return whether unknown properties fail reading
     */
    public boolean isStrict() {
      return strict;
    }

    /**
     * @param strict whether unknown properties fail reading
     */
    public void setStrict(boolean strict) {
      this.strict = strict;
    }

    /**
     * @return the largest document read
     */
    public DataSize getMaxDocumentSize() {
      return maxDocumentSize;
    }

    /**
     * @param maxDocumentSize the largest document read
     */
    public void setMaxDocumentSize(DataSize maxDocumentSize) {
      this.maxDocumentSize = maxDocumentSize;
    }

    /**
     * @return the deepest nesting read
     */
    public int getMaxNestingDepth() {
      return maxNestingDepth;
    }

    /**
     * @param maxNestingDepth the deepest nesting read
     */
    public void setMaxNestingDepth(int maxNestingDepth) {
      this.maxNestingDepth = maxNestingDepth;
    }

    /**
     * @return the longest text read, in characters
     */
    public int getMaxStringLength() {
      return maxStringLength;
    }

    /**
     * @param maxStringLength the longest text read, in characters
     */
    public void setMaxStringLength(int maxStringLength) {
      this.maxStringLength = maxStringLength;
    }

    /**
     * @return the largest collection read, in elements
     */
    public int getMaxCollectionSize() {
      return maxCollectionSize;
    }

    /**
     * @param maxCollectionSize the largest collection read, in elements
     */
    public void setMaxCollectionSize(int maxCollectionSize) {
      this.maxCollectionSize = maxCollectionSize;
    }
  }

  /** Validation under Loopbaan's rule sets ({@code loopbaan.validation.*}). */
  public static class Validation {

    /**
     * Rule sets applied by a validate call that names none, by code: "base" (every practice) and
     * "flemish_voucher" (the Flemish career-voucher rules, seed 004).
     */
    private List<String> ruleSets = new ArrayList<>(List.of("base"));

    /**
     * Funding regimes accepted (rule base_regime_registered), by identifier ("general", "vdab_004")
     * or identifier and version ("vdab_004@1"), out of the built-in regimes; empty means every
     * built-in regime. An application with regimes of its own declares a FundingRegimes bean
     * instead.
     */
    private List<String> regimes = new ArrayList<>();

    /**
     * Whether the validator is built on the application's own Hibernate Validator factory (the one
     * Spring Boot configures), so that there is one factory; when false, or when the application
     * has none, Loopbaan bootstraps a factory of its own.
     */
    private boolean useApplicationFactory = true;

    /**
     * @return the codes of the default rule sets
     */
    public List<String> getRuleSets() {
      return ruleSets;
    }

    /**
     * @param ruleSets the codes of the default rule sets
     */
    public void setRuleSets(List<String> ruleSets) {
      this.ruleSets = ruleSets;
    }

    /**
     * @return the built-in regimes accepted; empty for all
     */
    public List<String> getRegimes() {
      return regimes;
    }

    /**
     * @param regimes the built-in regimes accepted; empty for all
     */
    public void setRegimes(List<String> regimes) {
      this.regimes = regimes;
    }

    /**
     * @return whether the application's validator factory is used
     */
    public boolean isUseApplicationFactory() {
      return useApplicationFactory;
    }

    /**
     * @param useApplicationFactory whether the application's validator factory is used
     */
    public void setUseApplicationFactory(boolean useApplicationFactory) {
      this.useApplicationFactory = useApplicationFactory;
    }
  }

  /** Loopbaan over HTTP, in a Spring MVC application ({@code loopbaan.http.*}). */
  public static class Http {

    /**
     * View in which a model value returned by a controller is written: "full" (everything; the only
     * view that reads back), "client", "commissioner" or "anonymised". A controller answers another
     * view per request by returning a ViewedDocument.
     */
    private View defaultView = View.FULL;

    /**
     * Whether Loopbaan's failures (read errors, rejected commands and values, violated rules) are
     * answered with RFC 9457 problem documents by the starter's exception handler.
     */
    private boolean problems = true;

    /**
     * @return the default view of responses
     */
    public View getDefaultView() {
      return defaultView;
    }

    /**
     * @param defaultView the default view of responses
     */
    public void setDefaultView(View defaultView) {
      this.defaultView = defaultView;
    }

    /**
     * @return whether failures are answered with problem documents
     */
    public boolean isProblems() {
      return problems;
    }

    /**
     * @param problems whether failures are answered with problem documents
     */
    public void setProblems(boolean problems) {
      this.problems = problems;
    }
  }
}
