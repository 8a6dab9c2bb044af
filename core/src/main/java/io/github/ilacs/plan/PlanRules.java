package io.github.ilacs.plan;

import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Inspection;
import io.github.ilacs.pathway.Deadline;
import io.github.ilacs.pathway.InspectionPathway;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks behind the {@link PlanRule} catalogue, one method per rule; the catalogue binds
 * each to its rule.
 */
final class PlanRules {
  private PlanRules() {}

  /** Receives the violations one rule finds, as a path and a message. */
  @FunctionalInterface
  interface Sink {
    /**
     * Reports one violation.
     *
     * @param path the JSON pointer into the plan, empty or starting with {@code /}
     * @param message the message naming the values involved
     */
    void report(String path, String message);
  }

  /** Checks a plan, in its context, against one rule. */
  @FunctionalInterface
  interface Check {
    /**
     * Reports every place where the plan breaks the rule.
     *
     * @param c the plan with its history and policy
     * @param out where to report
     */
    void check(Context c, Sink out);
  }

  /** Whether a finding is one a plan must answer, and which of the two rules covers it. */
  static boolean needsAction(Finding f) {
    return f.kind().needsImprovement();
  }

  static void answered(Context c, Sink out, boolean priority) {
    List<Inspection> answers = c.plan().answers();
    for (int i = 0; i < answers.size(); i++) {
      Inspection inspection = answers.get(i);
      for (int f = 0; f < inspection.findings().size(); f++) {
        Finding finding = inspection.findings().get(f);
        boolean isPriority = finding.kind() == FindingKind.AREA_FOR_PRIORITY_ACTION;
        if (!needsAction(finding) || isPriority != priority) {
          continue;
        }
        FindingRef ref = FindingRef.to(inspection, f);
        if (c.plan().actionsFor(ref).isEmpty()) {
          out.report("/answers/" + i + "/findings/" + f, "no action "
              + "answers " + ref + ", the " + finding.kind().title().toLowerCase(Locale.ROOT)
              + " '" + finding.summary() + "'");
        }
      }
    }
  }

  static void submittedByDeadline(Context c, Sink out) {
    for (Inspection answered : c.plan().answers()) {
      LocalDate report = Context.reportDay(answered);
      Optional<LocalDate> sent = c.plan().sentAfter(report);
      if (sent.isEmpty()) {
        continue;
      }
      c.deadline(answered, Deadline.Kind.ACTION_PLAN, sent.get())
          .filter(d -> sent.get().isAfter(d.due()))
          .ifPresent(d -> out.report(
              sent.equals(c.plan().submitted()) ? "/submitted" : "/revised",
              "sent " + sent.get() + ", after the action plan deadline " + d.due() + " ("
                  + d.workingDays() + " working days from " + d.from() + ", the report of the "
                  + answered.kind() + " of " + answered.start() + ")"));
    }
  }

  static void earlyDraftByDeadline(Context c, Sink out) {
    for (Inspection answered : c.plan().answers()) {
      Optional<LocalDate> draft = c.draftAfter(Context.reportDay(answered));
      if (draft.isEmpty()) {
        continue;
      }
      c.deadline(answered, Deadline.Kind.EARLY_DRAFT_ACTION_PLAN, draft.get())
          .filter(d -> draft.get().isAfter(d.due()))
          .ifPresent(d -> out.report(
              draft.equals(c.plan().drafted()) ? "/drafted" : "/submitted",
              "first draft " + draft.get() + ", after the early draft deadline " + d.due()
                  + " (" + d.workingDays() + " working days from the letter of " + d.from()
                  + " naming areas for priority action)"));
    }
  }

  static void dueWithinWindow(Context c, Sink out) {
    LocalDate asOf = c.plan().answers().stream().map(Context::reportDay)
        .max(LocalDate::compareTo).orElseThrow();
    LocalDate closes = InspectionPathway.of(c.history(), asOf, c.policy()).nextInspection()
        .window().latest();
    List<Action> actions = c.plan().actions();
    for (int i = 0; i < actions.size(); i++) {
      Action a = actions.get(i);
      if (a.due().isAfter(closes) && a.dueReason().isEmpty()) {
        out.report("/actions/" + i + "/due", a.id() + " is due "
            + a.due() + ", after the next full inspection's window closes on " + closes
            + " (forecast as of " + asOf + "), and gives no dueReason");
      }
    }
  }

  static void progressAtCadence(Context c, Sink out) {
    ImprovementPlan plan = c.plan();
    if (plan.cadence().isEmpty() || plan.submitted().isEmpty()) {
      return;
    }
    int months = plan.cadence().get().months();
    LocalDate previous = plan.submitted().get();
    for (int i = 0; i < plan.progressReports().size(); i++) {
      LocalDate report = plan.progressReports().get(i);
      LocalDate due = previous.plusMonths(months);
      if (report.isAfter(due)) {
        out.report("/progressReports/" + i, "report of " + report
            + " came after " + due + ", " + months + " months after the "
            + (i == 0 ? "submission" : "previous report") + " of " + previous);
      }
      previous = report;
    }
  }

  static void completedActionDated(Context c, Sink out) {
    List<Action> actions = c.plan().actions();
    for (int i = 0; i < actions.size(); i++) {
      Action a = actions.get(i);
      Optional<ProgressUpdate> last = a.updates().isEmpty() ? Optional.empty()
          : Optional.of(a.updates().get(a.updates().size() - 1));
      if (last.isPresent() && last.get().status() == ProgressStatus.COMPLETE
          && a.completed().isEmpty()) {
        out.report("/actions/" + i + "/completed", a.id()
            + " is marked complete by the update of " + last.get().date()
            + " but has no completion date");
      }
    }
  }
}
