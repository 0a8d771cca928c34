package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.Identifier;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The single entry point covers every public value type of the core model. */
class LoopbaanDomainTest {

  @Test
  void every_public_value_type_of_core_has_a_provider() throws Exception {
    Set<Class<?>> provided = new HashSet<>();
    for (Method method : LoopbaanDomain.class.getDeclaredMethods()) {
      if (method.getReturnType().getName().equals("net.jqwik.api.Arbitrary")) {
        provided.add(
            (Class<?>)
                ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0]);
      }
    }
    List<Class<?>> valueTypes =
        coreClasses().stream().filter(LoopbaanDomainTest::isValueType).collect(Collectors.toList());
    assertThat(valueTypes).hasSizeGreaterThan(50);
    assertThat(provided).containsAll(valueTypes);
  }

  static boolean isValueType(Class<?> type) {
    if (!Modifier.isPublic(type.getModifiers())
        || type.isEnum()
        || type.isInterface()
        || type.getName().contains(".internal.")
        || type.getName().contains(".lifecycle.")
        || type.getSimpleName().startsWith("Immutable")
        || type.getEnclosingClass() != null) {
      return false;
    }
    if (Identifier.class.isAssignableFrom(type) && type != Identifier.class) {
      return true;
    }
    try {
      type.getMethod("builder");
      return true;
    } catch (NoSuchMethodException e) {
      return hasStaticOf(type);
    }
  }

  static boolean hasStaticOf(Class<?> type) {
    return Stream.of(type.getMethods())
        .anyMatch(
            m ->
                m.getName().equals("of")
                    && Modifier.isStatic(m.getModifiers())
                    && m.getReturnType() == type);
  }

  static List<Class<?>> coreClasses() {
    return ModelClasses.all().stream()
        .filter(c -> !c.getName().contains("$"))
        .collect(Collectors.toList());
  }
}
