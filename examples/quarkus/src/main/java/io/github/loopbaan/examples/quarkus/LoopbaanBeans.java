package io.github.loopbaan.examples.quarkus;

import io.github.loopbaan.serialization.jackson2.LoopbaanJson;
import io.github.loopbaan.validation.LoopbaanValidator;
import io.github.loopbaan.validation.RuleSet;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.ValidatorFactory;

/**
 * The two Loopbaan objects the practice uses, as CDI beans: the reader and writer of documents
 * (Jackson 2 artifact, strict, with its default limits) and the validator, built on Quarkus's own
 * {@link ValidatorFactory} so that one Hibernate Validator, configured by Quarkus, checks every
 * constraint, Loopbaan's rules included.
 */
public class LoopbaanBeans {

  /**
   * @return the reader and writer of the practice's documents
   */
  @Produces
  @Singleton
  LoopbaanJson json() {
    return LoopbaanJson.standard();
  }

  /**
   * @param factory Quarkus's validator factory
   * @return the validator under the practice's rule sets: base and Flemish career-voucher rules
   */
  @Produces
  @Singleton
  LoopbaanValidator validator(ValidatorFactory factory) {
    return LoopbaanValidator.builder()
        .validatorFactory(factory)
        .defaultRuleSets(RuleSet.BASE, RuleSet.FLEMISH_VOUCHER)
        .build();
  }
}
