package io.github.loopbaan.format;

import io.github.loopbaan.core.plan.PopChecklist;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A read-only description of how the wire format writes the model (through either Jackson binding),
 * for tools that document or check the wire format (the JSON Schemas under {@code docs/schema/} are
 * generated from it). Dutch: draadformaat.
 *
 * <p>It answers from the same conventions the module uses, so the description cannot drift from
 * what is written: which classes are value types and their properties, which are written as one
 * string (identifiers and code values), and the formats of commands ({@link CommandFormat}).
 */
public final class WireFormat {

  static {
    // installs the engine that the Jackson bindings drive (FormatEngine.get())
    new Engine();
  }

  private WireFormat() {}

  /**
   * @param type a class
   * @return whether the module writes it as a JSON object of its attributes (a value type of the
   *     model)
   */
  public static boolean isValueType(Class<?> type) {
    return ModelTypes.isValueType(type);
  }

  /**
   * @param type a class
   * @return whether the module writes it as one JSON string: an identifier or a code value such as
   *     an ESCO URI
   */
  public static boolean isStringValue(Class<?> type) {
    return ModelTypes.isStringValue(type);
  }

  /**
   * @param type a class
   * @return whether the module writes it as its stable code (a {@code Coded} enum of the model)
   */
  public static boolean isCodedEnum(Class<?> type) {
    return ModelTypes.isCodedEnum(type);
  }

  /**
   * @param type a class
   * @return whether the module writes it as its code and reads it through the reader's catalogue:
   *     an entry type of an open catalogue, such as {@code Instrument}
   */
  public static boolean isCatalogueEntry(Class<?> type) {
    return ModelTypes.isCatalogueEntry(type);
  }

  /**
   * The JSON properties of a value type, in the order written (alphabetical).
   *
   * @param valueType a value type of the model
   * @return its properties; empty for any other class
   */
  public static List<Property> properties(Class<?> valueType) {
    List<Property> properties = new ArrayList<>();
    for (Map.Entry<String, Method> attribute : ModelTypes.attributes(valueType).entrySet()) {
      Method accessor = attribute.getValue();
      Class<?> raw = accessor.getReturnType();
      boolean required =
          Modifier.isAbstract(accessor.getModifiers())
              && !ModelTypes.isOptional(raw)
              && !Collection.class.isAssignableFrom(raw);
      properties.add(
          new Property(
              attribute.getKey(),
              accessor.getGenericReturnType(),
              required,
              false,
              Views.markOf(accessor).isPresent()));
    }
    for (Map.Entry<String, Method> derived : ModelTypes.readOnlyProperties(valueType).entrySet()) {
      properties.add(
          new Property(
              derived.getKey(), derived.getValue().getGenericReturnType(), false, true, false));
    }
    properties.sort(Comparator.comparing(Property::getName));
    return Collections.unmodifiableList(properties);
  }

  /**
   * @return the ticks of the "Checklist POP" ({@code checklist}) that a development plan whose
   *     client refused its storage is written with, in the order of 004's minimum content (see
   *     {@code docs/wire-format.md})
   */
  public static List<String> planChecklistItems() {
    return PopChecklist.ITEMS;
  }

  /** One JSON property of a value type. */
  public static final class Property {
    private final String name;
    private final Type type;
    private final boolean required;
    private final boolean readOnly;
    private final boolean personal;

    Property(String name, Type type, boolean required, boolean readOnly, boolean personal) {
      this.name = name;
      this.type = type;
      this.required = required;
      this.readOnly = readOnly;
      this.personal = personal;
    }

    /**
     * @return the property name, camelCase, as written
     */
    public String getName() {
      return name;
    }

    /**
     * @return the Java type of the attribute, generic ({@code Optional<String>}, {@code
     *     List<Note>})
     */
    public Type getType() {
      return type;
    }

    /**
     * @return whether reading needs it; optional values, collections (an absent one is empty) and
     *     defaults are not required
     */
    public boolean isRequired() {
      return required;
    }

    /**
     * @return whether it is derived: written for readers and ignored on reading, such as a
     *     trajectory's stage
     */
    public boolean isReadOnly() {
      return readOnly;
    }

    /**
     * @return whether the attribute is marked as personal or health data
     */
    public boolean isPersonal() {
      return personal;
    }

    /**
     * @return the name and the type
     */
    @Override
    public String toString() {
      return "Property[" + name + ": " + type.getTypeName() + "]";
    }
  }
}
