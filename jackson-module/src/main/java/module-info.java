/**
 * JSON for the ilacs vocabulary and a reader for the national inspection outcomes table.
 *
 * <p>{@link io.github.ilacs.jackson.IlacsModule} is a Jackson module with explicit serializers
 * and strict deserializers for every core type; it is provided as a service, so
 * {@code ObjectMapper.findAndRegisterModules()} finds it on the module path as on the class
 * path; the format itself (names, limits, messages, reading and writing) is the engine in
 * {@code io.github.ilacs.json}, shared with the Jackson 3 module, and failures carry its
 * {@link io.github.ilacs.json.JsonProblem}. {@link io.github.ilacs.jackson.OutcomesCsv} reads the outcomes table into histories,
 * parsing the CSV with jackson-dataformat-csv and finding authorities in the core's directory.
 */
module io.github.ilacs.jackson {
  requires transitive io.github.ilacs;
  requires transitive io.github.ilacs.json;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static org.jspecify;

  exports io.github.ilacs.jackson;

  provides com.fasterxml.jackson.databind.Module with io.github.ilacs.jackson.IlacsModule;
}
