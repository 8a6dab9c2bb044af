package io.github.ilacs.rules;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.Grade;
import io.github.ilacs.rules.Checks.Sink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The checking logic of the rules that look across a history's inspections. Paths name an
 * inspection by its index in {@link InspectionHistory#inspections()}, the order given.
 *
 * <p>The pathway rules (R604, R605) judge an activity by the grade that sets the pathway after
 * the latest full inspection that ended before it began, {@link Inspection#pathwayGrade()}: the
 * same answer the forecast gives under the default policy. A full inspection recorded without
 * grades sets no pathway, and then they say nothing. Which kinds are visits made only while
 * inadequate is the vocabulary's {@link InspectionKind.Role#WHILE_INADEQUATE}.
 */
final class HistoryRules {

  private HistoryRules() {}

  /** R601. */
  static void oneAuthority(InspectionHistory h, Sink out) {
    String code = h.authority().code();
    List<Inspection> list = h.inspections();
    for (int n = 0; n < list.size(); n++) {
      Inspection i = list.get(n);
      if (!i.authority().code().equals(code)) {
        out.report("/inspections/" + n + "/authority/code", "the " + i.kind() + " of "
            + i.start() + " is of " + i.authority().name() + " (" + i.authority().code()
            + "), not of the history's authority " + h.authority().name() + " (" + code + ")");
      }
    }
  }

  /** R602. */
  static void chronologicalOrder(InspectionHistory h, Sink out) {
    List<Inspection> list = h.inspections();
    for (int n = 1; n < list.size(); n++) {
      Inspection before = list.get(n - 1);
      Inspection i = list.get(n);
      if (InspectionHistory.BY_DATE.compare(before, i) > 0) {
        out.report("/inspections/" + n + "/start", "the " + i.kind() + " starting " + i.start()
            + " is listed after the " + before.kind() + " starting " + before.start()
            + " (/inspections/" + (n - 1) + ")");
      }
    }
  }

  /** How many members of an overlapping group an R603 message names before "and N more". */
  private static final int GROUP_MEMBERS_NAMED = 5;

  /**
   * R603: each group of activities whose days on site chain together reported once, at its
   * second member in date order, naming the first overlap and the group's extent. One pass
   * over the activities sorted by date: O(n log n).
   */
  static void noOverlappingActivity(InspectionHistory h, Sink out) {
    List<Inspection> list = h.inspections();
    Integer[] order = byDate(list);
    int first = 0;
    LocalDate groupEnd = null;
    for (int a = 0; a <= order.length; a++) {
      Inspection i = a < order.length ? list.get(order[a]) : null;
      if (i != null && groupEnd != null && !groupEnd.isBefore(i.start())) {
        if (i.end().isAfter(groupEnd)) {
          groupEnd = i.end();
        }
        continue;
      }
      if (a - first > 1) {
        reportGroup(list, order, first, a, groupEnd, out);
      }
      first = a;
      groupEnd = i == null ? null : i.end();
    }
  }

  /** The indices of the inspections in date order ({@link InspectionHistory#BY_DATE}). */
  private static Integer[] byDate(List<Inspection> list) {
    Integer[] order = new Integer[list.size()];
    for (int n = 0; n < order.length; n++) {
      order[n] = n;
    }
    Arrays.sort(order, Comparator.comparing(list::get, InspectionHistory.BY_DATE));
    return order;
  }

  private static void reportGroup(List<Inspection> list, Integer[] order, int from, int to,
      LocalDate groupEnd, Sink out) {
    Inspection earlier = list.get(order[from]);
    Inspection later = list.get(order[from + 1]);
    StringBuilder message = new StringBuilder("the ").append(later.kind()).append(" on site ")
        .append(later.start()).append(" to ").append(later.end()).append(" overlaps the ")
        .append(earlier.kind()).append(" on site ").append(earlier.start()).append(" to ")
        .append(earlier.end()).append(" (/inspections/").append(order[from]).append(')');
    int size = to - from;
    if (size > 2) {
      message.append("; ").append(size).append(" activities in all are on site between ")
          .append(earlier.start()).append(" and ").append(groupEnd).append(": ");
      int named = Math.min(size, GROUP_MEMBERS_NAMED);
      for (int k = 0; k < named; k++) {
        message.append(k == 0 ? "" : k == named - 1 && named == size ? " and " : ", ")
            .append("/inspections/").append(order[from + k]);
      }
      if (named < size) {
        message.append(" and ").append(size - named).append(" more");
      }
    }
    out.report("/inspections/" + order[from + 1] + "/start", message.toString());
  }

  /** R604. */
  static void monitoringOnlyWhileInadequate(InspectionHistory h, Sink out) {
    followsPathway(h, out, k -> k.hasRole(InspectionKind.Role.WHILE_INADEQUATE),
        g -> g == Grade.INADEQUATE,
        "; it only follows one judged INADEQUATE", ", not INADEQUATE");
  }

  /** R605. */
  static void shortOnlyAfterGood(InspectionHistory h, Sink out) {
    followsPathway(h, out, k -> k == InspectionKind.SHORT_INSPECTION,
        g -> g.isAtLeast(Grade.GOOD),
        "; a short inspection follows one judged GOOD or OUTSTANDING",
        "; a short inspection follows GOOD or OUTSTANDING");
  }

  /**
   * Reports each activity of the given kinds that follows no full inspection, or follows one
   * whose pathway grade is not one required; the rule's own words end each message.
   * The full inspection an activity follows is {@link InspectionHistory#lastFullInspection} as
   * of the day before it began, found by one sweep over the activities in order of their first
   * day and the full inspections in order of their last: O(n log n).
   */
  private static void followsPathway(InspectionHistory h, Sink out,
      Predicate<InspectionKind> kinds, Predicate<Grade> required, String whenNone,
      String whenOther) {
    List<Inspection> list = h.inspections();
    List<Inspection> chronological = h.chronological();
    List<Integer> fullByEnd = new ArrayList<>();
    for (int k = 0; k < chronological.size(); k++) {
      if (chronological.get(k).setsPathway()) {
        fullByEnd.add(k);
      }
    }
    fullByEnd.sort(Comparator.comparing(k -> chronological.get(k).end()));
    Integer[] order = byDate(list);
    int next = 0;
    int latest = -1;
    for (Integer n : order) {
      Inspection i = list.get(n);
      while (next < fullByEnd.size()
          && chronological.get(fullByEnd.get(next)).end().isBefore(i.start())) {
        latest = Math.max(latest, fullByEnd.get(next));
        next++;
      }
      if (!kinds.test(i.kind())) {
        continue;
      }
      String path = "/inspections/" + n + "/kind";
      String what = "the " + i.kind() + " of " + i.start();
      if (latest < 0) {
        out.report(path, what + " follows no full inspection in the history" + whenNone);
      } else {
        Inspection basis = chronological.get(latest);
        Optional<Grade> result = basis.pathwayGrade();
        if (result.isPresent() && !required.test(result.get())) {
          out.report(path, what + " follows the " + describe(basis, result.get()) + whenOther);
        }
      }
    }
  }

  private static String describe(Inspection full, Grade result) {
    String what = full.overallEffectiveness()
        .map(g -> "overall " + g)
        .orElse("no overall grade; its grades count as " + result);
    return full.framework() + " " + full.kind() + " of " + full.start() + " to " + full.end()
        + " (" + what + ")";
  }
}
