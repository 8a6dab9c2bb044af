package io.github.ilacs.examples.bench;

import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Fictional histories of any length, for measuring how validation grows with the number of
 * activities: one with a new activity every few days, and one with every activity on the same
 * day (the worst case for the overlap rule R603).
 */
public final class LongHistories {
  private static final LocalAuthority AUTHORITY = LocalAuthority.of("Longshire", "999");
  /** A Monday early enough for 10,000 weekly activities to end before 2199. */
  private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);

  private LongHistories() {}

  /**
   * A history of {@code size} activities (at most 10,000) under ILACS 2018, one a week from
   * 1990, none overlapping: a two-week standard inspection every 20th activity (graded
   * inadequate or good in turn), and between them monitoring visits, short inspections and
   * engagement meetings, so that the history rules (R601 to R605) all have work to do. Dates
   * before the framework came into force give R101 errors, as many as the validator lists.
   *
   * @param size how many activities, 1 to 10,000
   * @return the history
   */
  public static InspectionHistory spread(int size) {
    List<Inspection> list = new ArrayList<>(size);
    long week = 0;
    for (int n = 0; n < size; n++) {
      LocalDate monday = FIRST.plusWeeks(week);
      if (n % 20 == 0) {
        list.add(graded(InspectionKind.STANDARD_INSPECTION, monday,
            n % 40 == 0 ? Grade.INADEQUATE : Grade.GOOD));
        week += 2;
        continue;
      }
      if (n % 3 == 0) {
        list.add(activity(InspectionKind.MONITORING_VISIT, monday));
      } else if (n % 3 == 1) {
        list.add(graded(InspectionKind.SHORT_INSPECTION, monday, Grade.GOOD));
      } else {
        list.add(activity(InspectionKind.ANNUAL_ENGAGEMENT_MEETING, monday));
      }
      week++;
    }
    return InspectionHistory.of(AUTHORITY, list);
  }

  /**
   * A history of {@code size} annual engagement meetings, all on 4 June 2019.
   *
   * @param size how many meetings, at least 1
   * @return the history
   */
  public static InspectionHistory sameDay(int size) {
    Inspection meeting = activity(InspectionKind.ANNUAL_ENGAGEMENT_MEETING,
        LocalDate.of(2019, 6, 4));
    List<Inspection> list = new ArrayList<>(size);
    for (int n = 0; n < size; n++) {
      list.add(meeting);
    }
    return InspectionHistory.of(AUTHORITY, list);
  }

  private static Inspection activity(InspectionKind kind, LocalDate start) {
    return Inspection.builder().authority(AUTHORITY).framework(Framework.ILACS_2018).kind(kind)
        .start(start).end(start.plusDays(kind.minOnSiteDays() - 1L)).build();
  }

  private static Inspection graded(InspectionKind kind, LocalDate monday, Grade grade) {
    Inspection.Builder b = Inspection.builder().authority(AUTHORITY)
        .framework(Framework.ILACS_2018).kind(kind).start(monday)
        .end(monday.plusDays(kind == InspectionKind.SHORT_INSPECTION ? 4 : 11))
        .published(monday.plusDays(60));
    for (JudgementArea area : Framework.ILACS_2018.gradedAreas()) {
      b.judgement(area, grade);
    }
    return b.build();
  }
}
