package io.github.loopbaan.serialization.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.catalogue.EntryLabels;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.VoucherPackage;
import io.github.loopbaan.format.View;
import io.github.loopbaan.testkit.LoopbaanDomain;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Both Jackson generations write every generated value of the model byte for byte the same, in
 * every view and as documents, and each reads what the other wrote back to an equal value: the
 * format is written once ({@code loopbaan-format}) and both artifacts only drive it. The corpus
 * shows the same for its fixed documents and every hostile input; this property widens it to every
 * type the testkit generates.
 */
class SameBytesAsJackson3Properties {

  private static final Jackson3 JACKSON_3 = new Jackson3();
  private static final LoopbaanJson JACKSON_2 = LoopbaanJson.standard();

  /**
   * The Jackson 3 artifact's {@code LoopbaanJson}, called by reflection: this module's tests
   * compile as a part of its named module, which does not read the Jackson 3 artifact (a test
   * dependency on the class path), and javac does not let a named module's code see a modular jar's
   * packages there. At run time the tests run on the class path.
   */
  static final class Jackson3 {
    private final Object json;
    private final Method viewWriter;

    Jackson3() {
      try {
        Class<?> type = Class.forName("io.github.loopbaan.serialization.LoopbaanJson");
        this.json = type.getMethod("standard").invoke(null);
        this.viewWriter = type.getMethod("viewWriter", View.class);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    String write(Object value) {
      return (String) call(json, "write", value);
    }

    String writeDocument(Object value) {
      return (String) call(json, "writeDocument", value);
    }

    Object readDocument(String text, Class<?> type) {
      return call(json, "readDocument", text, type);
    }

    String writeDocument(View view, LocalDate day, Object value) {
      try {
        Object writer = viewWriter.invoke(json, view);
        writer = call(writer, "consentsOn", day);
        writer = call(writer, "ageBandsOn", day);
        return (String) call(writer, "writeDocument", value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    private static Object call(Object target, String name, Object... arguments) {
      for (Method m : target.getClass().getMethods()) {
        if (m.getName().equals(name) && m.getParameterCount() == arguments.length) {
          Class<?>[] types = m.getParameterTypes();
          boolean fits = true;
          for (int i = 0; i < types.length; i++) {
            fits &= types[i].isInstance(arguments[i]);
          }
          if (fits) {
            try {
              return m.invoke(target, arguments);
            } catch (ReflectiveOperationException e) {
              throw new IllegalStateException(e);
            }
          }
        }
      }
      throw new IllegalStateException("no method " + name);
    }
  }

  @Property(tries = 1000)
  void every_generated_value_is_written_the_same_and_reads_back_across_generations(
      @ForAll("anyValue") Object value) {
    // Configuration, not data of the wire format (as in the Jackson 3 artifact's round trips).
    Assume.that(!(value instanceof FundingRegimes));
    Assume.that(!(value instanceof Catalogue) && !(value instanceof EntryLabels));
    String three = JACKSON_3.write(value);
    assertThat(JACKSON_2.write(value)).isEqualTo(three);
    if (!holdsChecklistOnlyPlan(value)) {
      Class<?> type =
          value.getClass().getSimpleName().startsWith("Immutable")
              ? value.getClass().getSuperclass()
              : value.getClass();
      assertThat(JACKSON_2.read(three, type)).isEqualTo(value);
    }
  }

  @Property(tries = 200)
  void every_document_and_view_is_written_the_same(
      @ForAll("trajectories") Trajectory trajectory, @ForAll View view) {
    LocalDate day = trajectory.getOpenedOn().plusMonths(3);
    assertThat(JACKSON_2.viewWriter(view).consentsOn(day).ageBandsOn(day).writeDocument(trajectory))
        .isEqualTo(JACKSON_3.writeDocument(view, day, trajectory));
    assertThat(JACKSON_2.writeDocument(trajectory.getClient()))
        .isEqualTo(JACKSON_3.writeDocument(trajectory.getClient()));
    if (!holdsChecklistOnlyPlan(trajectory)) {
      assertThat(JACKSON_3.readDocument(JACKSON_2.writeDocument(trajectory), Trajectory.class))
          .isEqualTo(trajectory);
    }
  }

  private static boolean holdsChecklistOnlyPlan(Object value) {
    if (value instanceof DevelopmentPlan) {
      return ((DevelopmentPlan) value).getStorageConsent() == StorageConsent.CHECKLIST_ONLY
          && !((DevelopmentPlan) value).isChecklistForm();
    }
    if (value instanceof VoucherPackage) {
      return holdsChecklistOnlyPlan(((VoucherPackage) value).getPlan());
    }
    return value instanceof Trajectory
        && ((Trajectory) value)
            .getDevelopmentPlan()
            .map(p -> p.getStorageConsent() == StorageConsent.CHECKLIST_ONLY)
            .orElse(false);
  }

  @Provide
  Arbitrary<Trajectory> trajectories() {
    return new LoopbaanDomain().trajectory();
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
}
