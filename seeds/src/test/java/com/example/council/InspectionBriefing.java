package com.example.council;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.pathway.ActivityStatus;
import io.github.ilacs.pathway.ExpectedActivity;
import io.github.ilacs.pathway.InspectionPathway;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for a downstream application: the one-page briefing a council's performance team
 * prepares for its director, built only on the public ilacs API.
 */
final class InspectionBriefing {
  private InspectionBriefing() {}

  /** The lines of the briefing for a history as of a date. */
  static List<String> lines(InspectionHistory history, LocalDate asOf) {
    InspectionPathway pathway = InspectionPathway.of(history, asOf);
    List<String> lines = new ArrayList<>();
    lines.add(history.authority().name() + ": " + pathway.pathway().description());
    ExpectedActivity next = pathway.nextInspection();
    lines.add("Next full inspection: " + next.kind().title() + ", most likely around "
        + next.window().expected() + " (" + next.status() + ")");
    for (ExpectedActivity a : pathway.interimActivities()) {
      if (a.status() != ActivityStatus.SATISFIED) {
        lines.add("Still to come: " + a.kind().title() + " (" + a.status() + ")");
      }
    }
    pathway.deadlines().stream()
        .filter(d -> d.status() == io.github.ilacs.pathway.Deadline.Status.OPEN)
        .forEach(d -> lines.add("Deadline: " + d.kind().title() + " by " + d.due()));
    if (pathway.overdue()) {
      lines.add("ALERT: something Ofsted expected is overdue");
    }
    return List.copyOf(lines);
  }
}
