package io.github.ilacs.internal;

import io.github.ilacs.InvalidInspectionException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library. Implementations are package-private; each value
 * type exposes a public nested {@code Builder} that extends the generated one. Generated code
 * carries no annotation but {@link Override}, uses only the JDK, has no Jackson integration
 * (the ilacs-jackson module bridges JSON explicitly), and reports missing or null attributes
 * with {@link InvalidInspectionException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    jacksonIntegration = false,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    throwForInvalidImmutableState = InvalidInspectionException.class,
    throwForNullPointer = InvalidInspectionException.class)
public @interface IlacsStyle {}
