/**
 * JSON for the ilacs vocabulary on Jackson 3 ({@code tools.jackson}).
 *
 * <p>{@link io.github.ilacs.jackson3.IlacsModule} is a Jackson 3 module with explicit
 * serializers and strict deserializers for every core type, in the same format as
 * {@code ilacs-jackson} (both run the engine of {@code io.github.ilacs.json}); it is provided as a
 * service, so {@code JsonMapper.builder().findAndAddModules()} finds it on the module path as on
 * the class path.
 */
// The name is the package's, as for every ilacs module; javac's lint dislikes its final digit.
@SuppressWarnings("module")
module io.github.ilacs.jackson3 {
  requires transitive io.github.ilacs;
  requires transitive io.github.ilacs.json;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports io.github.ilacs.jackson3;

  provides tools.jackson.databind.JacksonModule with io.github.ilacs.jackson3.IlacsModule;
}
