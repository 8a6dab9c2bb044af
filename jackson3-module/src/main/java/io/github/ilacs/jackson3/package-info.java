/**
 * Jackson 3 support for the ilacs vocabulary.
 *
 * <p>Register {@link io.github.ilacs.jackson3.IlacsModule} (or let
 * {@code JsonMapper.builder().findAndAddModules()} find it) to read and write inspections,
 * histories and plans, and to write validation reports, pathway answers and comparisons, in the
 * format the shipped JSON Schema describes. A failure carries its
 * {@link io.github.ilacs.json.JsonProblem}: {@link io.github.ilacs.json.JsonProblem#find} finds it.
 */
@NullMarked
package io.github.ilacs.jackson3;

import org.jspecify.annotations.NullMarked;
