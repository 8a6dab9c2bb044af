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
import java.util.function.Consumer;

/** The checks behind the {@link PlanRule} catalogue, one method per rule. */
final class PlanRules {
  private PlanRules() {}

  static void check(PlanRule rule, Context c, Consumer<PlanViolation> out) {
    switch (rule) {
      case PRIORITY_ACTIONS_ANSWERED -> answered(rule, c, out, true);
      case FINDINGS_ANSWERED -> answered(rule, c, out, false);
      case SUBMITTED_BY_DEADLINE -> submittedByDeadline(rule, c, out);
      case EARLY_DRAFT_BY_DEADLINE -> earlyDraftByDeadline(rule, c, out);
      case DUE_WITHIN_NEXT_INSPECTION_WINDOW -> dueWithinWindow(rule, c, out);
      case PROGRESS_AT_CADENCE -> progressAtCadence(rule, c, out);
      case COMPLETED_ACTION_DATED -> completedActionDated(rule, c, out);
      default -> throw new IllegalStateException("no check for " + rule);
    }
  }

  /** Whether a finding is one a plan must answer, and which of the two rules covers it. */
  static boolean needsAction(Finding f) {
    return f.kind().needsImprovement();
  }

  private static void answered(PlanRule rule, Context c, Consumer<PlanViolation> out,
      boolean priority) {
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
          out.accept(new PlanViolation(rule, "/answers/" + i + "/findings/" + f, "no action "
              + "answers " + ref + ", the " + finding.kind().title().toLowerCase(Locale.ROOT)
              + " '" + finding.summary() + "'"));
        }
      }
    }
  }

  private static void submittedByDeadline(PlanRule rule, Context c,
      Consumer<PlanViolation> out) {
    for (Inspection answered : c.plan().answers()) {
      LocalDate report = Context.reportDay(answered);
      Optional<LocalDate> sent = c.plan().sentAfter(report);
      if (sent.isEmpty()) {
        continue;
      }
      c.deadline(answered, Deadline.Kind.ACTION_PLAN, sent.get())
          .filter(d -> sent.get().isAfter(d.due()))
          .ifPresent(d -> out.accept(new PlanViolation(rule,
              sent.equals(c.plan().submitted()) ? "/submitted" : "/revised",
              "sent " + sent.get() + ", after the action plan deadline " + d.due() + " ("
                  + d.workingDays() + " working days from " + d.from() + ", the report of the "
                  + answered.kind() + " of " + answered.start() + ")")));
    }
  }

  private static void earlyDraftByDeadline(PlanRule rule, Context c,
      Consumer<PlanViolation> out) {
    for (Inspection answered : c.plan().answers()) {
      Optional<LocalDate> draft = c.draftAfter(Context.reportDay(answered));
      if (draft.isEmpty()) {
        continue;
      }
      c.deadline(answered, Deadline.Kind.EARLY_DRAFT_ACTION_PLAN, draft.get())
          .filter(d -> draft.get().isAfter(d.due()))
          .ifPresent(d -> out.accept(new PlanViolation(rule,
              draft.equals(c.plan().drafted()) ? "/drafted" : "/submitted",
              "first draft " + draft.get() + ", after the early draft deadline " + d.due()
                  + " (" + d.workingDays() + " working days from the letter of " + d.from()
                  + " naming areas for priority action)")));
    }
  }

  private static void dueWithinWindow(PlanRule rule, Context c, Consumer<PlanViolation> out) {
    LocalDate asOf = c.plan().answers().stream().map(Context::reportDay)
        .max(LocalDate::compareTo).orElseThrow();
    LocalDate closes = InspectionPathway.of(c.history(), asOf, c.policy()).nextInspection()
        .window().latest();
    List<Action> actions = c.plan().actions();
    for (int i = 0; i < actions.size(); i++) {
      Action a = actions.get(i);
      if (a.due().isAfter(closes) && a.dueReason().isEmpty()) {
        out.accept(new PlanViolation(rule, "/actions/" + i + "/due", a.id() + " is due "
            + a.due() + ", after the next full inspection's window closes on " + closes
            + " (forecast as of " + asOf + "), and gives no dueReason"));
      }
    }
  }

  private static void progressAtCadence(PlanRule rule, Context c, Consumer<PlanViolation> out) {
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
        out.accept(new PlanViolation(rule, "/progressReports/" + i, "report of " + report
            + " came after " + due + ", " + months + " months after the "
            + (i == 0 ? "submission" : "previous report") + " of " + previous));
      }
      previous = report;
    }
  }

  private static void completedActionDated(PlanRule rule, Context c,
      Consumer<PlanViolation> out) {
    List<Action> actions = c.plan().actions();
    for (int i = 0; i < actions.size(); i++) {
      Action a = actions.get(i);
      Optional<ProgressUpdate> last = a.updates().isEmpty() ? Optional.empty()
          : Optional.of(a.updates().get(a.updates().size() - 1));
      if (last.isPresent() && last.get().status() == ProgressStatus.COMPLETE
          && a.completed().isEmpty()) {
        out.accept(new PlanViolation(rule, "/actions/" + i + "/completed", a.id()
            + " is marked complete by the update of " + last.get().date()
            + " but has no completion date"));
      }
    }
  }
}
