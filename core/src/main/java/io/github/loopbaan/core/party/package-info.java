/**
 * The parties of a trajectory: the client (cliënt, kandidaat, coachee), the coach (loopbaancoach,
 * loopbaanbegeleider) and the commissioning party (opdrachtgever), with their typed identifiers.
 */
@LoopbaanStyle
package io.github.loopbaan.core.party;

import io.github.loopbaan.core.LoopbaanStyle;
