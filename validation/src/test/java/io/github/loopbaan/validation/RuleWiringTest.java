package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.rules.RuleCode;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.Trajectory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One name per rule, and every rule wired: a rule's code, its annotation and its validator share
 * one stem ({@code vch_aftercare_minutes}, {@code rules.voucher.AftercareMinutes}, {@code
 * AftercareMinutesValidator}); base rules live in {@code rules.base}, voucher rules in {@code
 * rules.voucher}; every rule annotation of core is declared on a model type and has exactly one
 * validator in the services file, and {@code module-info.java} provides the same validators as the
 * services file.
 */
class RuleWiringTest {

  private static final String SERVICES = "META-INF/services/jakarta.validation.ConstraintValidator";

  /**
   * Every rule annotation's simple name is its code without prefix, in the package its prefix
   * names.
   */
  @Test
  void every_rule_annotation_is_named_after_its_code() throws Exception {
    List<Class<?>> annotations = ruleAnnotations();
    assertThat(annotations).hasSizeGreaterThan(20);
    for (Class<?> annotation : annotations) {
      String code = annotation.getAnnotation(RuleCode.class).value();
      String prefix = code.substring(0, code.indexOf('_'));
      assertThat(prefix).as(code).isIn("base", "vch");
      assertThat(annotation.getPackageName())
          .as(code)
          .isEqualTo(
              "io.github.loopbaan.core.rules." + (prefix.equals("base") ? "base" : "voucher"));
      assertThat(annotation.getSimpleName())
          .as(code)
          .isEqualTo(camel(code.substring(prefix.length() + 1)));
    }
  }

  /**
   * The services file lists one validator per rule annotation, named after it, and nothing else.
   */
  @Test
  void the_services_file_lists_one_validator_per_rule_named_after_it() throws Exception {
    List<String> validators = servicesFile();
    Set<String> validated = new TreeSet<>();
    for (String name : validators) {
      Class<?> validator = Class.forName(name);
      Class<?> annotation =
          (Class<?>)
              ((ParameterizedType) validator.getGenericSuperclass()).getActualTypeArguments()[0];
      assertThat(validator.getSimpleName()).isEqualTo(annotation.getSimpleName() + "Validator");
      assertThat(validated.add(annotation.getName()))
          .as("two validators for " + annotation)
          .isTrue();
    }
    assertThat(validated)
        .isEqualTo(
            ruleAnnotations().stream()
                .map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new)));
  }

  /** Every rule annotation is declared on one of the model's value types, so it is ever checked. */
  @Test
  void every_rule_annotation_is_declared_on_a_model_type() throws Exception {
    Set<String> declared = new TreeSet<>();
    for (Class<?> type : List.of(Trajectory.class, DevelopmentPlan.class, IntakeAgreement.class)) {
      for (Annotation a : type.getAnnotations()) {
        if (a.annotationType().isAnnotationPresent(RuleCode.class)) {
          declared.add(a.annotationType().getName());
        }
      }
    }
    assertThat(declared)
        .isEqualTo(
            ruleAnnotations().stream()
                .map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new)));
  }

  /**
   * {@code module-info.java} provides exactly the validators of the services file (which the class
   * path reads).
   */
  @Test
  void module_info_provides_the_validators_of_the_services_file() throws IOException {
    String moduleInfo = Files.readString(Path.of("src/main/java/module-info.java"));
    Matcher provides =
        Pattern.compile(
                "provides\\s+jakarta\\.validation\\.ConstraintValidator\\s+with\\s+([^;]+);")
            .matcher(moduleInfo);
    assertThat(provides.find()).isTrue();
    Set<String> provided =
        Arrays.stream(provides.group(1).split(","))
            .map(String::strip)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> listed =
        servicesFile().stream()
            .map(name -> name.replace('$', '.'))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(provided).isEqualTo(listed);
  }

  private static List<String> servicesFile() throws IOException {
    try (InputStream in = RuleWiringTest.class.getClassLoader().getResourceAsStream(SERVICES)) {
      assertThat(in).as(SERVICES).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(Collectors.toList());
    }
  }

  /**
   * The classes of core's {@code rules.base} and {@code rules.voucher} packages that carry a rule
   * code.
   */
  private static List<Class<?>> ruleAnnotations() throws IOException, URISyntaxException {
    Path location =
        Path.of(RuleCode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location.resolve("io/github/loopbaan/core/rules"))) {
        files.map(p -> location.relativize(p).toString().replace('\\', '/')).forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream().map(e -> e.getName()).forEach(names::add);
      }
    }
    List<Class<?>> result = new ArrayList<>();
    for (String name : names) {
      if (name.matches("io/github/loopbaan/core/rules/(base|voucher)/[A-Za-z]+\\.class")) {
        Class<?> type;
        try {
          type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'));
        } catch (ClassNotFoundException e) {
          throw new AssertionError(name, e);
        }
        if (type.isAnnotationPresent(RuleCode.class)) {
          result.add(type);
        }
      }
    }
    return result;
  }

  private static String camel(String snake) {
    StringBuilder out = new StringBuilder();
    for (String part : snake.split("_")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }
}
