package io.github.ilacs.seeds;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.pathway.ActivityStatus;
import io.github.ilacs.pathway.Deadline;
import io.github.ilacs.pathway.ExpectedActivity;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.Pathway;
import io.github.ilacs.pathway.Reason;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions for an {@link InspectionPathway}: the pathway, the inspection it rests on,
 * the next inspection, the interim activity owed or satisfied, and the deadlines running.
 *
 * <p>Obtained from {@link IlacsAssertions#assertThat(InspectionPathway)}. Assertions that pick
 * an expected activity ({@link #expectsNext}, {@link #owes}, {@link #hasSatisfied}) return an
 * {@link ExpectedActivityAssert} for it, whose {@link ExpectedActivityAssert#and()} comes back
 * here:
 *
 * <pre>{@code
 * assertThat(InspectionPathway.of(history, asOf))
 *     .isOn(Pathway.GOOD_OR_OUTSTANDING)
 *     .expectsNext(InspectionKind.SHORT_INSPECTION).between(from, to)
 *     .and().hasDeadline(Deadline.Kind.ACTION_PLAN, LocalDate.of(2020, 3, 31));
 * }</pre>
 *
 * <p>Every failure message shows the pathway's own summary and, where it helps, the list it
 * searched. Each assertion fails when the pathway under test is null.
 */
public final class PathwayAssert extends AbstractAssert<PathwayAssert, InspectionPathway> {
  PathwayAssert(@Nullable InspectionPathway actual) {
    super(actual, PathwayAssert.class);
  }

  /**
   * Checks the authority's pathway.
   *
   * @param expected the pathway, not null
   * @return this assertion
   */
  public PathwayAssert isOn(Pathway expected) {
    isNotNull();
    if (actual.pathway() != expected) {
      failWithMessage("Expected the authority to be on pathway %s as of %s but it was on %s%n%s",
          expected, actual.asOf(), actual.pathway(), actual.explanation());
    }
    return this;
  }

  /**
   * Checks the full inspection the pathway rests on.
   *
   * @param expected the inspection, not null
   * @return this assertion
   */
  public PathwayAssert restsOn(Inspection expected) {
    isNotNull();
    if (!actual.basis().equals(Optional.of(expected))) {
      failWithMessage("Expected the pathway as of %s to rest on the %s of %s but it rested on %s",
          actual.asOf(), expected.kind(), expected.start(), describe(actual.basis()));
    }
    return this;
  }

  /**
   * Checks that no full inspection has taken place by the date, so the pathway rests on nothing.
   *
   * @return this assertion
   */
  public PathwayAssert restsOnNoInspection() {
    isNotNull();
    if (actual.basis().isPresent()) {
      failWithMessage("Expected no full inspection by %s but the pathway rested on %s",
          actual.asOf(), describe(actual.basis()));
    }
    return this;
  }

  /**
   * Checks the kind of the next full inspection expected ({@link ExpectedActivity#kind()}, the
   * most likely kind) and moves on to assertions about it.
   *
   * @param kind the kind, not null
   * @return an assertion on the next inspection
   */
  public ExpectedActivityAssert expectsNext(InspectionKind kind) {
    isNotNull();
    ExpectedActivity next = actual.nextInspection();
    if (next.kind() != kind) {
      failWithMessage("Expected the next full inspection as of %s to be a %s but it was a %s"
          + " (reasons %s)", actual.asOf(), kind, next.kind(), next.reasons());
    }
    return new ExpectedActivityAssert(next, this);
  }

  /**
   * Checks that interim activity the kind would meet is still owed (not yet due, due, overdue or
   * owed; not satisfied, pending or unknown from the data), and moves on to assertions about it.
   *
   * @param kind a kind that would meet the expectation, such as {@code FOCUSED_VISIT}; not null
   * @return an assertion on the first such expectation
   */
  public ExpectedActivityAssert owes(InspectionKind kind) {
    isNotNull();
    Optional<ExpectedActivity> found = actual.interimActivities().stream()
        .filter(a -> a.kinds().contains(kind) && isOwed(a)).findFirst();
    if (found.isEmpty()) {
      failWithMessage("Expected a %s to be owed as of %s but the interim activity was:%n%s",
          kind, actual.asOf(), describe(actual.interimActivities()));
    }
    return new ExpectedActivityAssert(found.orElseThrow(), this);
  }

  /**
   * Checks that no interim activity the kind would meet is still owed.
   *
   * @param kind the kind, not null
   * @return this assertion
   */
  public PathwayAssert owesNo(InspectionKind kind) {
    isNotNull();
    List<ExpectedActivity> owed = actual.interimActivities().stream()
        .filter(a -> a.kinds().contains(kind) && isOwed(a)).toList();
    if (!owed.isEmpty()) {
      failWithMessage("Expected no %s to be owed as of %s but found:%n%s", kind, actual.asOf(),
          describe(owed));
    }
    return this;
  }

  /**
   * Checks that interim activity the kind would meet has been satisfied, and moves on to
   * assertions about it.
   *
   * @param kind a kind that would meet the expectation, not null
   * @return an assertion on the first such expectation
   */
  public ExpectedActivityAssert hasSatisfied(InspectionKind kind) {
    isNotNull();
    Optional<ExpectedActivity> found = actual.interimActivities().stream()
        .filter(a -> a.kinds().contains(kind) && a.status() == ActivityStatus.SATISFIED)
        .findFirst();
    if (found.isEmpty()) {
      failWithMessage("Expected a satisfied %s as of %s but the interim activity was:%n%s",
          kind, actual.asOf(), describe(actual.interimActivities()));
    }
    return new ExpectedActivityAssert(found.orElseThrow(), this);
  }

  /**
   * Checks that a deadline of the kind falls due on the date (open or passed).
   *
   * @param kind what is due, not null
   * @param due the due date, not null
   * @return this assertion
   */
  public PathwayAssert hasDeadline(Deadline.Kind kind, LocalDate due) {
    isNotNull();
    if (actual.deadlines().stream().noneMatch(d -> d.kind() == kind && d.due().equals(due))) {
      failWithMessage("Expected a deadline %s due on %s as of %s but the deadlines were:%n%s",
          kind, due, actual.asOf(), describeDeadlines(actual.deadlines()));
    }
    return this;
  }

  /**
   * Checks that a deadline of the kind falls due on the date and is still open.
   *
   * @param kind what is due, not null
   * @param due the due date, not null
   * @return this assertion
   */
  public PathwayAssert hasOpenDeadline(Deadline.Kind kind, LocalDate due) {
    isNotNull();
    if (actual.deadlines().stream().noneMatch(d -> d.kind() == kind && d.due().equals(due)
        && d.status() == Deadline.Status.OPEN)) {
      failWithMessage("Expected an open deadline %s due on %s as of %s but the deadlines were:"
          + "%n%s", kind, due, actual.asOf(), describeDeadlines(actual.deadlines()));
    }
    return this;
  }

  /**
   * Checks that no deadline of the kind is running or has run.
   *
   * @param kind what would be due, not null
   * @return this assertion
   */
  public PathwayAssert hasNoDeadline(Deadline.Kind kind) {
    isNotNull();
    List<Deadline> found = actual.deadlines().stream().filter(d -> d.kind() == kind).toList();
    if (!found.isEmpty()) {
      failWithMessage("Expected no deadline %s as of %s but found:%n%s", kind, actual.asOf(),
          describeDeadlines(found));
    }
    return this;
  }

  /**
   * Checks that the next inspection or some interim activity is overdue
   * ({@link InspectionPathway#isOverdue()}).
   *
   * @return this assertion
   */
  public PathwayAssert isOverdue() {
    isNotNull();
    if (!actual.isOverdue()) {
      failWithMessage("Expected something overdue as of %s but nothing was:%n%s", actual.asOf(),
          actual.explanation());
    }
    return this;
  }

  /**
   * Checks that neither the next inspection nor any interim activity is overdue.
   *
   * @return this assertion
   */
  public PathwayAssert isNotOverdue() {
    isNotNull();
    if (actual.isOverdue()) {
      failWithMessage("Expected nothing overdue as of %s but:%n%s", actual.asOf(),
          actual.explanation());
    }
    return this;
  }

  /**
   * Checks that the plain-English explanation mentions a text, ignoring case.
   *
   * @param text the text, not null
   * @return this assertion
   */
  public PathwayAssert explains(String text) {
    isNotNull();
    if (!actual.explanation().toLowerCase(java.util.Locale.ROOT)
        .contains(text.toLowerCase(java.util.Locale.ROOT))) {
      failWithMessage("Expected the explanation to mention \"%s\" but it was:%n%s", text,
          actual.explanation());
    }
    return this;
  }

  /**
   * Checks that the pathway itself rests on a reason ({@link InspectionPathway#reasons()}).
   *
   * @param reason the reason, not null
   * @return this assertion
   */
  public PathwayAssert hasReason(Reason reason) {
    isNotNull();
    if (!actual.reasons().contains(reason)) {
      failWithMessage("Expected the pathway as of %s to give reason %s (%s) but its reasons were "
          + "%s", actual.asOf(), reason.code(), reason, actual.reasons());
    }
    return this;
  }

  private static boolean isOwed(ExpectedActivity a) {
    return switch (a.status()) {
      case ON_TRACK, DUE, OVERDUE, OWED -> true;
      case SATISFIED, PENDING, NOT_KNOWN -> false;
    };
  }

  static String describe(Optional<Inspection> inspection) {
    return inspection.map(i -> "the " + i.kind() + " of " + i.start()).orElse("no inspection");
  }

  static String describe(ExpectedActivity a) {
    return a.kinds() + " " + a.status() + " " + a.window()
        + a.satisfiedBy().map(i -> ", met by the " + i.kind() + " of " + i.start()).orElse("");
  }

  private static String describe(List<ExpectedActivity> activities) {
    return activities.isEmpty() ? "  (none)" : activities.stream()
        .map(a -> "  " + describe(a)).collect(Collectors.joining(System.lineSeparator()));
  }

  private static String describeDeadlines(List<Deadline> deadlines) {
    return deadlines.isEmpty() ? "  (none)" : deadlines.stream()
        .map(d -> "  " + d.kind() + " due " + d.due() + " (" + d.status() + ")")
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
