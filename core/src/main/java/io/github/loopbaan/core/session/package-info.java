/**
 * Sessions (gesprekken), assignments (opdrachten) between them, instruments and their results, and
 * what the coach writes: notes and files, each with its visibility.
 */
@LoopbaanStyle
package io.github.loopbaan.core.session;

import io.github.loopbaan.core.LoopbaanStyle;
