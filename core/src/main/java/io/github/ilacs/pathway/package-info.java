/**
 * Where an authority stands and what Ofsted will do next: {@link
 * io.github.ilacs.pathway.InspectionPathway#of(io.github.ilacs.InspectionHistory,
 * java.time.LocalDate)} gives the {@link io.github.ilacs.pathway.Pathway}, the next full
 * inspection with its {@link io.github.ilacs.pathway.Window}, the interim activity owed, the
 * statutory {@link io.github.ilacs.pathway.Deadline}s and a plain-English explanation citing the
 * rule book ({@code rules.md}). Every number comes from {@link
 * io.github.ilacs.pathway.PathwayPolicy}, whose defaults are documented and calibrated against
 * the published outcomes. {@link io.github.ilacs.pathway.Pathway#of(io.github.ilacs.Inspection)}
 * is the one place that says which grade of a full inspection sets the pathway and {@link
 * io.github.ilacs.pathway.KindRoles} the one place that says which kinds count as interim
 * activity or follow only an inadequate judgement; the validation rules
 * ({@code io.github.ilacs.rules}) read both. Depends on the vocabulary and {@code
 * io.github.ilacs.calendar} only (never on the rules package, so there is no cycle).
 * Every type here is immutable and thread-safe; nothing returns null.
 */
@NullMarked
package io.github.ilacs.pathway;

import org.jspecify.annotations.NullMarked;
