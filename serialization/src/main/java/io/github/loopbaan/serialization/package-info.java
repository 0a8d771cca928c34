/**
 * The JSON wire format of the Loopbaan model.
 *
 * <ul>
 *   <li>{@link io.github.loopbaan.serialization.LoopbaanModule}: the Jackson 3 module that maps
 *       every public model type by the model's conventions (builders, JavaBeans accessors, coded
 *       enums, identifiers), with no Jackson annotation in the model; registered with {@code
 *       addModule} or found by {@code findAndAddModules()}.
 *   <li>{@link io.github.loopbaan.serialization.LoopbaanJson}: a ready-made strict mapper with
 *       input limits, and reading and writing of values and versioned documents.
 *   <li>{@link io.github.loopbaan.serialization.DocumentKind} and {@link
 *       io.github.loopbaan.serialization.Upgrade}: the closed set of top-level document kinds and
 *       the explicit steps that read older schema versions.
 *   <li>{@link io.github.loopbaan.serialization.LoopbaanJsonException}: the one read failure, with
 *       a JSON path and a reason, never the offending value.
 *   <li>{@link io.github.loopbaan.serialization.CommandFormat}: lifecycle commands on the wire,
 *       polymorphic only through their kind code; histories are arrays of {@code {"sequence",
 *       "from", "to", "command"}}.
 *   <li>{@link io.github.loopbaan.serialization.View} and {@link
 *       io.github.loopbaan.serialization.ViewWriter}: write-only views for the client, the
 *       commissioning party and statistics, driven by the privacy marks of the model.
 *   <li>{@link io.github.loopbaan.serialization.WireFormat}: a description of what is written, from
 *       which the JSON Schemas in {@code docs/schema/} are generated.
 * </ul>
 *
 * <p>The format, its versions, views and limits are described in {@code docs/wire-format.md}.
 */
package io.github.loopbaan.serialization;
