package io.github.ilacs.reports;

import java.util.regex.Pattern;

/** Finding headings and where the text under them ends; shared by the layouts. */
final class Sections {
  /** How far down a report to look for its dates when no line is labelled with them. */
  private static final int DATE_SEARCH = 80;

  private Sections() {}

  /** Returns the index of the first line after {@code from} matching a stop, or the end. */
  static int end(TextDocument doc, int from, Pattern stops) {
    int i = doc.find(stops, from + 1);
    return i < 0 ? doc.size() : i;
  }

  /** Returns the line at an index, or the first line when the index is -1. */
  static Line at(TextDocument doc, int index) {
    if (doc.size() == 0) {
      return Line.of(1, 1, "");
    }
    return doc.get(Math.max(0, Math.min(index, doc.size() - 1)));
  }

  /**
   * Reads the head of a SIF or LAC report: the title above the dates line, the days on site,
   * and the publication date printed near the top (kept as the issue date, flagged as the
   * publication); returns the index of the dates line, -1 when there is none.
   */
  static int readReportHead(TextDocument doc, Draft draft, Pattern datesLabel,
      Pattern publishedLabel, int headLines) {
    int dates = datesLine(doc, datesLabel);
    draft.title = doc.joined(0, Math.max(dates, 1));
    draft.onSite(Dates.run(doc.joined(dates, dates + 2)), at(doc, dates));
    int published = doc.find(publishedLabel, 0, headLines);
    if (published >= 0) {
      java.util.List<java.time.LocalDate> d = Dates.run(doc.get(published).text());
      if (!d.isEmpty()) {
        draft.issued = d.get(0);
        draft.printedDateIsPublication = true;
      }
    }
    return dates;
  }

  /**
   * Finds the line holding the on-site dates: the first line near the top that starts with the
   * layout's label, else the first line near the top holding a date that is not a publication
   * date; -1 when there is none.
   */
  static int datesLine(TextDocument doc, Pattern label) {
    int found = doc.find(label, 0);
    if (found >= 0) {
      return found;
    }
    for (int i = 0; i < Math.min(doc.size(), DATE_SEARCH); i++) {
      Line l = doc.get(i);
      if (!l.lower().contains("publish") && !Dates.run(l.text()).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the joined text of the first lines of the document, folded to lower case. */
  static String head(TextDocument doc, int lines) {
    return TextDocument.fold(doc.joined(0, lines));
  }
}
