package io.github.loopbaan.serialization;

import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.format.LoopbaanJsonException;
import java.util.Objects;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module of the Loopbaan wire format. It maps every public type of {@code
 * io.github.loopbaan.core} by the model's conventions, without any Jackson annotation in the model
 * and without a list of types, so that types added to the model later are mapped as well:
 *
 * <ul>
 *   <li><b>Value types</b> (a public abstract class with a static {@code builder()} and a nested
 *       {@code Builder}) are read through their builder (setters without prefix: {@code name(…)})
 *       and written as a JSON object of their attributes: the {@code get*}/{@code is*} accessors
 *       the builder can set ({@code getName()} → {@code "name"}, {@code isSigned()} → {@code
 *       "signed"}), in alphabetical order. Derived methods ({@code ageBandOn(LocalDate)}, {@code
 *       hollandCode()}, a derived {@code isX()}) are not written.
 *   <li><b>Identifiers</b> ({@code ClientId}, {@code CoachId}, …) and <b>code values</b> ({@code
 *       EscoUri}, {@code IscoCode}, {@code OnetSocCode}) are one JSON string, read back through
 *       their {@code of(String)}.
 *   <li><b>{@code Coded} enums</b> are written as their stable {@code code()} and read by code; an
 *       unknown code is an error naming the enum (and, through {@link LoopbaanJsonException}, the
 *       JSON path). Maps keyed by codes or identifiers use the same text as keys.
 *   <li>{@code RiasecProfile} is an object of six scores by type code: {@code {"realistic": 10,
 *       "investigative": 80, …}}.
 *   <li><b>Sequence values</b> (a final model class that is {@code Iterable} with a static {@code
 *       of(List)}, or a model list with {@code of(Iterable)} such as {@code Sessions}) are a JSON
 *       array of their elements.
 *   <li><b>Optional</b> attributes of model types are absent when empty (never {@code null});
 *       collections are always written (empty as {@code []}) and may be absent on input.
 *   <li>{@code java.time} values are ISO-8601 strings: {@code LocalDate} "2025-03-01", {@code
 *       Duration} "PT1H30M", {@code Year} "1973"; numbers and arrays are not accepted for them.
 *   <li>Every collection, map or array of model values holds at most {@link
 *       LoopbaanJson#DEFAULT_MAX_COLLECTION_SIZE} elements (configurable through {@link
 *       LoopbaanJson.Builder#maxCollectionSize(int)}).
 * </ul>
 *
 * <p><b>Scope.</b> Registered in an application's own mapper (Spring Boot finds it by service
 * loading), the module leaves the application's types alone: the inclusion rule for empty {@code
 * Optional}s applies to attributes of model types only, the collection limit to collections, maps
 * and arrays whose elements, keys or values are model types (or that are model sequence values),
 * and the ISO-8601 text rule for {@code java.time} values to the model's own attributes, command
 * fields and sequence elements (set there, not registered for the types); an application's records,
 * {@code Optional}s, lists, {@code byte[]} uploads and {@code java.time} values are written and
 * read exactly as without the module. {@code ModuleScopeTest} holds it to that.
 *
 * <p>Register it with {@code JsonMapper.builder().addModule(new LoopbaanModule())} or by service
 * loading with {@code findAndAddModules()}. The module does not change the mapper's features;
 * {@link LoopbaanJson} builds a mapper with the strict reading and input limits the wire format
 * asks for.
 */
public final class LoopbaanModule extends JacksonModule {

  private final int maxCollectionSize;
  private final Catalogue catalogue;

  /**
   * Creates the module with the default collection size limit and the standard catalogue; this is
   * the constructor service loading uses.
   */
  public LoopbaanModule() {
    this(LoopbaanJson.DEFAULT_MAX_COLLECTION_SIZE, Catalogue.standard());
  }

  /**
   * Creates the module for a mapper that reads an application's own catalogue entries.
   *
   * @param catalogue the entries accepted for the catalogued types ({@link Catalogue#types()}); a
   *     code outside it is refused on reading
   * @return the module, with the default collection size limit
   */
  public static LoopbaanModule withCatalogue(Catalogue catalogue) {
    return new LoopbaanModule(
        LoopbaanJson.DEFAULT_MAX_COLLECTION_SIZE, Objects.requireNonNull(catalogue, "catalogue"));
  }

  LoopbaanModule(int maxCollectionSize, Catalogue catalogue) {
    this.maxCollectionSize = maxCollectionSize;
    this.catalogue = catalogue;
  }

  /**
   * @return {@code "loopbaan"}
   */
  @Override
  public String getModuleName() {
    return "loopbaan";
  }

  /**
   * @return the version of this library
   */
  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "io.github.loopbaan", "loopbaan-serialization");
  }

  /**
   * Installs the introspector, serializers, deserializers and modifiers of the wire format.
   *
   * @param context the mapper's set-up context
   */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new ModelSerializers(false));
    context.addKeySerializers(new ModelSerializers(true));
    ModelDeserializers deserializers = new ModelDeserializers(maxCollectionSize, catalogue);
    context.addDeserializers(deserializers);
    context.addKeyDeserializers(deserializers);
    context.addDeserializerModifier(new CollectionSizeLimit(maxCollectionSize));
  }
}
