/**
 * Comparisons: an authority's latest grade per judgement area beside its statistical
 * neighbours', and the grades in its region and in England, as of a date
 * ({@link io.github.ilacs.compare.Comparison}).
 *
 * <p>This package depends on the vocabulary and the directory only. Everything here is immutable
 * and thread-safe; nothing returns null.
 */
@NullMarked
package io.github.ilacs.compare;

import org.jspecify.annotations.NullMarked;
