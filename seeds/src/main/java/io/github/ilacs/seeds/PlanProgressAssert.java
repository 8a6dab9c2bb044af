package io.github.ilacs.seeds;

import io.github.ilacs.Theme;
import io.github.ilacs.plan.Action;
import io.github.ilacs.plan.FindingRef;
import io.github.ilacs.plan.PlanProgress;
import io.github.ilacs.plan.PlanProgress.Overdue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions for where an improvement plan stands on a day ({@link PlanProgress}): what
 * is overdue, at risk, unanswered or recurring, and the next progress report.
 *
 * <p>Obtained from {@link IlacsAssertions#assertThat(PlanProgress)}:
 *
 * <pre>{@code
 * assertThat(PlanProgress.of(NottinghamshirePlan.example(), LocalDate.of(2020, 4, 1)))
 *     .hasOverdue(Overdue.Item.SUBMISSION, LocalDate.of(2020, 3, 31))
 *     .expectsNoProgressReport();
 * }</pre>
 *
 * <p>Every failure message lists what the answer held. Each assertion fails when the answer
 * under test is null.
 */
public final class PlanProgressAssert extends AbstractAssert<PlanProgressAssert, PlanProgress> {
  PlanProgressAssert(@Nullable PlanProgress actual) {
    super(actual, PlanProgressAssert.class);
  }

  /**
   * Checks that something is overdue of a kind, due on a day.
   *
   * @param item the kind of thing overdue, not null
   * @param due the day it was due, not null
   * @return this assertion
   */
  public PlanProgressAssert hasOverdue(Overdue.Item item, LocalDate due) {
    isNotNull();
    if (actual.overdue().stream().noneMatch(o -> o.item() == item && o.due().equals(due))) {
      failWithMessage("Expected a %s due %s to be overdue as of %s but overdue were: %s", item,
          due, actual.asOf(), describe(actual.overdue()));
    }
    return this;
  }

  /**
   * Checks that something is overdue.
   *
   * @return this assertion
   */
  public PlanProgressAssert isOverdue() {
    isNotNull();
    if (!actual.isOverdue()) {
      failWithMessage("Expected something to be overdue as of %s but nothing was",
          actual.asOf());
    }
    return this;
  }

  /**
   * Checks that nothing is overdue.
   *
   * @return this assertion
   */
  public PlanProgressAssert isNotOverdue() {
    isNotNull();
    if (actual.isOverdue()) {
      failWithMessage("Expected nothing to be overdue as of %s but overdue were: %s",
          actual.asOf(), describe(actual.overdue()));
    }
    return this;
  }

  /**
   * Checks the day the next progress report is due and that it is not yet overdue.
   *
   * @param due the day, not null
   * @return this assertion
   */
  public PlanProgressAssert expectsProgressReportNotYetDue(LocalDate due) {
    isNotNull();
    if (!actual.nextProgressReport().equals(Optional.of(due))
        || actual.asOf().isAfter(due)) {
      failWithMessage("Expected the next progress report to be due %s, after %s, but it was %s",
          due, actual.asOf(), actual.nextProgressReport().map(LocalDate::toString)
              .orElse("not expected"));
    }
    return this;
  }

  /**
   * Checks that no progress report is expected (none promised, or the plan not yet submitted).
   *
   * @return this assertion
   */
  public PlanProgressAssert expectsNoProgressReport() {
    isNotNull();
    if (actual.nextProgressReport().isPresent()) {
      failWithMessage("Expected no progress report to be expected as of %s but one was due %s",
          actual.asOf(), actual.nextProgressReport().get());
    }
    return this;
  }

  /**
   * Checks the actions at risk or off track, in plan order.
   *
   * @param ids the actions' identifiers; none for no action at risk
   * @return this assertion
   */
  public PlanProgressAssert hasAtRisk(String... ids) {
    isNotNull();
    List<String> found = actual.atRisk().stream().map(Action::id).toList();
    if (!found.equals(List.of(ids))) {
      failWithMessage("Expected the actions at risk as of %s to be %s but they were %s",
          actual.asOf(), List.of(ids), found);
    }
    return this;
  }

  /**
   * Checks the findings no action answers, in plan order.
   *
   * @param refs the findings; none when every finding has an action
   * @return this assertion
   */
  public PlanProgressAssert hasUnanswered(FindingRef... refs) {
    isNotNull();
    if (!actual.unanswered().equals(List.of(refs))) {
      failWithMessage("Expected the findings without an action to be %s but they were %s",
          List.of(refs), actual.unanswered());
    }
    return this;
  }

  /**
   * Checks that a completed action's finding recurred in a later inspection under a theme.
   *
   * @param action the action's identifier, not null
   * @param theme the theme raised again, not null
   * @return this assertion
   */
  public PlanProgressAssert hasRecurrence(String action, Theme theme) {
    isNotNull();
    if (actual.recurring().stream().noneMatch(r -> r.action().equals(action)
        && r.theme() == theme)) {
      failWithMessage("Expected the finding of %s to recur under %s as of %s but the "
          + "recurrences were: %s", action, theme, actual.asOf(), actual.recurring().stream()
              .map(r -> r.action() + " " + r.theme() + " in the " + r.later().kind() + " of "
                  + r.later().start()).collect(Collectors.joining("; ")));
    }
    return this;
  }

  /**
   * Checks that no finding recurred after its action was complete.
   *
   * @return this assertion
   */
  public PlanProgressAssert hasNoRecurrence() {
    isNotNull();
    if (!actual.recurring().isEmpty()) {
      failWithMessage("Expected no recurrence as of %s but found %s", actual.asOf(),
          actual.recurring().size());
    }
    return this;
  }

  private static String describe(List<Overdue> overdue) {
    return overdue.isEmpty() ? "none" : overdue.stream()
        .map(o -> o.item() + " " + o.what() + " (due " + o.due() + ")")
        .collect(Collectors.joining("; "));
  }
}
