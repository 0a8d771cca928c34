package io.github.loopbaan.core.trajectory;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The {@link io.github.loopbaan.core.LoopbaanStyle} of the model with one change for {@link
 * Trajectory}: the generated copy methods are named {@code copyWith…} and stay inside this package
 * (the generated class is package-private), so that the public {@code with…} edits of {@link
 * Trajectory} are written by hand and refuse to change a closed trajectory. Keep the other
 * attributes equal to {@code LoopbaanStyle}'s. Source retention: it is read by the annotation
 * processor only, so no compiled class names the Immutables enums it uses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    get = {"is*", "get*"},
    init = "*",
    with = "copyWith*",
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    visibility = ImplementationVisibility.PACKAGE,
    builderVisibility = BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    jdkOnly = true,
    redactedMask = "<redacted>",
    defaultAsDefault = false,
    optionalAcceptNullable = false,
    depluralize = true,
    unsafeDefaultAndDerived = true)
@interface ClosedAggregateStyle {}
