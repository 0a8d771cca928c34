/**
 * Loopbaan serialization: a Jackson 3 module and a versioned, privacy-aware JSON wire format.
 *
 * <p>{@code LoopbaanModule} is provided as a {@code tools.jackson.databind.JacksonModule} service,
 * so {@code JsonMapper.builder().findAndAddModules()} finds it on the module path as well as on the
 * class path.
 */
module io.github.loopbaan.serialization {
  requires transitive io.github.loopbaan.core;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;

  // Only ProblemDetails.ofReport needs it; an application that maps validation reports has it.
  requires static io.github.loopbaan.validation;

  exports io.github.loopbaan.serialization;

  provides tools.jackson.databind.JacksonModule with
      io.github.loopbaan.serialization.LoopbaanModule;
}
