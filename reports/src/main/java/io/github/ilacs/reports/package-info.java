/**
 * A reader of Ofsted's inspection reports and letters.
 *
 * <p>{@link io.github.ilacs.reports.ReportReader} is the entry point; each family of layouts
 * (single inspection framework reports, the 2012-13 looked after children reports, ILACS
 * reports, visit letters, the 2009-12 unannounced inspection letters) is read by its own small
 * class over a shared model of pages and lines. Themes are suggested from a lexicon kept as data
 * ({@link io.github.ilacs.reports.ThemeLexicon}).
 */
@NullMarked
package io.github.ilacs.reports;

import org.jspecify.annotations.NullMarked;
