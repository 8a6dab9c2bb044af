/**
 * Where an authority stands and what Ofsted will do next: {@link
 * io.github.ilacs.pathway.InspectionPathway#of(io.github.ilacs.InspectionHistory,
 * java.time.LocalDate)} gives the {@link io.github.ilacs.pathway.Pathway}, the next full
 * inspection with its {@link io.github.ilacs.pathway.Window}, the interim activity owed, the
 * statutory {@link io.github.ilacs.pathway.Deadline}s and a plain-English explanation citing the
 * rule book ({@code rules.md}). Every number comes from {@link
 * io.github.ilacs.pathway.PathwayPolicy}, whose defaults are documented and calibrated against
 * the published outcomes. Depends on the vocabulary and {@code io.github.ilacs.calendar} only.
 * Every type here is immutable and thread-safe; nothing returns null.
 */
@NullMarked
package io.github.ilacs.pathway;

import org.jspecify.annotations.NullMarked;
