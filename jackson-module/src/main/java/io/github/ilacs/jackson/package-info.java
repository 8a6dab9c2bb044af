/**
 * Jackson support for the ilacs vocabulary and the outcomes table reader.
 *
 * <p>Register {@link io.github.ilacs.jackson.IlacsModule} (or let
 * {@code findAndRegisterModules()} find it) to read and write inspections and histories in the
 * format the shipped JSON Schema describes; use {@link io.github.ilacs.jackson.OutcomesCsv} to
 * import the national outcomes table.
 */
@NullMarked
package io.github.ilacs.jackson;

import org.jspecify.annotations.NullMarked;
