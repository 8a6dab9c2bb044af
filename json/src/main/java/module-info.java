/**
 * The engine of the ilacs JSON format, used by {@code io.github.ilacs.jackson} (Jackson 2) and
 * {@code io.github.ilacs.jackson3} (Jackson 3); applications use those modules.
 *
 * <p>It holds what both Jackson modules need and is not Jackson-specific: property names,
 * limits, messages and rule codes ({@link io.github.ilacs.json.FormatRule}), the strict
 * reading and the writing of every ilacs value over {@link io.github.ilacs.json.JsonInput} and
 * {@link io.github.ilacs.json.JsonOutput}, and the JSON Schema. It depends on the core only.
 */
module io.github.ilacs.json {
  requires transitive io.github.ilacs;
  requires static org.jspecify;

  exports io.github.ilacs.json;
}
