package io.github.ilacs.json;

import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.Judgement;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Source;
import io.github.ilacs.Theme;
import io.github.ilacs.Trend;
import io.github.ilacs.compare.Comparison;
import io.github.ilacs.compare.Distribution;
import io.github.ilacs.compare.Group;
import io.github.ilacs.compare.LatestGrade;
import io.github.ilacs.compare.Position;
import io.github.ilacs.compare.Standing;
import io.github.ilacs.pathway.ActivityStatus;
import io.github.ilacs.pathway.Deadline;
import io.github.ilacs.pathway.ExpectedActivity;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.Pathway;
import io.github.ilacs.pathway.Window;
import io.github.ilacs.plan.Action;
import io.github.ilacs.plan.FindingRef;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.plan.Milestone;
import io.github.ilacs.plan.PlanProgress;
import io.github.ilacs.plan.PlanReport;
import io.github.ilacs.plan.PlanRule;
import io.github.ilacs.plan.PlanViolation;
import io.github.ilacs.plan.ProgressStatus;
import io.github.ilacs.plan.ProgressUpdate;
import io.github.ilacs.plan.ReportingCadence;
import io.github.ilacs.rules.Rule;
import io.github.ilacs.rules.Severity;
import io.github.ilacs.rules.ValidationReport;
import io.github.ilacs.rules.Violation;
import java.util.function.Consumer;

/** Which types the format reads and writes, and with which readers and writers. */
final class Catalogue {
  private final Consumer<ValueReader<?>> readers;
  private final Consumer<ValueWriter<?>> writers;

  private Catalogue(Consumer<ValueReader<?>> readers, Consumer<ValueWriter<?>> writers) {
    this.readers = readers;
    this.writers = writers;
  }

  /** Hands every reader and writer of the format to the given sinks, in a stable order. */
  static void register(Consumer<ValueReader<?>> readers, Consumer<ValueWriter<?>> writers) {
    new Catalogue(readers, writers).all();
  }

  private void all() {
    value(InspectionHistory.class, "an inspection history object", Readers::history,
        Writers::history);
    value(Inspection.class, "an inspection object", Readers::inspection, Writers::inspection);
    value(LocalAuthority.class, "an authority object", Readers::authority, Writers::authority);
    value(Source.class, "a source object", Readers::source, Writers::source);
    value(Judgement.class, "a judgement object", Readers::judgement, Writers::judgement);
    value(Finding.class, "a finding object", Readers::finding, Writers::finding);
    enumeration(Framework.class);
    enumeration(InspectionKind.class);
    enumeration(JudgementArea.class);
    enumeration(FindingKind.class);
    enumeration(Theme.class);
    enumeration(Trend.class);
    writer(ValidationReport.class, ReportWriters::report);
    writer(Violation.class, ReportWriters::violation);
    names(Rule.class);
    names(Severity.class);
    writer(InspectionPathway.class, PathwayWriters::pathway);
    writer(ExpectedActivity.class, PathwayWriters::activity);
    writer(Window.class, PathwayWriters::window);
    writer(Deadline.class, PathwayWriters::deadline);
    writer(Comparison.class, ComparisonWriters::comparison);
    writer(Standing.class, ComparisonWriters::standing);
    writer(LatestGrade.class, ComparisonWriters::latestGrade);
    writer(Distribution.class, ComparisonWriters::distribution);
    writer(Position.class, ComparisonWriters::position);
    names(Pathway.class);
    names(ActivityStatus.class);
    names(Deadline.Kind.class);
    names(Deadline.Status.class);
    value(ImprovementPlan.class, "an improvement plan object", PlanReaders::plan,
        PlanWriters::plan);
    value(Action.class, "an action object", PlanReaders::action, PlanWriters::action);
    value(FindingRef.class, "a finding reference object", PlanReaders::findingRef,
        PlanWriters::findingRef);
    value(Milestone.class, "a milestone object", PlanReaders::milestone,
        PlanWriters::milestone);
    value(ProgressUpdate.class, "a progress update object", PlanReaders::update,
        PlanWriters::update);
    value(ReportingCadence.class, "a reporting cadence object", PlanReaders::cadence,
        PlanWriters::cadence);
    enumeration(ProgressStatus.class);
    writer(PlanReport.class, ReportWriters::planReport);
    writer(PlanProgress.class, PlanWriters::progress);
    writer(PlanViolation.class, ReportWriters::planViolation);
    names(PlanRule.class);
    names(Grade.class);
    names(LatestGrade.Status.class);
    names(Group.class);
    readers.accept(new ValueReader<>(Grade.class, Readers.ANY_GRADE, Readers::grade));
  }

  private <T> void value(Class<T> type, String expected, JsonIn.Element<T> reader,
      ValueWriter.Body<T> writer) {
    readers.accept(new ValueReader<>(type, expected, reader));
    writer(type, writer);
  }

  private <T> void writer(Class<T> type, ValueWriter.Body<T> writer) {
    writers.accept(new ValueWriter<>(type, writer));
  }

  /** Writes the enum's constants as their names. */
  private <E extends Enum<E>> void names(Class<E> type) {
    writer(type, (e, g) -> g.string(e.name()));
  }

  /** Writes the enum's constants as their names and reads them by exact name. */
  private <E extends Enum<E>> void enumeration(Class<E> type) {
    names(type);
    readers.accept(new ValueReader<>(type, JsonIn.oneOf(type), in -> in.enumValue(type)));
  }
}
