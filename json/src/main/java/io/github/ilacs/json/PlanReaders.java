package io.github.ilacs.json;

import io.github.ilacs.InspectionKind;
import io.github.ilacs.InvalidInspectionException;
import io.github.ilacs.plan.Action;
import io.github.ilacs.plan.FindingRef;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.plan.Milestone;
import io.github.ilacs.plan.ProgressStatus;
import io.github.ilacs.plan.ProgressUpdate;
import io.github.ilacs.plan.ReportingCadence;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The readers of improvement plans, in the style of {@link Readers}: each reads the whole
 * object, checks its required properties, then builds the value through the core's builder, so
 * a broken invariant becomes a {@link JsonProblemException} naming its pointer and code.
 */
final class PlanReaders {
  static final List<String> FINDING_REF = List.of("inspectionKind", "inspectionStart",
      "finding");
  static final List<String> MILESTONE = List.of("what", "due", "reached");
  static final List<String> UPDATE = List.of("date", "status", "note");
  static final List<String> CADENCE = List.of("months", "to");
  static final List<String> ACTION = List.of("id", "answers", "what", "owner", "due",
      "dueReason", "milestones", "updates", "completed");
  static final List<String> PLAN = List.of("authority", "answers", "drafted", "submitted",
      "revised", "cadence", "progressReports", "actions", "note", "source");

  private static final String TEXT = Readers.TEXT;
  private static final String POSITION = "a finding's position, a whole number from 0";
  private static final String MONTHS = "a whole number of months from 1 to "
      + ReportingCadence.MAX_MONTHS;

  private PlanReaders() {}

  /** Fails for the first required property not seen, in the order given. */
  private static void required(JsonIn in, Class<?> type, Object at, Set<String> seen,
      String... namesAndExpected) throws IOException {
    for (int i = 0; i < namesAndExpected.length; i += 2) {
      if (!seen.contains(namesAndExpected[i])) {
        throw in.missing(type, at, namesAndExpected[i], namesAndExpected[i + 1]);
      }
    }
  }

  /** Builds the value; a broken invariant becomes a problem at the object's place. */
  private static <T> T built(JsonIn in, Class<?> type, Object at, Supplier<T> build)
      throws IOException {
    try {
      return build.get();
    } catch (InvalidInspectionException e) {
      throw in.invariant(type, at, e);
    }
  }

  static FindingRef findingRef(JsonIn in) throws IOException {
    Class<?> type = FindingRef.class;
    FindingRef.Builder b = FindingRef.builder();
    Set<String> seen = new HashSet<>();
    Object at = in.object(type, "inspectionKind, inspectionStart, finding",
        FINDING_REF, name -> {
      switch (name) {
        case "inspectionKind" -> b.inspectionKind(in.enumValue(InspectionKind.class));
        case "inspectionStart" -> b.inspectionStart(in.date(type));
        case "finding" -> b.finding(in.integer(type, POSITION));
        default -> in.unknown(type, name, FINDING_REF);
      }
      seen.add(name);
    });
    required(in, type, at, seen, "inspectionKind", JsonIn.oneOf(InspectionKind.class),
        "inspectionStart", JsonIn.DATE_EXPECTED, "finding", POSITION);
    return built(in, type, at, b::build);
  }

  static Milestone milestone(JsonIn in) throws IOException {
    Class<?> type = Milestone.class;
    Milestone.Builder b = Milestone.builder();
    Set<String> seen = new HashSet<>();
    Object at = in.object(type, "what, due, reached", MILESTONE, name -> {
      switch (name) {
        case "what" -> b.what(in.text(type, TEXT));
        case "due" -> b.due(in.date(type));
        case "reached" -> b.reached(Optional.ofNullable(in.dateOrNull(type)));
        default -> in.unknown(type, name, MILESTONE);
      }
      seen.add(name);
    });
    required(in, type, at, seen, "what", TEXT, "due", JsonIn.DATE_EXPECTED);
    return built(in, type, at, b::build);
  }

  static ProgressUpdate update(JsonIn in) throws IOException {
    Class<?> type = ProgressUpdate.class;
    ProgressUpdate.Builder b = ProgressUpdate.builder();
    Set<String> seen = new HashSet<>();
    Object at = in.object(type, "date, status, note", UPDATE, name -> {
      switch (name) {
        case "date" -> b.date(in.date(type));
        case "status" -> b.status(in.enumValue(ProgressStatus.class));
        case "note" -> b.note(in.text(type, TEXT));
        default -> in.unknown(type, name, UPDATE);
      }
      seen.add(name);
    });
    required(in, type, at, seen, "date", JsonIn.DATE_EXPECTED, "status",
        JsonIn.oneOf(ProgressStatus.class), "note", TEXT);
    return built(in, type, at, b::build);
  }

  static ReportingCadence cadence(JsonIn in) throws IOException {
    Class<?> type = ReportingCadence.class;
    ReportingCadence.Builder b = ReportingCadence.builder();
    Set<String> seen = new HashSet<>();
    Object at = in.object(type, "months, to", CADENCE, name -> {
      switch (name) {
        case "months" -> b.months(in.integer(type, MONTHS));
        case "to" -> b.to(in.text(type, TEXT));
        default -> in.unknown(type, name, CADENCE);
      }
      seen.add(name);
    });
    required(in, type, at, seen, "months", MONTHS, "to", TEXT);
    return built(in, type, at, b::build);
  }

  static Action action(JsonIn in) throws IOException {
    Class<?> type = Action.class;
    Action.Builder b = Action.builder();
    Set<String> seen = new HashSet<>();
    Object at = in.object(type, "id, answers, what, owner, due, ...", ACTION,
        name -> {
      switch (name) {
        case "id" -> b.id(in.text(type, TEXT));
        case "answers" -> b.answers(in.list(type, "finding references",
            PlanReaders::findingRef));
        case "what" -> b.what(in.text(type, TEXT));
        case "owner" -> b.owner(in.text(type, TEXT));
        case "due" -> b.due(in.date(type));
        case "dueReason" -> b.dueReason(Optional.ofNullable(in.textOrNull(type, TEXT)));
        case "milestones" -> b.milestones(in.list(type, "milestone objects",
            PlanReaders::milestone));
        case "updates" -> b.updates(in.list(type, "progress update objects",
            PlanReaders::update));
        case "completed" -> b.completed(Optional.ofNullable(in.dateOrNull(type)));
        default -> in.unknown(type, name, ACTION);
      }
      seen.add(name);
    });
    required(in, type, at, seen, "id", TEXT, "answers", "an array of finding references",
        "what", TEXT, "owner", TEXT, "due", JsonIn.DATE_EXPECTED);
    return built(in, type, at, b::build);
  }

  static ImprovementPlan plan(JsonIn in) throws IOException {
    Class<?> type = ImprovementPlan.class;
    ImprovementPlan.Builder b = ImprovementPlan.builder();
    Set<String> seen = new HashSet<>();
    Object at = in.object(type, "authority, answers, submitted, actions, ...", PLAN,
        name -> {
      switch (name) {
        case "authority" -> b.authority(Readers.requiredAuthority(in, type));
        case "answers" -> b.answers(in.list(type, "inspection objects", Readers::inspection));
        case "drafted" -> b.drafted(Optional.ofNullable(in.dateOrNull(type)));
        case "submitted" -> b.submitted(Optional.ofNullable(in.dateOrNull(type)));
        case "revised" -> b.revised(Optional.ofNullable(in.dateOrNull(type)));
        case "cadence" -> b.cadence(in.isNull() ? Optional.empty()
            : Optional.of(cadence(in)));
        case "progressReports" -> b.progressReports(in.list(type, "dates",
            e -> e.date(LocalDate.class)));
        case "actions" -> b.actions(in.list(type, "action objects", PlanReaders::action));
        case "note" -> b.note(Optional.ofNullable(in.textOrNull(type, TEXT)));
        case "source" -> b.source(in.isNull() ? Optional.empty()
            : Optional.of(Readers.source(in)));
        default -> in.unknown(type, name, PLAN);
      }
      seen.add(name);
    });
    required(in, type, at, seen, "authority", "an authority object", "answers",
        "an array of inspection objects");
    return built(in, type, at, b::build);
  }
}
