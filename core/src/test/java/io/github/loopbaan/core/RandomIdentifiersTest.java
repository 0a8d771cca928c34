package io.github.loopbaan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every identifier type's {@code random()} gives a new identifier of that type holding a random
 * UUID, equal to the same value made with {@code of(...)}.
 */
class RandomIdentifiersTest {

  static List<Class<?>> identifierTypes() {
    return ModelScan.allClasses().stream()
        .filter(
            c ->
                Identifier.class.isAssignableFrom(c)
                    && c != Identifier.class
                    && !Modifier.isAbstract(c.getModifiers()))
        .collect(Collectors.toList());
  }

  @Test
  void every_identifier_type_makes_distinct_random_identifiers_of_its_own_type() throws Exception {
    List<Class<?>> types = identifierTypes();
    assertThat(types).hasSizeGreaterThanOrEqualTo(16);
    for (Class<?> type : types) {
      Method random = type.getMethod("random");
      Method of = type.getMethod("of", String.class);
      Object first = random.invoke(null);
      Object second = random.invoke(null);
      assertThat(first).as(type.getSimpleName()).isInstanceOf(type).isNotEqualTo(second);
      String value = ((Identifier) first).getValue();
      assertThat(UUID.fromString(value)).as(type.getSimpleName()).hasToString(value);
      assertThat(of.invoke(null, value)).as(type.getSimpleName()).isEqualTo(first);
    }
  }
}
