/**
 * The engine of the ilacs JSON format, used by ilacs-jackson and ilacs-jackson3; applications
 * use those modules.
 *
 * <p>A Jackson module presents its parser as a {@link io.github.ilacs.json.JsonInput} and its
 * generator as a {@link io.github.ilacs.json.JsonOutput}, asks {@link
 * io.github.ilacs.json.JsonFormat} which types are read and written, and reads and writes them
 * with the {@link io.github.ilacs.json.ValueReader} and {@link io.github.ilacs.json.ValueWriter}
 * it hands out. Every failure of reading is a {@link io.github.ilacs.json.JsonProblemException}
 * carrying a {@link io.github.ilacs.json.JsonProblem}: the JSON pointer, the rule code (a core
 * invariant {@code IVnn} or a {@link io.github.ilacs.json.FormatRule} {@code JSnn}) and the
 * text; the module turns it into its own exception type by {@link
 * io.github.ilacs.json.JsonProblem#kind()}. Applications find the problem behind any exception
 * with {@link io.github.ilacs.json.JsonProblem#find(Throwable)}.
 */
@NullMarked
package io.github.ilacs.json;

import org.jspecify.annotations.NullMarked;
