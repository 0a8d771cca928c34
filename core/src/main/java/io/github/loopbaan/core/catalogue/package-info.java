/**
 * Open catalogues: the library's own codes for instruments and other lists of the practice, and the
 * entries an application adds under a namespace of its own (Dutch: catalogus).
 *
 * <p>Seed 001 leaves the coach much room for their own interventions and instruments, and every HR
 * vendor has lists of its own (MBTI, DISC, an in-house test). A catalogued type such as {@link
 * io.github.loopbaan.core.session.Instrument} therefore has two kinds of entry:
 *
 * <ul>
 *   <li><b>standard entries</b>, the library's own, with stable lower-case codes ({@code
 *       life_line}) and labels in Dutch and English, as constants of the type;
 *   <li><b>application entries</b>, with a namespaced code ({@code acme:disc}), labels per language
 *       and the category the type asks for (the core question of an instrument), built by the
 *       application.
 * </ul>
 *
 * <p>An entry carries its own meaning, so a value that holds one is fully described without a
 * lookup: views, rules and recommendations read the category from the entry. A {@link
 * io.github.loopbaan.core.catalogue.Catalogue} is an immutable list of the entries an application
 * accepts. It is passed where codes come in from outside or are checked, never held in a global
 * registry: the JSON reader resolves the codes of a document through it (an unknown code is
 * refused), and the validator reports entries it does not list.
 */
package io.github.loopbaan.core.catalogue;
