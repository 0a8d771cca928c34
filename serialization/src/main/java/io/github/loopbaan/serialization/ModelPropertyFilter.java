package io.github.loopbaan.serialization;

import io.github.loopbaan.core.plan.DevelopmentPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.introspect.BeanPropertyDefinition;

/**
 * Keeps exactly the attributes of a value type as JSON properties when reading ({@link ModelWriter}
 * writes exactly them): of the builder's one-argument methods only the attribute setters remain
 * properties; {@code from(…)}, {@code add…(…)}, {@code addAll…(…)} and {@code put…(…)} are removed,
 * so that in strict mode a JSON property of that name is reported as unknown instead of being
 * accepted. Read-only properties are ignored, and a development plan reads as stored ({@link
 * StoredPlanReader}).
 */
final class ModelPropertyFilter {

  private ModelPropertyFilter() {}

  /** The deserialization side. */
  static final class Reading extends ValueDeserializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyDefinition> updateProperties(
        DeserializationConfig config,
        BeanDescription.Supplier beanDesc,
        List<BeanPropertyDefinition> propDefs) {
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

    @Override
    public BeanDeserializerBuilder updateBuilder(
        DeserializationConfig config,
        BeanDescription.Supplier beanDesc,
        BeanDeserializerBuilder builder) {
      Class<?> type =
          ModelTypes.valueTypeOfBuilder(beanDesc.getBeanClass()).orElse(beanDesc.getBeanClass());
      for (String name : ModelTypes.readOnlyProperties(type).keySet()) {
        builder.addIgnorable(name);
      }
      // java.time attributes are read by the model's strict ISO-8601 reader, set on the property
      // rather than registered for the type, so an application's own values keep the mapper's
      // rules.
      if (ModelTypes.valueTypeOfBuilder(beanDesc.getBeanClass()).isEmpty()) {
        return builder;
      }
      List<SettableBeanProperty> isoTime = new ArrayList<>();
      builder
          .getProperties()
          .forEachRemaining(
              property -> {
                if (IsoTime.handles(property.getType().getRawClass())) {
                  isoTime.add(property);
                }
              });
      for (SettableBeanProperty property : isoTime) {
        builder.addOrReplaceProperty(
            property.withValueDeserializer(
                new ModelDeserializers.TextDeserializer(property.getType().getRawClass())),
            true);
      }
      return builder;
    }

    @Override
    public ValueDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription.Supplier beanDesc,
        ValueDeserializer<?> deserializer) {
      Class<?> type =
          ModelTypes.valueTypeOfBuilder(beanDesc.getBeanClass()).orElse(beanDesc.getBeanClass());
      if (type == DevelopmentPlan.class) {
        return new StoredPlanReader(deserializer);
      }
      return deserializer;
    }
  }
}
