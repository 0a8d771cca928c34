package io.github.loopbaan.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.standards.RiasecType;
import java.util.EnumMap;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

/**
 * The names an application's own class declares, as a JSON path of a failure inside it names them
 * ({@link Paths#declares}): a bean's getter, {@code is} and setter property names, its instance
 * fields (inherited ones included) and a record's components; never a static field, {@code
 * Object}'s getters, or a method that only looks like an accessor. Anything else in a path comes
 * from the input and is shown by position.
 */
class DeclaredNamesTest {

  record Pair(String left, int right) {}

  static class Base {
    int inherited;
  }

  @SuppressWarnings("unused")
  static class Bean extends Base {
    private static int constant;
    private String hidden;

    public String getName() {
      return "";
    }

    public boolean isActive() {
      return true;
    }

    public void setCount(int count) {}

    public String get() {
      return "";
    }

    public boolean is() {
      return true;
    }

    public void set(int x) {}

    public String getter(int x) {
      return "";
    }

    public String getlower() {
      return "";
    }

    public boolean island() {
      return true;
    }

    public void setBoth(int a, int b) {}
  }

  @Test
  void a_bean_declares_its_properties_and_instance_fields_and_nothing_else() {
    assertThat(Paths.declaredNames(Bean.class))
        .containsExactlyInAnyOrder("name", "active", "count", "hidden", "inherited");
  }

  @Test
  void a_record_declares_its_components() {
    assertThat(Paths.declaredNames(Pair.class)).containsExactlyInAnyOrder("left", "right");
  }

  @Test
  void an_enum_map_declares_its_code_keys_and_any_other_map_nothing() {
    assertThat(Paths.declares(new EnumMap<>(RiasecType.class), "realistic")).isTrue();
    assertThat(Paths.declares(new HashMap<>(), "realistic")).isFalse();
    assertThat(Paths.declares(null, "name")).isFalse();
    assertThat(Paths.declares(new Bean(), "name")).isTrue();
    assertThat(Paths.declares(new Bean(), "Marleen")).isFalse();
  }
}
