package io.github.loopbaan.format;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.Identifier;
import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.trajectory.Trajectory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Recognises the shapes of the Loopbaan model by their conventions (CONTRIBUTING.md), without a
 * list of types, so that packages added later are mapped without change here.
 *
 * <ul>
 *   <li>A <b>value type</b> is a public abstract class in a package under {@code
 *       io.github.loopbaan.core} with a public static {@code builder()} method and a nested public
 *       static class {@code Builder} that it returns. Its <b>attributes</b> are its public
 *       no-argument {@code get*}/{@code is*} methods for which the builder has a one-argument
 *       method of the same name without prefix ({@code getName()} and {@code name(…)}). Derived
 *       methods ({@code hollandCode()}, {@code isVoucherFunded()}) have no builder method and are
 *       not attributes.
 *   <li>A <b>string value</b> is an {@link Identifier} or another final model class with a public
 *       static {@code of(String)} factory returning it and a public {@code getValue()} returning
 *       {@code String}.
 *   <li>A <b>sequence value</b> is a final model class that is {@link Iterable} and has a public
 *       static {@code of(List)} factory returning it, or a final model {@link List} with {@code
 *       of(Iterable)}, such as {@code Sessions}. The lifecycle {@code History}, not a list, has
 *       {@code of(Iterable)} and its own reading rules ({@code ModelReader}).
 * </ul>
 */
final class ModelTypes {

  static final String MODEL_PACKAGE_PREFIX = "io.github.loopbaan.core.";

  private static final ClassValue<Optional<Class<?>>> BUILDERS =
      new ClassValue<>() {
        @Override
        protected Optional<Class<?>> computeValue(Class<?> type) {
          return Optional.ofNullable(findBuilder(type));
        }
      };

  private static final ClassValue<Map<String, Method>> ATTRIBUTES =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          return findAttributes(type);
        }
      };

  private static final ClassValue<Optional<Method>> STRING_FACTORIES =
      new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
          return Optional.ofNullable(findStringFactory(type));
        }
      };

  private static final ClassValue<Optional<Method>> SEQUENCE_FACTORIES =
      new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
          return Optional.ofNullable(findSequenceFactory(type));
        }
      };

  /**
   * Derived values written as read-only properties for readers and ignored on reading: they are
   * computed from the attributes, so a reader cannot set them. {@code Trajectory.getStage()} is the
   * target of the last event of the history.
   */
  private static final Map<Class<?>, List<String>> READ_ONLY =
      Map.of(Trajectory.class, List.of("getStage"));

  private ModelTypes() {}

  /**
   * @return the derived accessors of a value type written as read-only properties, by property
   *     name; empty for most types
   */
  static Map<String, Method> readOnlyProperties(Class<?> valueType) {
    List<String> names = READ_ONLY.get(valueType);
    if (names == null) {
      return Collections.emptyMap();
    }
    Map<String, Method> properties = new LinkedHashMap<>();
    for (String name : names) {
      try {
        properties.put(propertyName(name), valueType.getMethod(name));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(valueType.getSimpleName() + " has no " + name, e);
      }
    }
    return properties;
  }

  /**
   * @return whether the class lives in a package of the model
   */
  static boolean inModel(Class<?> type) {
    return type.getName().startsWith(MODEL_PACKAGE_PREFIX);
  }

  /**
   * @return whether the class is a value type of the model (see the class comment)
   */
  static boolean isValueType(Class<?> type) {
    return BUILDERS.get(type).isPresent();
  }

  /**
   * @return the nested {@code Builder} of a value type
   */
  static Optional<Class<?>> builderOf(Class<?> type) {
    return BUILDERS.get(type);
  }

  /**
   * @return the value type whose builder this class is, when it is one
   */
  static Optional<Class<?>> valueTypeOfBuilder(Class<?> type) {
    Class<?> outer = type.getEnclosingClass();
    if (outer != null && builderOf(outer).filter(b -> b == type).isPresent()) {
      return Optional.of(outer);
    }
    return Optional.empty();
  }

  /**
   * @return the public value type that a generated implementation class ({@code ImmutableClient})
   *     implements, when the class is such an implementation
   */
  static Optional<Class<?>> valueTypeOfImplementation(Class<?> type) {
    if (isValueType(type) || !inModel(type)) {
      return Optional.empty();
    }
    for (Class<?> c = type.getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
      if (isValueType(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * @return the attribute accessors of a value type by property name; empty for any other class
   */
  static Map<String, Method> attributes(Class<?> valueType) {
    return ATTRIBUTES.get(valueType);
  }

  /**
   * @return whether the class is an {@link Identifier} or a code value written as one JSON string
   */
  static boolean isStringValue(Class<?> type) {
    return STRING_FACTORIES.get(type).isPresent();
  }

  /**
   * @return the static {@code of(String)} factory of a string value
   */
  static Method stringFactory(Class<?> type) {
    return STRING_FACTORIES.get(type).orElseThrow();
  }

  /**
   * @return whether the class is a sequence value written as a JSON array
   */
  static boolean isSequenceValue(Class<?> type) {
    return SEQUENCE_FACTORIES.get(type).isPresent();
  }

  /**
   * @return the static {@code of(List)} factory of a sequence value
   */
  static Method sequenceFactory(Class<?> type) {
    return SEQUENCE_FACTORIES.get(type).orElseThrow();
  }

  /**
   * @return whether the class is an entry type of an open catalogue ({@link Catalogue#types()}),
   *     written as its code and read through the reader's catalogue
   */
  static boolean isCatalogueEntry(Class<?> type) {
    return Catalogue.isCatalogued(type);
  }

  /**
   * @return whether the class is an enum of the model with stable codes
   */
  static boolean isCodedEnum(Class<?> type) {
    return type.isEnum() && Coded.class.isAssignableFrom(type);
  }

  /**
   * @return whether the class is one of the JDK's optional holders
   */
  static boolean isOptional(Class<?> type) {
    return type == Optional.class
        || type == OptionalInt.class
        || type == OptionalLong.class
        || type == OptionalDouble.class;
  }

  /**
   * The property name of an accessor, as Immutables derives it with the {@code get*}/{@code is*}
   * style.
   *
   * @return the name without prefix and with a lower-case first letter, or {@code null} when the
   *     method name has no such prefix
   */
  static String propertyName(String methodName) {
    String rest;
    if (methodName.startsWith("get")
        && methodName.length() > 3
        && Character.isUpperCase(methodName.charAt(3))) {
      rest = methodName.substring(3);
    } else if (methodName.startsWith("is")
        && methodName.length() > 2
        && Character.isUpperCase(methodName.charAt(2))) {
      rest = methodName.substring(2);
    } else {
      return null;
    }
    return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }

  // package-private, not private: tests check the uncached discovery (the ClassValues keep the
  // first answer)
  static Class<?> findBuilder(Class<?> type) {
    int modifiers = type.getModifiers();
    if (!inModel(type)
        || type.isInterface()
        || !Modifier.isAbstract(modifiers)
        || !Modifier.isPublic(modifiers)) {
      return null;
    }
    Class<?> builder = null;
    for (Class<?> nested : type.getDeclaredClasses()) {
      int m = nested.getModifiers();
      if (nested.getSimpleName().equals("Builder")
          && Modifier.isPublic(m)
          && Modifier.isStatic(m)) {
        builder = nested;
      }
    }
    if (builder == null) {
      return null;
    }
    try {
      Method factory = type.getMethod("builder");
      if (Modifier.isStatic(factory.getModifiers()) && factory.getReturnType() == builder) {
        return builder;
      }
    } catch (NoSuchMethodException e) {
      return null;
    }
    return null;
  }

  // package-private, not private: tests check the uncached discovery (the ClassValues keep the
  // first answer)
  static Map<String, Method> findAttributes(Class<?> type) {
    Optional<Class<?>> builder = builderOf(type);
    if (builder.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, Boolean> setters = new LinkedHashMap<>();
    for (Method m : builder.get().getMethods()) {
      if (!Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1) {
        setters.put(m.getName(), Boolean.TRUE);
      }
    }
    Map<String, Method> attributes = new LinkedHashMap<>();
    for (Method m : type.getMethods()) {
      String name = propertyName(m.getName());
      if (name != null
          && !Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 0
          && m.getReturnType() != void.class
          && m.getDeclaringClass() != Object.class
          && setters.containsKey(name)) {
        attributes.put(name, m);
      }
    }
    return Collections.unmodifiableMap(attributes);
  }

  // package-private, not private: tests check the uncached discovery (the ClassValues keep the
  // first answer)
  static Method findStringFactory(Class<?> type) {
    if (!inModel(type) || isValueType(type) || type.isEnum() || type.isInterface()) {
      return null;
    }
    boolean identifier = Identifier.class.isAssignableFrom(type);
    if (!identifier && !Modifier.isFinal(type.getModifiers())) {
      return null;
    }
    try {
      Method of = type.getMethod("of", String.class);
      Method value = type.getMethod("getValue");
      if (Modifier.isStatic(of.getModifiers())
          && of.getReturnType() == type
          && value.getReturnType() == String.class
          && !Modifier.isAbstract(type.getModifiers())) {
        return of;
      }
    } catch (NoSuchMethodException e) {
      return null;
    }
    return null;
  }

  // package-private, not private: tests check the uncached discovery (the ClassValues keep the
  // first answer)
  static Method findSequenceFactory(Class<?> type) {
    if (!inModel(type)
        || isValueType(type)
        || !Iterable.class.isAssignableFrom(type)
        || !Modifier.isFinal(type.getModifiers())
        || isStringValue(type)) {
      return null;
    }
    Class<?>[] parameters =
        List.class.isAssignableFrom(type)
            ? new Class<?>[] {List.class, Iterable.class}
            : new Class<?>[] {List.class};
    for (Class<?> parameter : parameters) {
      try {
        Method of = type.getMethod("of", parameter);
        if (Modifier.isStatic(of.getModifiers()) && of.getReturnType() == type) {
          return of;
        }
      } catch (NoSuchMethodException e) {
        // try the next parameter type
      }
    }
    return null;
  }

  /**
   * @return the text of a string value, read through its {@code getValue()}
   */
  static String valueOf(Object stringValue) {
    if (stringValue instanceof Identifier) {
      return ((Identifier) stringValue).getValue();
    }
    try {
      Method m = stringValue.getClass().getMethod("getValue");
      if (!m.canAccess(stringValue)) {
        m.setAccessible(true);
      }
      return (String) m.invoke(stringValue);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "Cannot read the value of " + stringValue.getClass().getSimpleName(), e);
    }
  }

  /** Calls a static factory, unwrapping the exception it throws. */
  static Object call(Method factory, Object argument) {
    try {
      if (!factory.canAccess(null)) {
        factory.setAccessible(true);
      }
      return factory.invoke(null, argument);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot call " + factory, e);
    }
  }
}
