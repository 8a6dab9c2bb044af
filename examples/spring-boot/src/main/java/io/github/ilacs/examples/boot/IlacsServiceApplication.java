package io.github.ilacs.examples.boot;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The ilacs REST service: {@code java -jar ilacs-spring-boot-example.jar}. The ilacs JSON format
 * needs no configuration here: Boot's auto-configured {@code JsonMapper} finds the ilacs Jackson 3
 * module on the class path ({@code spring.jackson.find-and-add-modules}, on by default).
 */
@SpringBootApplication
public class IlacsServiceApplication {
  /** Only Spring makes this configuration. */
  IlacsServiceApplication() {}

  /**
   * Starts the service.
   *
   * @param args Spring Boot's command-line arguments, e.g. {@code --server.port=8081}
   */
  public static void main(String[] args) {
    SpringApplication.run(IlacsServiceApplication.class, args);
  }

  /** Today, for an {@code asOf} left out: inspections are of England, so England's date. */
  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Europe/London"));
  }
}
