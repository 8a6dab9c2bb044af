/**
 * Improvement plans: the authority's answer to an inspection's findings, and its progress.
 *
 * <p>An {@link io.github.ilacs.plan.ImprovementPlan} answers one or more inspections or letters
 * with {@link io.github.ilacs.plan.Action}s, each tied to the findings it answers by a
 * {@link io.github.ilacs.plan.FindingRef}. Its invariants are checked on build and thrown as
 * {@link io.github.ilacs.InvalidInspectionException} (codes {@code IV20}-{@code IV25}); the
 * {@link io.github.ilacs.plan.PlanRule} catalogue is checked by a
 * {@link io.github.ilacs.plan.PlanValidator} and reported in a
 * {@link io.github.ilacs.plan.PlanReport}, not thrown; {@link io.github.ilacs.plan.PlanProgress}
 * answers what is overdue, at risk, unanswered or recurring as of a date. Deadlines come from
 * {@link io.github.ilacs.pathway.Deadline#following}, never from a count of its own. The user's
 * guide is {@code docs/plans.md} in the repository.
 *
 * <p>Depends on the vocabulary, {@code io.github.ilacs.pathway} and, for the severity of a
 * rule, {@link io.github.ilacs.rules.Severity}; nothing else in the core depends on this
 * package. Every type here is immutable and thread-safe; nothing returns null.
 */
@NullMarked
@IlacsStyle
package io.github.ilacs.plan;

import io.github.ilacs.internal.IlacsStyle;
import org.jspecify.annotations.NullMarked;
