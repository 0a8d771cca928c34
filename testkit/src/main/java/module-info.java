/**
 * Loopbaan testkit: jqwik arbitraries for every public Loopbaan type, valid and deliberately
 * broken.
 */
module io.github.loopbaan.testkit {
  requires transitive io.github.loopbaan.core;
  requires transitive net.jqwik.api;

  exports io.github.loopbaan.testkit;
}
