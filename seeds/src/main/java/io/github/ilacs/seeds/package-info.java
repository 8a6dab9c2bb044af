/**
 * The Nottinghamshire seed history ({@link io.github.ilacs.seeds.NottinghamshireSeeds},
 * {@link io.github.ilacs.seeds.NottinghamshireActivity}) and test-suite fixtures
 * ({@link io.github.ilacs.seeds.TypicalHistories}).
 *
 * <p>Every value returned here is immutable and never null.
 */
@NullMarked
package io.github.ilacs.seeds;

import org.jspecify.annotations.NullMarked;
