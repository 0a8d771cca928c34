/**
 * Loopbaan serialization: the Jackson 3 binding of the Loopbaan wire format ({@code
 * io.github.loopbaan.format}), a module and a ready-made facade.
 *
 * <p>{@code LoopbaanModule} is provided as a {@code tools.jackson.databind.JacksonModule} service,
 * so {@code JsonMapper.builder().findAndAddModules()} finds it on the module path as well as on the
 * class path.
 */
module io.github.loopbaan.serialization {
  requires transitive io.github.loopbaan.core;
  requires transitive io.github.loopbaan.format;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;

  exports io.github.loopbaan.serialization;

  provides tools.jackson.databind.JacksonModule with
      io.github.loopbaan.serialization.LoopbaanModule;
}
