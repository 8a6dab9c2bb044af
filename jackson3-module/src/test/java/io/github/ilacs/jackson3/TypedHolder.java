package io.github.ilacs.jackson3;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.ilacs.LocalAuthority;

/**
 * A value of an application's own class that asks for a type id on its property. Public, in an
 * exported package, so that Jackson may read it on the module path.
 *
 * @param authority an authority, written with its class name
 */
public record TypedHolder(@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) LocalAuthority authority) {}
