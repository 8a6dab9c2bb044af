/**
 * ilacs seeds: a real inspection history as data, and fixtures for test suites.
 *
 * <ul>
 *   <li>{@link io.github.ilacs.seeds.NottinghamshireSeeds} the inspection history of
 *       Nottinghamshire County Council's children's services, October 2009 to January 2026,
 *       loaded from JSON documents shipped in this module;</li>
 *   <li>{@link io.github.ilacs.seeds.TypicalHistories} small made-up histories, one per
 *       pathway, built through the public API.</li>
 * </ul>
 */
module io.github.ilacs.seeds {
  requires transitive io.github.ilacs;
  requires io.github.ilacs.jackson;
  requires transitive org.assertj.core;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.ilacs.seeds;
}
