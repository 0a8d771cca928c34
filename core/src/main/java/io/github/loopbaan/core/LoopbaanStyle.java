package io.github.loopbaan.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The project-wide Immutables style of every Loopbaan value type. Dutch: stijl van de waardetypes.
 *
 * <p>Why these choices:
 *
 * <ul>
 *   <li><b>JavaBeans accessors</b> ({@code get = {"is*", "get*"}}). Bean Validation providers such
 *       as Hibernate Validator, and many frameworks (Spring, Jakarta EE, template engines), only
 *       see {@code getX()}/{@code isX()} methods as properties. Constraints placed on a {@code
 *       getName()} accessor are therefore seen by an application's own plain {@code Validator},
 *       with no Loopbaan-specific set-up. The builders and {@code with…} methods drop the prefix:
 *       {@code getName()} is set with {@code name(…)} and copied with {@code withName(…)}.
 *   <li><b>No generated names in the API</b> ({@code typeImmutable = "Immutable*"} with
 *       package-private implementations and {@code overshadowImplementation}). Users build values
 *       through the public static {@code builder()} of the abstract type and never name a generated
 *       class.
 *   <li><b>JDK only</b> ({@code jdkOnly = true}). Generated code uses JDK collections and needs
 *       nothing from Immutables at run time: the annotation processor and its annotations are
 *       compile-only.
 *   <li><b>Redaction</b> ({@code redactedMask}). Attributes holding personal or health data are
 *       annotated with {@code @Value.Redacted} next to {@link
 *       io.github.loopbaan.core.privacy.PersonalData}; their value never appears in {@code
 *       toString()}, only the mask.
 *   <li><b>No initialisation shim</b> ({@code unsafeDefaultAndDerived = true}). Immutables would
 *       otherwise give every instance of a type with {@code @Value.Default} attributes a shim
 *       object that orders defaults reading one another; every construction, a lifecycle's
 *       included, allocated it and threw it away. The rule that makes this safe: a default is a
 *       constant (an enum constant, {@code false}, {@code History.empty()}), never computed from
 *       another attribute; {@code DefaultsAreConstantsTest} checks every default of the model.
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    init = "*",
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    typeWith = "With*",
    visibility = ImplementationVisibility.PACKAGE,
    builderVisibility = BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    jdkOnly = true,
    redactedMask = "<redacted>",
    defaultAsDefault = false,
    optionalAcceptNullable = false,
    depluralize = true,
    unsafeDefaultAndDerived = true)
public @interface LoopbaanStyle {}
