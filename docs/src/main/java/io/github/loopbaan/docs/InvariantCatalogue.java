package io.github.loopbaan.docs;

import io.github.loopbaan.core.lifecycle.Guard;
import io.github.loopbaan.core.lifecycle.PayloadCheck;
import io.github.loopbaan.core.lifecycle.StateMachine;
import io.github.loopbaan.validation.LoopbaanValidator;
import io.github.loopbaan.validation.RuleInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The invariants the model promises, read from the code: the catalogue that {@code
 * docs/invariants.md} must cover row by row ({@code InvariantCatalogueTest} fails on a code without
 * a row, or a row without a code).
 *
 * <ul>
 *   <li><b>structural</b>: the rule codes of every {@code InvalidValueException} the core throws on
 *       construction, read from its sources (the rule argument of {@code Require.that(...)} and of
 *       {@code new InvalidValueException(...)}), with the closure rules of a trajectory;
 *   <li><b>history</b>: the engine's rules on every history and every command ({@code
 *       StateMachine}'s codes);
 *   <li><b>lifecycle</b>: every guard and payload check of every lifecycle table, as {@code
 *       lifecycle/name};
 *   <li><b>validation</b>: every rule code of the validator;
 *   <li><b>privacy</b>: the rules of the views and messages, which no single line of code throws.
 * </ul>
 */
public final class InvariantCatalogue {

  /** The privacy invariants, documented in {@code docs/privacy.md}. */
  public static final List<String> PRIVACY =
      List.of(
          "no_personal_data_in_text",
          "no_health_code_in_text",
          "no_health_data_in_restricted_views",
          "redaction_indistinguishable",
          "error_paths_name_known_properties_only");

  /**
   * The rules of a trajectory's closure, thrown as {@code IllegalStateException} or {@code
   * IllegalArgumentException}.
   */
  static final List<String> CLOSURE = List.of("closed_unchanged", "correction_keeps_history");

  private InvariantCatalogue() {}

  /**
   * @param coreSources the folder of the core's main sources ({@code core/src/main/java})
   * @return the catalogue by kind (structural, history, lifecycle, validation, privacy), each
   *     sorted
   */
  public static Map<String, Set<String>> read(Path coreSources) {
    Map<String, Set<String>> catalogue = new LinkedHashMap<>();
    catalogue.put("structural", structural(coreSources));
    catalogue.put("history", history());
    catalogue.put("lifecycle", lifecycle());
    catalogue.put("validation", validation());
    catalogue.put("privacy", new TreeSet<>(PRIVACY));
    return catalogue;
  }

  static Set<String> structural(Path coreSources) {
    Set<String> codes = new TreeSet<>(CLOSURE);
    try (Stream<Path> files = Files.walk(coreSources)) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        collect(source, "Require.that(", 3, codes);
        collect(source, "InvalidValueException(", 2, codes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return codes;
  }

  /**
   * Adds the string literal at argument {@code index} of every call that starts with {@code call}.
   */
  private static void collect(String source, String call, int index, Set<String> codes) {
    for (int at = source.indexOf(call); at >= 0; at = source.indexOf(call, at + 1)) {
      List<String> arguments = arguments(source, at + call.length() - 1);
      if (arguments.size() > index) {
        String argument = arguments.get(index);
        if (argument.matches("\"[a-z_]+\"")) {
          codes.add(argument.substring(1, argument.length() - 1));
        }
      }
    }
  }

  /**
   * @return the top-level arguments of the call whose opening parenthesis is at {@code open}
   */
  private static List<String> arguments(String source, int open) {
    List<String> arguments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    boolean inString = false;
    for (int i = open; i < source.length(); i++) {
      char c = source.charAt(i);
      if (inString) {
        current.append(c);
        if (c == '\\') {
          current.append(source.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        current.append(c);
      } else if (c == '(' || c == '[' || c == '{') {
        if (depth++ > 0) {
          current.append(c);
        }
      } else if (c == ')' || c == ']' || c == '}') {
        if (--depth == 0) {
          arguments.add(current.toString().trim());
          return arguments;
        }
        current.append(c);
      } else if (c == ',' && depth == 1) {
        arguments.add(current.toString().trim());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    return arguments;
  }

  static Set<String> history() {
    Set<String> codes = new TreeSet<>();
    for (Field field : StateMachine.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          codes.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return codes;
  }

  static Set<String> lifecycle() {
    Set<String> codes = new TreeSet<>();
    for (StateMachine<?, ?, ?, ?> machine : Reference.lifecycles().values()) {
      for (StateMachine.Transition<?, ?, ?, ?> row : machine.getTransitions()) {
        for (Guard<?> guard : row.getGuards()) {
          codes.add(machine.getName() + "/" + guard.getName());
        }
        for (PayloadCheck<?, ?> check : row.getChecks()) {
          codes.add(machine.getName() + "/" + check.getName());
        }
      }
    }
    return codes;
  }

  static Set<String> validation() {
    Set<String> codes = new TreeSet<>();
    try (LoopbaanValidator validator = LoopbaanValidator.create()) {
      for (RuleInfo rule : validator.rules()) {
        codes.add(rule.code());
      }
    }
    return codes;
  }
}
