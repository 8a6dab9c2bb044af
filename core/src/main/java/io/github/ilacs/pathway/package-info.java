/**
 * Where an authority stands and what Ofsted will do next: {@link
 * io.github.ilacs.pathway.InspectionPathway#of(io.github.ilacs.InspectionHistory,
 * java.time.LocalDate)} gives the {@link io.github.ilacs.pathway.Pathway}, the next full
 * inspection with its {@link io.github.ilacs.pathway.Window} and status, the interim activity
 * owed, the statutory {@link io.github.ilacs.pathway.Deadline}s, and for each answer the {@link
 * io.github.ilacs.pathway.Reason}s behind it, with their sources. Every number comes from {@link
 * io.github.ilacs.pathway.PathwayPolicy}. The answer value, the calculators (next inspection,
 * interim schedule, deadlines) and the one renderer of English are separate files. Depends on the
 * vocabulary, {@code io.github.ilacs.calendar} and {@code io.github.ilacs.rules} (an answer
 * carries its history's validation errors); none of them depends on this package. Every type
 * here is immutable and thread-safe; nothing returns null.
 */
@NullMarked
@IlacsStyle
package io.github.ilacs.pathway;

import io.github.ilacs.internal.IlacsStyle;
import org.jspecify.annotations.NullMarked;
