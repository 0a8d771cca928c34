package io.github.loopbaan.serialization;

import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.privacy.Shared;
import io.github.loopbaan.testkit.PersonalDataScan;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the items that carry their own visibility ({@link Shared}) and the development plans inside
 * a model value, through every public getter (including lifecycle histories and command payloads),
 * for the view properties.
 */
final class Items {

  private Items() {}

  /**
   * @return every shared item in the value that the predicate accepts
   */
  static List<Shared> shared(Object value, Predicate<Shared> which) {
    List<Object> found = new ArrayList<>();
    walk(value, o -> o instanceof Shared && which.test((Shared) o), found, new IdentityHashMap<>());
    List<Shared> items = new ArrayList<>();
    found.forEach(o -> items.add((Shared) o));
    return items;
  }

  /**
   * @return every development plan in the value
   */
  static List<DevelopmentPlan> plans(Object value) {
    List<Object> found = new ArrayList<>();
    walk(value, o -> o instanceof DevelopmentPlan, found, new IdentityHashMap<>());
    List<DevelopmentPlan> plans = new ArrayList<>();
    found.forEach(o -> plans.add((DevelopmentPlan) o));
    return plans;
  }

  /**
   * @return the personal texts of every listed value
   */
  static Set<String> personalTexts(List<?> values) {
    Set<String> texts = new LinkedHashSet<>();
    values.forEach(v -> texts.addAll(PersonalDataScan.personalTexts(v)));
    return texts;
  }

  private static void walk(
      Object value, Predicate<Object> match, List<Object> found, Map<Object, Boolean> seen) {
    if (value == null) {
      return;
    }
    if (value instanceof Optional) {
      walk(((Optional<?>) value).orElse(null), match, found, seen);
      return;
    }
    if (value instanceof Iterable) {
      for (Object element : (Iterable<?>) value) {
        walk(element, match, found, seen);
      }
      return;
    }
    if (!value.getClass().getName().startsWith("io.github.loopbaan.core.")
        || value.getClass().isEnum()
        || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (match.test(value)) {
      found.add(value);
    }
    for (Method m : value.getClass().getMethods()) {
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && m.getDeclaringClass() != Object.class
          && (m.getName().startsWith("get") || m.getName().startsWith("is"))
          && !m.getReturnType().isPrimitive()) {
        try {
          m.setAccessible(true);
          walk(m.invoke(value), match, found, seen);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // not a readable attribute: skip it
        }
      }
    }
  }
}
