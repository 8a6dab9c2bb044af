package io.github.ilacs.rules;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.Grade;
import io.github.ilacs.rules.Checks.Sink;
import java.util.ArrayList;
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

  /** R603: each overlapping pair once, at the later of the two. */
  static void noOverlappingActivity(InspectionHistory h, Sink out) {
    List<Inspection> list = h.inspections();
    List<Integer> order = new ArrayList<>();
    for (int n = 0; n < list.size(); n++) {
      order.add(n);
    }
    order.sort(Comparator.comparing(list::get, InspectionHistory.BY_DATE));
    for (int a = 0; a < order.size(); a++) {
      Inspection later = list.get(order.get(a));
      for (int b = 0; b < a; b++) {
        Inspection earlier = list.get(order.get(b));
        if (!earlier.end().isBefore(later.start())) {
          out.report("/inspections/" + order.get(a) + "/start", "the " + later.kind()
              + " on site " + later.start() + " to " + later.end() + " overlaps the "
              + earlier.kind() + " on site " + earlier.start() + " to " + earlier.end()
              + " (/inspections/" + order.get(b) + ")");
        }
      }
    }
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
   */
  private static void followsPathway(InspectionHistory h, Sink out,
      Predicate<InspectionKind> kinds, Predicate<Grade> required, String whenNone,
      String whenOther) {
    List<Inspection> list = h.inspections();
    for (int n = 0; n < list.size(); n++) {
      Inspection i = list.get(n);
      if (!kinds.test(i.kind())) {
        continue;
      }
      Optional<Inspection> basis = h.lastFullInspection(i.start().minusDays(1));
      String path = "/inspections/" + n + "/kind";
      String what = "the " + i.kind() + " of " + i.start();
      if (basis.isEmpty()) {
        out.report(path, what + " follows no full inspection in the history" + whenNone);
      } else {
        Optional<Grade> result = basis.get().pathwayGrade();
        if (result.isPresent() && !required.test(result.get())) {
          out.report(path, what + " follows the " + describe(basis.get(), result.get())
              + whenOther);
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
