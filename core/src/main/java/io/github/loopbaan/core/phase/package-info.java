/**
 * The content phases of a trajectory (fasen van een loopbaantraject) and the trajectory plan the
 * intake sets: selected phases in order, attention per phase, coaching goals.
 */
@LoopbaanStyle
package io.github.loopbaan.core.phase;

import io.github.loopbaan.core.LoopbaanStyle;
