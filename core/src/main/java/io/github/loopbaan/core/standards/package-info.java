/**
 * Typed references to the classifications HR systems already use: ESCO occupation and skill URIs,
 * ISCO-08 codes and O*NET-SOC codes, competences with a proficiency level and interest profiles
 * (RIASEC). Dutch: beroepen- en competentieclassificaties.
 */
@LoopbaanStyle
package io.github.loopbaan.core.standards;

import io.github.loopbaan.core.LoopbaanStyle;
