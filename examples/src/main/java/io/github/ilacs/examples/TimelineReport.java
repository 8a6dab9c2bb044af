package io.github.ilacs.examples;

import io.github.ilacs.Coverage;
import io.github.ilacs.Finding;
import io.github.ilacs.Grade;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.Judgement;
import io.github.ilacs.pathway.Deadline;
import io.github.ilacs.pathway.ExpectedActivity;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.Reason;
import io.github.ilacs.rules.Violation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Renders a history as plain text: each activity with its grades and findings, then the
 * history's validation errors (before any forecast), the pathway as of a date, the next full
 * inspection, interim activity and open deadlines, each with the codes of its reasons, and the
 * reasons used.
 */
public final class TimelineReport {
  private TimelineReport() {}

  /**
   * Renders a history as of a date.
   *
   * @param history the history, not null
   * @param asOf the date to answer for, not null
   * @return the text, ending with a line break
   */
  public static String of(InspectionHistory history, LocalDate asOf) {
    return of(history, asOf, false);
  }

  /**
   * Renders a history as of a date, with grades and overdue answers coloured for a terminal
   * when asked (ANSI escape sequences; the words are the same either way).
   *
   * @param history the history, not null
   * @param asOf the date to answer for, not null
   * @param colour whether to colour the text for a terminal
   * @return the text, ending with a line break
   */
  public static String of(InspectionHistory history, LocalDate asOf, boolean colour) {
    StringBuilder sb = new StringBuilder();
    sb.append(history.authority().name()).append(" (DfE code ")
        .append(history.authority().code()).append("), as of ").append(asOf).append('\n');
    sb.append('\n').append("Timeline").append('\n');
    for (Inspection i : history.chronological()) {
      sb.append("  ").append(i.start()).append(" to ").append(i.end()).append("  ")
          .append(i.kind().title()).append(" (").append(i.framework()).append(')');
      i.published().ifPresent(p -> sb.append(", letter or report ").append(p));
      sb.append('\n');
      for (Judgement j : i.judgements()) {
        sb.append("      ").append(colour ? paint(j.grade(), grade(i, j)) : grade(i, j))
            .append('\n');
      }
      if (!i.findings().isEmpty()) {
        sb.append("      findings: ").append(countFindings(i)).append('\n');
      }
    }

    InspectionPathway pathway = InspectionPathway.of(history, asOf);
    if (!pathway.errors().isEmpty()) {
      sb.append('\n').append("Validation errors (the answers below may be wrong)").append('\n');
      for (Violation v : pathway.errors()) {
        sb.append("  ").append(v).append('\n');
      }
    }
    if (history.coverage() != Coverage.ALL_ACTIVITY) {
      sb.append('\n').append("The history holds ").append(history.coverage().description())
          .append(": other activity is not known from it.").append('\n');
    }
    sb.append('\n').append("Pathway: ").append(pathway.pathway().description())
        .append(codes(pathway.reasons())).append('\n');
    pathway.basis().ifPresent(b -> sb.append("  resting on the ").append(b.kind().title())
        .append(" of ").append(b.start()).append(" to ").append(b.end()).append('\n'));
    ExpectedActivity next = pathway.nextInspection();
    sb.append('\n').append("Next full inspection: ").append(next.kind().title())
        .append(", ").append(colour && next.overdue() ? BOLD_RED + next.status() + RESET
            : next.status().toString());
    next.overdueSince().ifPresent(d -> sb.append(" since ").append(d));
    pathway.pending().ifPresent(p -> sb.append(" (the ").append(p.kind().title())
        .append(" of ").append(p.start()).append(" awaits its report)"));
    sb.append('\n');
    sb.append("  window ").append(next.window().earliest()).append(" to ")
        .append(next.window().latest()).append(", expected about ")
        .append(next.window().expected()).append('\n');
    sb.append("  why:").append(codes(next.reasons())).append('\n');

    sb.append('\n').append("Interim activity").append('\n');
    if (pathway.interimActivities().isEmpty()) {
      sb.append("  none owed").append('\n');
    }
    for (ExpectedActivity a : pathway.interimActivities()) {
      sb.append("  ").append(a.kinds().stream().map(k -> k.title())
          .collect(Collectors.joining(" or "))).append(": ").append(a.status());
      a.satisfiedBy().ifPresent(s -> sb.append(" by the ").append(s.kind().title())
          .append(" of ").append(s.start()));
      a.overdueSince().ifPresent(d -> sb.append(" since ").append(d));
      if (a.satisfiedBy().isEmpty()) {
        sb.append(", expected ").append(a.window().earliest()).append(" to ")
            .append(a.window().latest());
      }
      sb.append(codes(a.reasons())).append('\n');
    }

    sb.append('\n').append("Open deadlines").append('\n');
    long open = pathway.deadlines().stream()
        .filter(d -> d.status() == Deadline.Status.OPEN).count();
    if (open == 0) {
      sb.append("  none").append('\n');
    }
    for (Deadline d : pathway.deadlines()) {
      if (d.status() == Deadline.Status.OPEN) {
        sb.append("  ").append(d.kind().title()).append(" due ").append(d.due()).append(" (")
            .append(d.workingDays()).append(" working days from ").append(d.from())
            .append(", counted from ").append(d.countedFrom().name().toLowerCase(Locale.ROOT))
            .append(')').append(codes(d.reasons())).append('\n');
      }
    }
    sb.append('\n').append("Reasons").append('\n');
    for (Reason r : used(pathway)) {
      sb.append("  ").append(r.code()).append(' ').append(r.statement()).append('\n');
    }
    return sb.toString();
  }

  private static final String RESET = "\u001B[0m";
  private static final String BOLD_RED = "\u001B[1;31m";

  /** A grade's words in its terminal colour: blue, green, yellow, red from best to worst. */
  private static String paint(Grade grade, String text) {
    String code = switch (grade) {
      case OUTSTANDING -> "\u001B[34m";
      case GOOD -> "\u001B[32m";
      case REQUIRES_IMPROVEMENT -> "\u001B[33m";
      case INADEQUATE -> "\u001B[31m";
    };
    return code + text + RESET;
  }

  private static String codes(List<Reason> reasons) {
    return reasons.stream().map(Reason::code).collect(Collectors.joining(" ", " [", "]"));
  }

  private static Set<Reason> used(InspectionPathway p) {
    Set<Reason> all = new TreeSet<>(Comparator.comparing(Reason::code));
    all.addAll(p.reasons());
    all.addAll(p.nextInspection().reasons());
    p.interimActivities().forEach(a -> all.addAll(a.reasons()));
    p.deadlines().forEach(d -> all.addAll(d.reasons()));
    return all;
  }

  private static String grade(Inspection i, Judgement j) {
    return i.framework().areaTitle(j.area()) + ": " + i.framework().label(j.grade());
  }

  private static String countFindings(Inspection i) {
    Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
    for (Finding f : i.findings()) {
      counts.merge(f.kind(), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .map(e -> e.getKey().title().toLowerCase(java.util.Locale.ROOT) + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
