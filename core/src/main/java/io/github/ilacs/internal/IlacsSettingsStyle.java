package io.github.ilacs.internal;

import io.github.ilacs.InvalidInspectionException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * {@link IlacsStyle} without generated withers, for a value that writes its own checked
 * {@code with...} methods (the pathway policy, whose withers name the setting they reject).
 * Kept here rather than as {@code @Value.Immutable(copy = false)} on the type, because an
 * annotation element on a public type makes compilers of downstream code warn when the
 * Immutables annotations are absent, as they are for users of the core. The settings below
 * must stay those of {@link IlacsStyle} but {@code copy}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    jacksonIntegration = false,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    depluralize = true,
    throwForInvalidImmutableState = InvalidInspectionException.class,
    throwForNullPointer = InvalidInspectionException.class)
public @interface IlacsSettingsStyle {}
