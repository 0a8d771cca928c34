package io.github.loopbaan.docs;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.privacy.Classified;
import io.github.loopbaan.core.privacy.DataCategories;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalData;
import io.github.loopbaan.core.privacy.Shared;
import io.github.loopbaan.core.retention.RetentionPolicy;
import io.github.loopbaan.testkit.ModelClasses;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The records of processing ({@code docs/processing.md}, GDPR art. 30): every attribute of the
 * model marked {@link PersonalData}, with its data category, the default retention of {@link
 * RetentionPolicy#standard()} and the views that write it; and every {@link Classified} code of
 * personal or health data. Generated from the marks by reflection, so a new attribute appears here
 * as soon as it is marked.
 */
final class ProcessingRecords {

  private static final String MODEL = "io.github.loopbaan.core.";

  private ProcessingRecords() {}

  static String page() {
    List<Class<?>> model = ModelClasses.all();
    Set<Class<?>> inShared = reachableFromShared(model);
    StringBuilder page =
        new StringBuilder("# Records of processing\n\n")
            .append(
                "Generated from the code by `io.github.loopbaan.docs.Reference`"
                    + " (`ProcessingRecords`); do not edit by hand.\n\n")
            .append(
                "Every attribute of the model that holds personal data (`@PersonalData`), for an"
                    + " application's records of processing activities (GDPR art. 30): its data"
                    + " category, the default retention of `RetentionPolicy.standard()` (counted"
                    + " from the closing day, or from the last event of a trajectory never closed;"
                    + " see [privacy.md](privacy.md#retention)) and the views that write it"
                    + " ([wire-format.md](wire-format.md#views)). `full` and `client` write every"
                    + " personal attribute, `client` only in items visible to the client; the"
                    + " `commissioner` view writes one only inside an item the coach shared with"
                    + " the commissioning party, which only the attributes of items that can be"
                    + " shared (or of their parts) can be; `anonymised` writes none.\n\n")
            .append("| attribute | category | default retention | views |\n|---|---|---|---|\n");
    for (Class<?> type : model) {
      if (!Modifier.isPublic(type.getModifiers()) || type.getSimpleName().startsWith("Immutable")) {
        continue;
      }
      Set<String> seen = new LinkedHashSet<>();
      List<Method> marked =
          Arrays.stream(type.getDeclaredMethods())
              .filter(m -> m.getAnnotation(PersonalData.class) != null)
              .filter(m -> seen.add(DataCategories.attribute(m.getName())))
              .sorted(Comparator.comparing(m -> DataCategories.attribute(m.getName())))
              .collect(Collectors.toList());
      for (Method m : marked) {
        DataCategory category = m.getAnnotation(PersonalData.class).value();
        page.append("| `")
            .append(name(type))
            .append('.')
            .append(DataCategories.attribute(m.getName()))
            .append("` | ")
            .append(category.code())
            .append(" | ")
            .append(years(RetentionPolicy.standard().term(category)))
            .append(" | ")
            .append(
                inShared.contains(type)
                    ? "full, client (if visible to the client), commissioner (if shared with it)"
                    : "full, client")
            .append(" |\n");
      }
    }
    page.append("\n## Codes of personal or health data\n\n")
        .append(
            "A code that says something about a person by its mere use (`Classified`). The"
                + " commissioner and anonymised views leave out every code of a class that has a"
                + " health code (the inference rule of [privacy.md](privacy.md)).\n\n")
        .append("| code | of | category | default retention |\n|---|---|---|---|\n");
    for (Class<?> type : model) {
      if (type.isEnum() && Classified.class.isAssignableFrom(type)) {
        for (Object constant : type.getEnumConstants()) {
          DataCategory category = ((Classified) constant).dataCategory();
          if (category != DataCategory.ORDINARY) {
            page.append("| `")
                .append(((Coded) constant).code())
                .append("` | `")
                .append(name(type))
                .append("` | ")
                .append(category.code())
                .append(" | ")
                .append(years(RetentionPolicy.standard().term(category)))
                .append(" |\n");
          }
        }
      }
    }
    return page.toString();
  }

  /** Model types that can stand inside an item that has a visibility of its own. */
  private static Set<Class<?>> reachableFromShared(List<Class<?>> model) {
    Set<Class<?>> reached = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    for (Class<?> type : model) {
      if (Shared.class.isAssignableFrom(type) && !type.isInterface()) {
        todo.add(type);
      }
    }
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!reached.add(type)) {
        continue;
      }
      for (Method accessor : DataCategories.accessors(type)) {
        collect(accessor.getGenericReturnType(), todo);
      }
    }
    return reached;
  }

  private static void collect(Type type, Deque<Class<?>> todo) {
    if (type instanceof ParameterizedType) {
      collect(((ParameterizedType) type).getRawType(), todo);
      for (Type argument : ((ParameterizedType) type).getActualTypeArguments()) {
        collect(argument, todo);
      }
    } else if (type instanceof WildcardType) {
      for (Type bound : ((WildcardType) type).getUpperBounds()) {
        collect(bound, todo);
      }
    } else if (type instanceof Class
        && ((Class<?>) type).getName().startsWith(MODEL)
        && !((Class<?>) type).isEnum()) {
      todo.add((Class<?>) type);
    }
  }

  /** A type's name as code names it: {@code ActionCommand.Drop} for a nested type. */
  private static String name(Class<?> type) {
    return type.getEnclosingClass() == null
        ? type.getSimpleName()
        : name(type.getEnclosingClass()) + "." + type.getSimpleName();
  }

  private static String years(Period term) {
    if (term.getMonths() != 0 || term.getDays() != 0) {
      return term.toString();
    }
    return term.getYears() + (term.getYears() == 1 ? " year" : " years");
  }
}
