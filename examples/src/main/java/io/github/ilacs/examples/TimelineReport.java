package io.github.ilacs.examples;

import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.Judgement;
import io.github.ilacs.pathway.Deadline;
import io.github.ilacs.pathway.ExpectedActivity;
import io.github.ilacs.pathway.InspectionPathway;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a history as plain text: each activity with its grades and findings, then the
 * pathway as of a date, the next full inspection, interim activity and open deadlines.
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
        sb.append("      ").append(grade(i, j)).append('\n');
      }
      if (!i.findings().isEmpty()) {
        sb.append("      findings: ").append(countFindings(i)).append('\n');
      }
    }

    InspectionPathway pathway = InspectionPathway.of(history, asOf);
    sb.append('\n').append("Pathway: ").append(pathway.pathway().description()).append('\n');
    pathway.basis().ifPresent(b -> sb.append("  resting on the ").append(b.kind().title())
        .append(" of ").append(b.start()).append(" to ").append(b.end()).append('\n'));
    ExpectedActivity next = pathway.nextInspection();
    sb.append('\n').append("Next full inspection: ").append(next.kind().title())
        .append(", ").append(next.status()).append('\n');
    sb.append("  window ").append(next.window().earliest()).append(" to ")
        .append(next.window().latest()).append(", expected about ")
        .append(next.window().expected()).append('\n');
    sb.append("  why: ").append(next.reason()).append('\n');

    sb.append('\n').append("Interim activity").append('\n');
    if (pathway.interimActivities().isEmpty()) {
      sb.append("  none owed").append('\n');
    }
    for (ExpectedActivity a : pathway.interimActivities()) {
      sb.append("  ").append(a.kinds().stream().map(k -> k.title())
          .collect(Collectors.joining(" or "))).append(": ").append(a.status());
      a.satisfiedBy().ifPresent(s -> sb.append(" by the ").append(s.kind().title())
          .append(" of ").append(s.start()));
      sb.append('\n').append("    ").append(a.reason()).append('\n');
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
            .append("): ").append(d.basis()).append('\n');
      }
    }
    return sb.toString();
  }

  private static String grade(Inspection i, Judgement j) {
    return j.area().title() + ": " + i.framework().label(j.grade());
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
