/**
 * Spring Boot 4 auto-configuration for Loopbaan (the {@code loopbaan-spring-boot-starter}).
 *
 * <p>Adding the starter to a Spring Boot application gives it, each overridable by a bean of the
 * application's own:
 *
 * <ul>
 *   <li>a {@link io.github.loopbaan.serialization.LoopbaanJson} with the limits and strictness of
 *       {@code loopbaan.json.*} and the application's own Jackson modules;
 *   <li>a {@link io.github.loopbaan.validation.LoopbaanValidator} on the application's own
 *       validator factory, with the rule sets and regimes of {@code loopbaan.validation.*};
 *   <li>in a Spring MVC application, a {@link LoopbaanHttpMessageConverter} that reads and writes
 *       the model's documents ({@code application/vnd.loopbaan+json}, and plain JSON for the
 *       model's types) strictly and within the limits, and a {@link LoopbaanProblemHandler} that
 *       answers every Loopbaan failure with an RFC 9457 problem document in the request's language.
 * </ul>
 *
 * <p>See {@code docs/frameworks.md} for the set-up and the configuration properties.
 */
package io.github.loopbaan.spring;
