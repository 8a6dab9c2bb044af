/**
 * The directory of English local authorities with children's services responsibilities,
 * current and abolished: {@link io.github.ilacs.directory.AuthorityDirectory} and its
 * {@link io.github.ilacs.directory.AuthorityEntry entries}, with codes, names in use, region,
 * statistical neighbours and the reorganisations that created or abolished them.
 *
 * <p>The data ship inside the jar; this package depends on the vocabulary only. Where the data
 * come from and how the known faults of the source table are corrected: {@code docs/directory.md}.
 */
@NullMarked
package io.github.ilacs.directory;

import org.jspecify.annotations.NullMarked;
