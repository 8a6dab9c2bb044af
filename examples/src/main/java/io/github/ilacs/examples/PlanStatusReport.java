package io.github.ilacs.examples;

import io.github.ilacs.Finding;
import io.github.ilacs.Inspection;
import io.github.ilacs.plan.Action;
import io.github.ilacs.plan.FindingRef;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.plan.PlanProgress;
import io.github.ilacs.plan.PlanReport;
import io.github.ilacs.plan.PlanViolation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Renders where an improvement plan stands on a day as plain text: what it answers, its
 * deadlines, what is overdue or at risk, findings with no action, findings that came back after
 * a completed action, the next progress report, and the plan rules it breaks.
 */
public final class PlanStatusReport {
  private PlanStatusReport() {}

  /**
   * Renders a plan's progress and the report of its rules.
   *
   * @param progress where the plan stands on a day, not null
   * @param rules the plan's rule report, not null
   * @return the text, ending with a line break
   */
  public static String of(PlanProgress progress, PlanReport rules) {
    ImprovementPlan plan = progress.plan();
    LocalDate asOf = progress.asOf();
    StringBuilder sb = new StringBuilder();
    sb.append("Improvement plan of ").append(plan.authority().name()).append(" (DfE code ")
        .append(plan.authority().code()).append("), as of ").append(asOf).append('\n');
    sb.append("  answers:").append('\n');
    for (Inspection i : plan.answers()) {
      sb.append("    ").append(i.kind().title()).append(" of ").append(i.start())
          .append(" to ").append(i.end());
      i.published().ifPresent(p -> sb.append(", letter or report ").append(p));
      sb.append('\n');
    }
    sb.append("  drafted ").append(day(plan.drafted(), asOf)).append("; submitted ")
        .append(day(plan.submitted(), asOf)).append("; revision ")
        .append(day(plan.revised(), asOf)).append('\n');
    plan.note().ifPresent(n -> sb.append("  note: ").append(n).append('\n'));

    sb.append('\n').append("Deadlines").append('\n');
    if (progress.deadlines().isEmpty()) {
      sb.append("  none running").append('\n');
    }
    for (PlanProgress.PlanDeadline d : progress.deadlines()) {
      sb.append("  ").append(d.deadline().kind().title()).append(": due ")
          .append(d.deadline().due()).append(" (").append(d.deadline().workingDays())
          .append(" working days from ").append(d.deadline().from()).append("); ")
          .append(d.met().map(m -> "met " + m + (d.metLate() ? ", late" : ""))
              .orElse(asOf.isAfter(d.deadline().due()) ? "not met, OVERDUE" : "not yet met"))
          .append('\n');
    }

    sb.append('\n').append("Overdue").append('\n');
    if (progress.overdue().isEmpty()) {
      sb.append("  nothing").append('\n');
    }
    for (PlanProgress.Overdue o : progress.overdue()) {
      sb.append("  ").append(o.item()).append(' ').append(o.what()).append(", due ")
          .append(o.due()).append('\n');
    }

    sb.append('\n').append("Actions").append('\n');
    for (Action a : plan.actions()) {
      sb.append("  ").append(a.id()).append(' ').append(a.statusOn(asOf).title())
          .append(", due ").append(a.due()).append(", owner ").append(a.owner()).append('\n');
    }
    if (plan.actions().isEmpty()) {
      sb.append("  none").append('\n');
    }
    sb.append("  at risk or off track: ").append(progress.atRisk().isEmpty() ? "none"
        : String.join(", ", progress.atRisk().stream().map(Action::id).toList())).append('\n');

    sb.append('\n').append("Findings with no action").append('\n');
    if (progress.unanswered().isEmpty()) {
      sb.append("  none").append('\n');
    }
    for (FindingRef r : progress.unanswered()) {
      Finding f = plan.inspection(r).flatMap(r::in).orElseThrow();
      sb.append("  ").append(r).append(' ').append(f.kind().title()).append(": ")
          .append(f.summary()).append('\n');
    }

    sb.append('\n').append("Raised again after a completed action").append('\n');
    if (progress.recurring().isEmpty()) {
      sb.append("  none").append('\n');
    }
    for (PlanProgress.Recurrence r : progress.recurring()) {
      sb.append("  ").append(r.action()).append(" (").append(r.answered())
          .append("), complete since ").append(r.completeSince()).append(": ")
          .append(r.theme()).append(" raised again by the ").append(r.later().kind().title())
          .append(" of ").append(r.later().start()).append('\n');
    }

    sb.append('\n').append("Next progress report: ");
    if (plan.cadence().isEmpty()) {
      sb.append("none promised");
    } else if (progress.nextProgressReport().isEmpty()) {
      sb.append("every ").append(plan.cadence().get().months()).append(" months to ")
          .append(plan.cadence().get().to()).append(", counted from the submission, which is ")
          .append("not recorded by then");
    } else {
      LocalDate next = progress.nextProgressReport().get();
      sb.append("due ").append(next).append(" to ").append(plan.cadence().get().to())
          .append(asOf.isAfter(next) ? " (OVERDUE)" : " (not yet due)");
    }
    sb.append('\n');

    sb.append('\n').append("Plan rules").append('\n');
    if (rules.isClean()) {
      sb.append("  no violations").append('\n');
    }
    for (PlanViolation v : rules.violations()) {
      sb.append("  ").append(v).append('\n');
    }
    return sb.toString();
  }

  private static String day(Optional<LocalDate> d, LocalDate asOf) {
    return d.filter(x -> !x.isAfter(asOf)).map(LocalDate::toString).orElse("not recorded");
  }
}
