package io.github.loopbaan.serialization;

import tools.jackson.databind.annotation.JsonPOJOBuilder;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Tells Jackson, from the conventions of the model rather than from annotations, how value types
 * are built when read ({@link ModelWriter} writes them):
 *
 * <ul>
 *   <li>{@link #findPOJOBuilder}: a value type is deserialized through its nested {@code Builder};
 *   <li>{@link #findPOJOBuilderConfig}: the builder's setters have no prefix and {@code build()}
 *       finishes;
 *   <li>{@link #resolveSetterConflict}: of the overloaded builder setters of an optional attribute
 *       ({@code name(String)} and {@code name(Optional)}) the plain one is used; of a list
 *       attribute of the model's own list type ({@code sessions(Sessions)} and {@code
 *       sessions(Iterable)}) the Iterable one; other overloads of the builder ({@code addX(T)} and
 *       {@code addX(T...)}) are not attributes and are dropped later.
 * </ul>
 *
 * <p>Which setters are attributes is decided in {@link ModelPropertyFilter}.
 */
final class ModelIntrospector extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  @Override
  public Class<?> findPOJOBuilder(MapperConfig<?> config, AnnotatedClass ac) {
    return ModelTypes.builderOf(ac.getRawType()).orElse(null);
  }

  @Override
  public JsonPOJOBuilder.Value findPOJOBuilderConfig(MapperConfig<?> config, AnnotatedClass ac) {
    if (ModelTypes.valueTypeOfBuilder(ac.getRawType()).isPresent()) {
      return new JsonPOJOBuilder.Value("build", "");
    }
    return null;
  }

  @Override
  public AnnotatedMethod resolveSetterConflict(
      MapperConfig<?> config, AnnotatedMethod setter1, AnnotatedMethod setter2) {
    if (!inBuilder(setter1) || !inBuilder(setter2)) {
      return null;
    }
    // A list attribute of the model's own persistent list type (Trajectory.sessions) has the
    // generated setter for
    // that type and the builder's Iterable overload; the JSON array is read through the Iterable
    // one.
    if (setter1.getRawParameterType(0) == Iterable.class
        || setter2.getRawParameterType(0) == Iterable.class) {
      return setter1.getRawParameterType(0) == Iterable.class ? setter1 : setter2;
    }
    boolean optional1 = ModelTypes.isOptional(setter1.getRawParameterType(0));
    boolean optional2 = ModelTypes.isOptional(setter2.getRawParameterType(0));
    // Otherwise an attribute's overloads differ in being Optional; any other overload (add…(T) and
    // add…(T...),
    // from(X) and from(WithX)) is not an attribute and is removed by ModelPropertyFilter.Reading
    // afterwards.
    return optional1 && !optional2 ? setter2 : setter1;
  }

  private static boolean inBuilder(AnnotatedMethod m) {
    return ModelTypes.inModel(m.getDeclaringClass());
  }
}
