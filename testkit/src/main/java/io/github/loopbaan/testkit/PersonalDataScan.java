package io.github.loopbaan.testkit;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.privacy.Classified;
import io.github.loopbaan.core.privacy.DataCategories;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalData;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the personal and health texts inside a model value, by following every accessor marked
 * {@link PersonalData} through the whole value graph.
 *
 * <p>Leak properties use it: generate a value, collect its personal texts, and assert that none of
 * them appears in {@code toString()}, an exception message or a restricted serialization view. Only
 * texts of at least {@value #MIN_LENGTH} characters are collected, so short fragments cannot match
 * by accident.
 */
public final class PersonalDataScan {

  /** Shortest text collected, in characters. */
  public static final int MIN_LENGTH = 6;

  private PersonalDataScan() {}

  /**
   * @param value a model value (or a list, set or optional of them)
   * @return every personal or health text in it, at least {@value #MIN_LENGTH} characters long
   */
  public static Set<String> personalTexts(Object value) {
    Set<String> texts = new LinkedHashSet<>();
    walk(value, false, texts, new IdentityHashMap<>());
    return texts;
  }

  /**
   * @param value a model value
   * @param category the category asked for
   * @return the texts of accessors marked with exactly that category
   */
  public static Set<String> texts(Object value, DataCategory category) {
    Set<String> texts = new LinkedHashSet<>();
    walkCategory(value, category, texts, new IdentityHashMap<>());
    return texts;
  }

  /**
   * @param value a model value (or a list, set or optional of them)
   * @return the Java names and wire codes of every health-data constant ({@link
   *     io.github.loopbaan.core.privacy .Classified} with {@link DataCategory#HEALTH}) held
   *     anywhere in the value: what must never show in its {@code toString()}
   */
  public static Set<String> healthCodes(Object value) {
    return healthCodesOf(value);
  }

  /**
   * Whether a text names a code as a whole token: {@code referral} in {@code reason=referral}, but
   * not in the attribute name {@code referrals=<redacted>}. Letters, digits and underscores around
   * the code make it part of another word.
   *
   * @param text the text to search, such as a {@code toString()} or a message
   * @param code a code, such as one of {@link #healthCodes(Object)}
   * @return whether the code stands in the text as a token of its own
   */
  public static boolean mentions(String text, String code) {
    int from = 0;
    while (true) {
      int at = text.indexOf(code, from);
      if (at < 0) {
        return false;
      }
      int end = at + code.length();
      boolean before = at > 0 && isWordChar(text.charAt(at - 1));
      boolean after = end < text.length() && isWordChar(text.charAt(end));
      if (!before && !after) {
        return true;
      }
      from = at + 1;
    }
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static Set<String> healthCodesOf(Object value) {
    Set<String> codes = new LinkedHashSet<>();
    walkCodes(value, codes, new IdentityHashMap<>());
    return codes;
  }

  private static void walkCodes(Object value, Set<String> codes, Map<Object, Boolean> seen) {
    if (value == null) {
      return;
    }
    if (value instanceof Optional) {
      walkCodes(((Optional<?>) value).orElse(null), codes, seen);
    } else if (value instanceof Iterable) {
      for (Object element : (Iterable<?>) value) {
        walkCodes(element, codes, seen);
      }
    } else if (value instanceof Classified) {
      Classified c = (Classified) value;
      if (c.dataCategory() == DataCategory.HEALTH && value instanceof Enum) {
        codes.add(((Enum<?>) value).name());
        if (value instanceof Coded) {
          codes.add(((Coded) value).code());
        }
      }
    } else if (isModel(value.getClass())
        && !value.getClass().isEnum()
        && seen.put(value, Boolean.TRUE) == null) {
      for (Method accessor : accessors(value.getClass())) {
        walkCodes(invoke(accessor, value), codes, seen);
      }
    }
  }

  private static void walk(
      Object value, boolean personal, Set<String> texts, Map<Object, Boolean> seen) {
    if (value == null) {
      return;
    }
    if (value instanceof Optional) {
      walk(((Optional<?>) value).orElse(null), personal, texts, seen);
    } else if (value instanceof Collection) {
      for (Object element : (Collection<?>) value) {
        walk(element, personal, texts, seen);
      }
    } else if (value instanceof Iterable && isModel(value.getClass())) {
      for (Object element : (Iterable<?>) value) {
        walk(element, personal, texts, seen);
      }
    } else if (value instanceof CharSequence) {
      if (personal && value.toString().strip().length() >= MIN_LENGTH) {
        texts.add(value.toString());
      }
    } else if (isModel(value.getClass())
        && !value.getClass().isEnum()
        && seen.put(value, Boolean.TRUE) == null) {
      for (Method accessor : accessors(value.getClass())) {
        boolean marked = personal || isMarked(value.getClass(), accessor.getName());
        walk(invoke(accessor, value), marked, texts, seen);
      }
    }
  }

  private static void walkCategory(
      Object value, DataCategory category, Set<String> texts, Map<Object, Boolean> seen) {
    if (value == null) {
      return;
    }
    if (value instanceof Optional) {
      walkCategory(((Optional<?>) value).orElse(null), category, texts, seen);
    } else if (value instanceof Iterable) {
      for (Object element : (Iterable<?>) value) {
        walkCategory(element, category, texts, seen);
      }
    } else if (isModel(value.getClass())
        && !value.getClass().isEnum()
        && seen.put(value, Boolean.TRUE) == null) {
      for (Method accessor : accessors(value.getClass())) {
        Optional<PersonalData> mark = mark(value.getClass(), accessor.getName());
        Object result = invoke(accessor, value);
        if (mark.isPresent() && mark.get().value() == category) {
          walk(result, true, texts, new IdentityHashMap<>());
        }
        walkCategory(result, category, texts, seen);
      }
    }
  }

  private static boolean isModel(Class<?> type) {
    return type.getName().startsWith("io.github.loopbaan.core.");
  }

  private static List<Method> accessors(Class<?> type) {
    return DataCategories.accessors(type);
  }

  private static boolean isMarked(Class<?> type, String method) {
    return mark(type, method).isPresent();
  }

  private static Optional<PersonalData> mark(Class<?> type, String method) {
    return DataCategories.markOf(type, method);
  }

  private static Object invoke(Method accessor, Object target) {
    try {
      accessor.setAccessible(true);
      return accessor.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      return null;
    }
  }
}
