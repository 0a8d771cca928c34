package io.github.loopbaan.spring;

import io.github.loopbaan.serialization.LoopbaanJson;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures Loopbaan over HTTP in a Spring MVC (servlet) application: the {@link
 * LoopbaanHttpMessageConverter} (Spring Boot places every {@code HttpMessageConverter} bean before
 * its own converters, for the server and for {@code RestClient}) and the {@link
 * LoopbaanProblemHandler} (unless {@code loopbaan.http.problems} is false). Each backs off when the
 * application declares a bean of its type.
 */
@AutoConfiguration(
    after = LoopbaanAutoConfiguration.class,
    beforeName =
        "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
@ConditionalOnBean(LoopbaanJson.class)
public class LoopbaanWebMvcAutoConfiguration {

  /** Created by Spring Boot. */
  public LoopbaanWebMvcAutoConfiguration() {}

  /**
   * @param json the reader and writer
   * @param properties the configuration (the default view)
   * @return the converter of Loopbaan documents
   */
  @Bean
  @ConditionalOnMissingBean
  public LoopbaanHttpMessageConverter loopbaanHttpMessageConverter(
      LoopbaanJson json, LoopbaanProperties properties) {
    return new LoopbaanHttpMessageConverter(json, properties.getHttp().getDefaultView());
  }

  /**
   * @return the advice that answers Loopbaan's failures with problem documents
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(
      name = "loopbaan.http.problems",
      havingValue = "true",
      matchIfMissing = true)
  public LoopbaanProblemHandler loopbaanProblemHandler() {
    return new LoopbaanProblemHandler();
  }
}
