/**
 * Loopbaan core: immutable value types, enums with nl/en labels and lifecycles of career coaching
 * (loopbaancoaching).
 *
 * <p>Every package except {@code io.github.loopbaan.core.internal} is exported. The exported
 * packages are also opened (for deep reflection, to every module): the value classes Immutables
 * generates are package-private, and the frameworks that read the model through them (Hibernate
 * Validator reads getters for cascaded validation, Jackson reads and writes them in loopbaan-format
 * and its Jackson bindings, the testkit and the serialization tests scan the classes) need
 * reflective access to those classes, not only to the public abstract types.
 */
module io.github.loopbaan.core {
  requires transitive jakarta.validation;
  // Compile time only: the generated code (jdkOnly style) needs nothing from Immutables at run
  // time.
  requires static org.immutables.value.annotations;

  exports io.github.loopbaan.core;
  exports io.github.loopbaan.core.catalogue;
  exports io.github.loopbaan.core.lifecycle;
  exports io.github.loopbaan.core.party;
  exports io.github.loopbaan.core.phase;
  exports io.github.loopbaan.core.plan;
  exports io.github.loopbaan.core.privacy;
  exports io.github.loopbaan.core.question;
  exports io.github.loopbaan.core.retention;
  exports io.github.loopbaan.core.rules;
  exports io.github.loopbaan.core.rules.base;
  exports io.github.loopbaan.core.rules.voucher;
  exports io.github.loopbaan.core.session;
  exports io.github.loopbaan.core.standards;
  exports io.github.loopbaan.core.trajectory;
  // Not API: the structural checks, the saturating arithmetic and the reading of text files, shared
  // with the validation rules and the wire format's problem texts only.
  exports io.github.loopbaan.core.internal to
      io.github.loopbaan.validation,
      io.github.loopbaan.format;

  opens io.github.loopbaan.core;
  opens io.github.loopbaan.core.catalogue;
  opens io.github.loopbaan.core.lifecycle;
  opens io.github.loopbaan.core.party;
  opens io.github.loopbaan.core.phase;
  opens io.github.loopbaan.core.plan;
  opens io.github.loopbaan.core.privacy;
  opens io.github.loopbaan.core.question;
  opens io.github.loopbaan.core.retention;
  opens io.github.loopbaan.core.rules;
  opens io.github.loopbaan.core.rules.base;
  opens io.github.loopbaan.core.rules.voucher;
  opens io.github.loopbaan.core.session;
  opens io.github.loopbaan.core.standards;
  opens io.github.loopbaan.core.trajectory;
}
