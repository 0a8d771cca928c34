package io.github.loopbaan.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A coaching practice's back end on Spring Boot 4 with {@code loopbaan-spring-boot-starter}: it
 * keeps trajectories, runs their lifecycle commands, validates them under the career-voucher rules
 * and answers the commissioning party's view. Everything Loopbaan-specific over HTTP (reading
 * documents strictly, problem documents, views) comes from the starter; this application only
 * writes its endpoints.
 */
@SpringBootApplication
public class CoachingPracticeApplication {

  /**
   * @param args Spring Boot's arguments, for example {@code --server.port=8081}
   */
  public static void main(String[] args) {
    SpringApplication.run(CoachingPracticeApplication.class, args);
  }
}
