package io.github.loopbaan.serialization.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import io.github.loopbaan.core.catalogue.Catalogue;
import java.util.Objects;

/**
 * The Jackson 2 module of the Loopbaan wire format: every public type of {@code
 * io.github.loopbaan.core} is written and read exactly as the Jackson 3 artifact does (value types
 * as objects of their attributes, identifiers and code values as texts, coded enums by code,
 * sequences as arrays, {@code java.time} values as ISO-8601 texts, empty {@code Optional}s left
 * out), by the same format code ({@code loopbaan-format}), so both generations write the same
 * bytes. See {@code docs/wire-format.md}.
 *
 * <p><b>Scope.</b> Registered in an application's own mapper (in Quarkus by an {@code
 * ObjectMapperCustomizer} bean, in Spring Boot 3 as a {@code Module} bean: neither registers a
 * module it finds by service loading), the module leaves the application's types alone: its
 * serializers and deserializers are found only for the model's classes, and the collection limit
 * applies only to collections, maps and arrays of model values.
 *
 * <p>Register it with {@code mapper.registerModule(new LoopbaanModule())} or by service loading
 * with {@code findAndRegisterModules()}. The module does not change the mapper's features; {@link
 * LoopbaanJson} builds a mapper with the strict reading and input limits the wire format asks for.
 */
public final class LoopbaanModule extends Module {

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
   * @param catalogue the entries accepted for the catalogued types; a code outside it is refused
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
    return new Version(
        0, 1, 0, "SNAPSHOT", "io.github.loopbaan", "loopbaan-serialization-jackson2");
  }

  /**
   * Installs the serializers, deserializers and the collection limit of the wire format.
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
    context.addBeanDeserializerModifier(new CollectionSizeLimit(maxCollectionSize));
  }
}
