/**
 * The ilacs vocabulary: {@link io.github.ilacs.Inspection}, {@link io.github.ilacs.Framework},
 * {@link io.github.ilacs.Grade}, {@link io.github.ilacs.Judgement},
 * {@link io.github.ilacs.Finding}, {@link io.github.ilacs.LocalAuthority} and
 * {@link io.github.ilacs.InspectionHistory}.
 *
 * <p>Every type here is immutable and checks its {@link io.github.ilacs.Invariant invariants}
 * when built, throwing {@link io.github.ilacs.InvalidInspectionException}. Nothing here returns
 * null; optional values are {@link java.util.Optional}.
 */
@NullMarked
@IlacsStyle
package io.github.ilacs;

import io.github.ilacs.internal.IlacsStyle;
import org.jspecify.annotations.NullMarked;
