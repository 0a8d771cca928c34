/**
 * The Jackson 2 binding of the Loopbaan wire format ({@link io.github.loopbaan.format}), for
 * applications on Jackson 2 ({@code com.fasterxml.jackson}: Spring Boot 3, Quarkus, most of today's
 * back ends).
 *
 * <ul>
 *   <li>{@link io.github.loopbaan.serialization.jackson2.LoopbaanModule}: the Jackson 2 module,
 *       registered with {@code registerModule} or found by {@code findAndRegisterModules()}.
 *   <li>{@link io.github.loopbaan.serialization.jackson2.LoopbaanJson}: a ready-made strict mapper
 *       with input limits, and reading and writing of values and versioned documents.
 *   <li>{@link io.github.loopbaan.serialization.jackson2.ViewWriter}: writes the write-only views.
 * </ul>
 *
 * <p>The API mirrors the Jackson 3 artifact's ({@code io.github.loopbaan.serialization}), and the
 * bytes are the same: both drive the format's one implementation, and the conformance corpus holds
 * both to it. See {@code docs/wire-format.md}.
 */
package io.github.loopbaan.serialization.jackson2;
