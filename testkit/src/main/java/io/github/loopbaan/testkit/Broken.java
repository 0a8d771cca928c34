package io.github.loopbaan.testkit;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A deliberately broken construction: an attempt to build a value that violates one structural rule
 * of the model, together with the rule it must be rejected for.
 *
 * <p>Properties use it to show that every structural invariant rejects a generated violation of it:
 * running {@link #attempt()} must throw {@link io.github.loopbaan.core.InvalidValueException} whose
 * type, attribute and rule equal {@link #type()}, {@link #attribute()} and {@link #rule()}.
 */
public final class Broken {

  private final String type;
  private final String attribute;
  private final String rule;
  private final Supplier<?> construction;

  private Broken(String type, String attribute, String rule, Supplier<?> construction) {
    this.type = Objects.requireNonNull(type, "type");
    this.attribute = Objects.requireNonNull(attribute, "attribute");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.construction = Objects.requireNonNull(construction, "construction");
  }

  /**
   * @param type the simple name of the value type, for example {@code "Client"}
   * @param attribute the attribute the rule is about, as the exception names it
   * @param rule the stable rule code, for example {@code "not_blank"}
   * @param construction builds the broken value; must throw
   * @return the broken construction
   */
  public static Broken of(String type, String attribute, String rule, Supplier<?> construction) {
    return new Broken(type, attribute, rule, construction);
  }

  /**
   * @return the simple name of the value type
   */
  public String type() {
    return type;
  }

  /**
   * @return the attribute named by the expected exception
   */
  public String attribute() {
    return attribute;
  }

  /**
   * @return the expected rule code
   */
  public String rule() {
    return rule;
  }

  /**
   * Runs the broken construction.
   *
   * @return only if the model failed to reject it; a correct model always throws
   */
  public Object attempt() {
    return construction.get();
  }

  /**
   * @return for example {@code Broken[Client.name not_blank]}
   */
  @Override
  public String toString() {
    return "Broken[" + type + "." + attribute + " " + rule + "]";
  }
}
