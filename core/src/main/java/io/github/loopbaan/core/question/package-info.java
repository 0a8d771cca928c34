/**
 * The career question (loopbaanvraag): the client's question type and the coaching approach it
 * calls for, the organisational question, the core questions of self- and environment analysis, and
 * how a question evolves.
 */
@LoopbaanStyle
package io.github.loopbaan.core.question;

import io.github.loopbaan.core.LoopbaanStyle;
