package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.trajectory.Trajectory;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/** Properties over the whole model, through the single entry point {@link LoopbaanDomain}. */
class DomainProperties {

  @Property(tries = 300)
  @Domain(LoopbaanDomain.class)
  void a_generated_trajectory_rebuilt_from_its_builder_is_equal(@ForAll Trajectory trajectory) {
    assertThat(Trajectory.builder().from(trajectory).build())
        .isEqualTo(trajectory)
        .hasSameHashCodeAs(trajectory);
  }

  @Property(tries = 2000)
  void no_personal_or_health_text_ever_appears_in_toString(@ForAll("anyValue") Object value) {
    String shown = value.toString();
    for (String text : PersonalDataScan.personalTexts(value)) {
      assertThat(shown).as("toString of " + value.getClass().getSimpleName()).doesNotContain(text);
    }
  }

  @Property(tries = 2000)
  void every_generated_value_rebuilt_from_its_builder_is_equal(@ForAll("anyValue") Object value)
      throws ReflectiveOperationException {
    Class<?> type = publicType(value.getClass());
    Method builderMethod;
    try {
      builderMethod = type.getMethod("builder");
    } catch (NoSuchMethodException e) {
      return; // identifiers and code values: value classes without a builder
    }
    Object builder = builderMethod.invoke(null);
    Method from = null;
    for (Method m : builder.getClass().getMethods()) {
      if (m.getName().equals("from")
          && m.getParameterCount() == 1
          && m.getParameterTypes()[0] == type) {
        from = m;
      }
    }
    assertThat(from)
        .as("builder of " + type.getSimpleName() + " has from(" + type.getSimpleName() + ")")
        .isNotNull();
    from.setAccessible(true);
    Method build = builder.getClass().getMethod("build");
    build.setAccessible(true);
    Object rebuilt = build.invoke(from.invoke(builder, value));
    assertThat(rebuilt).as(type.getSimpleName()).isEqualTo(value).hasSameHashCodeAs(value);
  }

  private static Class<?> publicType(Class<?> type) {
    return type.getSimpleName().startsWith("Immutable") ? type.getSuperclass() : type;
  }

  @Property(tries = 2000)
  void no_health_code_ever_appears_in_toString(@ForAll("anyValue") Object value) {
    String shown = value.toString();
    for (String code : PersonalDataScan.healthCodes(value)) {
      assertThat(PersonalDataScan.mentions(shown, code))
          .as("toString of " + value.getClass().getSimpleName() + " names a health code")
          .isFalse();
    }
  }

  @Property(tries = 300)
  void generated_trajectories_carry_personal_texts_so_the_leak_property_can_fail(
      @ForAll("trajectories") Trajectory trajectory) {
    if (trajectory.getClient().getName().isPresent()) {
      assertThat(PersonalDataScan.personalTexts(trajectory))
          .contains(trajectory.getClient().getName().get());
    }
  }

  @Property(tries = 500)
  void every_broken_trajectory_is_rejected_for_its_rule(
      @ForAll("brokenTrajectories") Broken broken) {
    assertThatThrownBy(broken::attempt)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getType()).isEqualTo(broken.type());
              assertThat(e.getAttribute()).isEqualTo(broken.attribute());
              assertThat(e.getRule()).isEqualTo(broken.rule());
            });
  }

  @Provide
  Arbitrary<Object> anyValue() throws ReflectiveOperationException {
    LoopbaanDomain domain = new LoopbaanDomain();
    List<Arbitrary<Object>> all = new ArrayList<>();
    for (Method method : LoopbaanDomain.class.getDeclaredMethods()) {
      if (method.getReturnType() == Arbitrary.class && method.getParameterCount() == 0) {
        all.add(((Arbitrary<?>) method.invoke(domain)).map(v -> (Object) v));
      }
    }
    return Arbitraries.oneOf(all);
  }

  @Provide
  Arbitrary<Trajectory> trajectories() {
    return TrajectoryArbitraries.trajectories();
  }

  @Provide
  Arbitrary<Broken> brokenTrajectories() {
    return TrajectoryArbitraries.broken();
  }
}
