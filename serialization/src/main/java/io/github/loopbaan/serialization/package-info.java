/**
 * The Jackson 3 binding of the Loopbaan wire format ({@link io.github.loopbaan.format}).
 *
 * <ul>
 *   <li>{@link io.github.loopbaan.serialization.LoopbaanModule}: the Jackson 3 module that maps
 *       every public model type by the model's conventions (builders, JavaBeans accessors, coded
 *       enums, identifiers), with no Jackson annotation in the model; registered with {@code
 *       addModule} or found by {@code findAndAddModules()}.
 *   <li>{@link io.github.loopbaan.serialization.LoopbaanJson}: a ready-made strict mapper with
 *       input limits, and reading and writing of values and versioned documents.
 *   <li>{@link io.github.loopbaan.serialization.ViewWriter}: writes the write-only views ({@link
 *       io.github.loopbaan.format.View}) for the client, the commissioning party and statistics.
 * </ul>
 *
 * <p>What is written and read (documents, versions, views, limits, problem documents) is the
 * format's, in {@code loopbaan-format}; the Jackson 2 artifact ({@code
 * loopbaan-serialization-jackson2}) drives the same format and writes the same bytes. See {@code
 * docs/wire-format.md}.
 */
package io.github.loopbaan.serialization;
