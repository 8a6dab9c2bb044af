package io.github.ilacs.reports;

import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.Theme;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a layout has read so far from one document; the reader turns it into an inspection.
 */
final class Draft {
  /** One finding as read: its kind, the document's words and the line it starts on. */
  record RawFinding(FindingKind kind, String text, Line first) {}

  @Nullable InspectionKind kind;
  @Nullable LocalDate start;
  @Nullable LocalDate end;
  @Nullable LocalDate issued;
  /** Whether the printed date is the publication date (a report's "published" line). */
  boolean printedDateIsPublication;
  /** The focus of a focused visit, where the letter says it. */
  @Nullable Theme focus;
  /** The words that name the authority, such as a report's title or a letter's heading. */
  String title = "";
  final Map<JudgementArea, Grade> judgements = new LinkedHashMap<>();
  final List<RawFinding> findings = new ArrayList<>();
  final List<ReadWarning> warnings = new ArrayList<>();

  /** Records a warning about a line. */
  void warn(Line where, String message) {
    warnings.add(new ReadWarning(Math.max(1, where.page()), Math.max(1, where.number()),
        message));
  }

  /** Records the on-site dates read from a run of dates: the first and the last. */
  void onSite(List<LocalDate> dates, Line where) {
    if (dates.isEmpty()) {
      warn(where, "no on-site dates could be read here");
      return;
    }
    LocalDate first = dates.get(0);
    LocalDate last = dates.get(dates.size() - 1);
    if (last.isBefore(first)) {
      warn(where, "the on-site dates run backwards (" + first + " then " + last
          + "); the earlier is taken as the start");
      LocalDate t = first;
      first = last;
      last = t;
    }
    start = first;
    end = last;
  }

  /** Returns the framework in force on the start date for the kind, once both are known. */
  Optional<Framework> framework() {
    if (kind == null || start == null) {
      return Optional.empty();
    }
    return Framework.inForceOn(start, kind);
  }

  /** Returns the number of weekdays from start to end, both included; 0 when unknown. */
  int weekdaysOnSite() {
    if (start == null || end == null) {
      return 0;
    }
    int n = 0;
    for (LocalDate d = start; !d.isAfter(end); d = d.plus(1, ChronoUnit.DAYS)) {
      if (d.getDayOfWeek().getValue() <= 5) {
        n++;
      }
    }
    return n;
  }

  /** Adds the items of a list as findings of one kind. */
  void addFindings(FindingKind findingKind, List<Items.Item> items) {
    for (Items.Item item : items) {
      findings.add(new RawFinding(findingKind, item.text(), item.first()));
    }
  }
}
