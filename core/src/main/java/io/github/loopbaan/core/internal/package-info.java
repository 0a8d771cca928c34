/**
 * Helpers shared by the model's packages. Not part of the public API: may change in any release.
 */
package io.github.loopbaan.core.internal;
