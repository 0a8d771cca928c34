/**
 * The JSON wire format of the Loopbaan model.
 *
 * <ul>
 *   <li>{@link io.github.loopbaan.serialization.LoopbaanModule}: the Jackson 3 module that maps every public model
 *       type by the model's conventions (builders, JavaBeans accessors, coded enums, identifiers), with no Jackson
 *       annotation in the model; registered with {@code addModule} or found by {@code findAndAddModules()}.</li>
 *   <li>{@link io.github.loopbaan.serialization.LoopbaanJson}: a ready-made strict mapper with input limits, and
 *       reading and writing of values and versioned documents.</li>
 *   <li>{@link io.github.loopbaan.serialization.DocumentKind} and {@link io.github.loopbaan.serialization.Upgrade}:
 *       the closed set of top-level document kinds and the explicit steps that read older schema versions.</li>
 *   <li>{@link io.github.loopbaan.serialization.LoopbaanJsonException}: the one read failure, with a JSON path and
 *       a reason, never the offending value.</li>
 * </ul>
 */
package io.github.loopbaan.serialization;
