package io.github.loopbaan.spring;

import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.trajectory.FundingRegime;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.serialization.LoopbaanJson;
import io.github.loopbaan.validation.LoopbaanValidator;
import io.github.loopbaan.validation.RuleSet;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures Loopbaan's JSON and validation in a Spring Boot application. Every bean backs off
 * when the application declares one of the same type.
 *
 * <ul>
 *   <li>{@link Catalogue}: {@link Catalogue#standard()}; declare your own to accept your entries.
 *   <li>{@link FundingRegimes}: the built-in regimes, narrowed by {@code
 *       loopbaan.validation.regimes}.
 *   <li>{@link LoopbaanJson}: the limits and strictness of {@code loopbaan.json.*} and the
 *       catalogue. It is deliberately not built on the application's {@code JsonMapper}: a module
 *       of the application with a serializer or deserializer for a model type is asked before
 *       Loopbaan's own and would change the wire format. The application's mapper keeps writing its
 *       own types, Loopbaan values inside them included (it finds Loopbaan's module by service
 *       loading).
 *   <li>{@link LoopbaanValidator}: on the application's validator factory (Spring Boot's {@code
 *       defaultValidator}) unless {@code loopbaan.validation.use-application-factory} is false,
 *       with the default rule sets of {@code loopbaan.validation.rule-sets}, the regimes and the
 *       catalogue.
 * </ul>
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
      "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration"
    })
@EnableConfigurationProperties(LoopbaanProperties.class)
public class LoopbaanAutoConfiguration {

  /** Created by Spring Boot. */
  public LoopbaanAutoConfiguration() {}

  /**
   * @return the standard catalogue
   */
  @Bean
  @ConditionalOnMissingBean
  public Catalogue loopbaanCatalogue() {
    return Catalogue.standard();
  }

  /**
   * @param properties the configuration
   * @return the built-in regimes that {@code loopbaan.validation.regimes} names, or all of them
   * @throws IllegalStateException when a configured regime is not built in
   */
  @Bean
  @ConditionalOnMissingBean
  public FundingRegimes loopbaanFundingRegimes(LoopbaanProperties properties) {
    List<String> wanted = properties.getValidation().getRegimes();
    if (wanted.isEmpty()) {
      return FundingRegimes.builtIn();
    }
    List<FundingRegime> chosen = new ArrayList<>();
    for (String name : wanted) {
      FundingRegime found = null;
      for (FundingRegime regime : FundingRegimes.builtIn().all()) {
        if (regime.getId().equals(name) || regime.ref().equals(name)) {
          found = regime;
        }
      }
      if (found == null) {
        throw new IllegalStateException(
            "loopbaan.validation.regimes names '"
                + name
                + "', which is no built-in regime; built in: "
                + refs(FundingRegimes.builtIn())
                + " (declare a FundingRegimes bean for regimes of your own)");
      }
      chosen.add(found);
    }
    return FundingRegimes.of(chosen.toArray(new FundingRegime[0]));
  }

  private static List<String> refs(FundingRegimes regimes) {
    List<String> refs = new ArrayList<>();
    regimes.all().forEach(r -> refs.add(r.ref()));
    return refs;
  }

  /**
   * @param properties the configuration
   * @param catalogue the catalogue through which codes are read
   * @return the configured instance
   */
  @Bean
  @ConditionalOnMissingBean
  public LoopbaanJson loopbaanJson(LoopbaanProperties properties, Catalogue catalogue) {
    LoopbaanProperties.Json config = properties.getJson();
    LoopbaanJson.Builder builder =
        LoopbaanJson.builder()
            .maxDocumentBytes(config.getMaxDocumentSize().toBytes())
            .maxNestingDepth(config.getMaxNestingDepth())
            .maxStringLength(config.getMaxStringLength())
            .maxCollectionSize(config.getMaxCollectionSize())
            .catalogue(catalogue);
    if (!config.isStrict()) {
      builder.lenient();
    }
    return builder.build();
  }

  /**
   * @param properties the configuration
   * @param regimes the regimes accepted
   * @param catalogue the catalogue accepted
   * @param applicationFactory the application's validator factory
   * @return the configured validator; closed with the context (an application factory stays open)
   * @throws IllegalStateException when a configured rule set is unknown
   */
  @Bean
  @ConditionalOnMissingBean
  public LoopbaanValidator loopbaanValidator(
      LoopbaanProperties properties,
      FundingRegimes regimes,
      Catalogue catalogue,
      ObjectProvider<ValidatorFactory> applicationFactory) {
    LoopbaanProperties.Validation config = properties.getValidation();
    LoopbaanValidator.Builder builder =
        LoopbaanValidator.builder()
            .regimes(regimes)
            .catalogue(catalogue)
            .defaultRuleSets(ruleSets(config.getRuleSets()));
    ValidatorFactory factory = applicationFactory.getIfUnique();
    if (config.isUseApplicationFactory() && factory != null) {
      builder.validatorFactory(factory);
    }
    return builder.build();
  }

  private static RuleSet[] ruleSets(List<String> codes) {
    if (codes.isEmpty()) {
      throw new IllegalStateException(
          "loopbaan.validation.rule-sets is empty; name at least one rule set (base, flemish_voucher)");
    }
    List<RuleSet> sets = new ArrayList<>();
    for (String code : codes) {
      if (RuleSet.BASE.code().equals(code)) {
        sets.add(RuleSet.BASE);
      } else if (RuleSet.FLEMISH_VOUCHER.code().equals(code)) {
        sets.add(RuleSet.FLEMISH_VOUCHER);
      } else {
        throw new IllegalStateException(
            "loopbaan.validation.rule-sets names '"
                + code
                + "', which is no built-in rule set; built in: base, flemish_voucher (declare a"
                + " LoopbaanValidator bean for rule sets of your own)");
      }
    }
    return sets.toArray(new RuleSet[0]);
  }
}
