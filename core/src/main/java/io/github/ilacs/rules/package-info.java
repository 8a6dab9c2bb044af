/**
 * The validation rule catalogue: framework rules that need context, reported rather than thrown.
 *
 * <p>{@link io.github.ilacs.rules.Rule} lists every rule once, with its stable code,
 * {@link io.github.ilacs.rules.Severity}, one-line description and the frameworks it applies to.
 * {@link io.github.ilacs.rules.Validator} checks an {@link io.github.ilacs.Inspection} or an
 * {@link io.github.ilacs.InspectionHistory} against a chosen set of rules and returns a
 * {@link io.github.ilacs.rules.ValidationReport} of {@link io.github.ilacs.rules.Violation}s,
 * each with a JSON-pointer-style path and a message naming the values involved.
 *
 * <p>Invariants that every object satisfies (an end date not before the start, one judgement
 * per area) are not here: the vocabulary's builders enforce them
 * ({@link io.github.ilacs.Invariant}).
 *
 * <p>Depends on the vocabulary and {@code io.github.ilacs.calendar} (working days on site, R401)
 * only. The vocabulary says which grade of a full inspection sets the pathway ({@link
 * io.github.ilacs.Inspection#pathwayGrade()}, R604, R605) and which kinds need a focus or follow
 * only an inadequate judgement ({@link io.github.ilacs.InspectionKind.Role}, R503, R504, R604),
 * so the rules and the forecast cannot disagree. The pathway package reads this one (a pathway
 * answer carries its history's validation errors); this one never reads it.
 */
@NullMarked
package io.github.ilacs.rules;

import org.jspecify.annotations.NullMarked;
