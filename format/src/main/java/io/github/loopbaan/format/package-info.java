/**
 * The JSON wire format of the Loopbaan model, apart from any JSON library: what the Jackson
 * bindings ({@code loopbaan-serialization} for Jackson 3, {@code loopbaan-serialization-jackson2}
 * for Jackson 2) write and read, byte for byte the same.
 *
 * <ul>
 *   <li>{@link io.github.loopbaan.format.DocumentKind} and {@link
 *       io.github.loopbaan.format.Upgrade}: the closed set of top-level document kinds and the
 *       explicit steps that read older schema versions.
 *   <li>{@link io.github.loopbaan.format.LoopbaanJsonException}: the one read failure, with a JSON
 *       path and a reason, never the offending value.
 *   <li>{@link io.github.loopbaan.format.CommandFormat}: lifecycle commands on the wire,
 *       polymorphic only through their kind code; histories are arrays of {@code {"sequence",
 *       "from", "to", "command"}}.
 *   <li>{@link io.github.loopbaan.format.View}: write-only views for the client, the commissioning
 *       party and statistics, driven by the privacy marks of the model.
 *   <li>{@link io.github.loopbaan.format.Erasure}, {@link
 *       io.github.loopbaan.format.ErasedTrajectory} and {@link
 *       io.github.loopbaan.format.SubjectAccessExport}: a record's GDPR life.
 *   <li>{@link io.github.loopbaan.format.ProblemDetails}: RFC 9457 problem documents for every
 *       failure a caller can meet.
 *   <li>{@link io.github.loopbaan.format.WireFormat}: a description of what is written, from which
 *       the JSON Schemas in {@code docs/schema/} are generated.
 * </ul>
 *
 * <p>The format, its versions, views and limits are described in {@code docs/wire-format.md}.
 */
package io.github.loopbaan.format;
