package io.github.ilacs.seeds;

import io.github.ilacs.Inspection;
import io.github.ilacs.pathway.ActivityStatus;
import io.github.ilacs.pathway.ExpectedActivity;
import io.github.ilacs.pathway.Window;
import java.time.LocalDate;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions for an {@link ExpectedActivity} picked by a {@link PathwayAssert}: its
 * window, status and the activity that met it. {@link #and()} returns to the pathway.
 *
 * <p>Window checks take both ends as included, as {@link Window} does.
 */
public final class ExpectedActivityAssert
    extends AbstractAssert<ExpectedActivityAssert, ExpectedActivity> {
  private final PathwayAssert pathway;

  ExpectedActivityAssert(ExpectedActivity actual, PathwayAssert pathway) {
    super(actual, ExpectedActivityAssert.class);
    this.pathway = pathway;
  }

  /**
   * Checks that the whole window lies between two dates: its earliest day on or after
   * {@code from} and its latest day on or before {@code to}.
   *
   * @param from the first allowed day, not null
   * @param to the last allowed day, not null
   * @return this assertion
   */
  public ExpectedActivityAssert between(LocalDate from, LocalDate to) {
    isNotNull();
    Window w = actual.window();
    if (w.earliest().isBefore(from) || w.latest().isAfter(to)) {
      failWithMessage("Expected %s to be expected between %s and %s but its window was %s",
          actual.kinds(), from, to, w);
    }
    return this;
  }

  /**
   * Checks that the most likely day ({@link Window#expected()}) lies between two dates, both
   * included.
   *
   * @param from the first allowed day, not null
   * @param to the last allowed day, not null
   * @return this assertion
   */
  public ExpectedActivityAssert expectedBetween(LocalDate from, LocalDate to) {
    isNotNull();
    LocalDate x = actual.window().expected();
    if (x.isBefore(from) || x.isAfter(to)) {
      failWithMessage("Expected %s most likely between %s and %s but it was expected on %s"
          + " (window %s)", actual.kinds(), from, to, x, actual.window());
    }
    return this;
  }

  /**
   * Checks that a day lies within the window, both ends included.
   *
   * @param date the day, not null
   * @return this assertion
   */
  public ExpectedActivityAssert allows(LocalDate date) {
    isNotNull();
    if (!actual.window().contains(date)) {
      failWithMessage("Expected the window of %s to include %s but it was %s", actual.kinds(),
          date, actual.window());
    }
    return this;
  }

  /**
   * Checks the window exactly.
   *
   * @param expected the window, not null
   * @return this assertion
   */
  public ExpectedActivityAssert hasWindow(Window expected) {
    isNotNull();
    if (!actual.window().equals(expected)) {
      failWithMessage("Expected %s in the window %s but it was %s", actual.kinds(), expected,
          actual.window());
    }
    return this;
  }

  /**
   * Checks the status on the date of the pathway.
   *
   * @param expected the status, not null
   * @return this assertion
   */
  public ExpectedActivityAssert hasStatus(ActivityStatus expected) {
    isNotNull();
    if (actual.status() != expected) {
      failWithMessage("Expected %s to be %s but it was %s", actual.kinds(), expected,
          PathwayAssert.describe(actual));
    }
    return this;
  }

  /**
   * Checks that the answer gives a reason ({@link ExpectedActivity#reasons()}).
   *
   * @param reason the reason, not null
   * @return this assertion
   */
  public ExpectedActivityAssert hasReason(io.github.ilacs.pathway.Reason reason) {
    isNotNull();
    if (!actual.reasons().contains(reason)) {
      failWithMessage("Expected %s to give reason %s (%s) but its reasons were %s",
          actual.kinds(), reason.code(), reason, actual.reasons());
    }
    return this;
  }

  /**
   * Checks that the expectation was met by an activity.
   *
   * @param inspection the activity, not null
   * @return this assertion
   */
  public ExpectedActivityAssert isSatisfiedBy(Inspection inspection) {
    isNotNull();
    if (!actual.satisfiedBy().equals(Optional.of(inspection))) {
      failWithMessage("Expected %s to be met by the %s of %s but it was %s", actual.kinds(),
          inspection.kind(), inspection.start(), PathwayAssert.describe(actual));
    }
    return this;
  }

  /**
   * Returns to the assertion on the pathway this activity belongs to.
   *
   * @return the pathway assertion
   */
  public PathwayAssert and() {
    return pathway;
  }
}
