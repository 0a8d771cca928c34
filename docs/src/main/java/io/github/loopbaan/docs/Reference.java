package io.github.loopbaan.docs;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.catalogue.CatalogueEntry;
import io.github.loopbaan.core.lifecycle.Guard;
import io.github.loopbaan.core.lifecycle.StateMachine;
import io.github.loopbaan.core.phase.PhaseLifecycle;
import io.github.loopbaan.core.plan.ActionLifecycle;
import io.github.loopbaan.core.plan.DevelopmentPlanLifecycle;
import io.github.loopbaan.core.question.CareerQuestionLifecycle;
import io.github.loopbaan.core.session.AssignmentLifecycle;
import io.github.loopbaan.core.session.SessionLifecycle;
import io.github.loopbaan.core.trajectory.TrajectoryLifecycle;
import io.github.loopbaan.testkit.ModelClasses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Generates the reference pages of {@code docs/} from the code: one page per lifecycle table with
 * its Mermaid diagram and its rows. {@code GeneratedReferencesTest} fails when a committed page
 * differs from what this class generates; regenerate with {@code mvn -q -pl docs -am
 * -Dloopbaan.regenerate=true -Dtest=GeneratedReferencesTest -Dsurefire.failIfNoSpecifiedTests=false
 * verify}.
 */
public final class Reference {

  private Reference() {}

  /**
   * @return every lifecycle table of the model, by file name
   */
  public static Map<String, StateMachine<?, ?, ?, ?>> lifecycles() {
    Map<String, StateMachine<?, ?, ?, ?>> machines = new LinkedHashMap<>();
    machines.put("trajectory", TrajectoryLifecycle.MACHINE);
    machines.put("session", SessionLifecycle.MACHINE);
    machines.put("assignment", AssignmentLifecycle.MACHINE);
    machines.put("career_question", CareerQuestionLifecycle.MACHINE);
    machines.put("content_phases", PhaseLifecycle.MACHINE);
    machines.put("development_plan", DevelopmentPlanLifecycle.MACHINE);
    machines.put("action", ActionLifecycle.MACHINE);
    return machines;
  }

  /**
   * @return every generated page, by path relative to the {@code docs/} folder
   */
  public static Map<String, String> pages() {
    Map<String, String> pages = new LinkedHashMap<>();
    StringBuilder index =
        new StringBuilder("# Lifecycles\n\n")
            .append(
                "Generated from the code by `io.github.loopbaan.docs.Reference`; do not edit by hand.\n\n")
            .append("Every lifecycle of the model is a table on the one state machine engine ")
            .append(
                "(`io.github.loopbaan.core.lifecycle`).\n\n| lifecycle | states | transitions |\n|---|---|---|\n");
    for (Map.Entry<String, StateMachine<?, ?, ?, ?>> entry : lifecycles().entrySet()) {
      StateMachine<?, ?, ?, ?> machine = entry.getValue();
      pages.put("lifecycles/" + entry.getKey() + ".md", lifecyclePage(machine));
      index
          .append("| [")
          .append(machine.getName())
          .append("](")
          .append(entry.getKey())
          .append(".md) | ")
          .append(machine.getInitial().getDeclaringClass().getEnumConstants().length)
          .append(" | ")
          .append(machine.getTransitions().size())
          .append(" |\n");
    }
    pages.put("lifecycles/README.md", index.toString());
    pages.put("codes.md", codesPage());
    pages.put("processing.md", ProcessingRecords.page());
    return pages;
  }

  /**
   * @return every coded constant of the model: its wire code and its English and Dutch label, per
   *     enum
   */
  static String codesPage() {
    StringBuilder page =
        new StringBuilder("# Codes and labels\n\n")
            .append(
                "Generated from the code by `io.github.loopbaan.docs.Reference`; do not edit by hand.\n\n")
            .append(
                "Every enum of the model has a stable lower-case code, used on the wire and in databases, and a label ")
            .append("in English and Dutch. Renaming a Java constant never changes its code.\n");
    page.append(
            "The standard entries of an open catalogue (see [catalogues.md](catalogues.md)) are listed the same way; ")
        .append("an application adds its own under namespaced codes.\n");
    List<Class<?>> enums = new ArrayList<>();
    for (Class<?> type : ModelClasses.all()) {
      if (type.isEnum() && Coded.class.isAssignableFrom(type) || Catalogue.isCatalogued(type)) {
        enums.add(type);
      }
    }
    enums.sort(Comparator.comparing(Class::getName));
    for (Class<?> type : enums) {
      boolean catalogued = Catalogue.isCatalogued(type);
      page.append("\n## ")
          .append(type.getSimpleName())
          .append(" (`")
          .append(type.getPackageName().replace("io.github.loopbaan.core.", ""))
          .append(catalogued ? "`, open catalogue" : "`")
          .append(")\n\n| code | English | Dutch |\n|---|---|---|\n");
      List<?> constants =
          catalogued
              ? Catalogue.standard().entries(type.asSubclass(CatalogueEntry.class))
              : List.of(type.getEnumConstants());
      for (Object constant : constants) {
        Coded coded = (Coded) constant;
        page.append("| `")
            .append(coded.code())
            .append("` | ")
            .append(coded.label(Locale.ENGLISH))
            .append(" | ")
            .append(coded.label(Locale.forLanguageTag("nl")))
            .append(" |\n");
      }
    }
    return page.toString();
  }

  static String lifecyclePage(StateMachine<?, ?, ?, ?> machine) {
    StringBuilder page =
        new StringBuilder("# Lifecycle: ")
            .append(machine.getName())
            .append("\n\n")
            .append("Generated from `")
            .append(machine.getName())
            .append("` by `io.github.loopbaan.docs.Reference`; do not edit by hand.\n\n")
            .append("```mermaid\n")
            .append(machine.toMermaid(Locale.ENGLISH))
            .append("```\n\n")
            .append("| command | from | to | guards |\n|---|---|---|---|\n");
    for (StateMachine.Transition<?, ?, ?, ?> t : machine.getTransitions()) {
      page.append("| `")
          .append(t.getKind().code())
          .append("` | ")
          .append(t.getFrom().stream().map(s -> s.code()).collect(Collectors.joining(", ")))
          .append(" | ")
          .append(
              t.isStaying()
                  ? "(stays)"
                  : t.getTargets().stream().map(s -> s.code()).collect(Collectors.joining(", ")))
          .append(" | ")
          .append(t.getGuards().stream().map(Guard::getName).collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    return page.toString();
  }

  /**
   * Writes every page under a folder.
   *
   * @param docs the {@code docs/} folder
   */
  public static void write(Path docs) {
    for (Map.Entry<String, String> page : pages().entrySet()) {
      Path file = docs.resolve(page.getKey());
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Regenerates the reference pages.
   *
   * @param args the {@code docs/} folder (default: {@code docs})
   */
  public static void main(String[] args) {
    write(Path.of(args.length > 0 ? args[0] : "docs"));
  }
}
