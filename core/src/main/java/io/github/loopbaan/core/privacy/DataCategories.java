package io.github.loopbaan.core.privacy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which categories of personal data a model value holds, found from the model's own marks: an
 * attribute marked {@link PersonalData} with a value, an item whose {@code getDataCategory()} is
 * personal or health data (a note, an insight), and a {@link Classified} code of such a category.
 * The whole value graph is followed, a trajectory's history included (its events carry copies of
 * the sessions and plans they recorded).
 *
 * <p>Retention ({@code io.github.loopbaan.core.retention}) asks it which categories a record holds;
 * audits and tests can ask it the same.
 */
public final class DataCategories {

  private static final String MODEL = "io.github.loopbaan.core.";

  private DataCategories() {}

  /**
   * @param value a model value (or a collection or optional of them)
   * @return the categories of personal data it holds: {@link DataCategory#PERSONAL}, {@link
   *     DataCategory#HEALTH}, both or none; never {@link DataCategory#ORDINARY}
   */
  public static Set<DataCategory> heldIn(Object value) {
    Set<DataCategory> held = EnumSet.noneOf(DataCategory.class);
    walk(value, held, new IdentityHashMap<>());
    return held;
  }

  /**
   * Every item of personal data in a value, where it is and of which category: each attribute
   * marked {@link PersonalData} that holds something (as a whole: the datum of {@code
   * Trajectory.referrals} is the list of referrals), and each {@link Classified} code of personal
   * or health data held by an attribute that is not marked. An attribute of an item that is health
   * data (a note or insight of category health) is health data. A value reached twice (a session in
   * the sessions and in the history) is reported at its first path.
   *
   * @param value a model value
   * @return the data in a stable order (attributes by name, elements by index)
   */
  public static List<PersonalDatum> personalData(Object value) {
    List<PersonalDatum> data = new ArrayList<>();
    collect(value, "", data, new IdentityHashMap<>());
    return data;
  }

  private static void collect(
      Object value, String path, List<PersonalDatum> data, Map<Object, Boolean> seen) {
    if (value == null) {
      return;
    }
    if (value instanceof Optional) {
      collect(((Optional<?>) value).orElse(null), path, data, seen);
    } else if (value instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        collect(entry.getValue(), path + "[" + entry.getKey() + "]", data, seen);
      }
    } else if (value instanceof Iterable) {
      int index = 0;
      for (Object element : (Iterable<?>) value) {
        collect(element, path + "[" + index++ + "]", data, seen);
      }
    } else if (value instanceof Classified) {
      DataCategory category = ((Classified) value).dataCategory();
      if (category != DataCategory.ORDINARY) {
        data.add(new PersonalDatum(path, category, value));
      }
    } else if (value.getClass().getName().startsWith(MODEL)
        && !value.getClass().isEnum()
        && seen.put(value, Boolean.TRUE) == null) {
      DataCategory item = itemCategory(value);
      for (Method accessor : accessors(value.getClass())) {
        Object result = invoke(accessor, value);
        String at = (path.isEmpty() ? "" : path + ".") + attribute(accessor.getName());
        Optional<PersonalData> mark = markOf(value.getClass(), accessor.getName());
        if (mark.isPresent()) {
          if (holdsSomething(result)) {
            DataCategory category =
                item == DataCategory.HEALTH ? DataCategory.HEALTH : mark.get().value();
            data.add(new PersonalDatum(at, category, unwrapped(result)));
          }
        } else {
          collect(result, at, data, seen);
        }
      }
    }
  }

  /**
   * @param value a model value
   * @return the data category of an item that carries one ({@code getDataCategory()}, such as a
   *     note or an insight), else {@link DataCategory#ORDINARY}
   */
  public static DataCategory itemCategory(Object value) {
    for (Method accessor : accessors(value.getClass())) {
      if (accessor.getName().equals("getDataCategory")) {
        Object category = invoke(accessor, value);
        if (category instanceof DataCategory) {
          return (DataCategory) category;
        }
      }
    }
    return DataCategory.ORDINARY;
  }

  private static Object unwrapped(Object value) {
    return value instanceof Optional ? ((Optional<?>) value).orElseThrow() : value;
  }

  /**
   * @param accessor an accessor's name: {@code getName}, {@code isSigned}, or a record's {@code
   *     reason}
   * @return the attribute it reads: {@code name}, {@code signed}, {@code reason}
   */
  public static String attribute(String accessor) {
    for (String prefix : List.of("get", "is")) {
      if (accessor.length() > prefix.length()
          && accessor.startsWith(prefix)
          && Character.isUpperCase(accessor.charAt(prefix.length()))) {
        String name = accessor.substring(prefix.length());
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
      }
    }
    return accessor;
  }

  /**
   * @param type a model type (or its generated implementation)
   * @param accessor the name of an accessor, for example {@code getName}
   * @return the {@link PersonalData} mark of the accessor, declared on the type or a supertype
   */
  public static Optional<PersonalData> markOf(Class<?> type, String accessor) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        PersonalData mark = c.getDeclaredMethod(accessor).getAnnotation(PersonalData.class);
        if (mark != null) {
          return Optional.of(mark);
        }
      } catch (NoSuchMethodException e) {
        // not declared here; look in the superclass
      }
    }
    return Optional.empty();
  }

  /**
   * @param type a model type
   * @return its public accessors, by name: instance methods {@code getX()} or {@code isX()} without
   *     parameters, those of {@code Object} and {@code Enum} excepted
   */
  public static List<Method> accessors(Class<?> type) {
    List<Method> result = new ArrayList<>();
    Method[] methods = type.getMethods();
    Arrays.sort(methods, Comparator.comparing(Method::getName));
    for (Method m : methods) {
      String name = m.getName();
      boolean getter =
          (name.startsWith("get") && name.length() > 3)
              || (name.startsWith("is") && name.length() > 2);
      if (getter
          && m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && m.getDeclaringClass() != Object.class
          && !name.equals("getClass")
          && !name.equals("getDeclaringClass")) {
        result.add(m);
      }
    }
    return result;
  }

  private static void walk(Object value, Set<DataCategory> held, Map<Object, Boolean> seen) {
    if (value == null) {
      return;
    }
    if (value instanceof Optional) {
      walk(((Optional<?>) value).orElse(null), held, seen);
    } else if (value instanceof Map) {
      for (Object element : ((Map<?, ?>) value).values()) {
        walk(element, held, seen);
      }
    } else if (value instanceof Iterable) {
      for (Object element : (Iterable<?>) value) {
        walk(element, held, seen);
      }
    } else if (value instanceof Classified) {
      add(((Classified) value).dataCategory(), held);
    } else if (value.getClass().getName().startsWith(MODEL)
        && !value.getClass().isEnum()
        && seen.put(value, Boolean.TRUE) == null) {
      for (Method accessor : accessors(value.getClass())) {
        Object result = invoke(accessor, value);
        Optional<PersonalData> mark = markOf(value.getClass(), accessor.getName());
        if (mark.isPresent() && holdsSomething(result)) {
          add(mark.get().value(), held);
        }
        if (accessor.getName().equals("getDataCategory") && result instanceof DataCategory) {
          add((DataCategory) result, held);
        }
        walk(result, held, seen);
      }
    }
  }

  private static void add(DataCategory category, Set<DataCategory> held) {
    if (category != DataCategory.ORDINARY) {
      held.add(category);
    }
  }

  private static boolean holdsSomething(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).isPresent();
    }
    if (value instanceof Collection) {
      return !((Collection<?>) value).isEmpty();
    }
    if (value instanceof CharSequence) {
      return ((CharSequence) value).length() > 0;
    }
    return value != null;
  }

  /**
   * @param accessor one of {@link #accessors(Class)} of the target's type
   * @param target a model value
   * @return what the accessor answers
   * @throws IllegalStateException when the accessor cannot be called or fails
   */
  public static Object read(Method accessor, Object target) {
    return invoke(accessor, target);
  }

  private static Object invoke(Method accessor, Object target) {
    try {
      accessor.setAccessible(true);
      return accessor.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          target.getClass().getSimpleName() + "." + accessor.getName() + " cannot be read", e);
    }
  }
}
