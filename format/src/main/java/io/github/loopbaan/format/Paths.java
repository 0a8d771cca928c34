package io.github.loopbaan.format;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The segments of the JSON paths in the format's failures, for every binding alike: a declared
 * property by name, and a property that may have come from the input (an unknown or duplicate key,
 * a map key) only by its position unless the wire format knows the name, so that no input text
 * shows in a path.
 */
final class Paths {

  private Paths() {}

  /**
   * @param name a property name the reader resolved, one the type being read declares
   * @return {@code .name} for a simple name, else {@code ['name']}
   */
  static String segment(String name) {
    return named(name);
  }

  /**
   * The segment of a property name that may have come from the input rather than from a
   * declaration: an unknown or duplicate key, or any name on the parser's path before binding. Such
   * a name may carry personal data (a client's name used as a key), so it appears only when the
   * wire format knows it; otherwise the segment gives its position in its object, {@code [unknown
   * property #3]} for the third property, or {@code [unknown property]} when the position is not
   * known.
   *
   * @param name the property name
   * @param index the 0-based position of the property in its object, or -1
   * @return {@code .name} for a name the wire format knows, else the position
   */
  static String segmentIfKnown(String name, int index) {
    return KnownNames.contains(name) ? named(name) : unknown(index);
  }

  /**
   * @return the segment of a name the bound type declares: {@code .name}, or {@code ['name']} when
   *     not simple
   */
  static String named(String name) {
    if (isSimple(name)) {
      return "." + name;
    }
    return "['"
        + (name.length() > 64 ? name.substring(0, 64) + "…" : name).replace("'", "\\'")
        + "']";
  }

  /**
   * @return whether the value being read at a parser position (a bean, a builder, a map) declares
   *     the property: a name the reader resolved against a type, or the code key of an enum map. A
   *     key of any other map is data.
   */
  static boolean declares(Object owner, String name) {
    if (owner == null || owner instanceof Map) {
      return owner instanceof EnumMap;
    }
    return DECLARED.get(owner.getClass()).contains(name);
  }

  /**
   * The property names a class being bound by Jackson declares: a Java bean's or record's
   * properties and fields (the model's own values are read by {@link ModelReader}, which keeps its
   * paths itself).
   */
  private static final ClassValue<Set<String>> DECLARED =
      new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
          return declaredNames(type);
        }
      };

  /**
   * The declared names of a class, worked out afresh (package-private so that tests reach it past
   * the cache): its getters' and setters' property names, its instance fields and record
   * components, none of {@code Object}'s.
   */
  static Set<String> declaredNames(Class<?> type) {
    Set<String> names = new HashSet<>();
    for (Method m : type.getMethods()) {
      String n = m.getName();
      if (m.getDeclaringClass() == Object.class) {
        continue;
      }
      if (m.getParameterCount() == 0 && n.startsWith("get") && n.length() > 3) {
        Optional.ofNullable(ModelTypes.propertyName(n)).ifPresent(names::add);
      } else if (m.getParameterCount() == 0 && n.startsWith("is") && n.length() > 2) {
        Optional.ofNullable(ModelTypes.propertyName(n)).ifPresent(names::add);
      } else if (m.getParameterCount() == 1 && n.startsWith("set") && n.length() > 3) {
        names.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
      }
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          names.add(f.getName());
        }
      }
    }
    if (type.isRecord()) {
      for (RecordComponent r : type.getRecordComponents()) {
        names.add(r.getName());
      }
    }
    return Set.copyOf(names);
  }

  static String unknown(int index) {
    return index < 0 ? "[unknown property]" : "[unknown property #" + (index + 1) + "]";
  }

  /**
   * @return whether the name matches {@code [A-Za-z_][A-Za-z0-9_]*}, without a regular expression
   *     per call
   */
  private static boolean isSimple(String name) {
    int n = name.length();
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
