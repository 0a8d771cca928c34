/**
 * Loopbaan serialization for Jackson 2: the Jackson 2 binding of the Loopbaan wire format ({@code
 * io.github.loopbaan.format}), a module and a ready-made facade that write and read exactly what
 * the Jackson 3 artifact does.
 *
 * <p>{@code LoopbaanModule} is provided as a {@code com.fasterxml.jackson.databind.Module} service,
 * so {@code ObjectMapper.findAndRegisterModules()} finds it.
 */
module io.github.loopbaan.serialization.jackson2 {
  requires transitive io.github.loopbaan.core;
  requires transitive io.github.loopbaan.format;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.loopbaan.serialization.jackson2;

  provides com.fasterxml.jackson.databind.Module with
      io.github.loopbaan.serialization.jackson2.LoopbaanModule;
}
