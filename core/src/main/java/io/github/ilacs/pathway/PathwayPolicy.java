package io.github.ilacs.pathway;

import io.github.ilacs.calendar.WorkingDays;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * Every number {@link InspectionPathway} uses, grouped by what it governs, each default named
 * with its source in the {@link Reason} that uses it. Immutable and thread-safe; equal policies
 * give equal answers. Change one group with its wither ({@link #withCycle(Cycle)}, {@link
 * #withPauses(Pause...)} ...) or build one with {@link #builder()} from {@link #defaults()}.
 *
 * <p>Each group checks its own ranges (months of a cycle 1 to 120, window sides 0 to 60,
 * working-day periods 1 to 1000 ...) and the policy checks what must hold across groups: a
 * window opens no earlier than its anchor, the early draft of an action plan is not due after
 * the plan, the windows of consecutive monitoring visits do not overlap, pauses do not overlap,
 * and every pathway has a number of interim visits. A value outside its range or a broken
 * cross-field rule throws an {@link IllegalArgumentException} naming the setting, the value and
 * the rule. Pauses are kept in date order without duplicates, so the order they are given in
 * never changes an answer.
 */
@Value.Immutable
public abstract class PathwayPolicy {
  /** The date of the previous inspection that the next window is counted from. */
  public enum Anchor {
    /** The first day on site (the default; which day Ofsted counts from is not published). */
    START,
    /** The last day on site. */
    END,
    /** The date the report was published (the last day on site when not recorded). */
    PUBLISHED
  }

  /**
   * The expected interval to the next full inspection and the window around its expected day.
   *
   * @param months the months from the anchor to the expected day, 1 to 120
   * @param monthsBefore the months before the expected day that the window opens, 0 to 60
   * @param monthsAfter the months after the expected day that the window closes, 0 to 60
   */
  public record Cycle(int months, int monthsBefore, int monthsAfter) {
    /**
     * Checks the ranges.
     *
     * @param months 1 to 120
     * @param monthsBefore 0 to 60
     * @param monthsAfter 0 to 60
     * @throws IllegalArgumentException when a value is outside its range
     */
    public Cycle {
      within("Cycle.months", months, 1, 120);
      within("Cycle.monthsBefore", monthsBefore, 0, 60);
      within("Cycle.monthsAfter", monthsAfter, 0, 60);
    }
  }

  /**
   * The visits while an authority is judged inadequate.
   *
   * @param actionPlanningVisitWorkingDays working days after the report by which the action
   *     planning visit is expected, 1 to 1000
   * @param intervalMonths months between monitoring visits, 1 to 24
   * @param firstVisitWeeks weeks after the action plan deadline by which the first monitoring
   *     visit is expected, 0 to 52
   * @param maxVisits the most monitoring visits expected before re-inspection, 0 to 24
   * @param windowMonths months either side of a later monitoring visit's expected day, 0 to 12
   */
  public record Monitoring(int actionPlanningVisitWorkingDays, int intervalMonths,
      int firstVisitWeeks, int maxVisits, int windowMonths) {
    /**
     * Checks the ranges.
     *
     * @param actionPlanningVisitWorkingDays 1 to 1000
     * @param intervalMonths 1 to 24
     * @param firstVisitWeeks 0 to 52
     * @param maxVisits 0 to 24
     * @param windowMonths 0 to 12
     * @throws IllegalArgumentException when a value is outside its range
     */
    public Monitoring {
      within("Monitoring.actionPlanningVisitWorkingDays", actionPlanningVisitWorkingDays, 1,
          1000);
      within("Monitoring.intervalMonths", intervalMonths, 1, 24);
      within("Monitoring.firstVisitWeeks", firstVisitWeeks, 0, 52);
      within("Monitoring.maxVisits", maxVisits, 0, 24);
      within("Monitoring.windowMonths", windowMonths, 0, 12);
    }
  }

  /**
   * The periods that run from a report or letter.
   *
   * @param actionPlanWorkingDays the authority's action plan, 1 to 1000 working days
   * @param earlyDraftWorkingDays an early draft after areas for priority action, 1 to 1000
   * @param publicationWorkingDays the authority's own publication of a report, 1 to 1000
   * @param priorityActionPlansFrom the first letter date from which areas for priority action
   *     call for an action plan, not null
   */
  public record DeadlinePeriods(int actionPlanWorkingDays, int earlyDraftWorkingDays,
      int publicationWorkingDays, LocalDate priorityActionPlansFrom) {
    /**
     * Checks the ranges.
     *
     * @param actionPlanWorkingDays 1 to 1000
     * @param earlyDraftWorkingDays 1 to 1000
     * @param publicationWorkingDays 1 to 1000
     * @param priorityActionPlansFrom not null
     * @throws IllegalArgumentException when a value is outside its range or null
     */
    public DeadlinePeriods {
      within("DeadlinePeriods.actionPlanWorkingDays", actionPlanWorkingDays, 1, 1000);
      within("DeadlinePeriods.earlyDraftWorkingDays", earlyDraftWorkingDays, 1, 1000);
      within("DeadlinePeriods.publicationWorkingDays", publicationWorkingDays, 1, 1000);
      if (priorityActionPlansFrom == null) {
        throw new IllegalArgumentException("DeadlinePeriods.priorityActionPlansFrom must not be "
            + "null");
      }
    }
  }

  /**
   * How a {@link NationalSchedule} sharpens the window of the next full inspection: the expected
   * day moved by the grade the pathway rests on, a window around it, and the months over which
   * the national rate of full inspections is counted.
   *
   * @param monthsLaterAfterGood months after the cycle's expected day that the next inspection
   *     of a good or outstanding authority is expected, 0 to 24
   * @param monthsSoonerAfterRequiresImprovement months before the cycle's expected day that the
   *     next inspection of an authority requiring improvement is expected, 0 to 24
   * @param monthsBefore months before the expected day that the window opens, 0 to 60
   * @param monthsAfter months after the expected day that the window closes, 0 to 60
   * @param rateMonths months of inspection (pauses left out) before the date over which the
   *     national rate of full inspections is counted, 1 to 60
   */
  public record Schedule(int monthsLaterAfterGood, int monthsSoonerAfterRequiresImprovement,
      int monthsBefore, int monthsAfter, int rateMonths) {
    /**
     * Checks the ranges.
     *
     * @param monthsLaterAfterGood 0 to 24
     * @param monthsSoonerAfterRequiresImprovement 0 to 24
     * @param monthsBefore 0 to 60
     * @param monthsAfter 0 to 60
     * @param rateMonths 1 to 60
     * @throws IllegalArgumentException when a value is outside its range
     */
    public Schedule {
      within("Schedule.monthsLaterAfterGood", monthsLaterAfterGood, 0, 24);
      within("Schedule.monthsSoonerAfterRequiresImprovement",
          monthsSoonerAfterRequiresImprovement, 0, 24);
      within("Schedule.monthsBefore", monthsBefore, 0, 60);
      within("Schedule.monthsAfter", monthsAfter, 0, 60);
      within("Schedule.rateMonths", rateMonths, 1, 60);
    }
  }

  /**
   * A suspension of routine inspection, such as the pandemic pause of 2020-21. Once it has begun
   * on the date asked about, a window whose latest day falls on or after the suspension moves
   * later by the part of the pause after the window's anchor. Pauses order by suspension, then
   * restart, then description.
   *
   * @param suspended the first day of the suspension, not null, from {@link
   *     InspectionPathway#FIRST_SUPPORTED_DATE}
   * @param restarted the day routine graded inspection resumed, after {@code suspended}, not
   *     null, up to {@link InspectionPathway#LAST_SUPPORTED_DATE}
   * @param description what the pause was, not blank
   */
  public record Pause(LocalDate suspended, LocalDate restarted, String description)
      implements Comparable<Pause> {
    /**
     * Checks the values.
     *
     * @param suspended the first day of the suspension, not null
     * @param restarted the day routine graded inspection resumed, after {@code suspended}
     * @param description what the pause was, not blank
     * @throws IllegalArgumentException when a value is null or blank, the restart is not after
     *     the suspension, or a date is outside the supported dates
     */
    public Pause {
      if (suspended == null || restarted == null || description == null) {
        throw new IllegalArgumentException("pause suspended, restarted and description must not "
            + "be null");
      }
      if (!restarted.isAfter(suspended)) {
        throw new IllegalArgumentException("pause restarted " + restarted
            + " is not after suspended " + suspended);
      }
      if (suspended.isBefore(InspectionPathway.FIRST_SUPPORTED_DATE)
          || restarted.isAfter(InspectionPathway.LAST_SUPPORTED_DATE)) {
        throw new IllegalArgumentException("pause " + suspended + " to " + restarted
            + " is outside the supported dates " + InspectionPathway.FIRST_SUPPORTED_DATE + " to "
            + InspectionPathway.LAST_SUPPORTED_DATE);
      }
      if (description.isBlank()) {
        throw new IllegalArgumentException("pause description must not be blank");
      }
    }

    /**
     * Returns the length of the pause in days.
     *
     * @return more than zero
     */
    public long lengthInDays() {
      return ChronoUnit.DAYS.between(suspended, restarted);
    }

    @Override
    public int compareTo(Pause o) {
      int c = suspended.compareTo(o.suspended);
      if (c == 0) {
        c = restarted.compareTo(o.restarted);
      }
      return c != 0 ? c : description.compareTo(o.description);
    }
  }

  /**
   * The 2020-21 pandemic suspension: routine inspection suspended on 17 March 2020; graded
   * inspections resumed as a programme on 20 September 2021 (see {@link Reason#PAUSE}).
   */
  public static final Pause COVID_2020 = new Pause(LocalDate.of(2020, 3, 17),
      LocalDate.of(2021, 9, 20), "the suspension of routine inspection during the pandemic");

  private static final PathwayPolicy DEFAULTS = builder()
      .cycle(new Cycle(36, 7, 11))
      .reinspection(new Cycle(27, 9, 9))
      .anchor(Anchor.START)
      .addPauses(COVID_2020)
      .putInterimVisits(Pathway.GOOD_OR_OUTSTANDING, 1)
      .putInterimVisits(Pathway.REQUIRES_IMPROVEMENT, 2)
      .putInterimVisits(Pathway.INADEQUATE, 0)
      .putInterimVisits(Pathway.NOT_YET_INSPECTED, 1)
      .engagementMeetingIntervalMonths(12)
      .fullInspectionStandsInForMeeting(false)
      .monitoring(new Monitoring(20, 3, 4, 6, 1))
      .deadlinePeriods(new DeadlinePeriods(70, 20, 30, LocalDate.of(2018, 8, 16)))
      .workingDays(WorkingDays.englandAndWales())
      .noOverallGradeRule(PathwayRule.leadersPlusTwoOfThree())
      .schedule(new Schedule(6, 4, 9, 6, 12))
      .build();

  PathwayPolicy() {}

  /**
   * Returns the default policy: next short or standard inspection 36 months after the previous
   * one's first day on site, 7 months before to 11 after; re-inspection after inadequate 27
   * months, 9 either side; the 2020-21 pause; 1 interim visit on pathway 1, 2 when requires
   * improvement, none while inadequate, 1 before a first inspection; an engagement meeting every
   * 12 months for every authority, not replaced by a full inspection; action planning visit
   * within 20 working days, monitoring every 3 months (the first within 4 weeks after the action
   * plan deadline, up to 6, later ones 1 month either side); action plan 70 working days, early
   * draft 20, publication 30, areas for priority action calling for a plan from 16 August 2018;
   * England and Wales working days; {@link PathwayRule#leadersPlusTwoOfThree()}; with a {@link
   * NationalSchedule}, the next inspection 6 months later after good or outstanding and 4 sooner
   * after requires improvement, 9 months before to 6 after, the national rate counted over 12
   * months ({@link Reason#NATIONAL_SCHEDULE}).
   *
   * @return the defaults, never null
   */
  public static PathwayPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder with nothing set; {@code builder().from(defaults())} starts from the
   * defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the cycle to the next short or standard inspection.
   *
   * @return the cycle, never null
   */
  public abstract Cycle cycle();

  /**
   * Returns the cycle to the re-inspection of an authority judged inadequate.
   *
   * @return the cycle, never null
   */
  public abstract Cycle reinspection();

  /**
   * Returns the date of the previous inspection that windows are counted from.
   *
   * @return the anchor, never null
   */
  public abstract Anchor anchor();

  /**
   * Returns the suspensions of routine inspection that move windows, in date order.
   *
   * @return an unmodifiable sorted set without duplicates
   */
  @Value.NaturalOrder
  public abstract SortedSet<Pause> pauses();

  /**
   * Returns how many focused visits or joint targeted area inspections are expected between full
   * inspections on each pathway.
   *
   * @return an unmodifiable map with every pathway, each 0 to 20
   */
  public abstract Map<Pathway, Integer> interimVisits();

  /**
   * Returns how many interim visits are expected on a pathway.
   *
   * @param pathway the pathway, not null
   * @return 0 to 20
   */
  public int interimVisits(Pathway pathway) {
    return interimVisits().get(pathway);
  }

  /**
   * Returns the months between engagement meetings.
   *
   * @return 1 to 60
   */
  public abstract int engagementMeetingIntervalMonths();

  /**
   * Tells whether a full inspection takes the place of that year's engagement meeting, so that
   * the meeting clock restarts from it. An assumption without a source, off by default ({@link
   * Reason#INSPECTION_STANDS_IN_FOR_MEETING}).
   *
   * @return false by default
   */
  public abstract boolean fullInspectionStandsInForMeeting();

  /**
   * Returns the numbers for visits while an authority is judged inadequate.
   *
   * @return the settings, never null
   */
  public abstract Monitoring monitoring();

  /**
   * Returns the periods that run from a report or letter.
   *
   * @return the settings, never null
   */
  public abstract DeadlinePeriods deadlinePeriods();

  /**
   * Returns the working-day calendar deadlines are counted on.
   *
   * @return the calendar, never null
   */
  public abstract WorkingDays workingDays();

  /**
   * Returns the rule for graded inspections without an overall grade.
   *
   * @return the rule, never null
   */
  public abstract PathwayRule noOverallGradeRule();

  /**
   * Returns how a {@link NationalSchedule} sharpens the window of the next full inspection.
   *
   * @return the settings, never null
   */
  public abstract Schedule schedule();

  /**
   * Returns a policy with other settings for the national schedule.
   *
   * @param schedule the settings, not null
   * @return a new policy
   * @throws IllegalArgumentException when {@code schedule} is null
   */
  public PathwayPolicy withSchedule(Schedule schedule) {
    return copy().schedule(present("schedule", schedule)).build();
  }

  /**
   * Returns a policy with another cycle to the next short or standard inspection.
   *
   * @param cycle the cycle, not null
   * @return a new policy
   * @throws IllegalArgumentException when {@code cycle} is null or breaks a cross-field rule
   */
  public PathwayPolicy withCycle(Cycle cycle) {
    return copy().cycle(present("cycle", cycle)).build();
  }

  /**
   * Returns a policy with another cycle to the re-inspection after inadequate.
   *
   * @param cycle the cycle, not null
   * @return a new policy
   * @throws IllegalArgumentException when {@code cycle} is null or breaks a cross-field rule
   */
  public PathwayPolicy withReinspection(Cycle cycle) {
    return copy().reinspection(present("reinspection", cycle)).build();
  }

  /**
   * Returns a policy with another anchor.
   *
   * @param anchor the anchor, not null
   * @return a new policy
   * @throws IllegalArgumentException when {@code anchor} is null
   */
  public PathwayPolicy withAnchor(Anchor anchor) {
    return copy().anchor(present("anchor", anchor)).build();
  }

  /**
   * Returns a policy with other suspensions (none to ignore the pandemic); order and duplicates
   * do not matter.
   *
   * @param pauses the pauses, none null
   * @return a new policy
   * @throws IllegalArgumentException when {@code pauses} or an element is null, or two distinct
   *     pauses overlap
   */
  public PathwayPolicy withPauses(Pause... pauses) {
    present("pauses", pauses);
    List<Pause> list = new ArrayList<>();
    for (int i = 0; i < pauses.length; i++) {
      list.add(present("pauses[" + i + "]", pauses[i]));
    }
    return copy().pauses(list).build();
  }

  /**
   * Returns a policy expecting another number of interim visits on a pathway.
   *
   * @param pathway the pathway, not null
   * @param visits 0 to 20
   * @return a new policy
   * @throws IllegalArgumentException when {@code pathway} is null or {@code visits} is outside 0
   *     to 20
   */
  public PathwayPolicy withInterimVisits(Pathway pathway, int visits) {
    Map<Pathway, Integer> map = new EnumMap<>(interimVisits());
    map.put(present("pathway", pathway), within("interimVisits", visits, 0, 20));
    return copy().interimVisits(map).build();
  }

  /**
   * Returns a policy with another engagement meeting interval.
   *
   * @param months 1 to 60
   * @return a new policy
   * @throws IllegalArgumentException when {@code months} is outside 1 to 60
   */
  public PathwayPolicy withEngagementMeetingIntervalMonths(int months) {
    return copy().engagementMeetingIntervalMonths(months).build();
  }

  /**
   * Returns a policy in which a full inspection does or does not take the place of that year's
   * engagement meeting.
   *
   * @param standsIn true to restart the meeting clock at each full inspection
   * @return a new policy
   */
  public PathwayPolicy withFullInspectionStandsInForMeeting(boolean standsIn) {
    return copy().fullInspectionStandsInForMeeting(standsIn).build();
  }

  /**
   * Returns a policy with other numbers for visits while inadequate.
   *
   * @param monitoring the settings, not null
   * @return a new policy
   * @throws IllegalArgumentException when {@code monitoring} is null or breaks a cross-field
   *     rule
   */
  public PathwayPolicy withMonitoring(Monitoring monitoring) {
    return copy().monitoring(present("monitoring", monitoring)).build();
  }

  /**
   * Returns a policy with other periods after a report or letter.
   *
   * @param periods the periods, not null
   * @return a new policy
   * @throws IllegalArgumentException when {@code periods} is null or breaks a cross-field rule
   */
  public PathwayPolicy withDeadlinePeriods(DeadlinePeriods periods) {
    return copy().deadlinePeriods(present("deadlinePeriods", periods)).build();
  }

  /**
   * Returns a policy counting on another calendar, for instance one with announced holidays.
   *
   * @param workingDays the calendar, not null
   * @return a new policy
   * @throws IllegalArgumentException when {@code workingDays} is null
   */
  public PathwayPolicy withWorkingDays(WorkingDays workingDays) {
    return copy().workingDays(present("workingDays", workingDays)).build();
  }

  /**
   * Returns a policy with another rule for graded inspections without an overall grade.
   *
   * @param rule the rule, not null
   * @return a new policy
   * @throws IllegalArgumentException when {@code rule} is null
   */
  public PathwayPolicy withNoOverallGradeRule(PathwayRule rule) {
    return copy().noOverallGradeRule(present("rule", rule)).build();
  }

  private ImmutablePathwayPolicy.Builder copy() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    opensAfterAnchor("cycle", cycle());
    opensAfterAnchor("reinspection", reinspection());
    within("engagementMeetingIntervalMonths", engagementMeetingIntervalMonths(), 1, 60);
    for (Pathway p : Pathway.values()) {
      Integer n = interimVisits().get(p);
      if (n == null) {
        throw new IllegalArgumentException("interimVisits has no number for " + p
            + " (rule: every pathway has a number of interim visits)");
      }
      within("interimVisits[" + p + "]", n, 0, 20);
    }
    DeadlinePeriods d = deadlinePeriods();
    if (d.earlyDraftWorkingDays() > d.actionPlanWorkingDays()) {
      throw new IllegalArgumentException("deadlinePeriods: earlyDraftWorkingDays "
          + d.earlyDraftWorkingDays() + " is more than actionPlanWorkingDays "
          + d.actionPlanWorkingDays() + " (rule: the early draft is not due after the plan)");
    }
    Monitoring m = monitoring();
    if (2 * m.windowMonths() > m.intervalMonths()) {
      throw new IllegalArgumentException("monitoring: windowMonths " + m.windowMonths()
          + " either side overlaps visits every " + m.intervalMonths() + " months (rule: twice "
          + "windowMonths is at most intervalMonths, so consecutive windows do not overlap)");
    }
    Pause previous = null;
    for (Pause p : pauses()) {
      if (previous != null && p.suspended().isBefore(previous.restarted())) {
        throw new IllegalArgumentException("pauses " + previous + " and " + p + " overlap (rule: "
            + "a pause begins on or after the restart of the one before)");
      }
      previous = p;
    }
  }

  private static void opensAfterAnchor(String name, Cycle c) {
    if (c.monthsBefore() > c.months()) {
      throw new IllegalArgumentException(name + ": monthsBefore " + c.monthsBefore()
          + " is more than months " + c.months() + " (rule: a window opens no earlier than its "
          + "anchor)");
    }
  }

  static int within(String setting, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(setting + " " + value + " is outside " + min + " to "
          + max + " (rule: PathwayPolicy bounds every number to a sensible range)");
    }
    return value;
  }

  private static <T> T present(String field, T value) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    return value;
  }

  /**
   * Builds a {@link PathwayPolicy}; {@code build()} checks every group and the cross-field rules
   * and throws an {@link IllegalArgumentException} naming the setting, the value and the rule.
   */
  public static final class Builder extends ImmutablePathwayPolicy.Builder {
    Builder() {}
  }
}
