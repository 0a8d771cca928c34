/**
 * Loopbaan format: the versioned, privacy-aware JSON wire format of the Loopbaan model, apart from
 * any JSON library. The Jackson bindings drive it: {@code io.github.loopbaan.serialization} for
 * Jackson 3 and {@code io.github.loopbaan.serialization.jackson2} for Jackson 2; its service
 * provider interface ({@code io.github.loopbaan.format.spi}) is exported to them only.
 */
module io.github.loopbaan.format {
  requires transitive io.github.loopbaan.core;

  // Only ProblemDetails.ofReport needs it; an application that maps validation reports has it.
  requires static io.github.loopbaan.validation;

  exports io.github.loopbaan.format;
  exports io.github.loopbaan.format.spi to
      io.github.loopbaan.serialization,
      io.github.loopbaan.serialization.jackson2;
}
