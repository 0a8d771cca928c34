package io.github.loopbaan.testkit;

import io.github.loopbaan.testkit.RuleArbitraries.RuleBreak;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Seeded random samples of every model type, valid and deliberately broken, for tests that do not
 * run on jqwik's engine: JUnit's parameterized tests, another property engine, a fixture file
 * generator. The values come from the same generators as the jqwik arbitraries ({@link
 * LoopbaanDomain} and the per-area classes), so they cover the same ground, extreme but legal
 * inputs included.
 *
 * <pre>{@code
 * static Stream<Trajectory> trajectories() {
 *   return Samples.seeded(42).valid(Trajectory.class, 20).stream();    // the same 20 every run
 * }
 *
 * @ParameterizedTest @MethodSource("trajectories")
 * void round_trips(Trajectory t) { ... }
 * }</pre>
 *
 * <p>An instance draws from one {@link Random} seeded once: the same seed and the same sequence of
 * calls give equal values on every run and machine with the same testkit version (a new testkit
 * version may generate other values for a seed). Only jqwik's public API is used ({@link
 * Arbitrary#sample()} and the generators), never its test engine, so the samples work under any
 * test engine that has jqwik's jars on the class path. Instances are not thread-safe; take one per
 * thread.
 */
public final class Samples {

  /** The generation size jqwik uses by default for a property's tries. */
  private static final int GENERATION_SIZE = 1000;

  private static final Map<Class<?>, Arbitrary<?>> VALID = providers();

  private final Random random;

  private Samples(long seed) {
    this.random = new Random(seed);
  }

  /**
   * @param seed the seed; the same seed gives the same samples
   * @return a source of samples
   */
  public static Samples seeded(long seed) {
    return new Samples(seed);
  }

  /**
   * @return the model types with a generator of valid values (every public value type of the model;
   *     enums too, through {@link #valid(Class)}, without being listed)
   */
  public static Set<Class<?>> types() {
    return Collections.unmodifiableSet(VALID.keySet());
  }

  /**
   * @param type a model type of {@link #types()} or an enum
   * @param <T> the type
   * @return the next valid value of the type
   * @throws IllegalArgumentException when the testkit has no generator for the type
   */
  public <T> T valid(Class<T> type) {
    return type.cast(next(arbitrary(type)));
  }

  /**
   * @param type a model type of {@link #types()} or an enum
   * @param count how many; at least 0
   * @param <T> the type
   * @return the next {@code count} valid values of the type
   */
  public <T> List<T> valid(Class<T> type, int count) {
    Arbitrary<?> arbitrary = arbitrary(type);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < requireCount(count); i++) {
      values.add(type.cast(next(arbitrary)));
    }
    return values;
  }

  /**
   * @return the next broken construction, of any model type: {@link Broken#attempt()} must throw
   *     the {@code InvalidValueException} it names
   */
  public Broken broken() {
    return next(brokenConstructions());
  }

  /**
   * @param count how many; at least 0
   * @return the next {@code count} broken constructions
   */
  public List<Broken> broken(int count) {
    Arbitrary<Broken> arbitrary = brokenConstructions();
    List<Broken> values = new ArrayList<>();
    for (int i = 0; i < requireCount(count); i++) {
      values.add(next(arbitrary));
    }
    return values;
  }

  /**
   * @return the next complete voucher trajectory with exactly one validation rule broken ({@link
   *     RuleBreak#code()}), for tests of validation
   */
  public RuleBreak ruleBreak() {
    return next(RuleArbitraries.broken());
  }

  private static Arbitrary<Broken> brokenConstructions() {
    return Arbitraries.oneOf(
        List.of(
            PartyArbitraries.broken(),
            StandardsArbitraries.broken(),
            QuestionArbitraries.broken(),
            SessionArbitraries.broken(),
            PhaseArbitraries.broken(),
            PlanArbitraries.broken(),
            TrajectoryFactsArbitraries.broken(),
            TrajectoryArbitraries.broken()));
  }

  /**
   * Draws with this instance's random. The draw runs inside {@link Arbitrary#sample()}, jqwik's
   * public entry for use outside a property, which gives generators the context they need (some
   * memoize per run); the mapped function then asks the generator with the seeded random instead of
   * jqwik's own.
   */
  private <T> T next(Arbitrary<T> arbitrary) {
    return Arbitraries.randomValue(
            jqwiks -> arbitrary.generator(GENERATION_SIZE).next(random).value())
        .sample();
  }

  private static int requireCount(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be at least 0");
    }
    return count;
  }

  private static Arbitrary<?> arbitrary(Class<?> type) {
    Objects.requireNonNull(type, "type");
    Arbitrary<?> arbitrary = VALID.get(type);
    if (arbitrary != null) {
      return arbitrary;
    }
    if (type.isEnum()) {
      return Arbitraries.of(type.getEnumConstants());
    }
    throw new IllegalArgumentException(
        "the testkit has no generator for "
            + type.getName()
            + "; Samples.types() lists the model types it has");
  }

  /** Every provider of {@link LoopbaanDomain}, by the type it generates. */
  private static Map<Class<?>, Arbitrary<?>> providers() {
    LoopbaanDomain domain = new LoopbaanDomain();
    Map<Class<?>, Arbitrary<?>> providers = new LinkedHashMap<>();
    for (Method method : LoopbaanDomain.class.getDeclaredMethods()) {
      Type returned = method.getGenericReturnType();
      if (Modifier.isPublic(method.getModifiers())
          && !Modifier.isStatic(method.getModifiers())
          && method.getParameterCount() == 0
          && returned instanceof ParameterizedType
          && ((ParameterizedType) returned).getRawType() == Arbitrary.class
          && ((ParameterizedType) returned).getActualTypeArguments()[0] instanceof Class) {
        try {
          providers.put(
              (Class<?>) ((ParameterizedType) returned).getActualTypeArguments()[0],
              (Arbitrary<?>) method.invoke(domain));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("LoopbaanDomain." + method.getName() + " failed", e);
        }
      }
    }
    return providers;
  }
}
