package io.github.loopbaan.serialization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * Keeps exactly the attributes of a value type as JSON properties, on both sides.
 *
 * <p>Writing ({@link Writing#changeProperties}): only the attribute accessors are written (derived getters such
 * as {@code isVoucherFunded()} are dropped), in alphabetical order so that output is stable. Reading
 * ({@link Reading#updateProperties}): of the builder's one-argument methods only the attribute setters remain
 * properties; {@code from(…)}, {@code add…(…)}, {@code addAll…(…)} and {@code put…(…)} are removed, so that in
 * strict mode a JSON property of that name is reported as unknown instead of being accepted.
 */
final class ModelPropertyFilter {

  private ModelPropertyFilter() {
  }

  /** The serialization side. */
  static final class Writing extends ValueSerializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config,
        BeanDescription.Supplier beanDesc, List<BeanPropertyWriter> beanProperties) {
      Class<?> type = beanDesc.getBeanClass();
      if (!ModelTypes.isValueType(type)) {
        return beanProperties;
      }
      Map<String, ?> attributes = ModelTypes.attributes(type);
      List<BeanPropertyWriter> kept = new ArrayList<>();
      for (BeanPropertyWriter writer : beanProperties) {
        if (attributes.containsKey(writer.getName())) {
          kept.add(writer);
        }
      }
      kept.sort(Comparator.comparing(BeanPropertyWriter::getName));
      return kept;
    }
  }

  /** The deserialization side. */
  static final class Reading extends ValueDeserializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyDefinition> updateProperties(DeserializationConfig config,
        BeanDescription.Supplier beanDesc, List<BeanPropertyDefinition> propDefs) {
      Optional<Class<?>> valueType = ModelTypes.valueTypeOfBuilder(beanDesc.getBeanClass());
      if (valueType.isEmpty()) {
        return propDefs;
      }
      Map<String, ?> attributes = ModelTypes.attributes(valueType.get());
      List<BeanPropertyDefinition> kept = new ArrayList<>();
      for (BeanPropertyDefinition definition : propDefs) {
        if (attributes.containsKey(definition.getName())) {
          kept.add(definition);
        }
      }
      return kept;
    }
  }
}
