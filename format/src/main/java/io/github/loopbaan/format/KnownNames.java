package io.github.loopbaan.format;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every property name the wire format knows: the attributes and read-only properties of every value
 * type reachable from a document kind, the payload fields of every command, and the names of
 * envelopes and events. An error path names a property only when it is one of these; any other name
 * came from the input and may carry personal data, so the path shows its position instead ({@code
 * [unknown property #3]}). Computed once, on first use.
 */
final class KnownNames {

  /** The names of envelopes, events and commands, which no value type declares. */
  private static final List<String> FIXED =
      List.of(
          "kind",
          "schemaVersion",
          "view",
          "content",
          "sequence",
          "from",
          "to",
          "command",
          "date",
          "value");

  private static final Set<String> NAMES = collect();

  private KnownNames() {}

  /**
   * @return whether the wire format knows this property name
   */
  static boolean contains(String name) {
    return NAMES.contains(name);
  }

  private static Set<String> collect() {
    Set<String> names = new HashSet<>(FIXED);
    Deque<Class<?>> todo = new ArrayDeque<>();
    for (DocumentKind kind : DocumentKind.values()) {
      todo.add(kind.getType());
    }
    for (CommandFormat format : CommandFormat.all()) {
      for (CommandFormat.Kind kind : format.getKinds()) {
        for (CommandFormat.Field field : kind.getFields()) {
          names.add(field.getName());
          todo.add(field.getType());
        }
      }
    }
    Set<Class<?>> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!seen.add(type) || !ModelTypes.isValueType(type)) {
        continue;
      }
      names.addAll(ModelTypes.readOnlyProperties(type).keySet());
      for (Map.Entry<String, Method> attribute : ModelTypes.attributes(type).entrySet()) {
        names.add(attribute.getKey());
        addTypes(attribute.getValue().getGenericReturnType(), todo);
      }
    }
    return Set.copyOf(names);
  }

  private static void addTypes(Type type, Deque<Class<?>> todo) {
    if (type instanceof Class) {
      todo.add((Class<?>) type);
    } else if (type instanceof ParameterizedType) {
      addTypes(((ParameterizedType) type).getRawType(), todo);
      for (Type argument : ((ParameterizedType) type).getActualTypeArguments()) {
        addTypes(argument, todo);
      }
    } else if (type instanceof WildcardType) {
      for (Type bound : ((WildcardType) type).getUpperBounds()) {
        addTypes(bound, todo);
      }
    }
  }
}
