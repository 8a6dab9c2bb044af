package io.github.ilacs.pathway;

import io.github.ilacs.calendar.WorkingDays;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every number {@link InspectionPathway} uses, each a named default with its source, changed
 * through withers. Immutable and thread-safe; each wither returns a new policy.
 *
 * <p>Sources are sections of the rule book ({@code rules.md}) with its status tags. Where the
 * rule book gives no figure, or where the published outcomes disagree with it, the default was
 * measured by the calibration program ({@code io.github.ilacs.pathway.Calibration} in the test
 * sources) on the 223 consecutive pairs of full inspections in Ofsted's published outcomes to
 * 2023, each later inspection forecast as of the day before it began: for the 90 pairs whose
 * later inspection began in 2022 or 2023 the defaults put 82.2% of later inspections inside
 * windows 18.0 months wide; the rule book's plain "six months either side of the third
 * anniversary" (and two years after inadequate), without the pause, put 5.6% there, because of
 * the pandemic backlog. For the 133 earlier pairs the defaults hold 82.0% against 40.6%.
 *
 * <p>Summary of the defaults:
 * <ul>
 *   <li>next short or standard inspection: 36 months after the start of the previous one
 *       (§3.5 "about every 3 years", CONFIRMED; anchor UNCONFIRMED, start used), window from 7
 *       months before to 11 months after (measured; the rule book's 6 either side is SECONDARY);
 *   <li>re-inspection after inadequate: 27 months after the start, 9 months either side
 *       (measured; the rule book gives "within two years" under the SIF and "about 2.5 years"
 *       UNCONFIRMED under ILACS);
 *   <li>the 2020-21 suspension: routine inspection stopped on 17 March 2020 (§3.10, CONFIRMED)
 *       and graded inspections resumed in earnest on 20 September 2021 (the first weekly run of
 *       graded inspections in the outcomes after a single one in June 2021, measured); once the
 *       suspension has begun on the date asked about, a window whose latest day falls on or
 *       after it is moved later by the part of the pause after the window's anchor (the whole
 *       pause for an anchor before it; see {@link InspectionPathway});
 *   <li>interim activity: at least 1 focused visit or joint targeted area inspection between
 *       full inspections on pathway 1 (§3.5, seed letter 2019), 2 when requires improvement
 *       (§3.5, Cumbria paper, SECONDARY), 1 before a first inspection, none while inadequate
 *       (§3.7); engagement meeting every 12 months (§3.1);
 *   <li>while inadequate: action planning visit within 20 working days of the report (UNCONFIRMED
 *       figure), monitoring visits every 3 months, the first within 4 weeks after the action
 *       plan deadline (its window runs from the deadline to 4 weeks after it), up to 6 (§3.5,
 *       §3.8, CONFIRMED for 2016 rules); each later monitoring visit window is 1 month either
 *       side ("may not be equally spaced");
 *   <li>deadlines: action plan 70 working days (§3.8, §3.9), early draft 20 working days after a
 *       focused visit with areas for priority action dated on or after 1 September 2018 (§3.7),
 *       the authority's own publication of the report 30 working days (§3.9, SI 2007/462);
 *   <li>no overall grade (April 2026 on): {@link PathwayRule#leadersPlusTwoOfThree()}
 *       (UNCONFIRMED, §3.10).
 * </ul>
 *
 * <p>Every number is bounded to a sensible range, stated on its wither (months of a cycle 1 to
 * 120, window sides 0 to 60 months, working-day periods 1 to 1000, and so on); a wither given a
 * value outside it throws an {@link IllegalArgumentException} naming the wither, the value and
 * the range. Pauses must lie between {@link InspectionPathway#FIRST_SUPPORTED_DATE} and {@link
 * InspectionPathway#LAST_SUPPORTED_DATE}. So no policy can make a forecast loop for ever or leave
 * the dates a {@link LocalDate} can hold.
 */
public final class PathwayPolicy {
  /** The date the period of an inspection's window is counted from. */
  public enum Anchor {
    /** The first day on site (the default; rule book §3.5 leaves it UNCONFIRMED). */
    START,
    /** The last day on site. */
    END,
    /** The date the report was published (the last day on site when not recorded). */
    PUBLISHED
  }

  /**
   * A suspension of routine inspection, such as the pandemic pause of 2020-21. Once it has begun
   * on the date asked about, a window whose latest day falls on or after the suspension moves
   * later by the part of the pause after the window's anchor: all of it for an anchor before the
   * suspension, what is left of it for an anchor inside it, nothing for one after the restart.
   *
   * @param suspended the first day of the suspension, not null, from {@link
   *     InspectionPathway#FIRST_SUPPORTED_DATE}
   * @param restarted the day routine graded inspection resumed, after {@code suspended}, not
   *     null, up to {@link InspectionPathway#LAST_SUPPORTED_DATE}
   * @param description what the pause was, not blank
   */
  public record Pause(LocalDate suspended, LocalDate restarted, String description) {
    /**
     * Checks the values.
     *
     * @param suspended the first day of the suspension, not null, from {@link
     *     InspectionPathway#FIRST_SUPPORTED_DATE}
     * @param restarted the day routine graded inspection resumed, after {@code suspended}, up
     *     to {@link InspectionPathway#LAST_SUPPORTED_DATE}
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
  }

  /**
   * The 2020-21 pandemic suspension: routine inspection suspended on 17 March 2020 (rule book
   * §3.10, CONFIRMED); graded inspections resumed as a programme on 20 September 2021 (measured
   * in the published outcomes; the rule book's "spring 2021" restart was of monitoring visits).
   */
  public static final Pause COVID_2020 = new Pause(LocalDate.of(2020, 3, 17),
      LocalDate.of(2021, 9, 20), "the suspension of routine inspection during the pandemic");

  private static final PathwayPolicy DEFAULTS = new PathwayPolicy(new Values());

  /** The mutable holder a policy copies from; never exposed or changed after construction. */
  private static final class Values implements Cloneable {
    int cycleMonths = 36;
    int monthsBefore = 7;
    int monthsAfter = 11;
    Anchor anchor = Anchor.START;
    int reinspectionMonths = 27;
    int reinspectionMonthsBefore = 9;
    int reinspectionMonthsAfter = 9;
    List<Pause> pauses = List.of(COVID_2020);
    Map<Pathway, Integer> interimVisits = defaultInterimVisits();
    int engagementMeetingIntervalMonths = 12;
    int actionPlanningVisitWorkingDays = 20;
    int monitoringIntervalMonths = 3;
    int firstMonitoringVisitWeeks = 4;
    int maxMonitoringVisits = 6;
    int monitoringWindowMonths = 1;
    int actionPlanWorkingDays = 70;
    int earlyDraftWorkingDays = 20;
    int publicationWorkingDays = 30;
    LocalDate priorityActionPlansFrom = LocalDate.of(2018, 9, 1);
    WorkingDays workingDays = WorkingDays.englandAndWales();
    PathwayRule noOverallGradeRule = PathwayRule.leadersPlusTwoOfThree();

    private static Map<Pathway, Integer> defaultInterimVisits() {
      Map<Pathway, Integer> m = new EnumMap<>(Pathway.class);
      m.put(Pathway.GOOD_OR_OUTSTANDING, 1);
      m.put(Pathway.REQUIRES_IMPROVEMENT, 2);
      m.put(Pathway.INADEQUATE, 0);
      m.put(Pathway.NOT_YET_INSPECTED, 1);
      return m;
    }

    Values copy() {
      try {
        Values v = (Values) super.clone();
        v.interimVisits = new EnumMap<>(interimVisits);
        return v;
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private final Values v;

  private PathwayPolicy(Values v) {
    this.v = v;
  }

  /**
   * Returns the default policy described in the class documentation.
   *
   * @return the defaults, never null
   */
  public static PathwayPolicy defaults() {
    return DEFAULTS;
  }

  private interface Change {
    void apply(Values values);
  }

  private PathwayPolicy with(Change change) {
    Values copy = v.copy();
    change.apply(copy);
    return new PathwayPolicy(copy);
  }

  /** The value when within min to max; the field is named after the wither (withX sets x). */
  private static int within(String wither, int value, int min, int max) {
    if (value < min || value > max) {
      String field = Character.toLowerCase(wither.charAt(4)) + wither.substring(5);
      throw new IllegalArgumentException(wither + ": " + field + " " + value + " is outside "
          + min + " to " + max + " (rule: PathwayPolicy bounds every number to a sensible "
          + "range)");
    }
    return value;
  }

  private static <T> T present(String field, T value) {
    if (value == null) {
      throw new IllegalArgumentException(field + ": is required but was null");
    }
    return value;
  }

  /**
   * Returns the months from the previous inspection's anchor to the expected day of the next
   * short or standard inspection. Default 36 (rule book §3.5, "about every 3 years").
   *
   * @return 1 to 120
   */
  public int cycleMonths() {
    return v.cycleMonths;
  }

  /**
   * Returns a policy with another cycle length.
   *
   * @param months 1 to 120
   * @return a new policy
   * @throws IllegalArgumentException when {@code months} is outside 1 to 120
   */
  public PathwayPolicy withCycleMonths(int months) {
    int m = within("withCycleMonths", months, 1, 120);
    return with(x -> x.cycleMonths = m);
  }

  /**
   * Returns the months from the start of the next inspection's window to its expected day.
   * Default 7: measured (the rule book's 6 either side, §3.5 SECONDARY, held few inspections).
   *
   * @return 0 to 60
   */
  public int monthsBefore() {
    return v.monthsBefore;
  }

  /**
   * Returns a policy with another window start.
   *
   * @param months 0 to 60
   * @return a new policy
   * @throws IllegalArgumentException when {@code months} is outside 0 to 60
   */
  public PathwayPolicy withMonthsBefore(int months) {
    int m = within("withMonthsBefore", months, 0, 60);
    return with(x -> x.monthsBefore = m);
  }

  /**
   * Returns the months from the next inspection's expected day to the end of its window. Default
   * 11: measured; inspections run late more often than early.
   *
   * @return 0 to 60
   */
  public int monthsAfter() {
    return v.monthsAfter;
  }

  /**
   * Returns a policy with another window end.
   *
   * @param months 0 to 60
   * @return a new policy
   * @throws IllegalArgumentException when {@code months} is outside 0 to 60
   */
  public PathwayPolicy withMonthsAfter(int months) {
    int m = within("withMonthsAfter", months, 0, 60);
    return with(x -> x.monthsAfter = m);
  }

  /**
   * Returns the date of the previous inspection that windows are counted from. Default {@link
   * Anchor#START} (rule book §3.5: start or end is UNCONFIRMED).
   *
   * @return the anchor, never null
   */
  public Anchor anchor() {
    return v.anchor;
  }

  /**
   * Returns a policy with another anchor.
   *
   * @param anchor the anchor, not null
   * @return a new policy
   * @throws IllegalArgumentException when {@code anchor} is null
   */
  public PathwayPolicy withAnchor(Anchor anchor) {
    Anchor a = present("anchor", anchor);
    return with(x -> x.anchor = a);
  }

  /**
   * Returns the months from an inadequate inspection's anchor to the expected re-inspection.
   * Default 27: measured (rule book §3.5: "within two years" under the SIF, "about 2.5 years"
   * UNCONFIRMED under ILACS).
   *
   * @return 1 to 120
   */
  public int reinspectionMonths() {
    return v.reinspectionMonths;
  }

  /**
   * Returns a policy with another re-inspection interval.
   *
   * @param months 1 to 120
   * @return a new policy
   * @throws IllegalArgumentException when {@code months} is outside 1 to 120
   */
  public PathwayPolicy withReinspectionMonths(int months) {
    int m = within("withReinspectionMonths", months, 1, 120);
    return with(x -> x.reinspectionMonths = m);
  }

  /**
   * Returns the months before the expected re-inspection that its window opens. Default 9,
   * measured.
   *
   * @return 0 to 60
   */
  public int reinspectionMonthsBefore() {
    return v.reinspectionMonthsBefore;
  }

  /**
   * Returns a policy with another re-inspection window start.
   *
   * @param months 0 to 60
   * @return a new policy
   * @throws IllegalArgumentException when {@code months} is outside 0 to 60
   */
  public PathwayPolicy withReinspectionMonthsBefore(int months) {
    int m = within("withReinspectionMonthsBefore", months, 0, 60);
    return with(x -> x.reinspectionMonthsBefore = m);
  }

  /**
   * Returns the months after the expected re-inspection that its window closes. Default 9,
   * measured.
   *
   * @return 0 to 60
   */
  public int reinspectionMonthsAfter() {
    return v.reinspectionMonthsAfter;
  }

  /**
   * Returns a policy with another re-inspection window end.
   *
   * @param months 0 to 60
   * @return a new policy
   * @throws IllegalArgumentException when {@code months} is outside 0 to 60
   */
  public PathwayPolicy withReinspectionMonthsAfter(int months) {
    int m = within("withReinspectionMonthsAfter", months, 0, 60);
    return with(x -> x.reinspectionMonthsAfter = m);
  }

  /**
   * Returns the suspensions of routine inspection that move windows. Default {@link #COVID_2020}.
   *
   * @return an unmodifiable list in the order given
   */
  public List<Pause> pauses() {
    return v.pauses;
  }

  /**
   * Returns a policy with other suspensions (none to ignore the pandemic).
   *
   * @param pauses the pauses, none null
   * @return a new policy
   * @throws IllegalArgumentException when {@code pauses} or an element is null
   */
  public PathwayPolicy withPauses(Pause... pauses) {
    present("pauses", pauses);
    for (int i = 0; i < pauses.length; i++) {
      present("pauses[" + i + "]", pauses[i]);
    }
    List<Pause> p = List.copyOf(Arrays.asList(pauses));
    return with(x -> x.pauses = p);
  }

  /**
   * Returns how many focused visits or joint targeted area inspections are expected between full
   * inspections on a pathway. Defaults: pathway 1: 1 (rule book §3.5, seed letter 2019); requires
   * improvement: 2 (§3.5, Cumbria paper, SECONDARY); inadequate: 0 (§3.7, monitoring instead);
   * not yet inspected: 1 (§3.5).
   *
   * @param pathway the pathway, not null
   * @return 0 to 20
   */
  public int interimVisits(Pathway pathway) {
    return v.interimVisits.get(present("pathway", pathway));
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
    Pathway p = present("pathway", pathway);
    int n = within("withInterimVisits", visits, 0, 20);
    return with(x -> x.interimVisits.put(p, n));
  }

  /**
   * Returns the months between annual engagement meetings. Default 12 (rule book §3.1, §3.2).
   *
   * @return 1 to 60
   */
  public int engagementMeetingIntervalMonths() {
    return v.engagementMeetingIntervalMonths;
  }

  /**
   * Returns a policy with another engagement meeting interval.
   *
   * @param months 1 to 60
   * @return a new policy
   * @throws IllegalArgumentException when {@code months} is outside 1 to 60
   */
  public PathwayPolicy withEngagementMeetingIntervalMonths(int months) {
    int m = within("withEngagementMeetingIntervalMonths", months, 1, 60);
    return with(x -> x.engagementMeetingIntervalMonths = m);
  }

  /**
   * Returns the working days after an inadequate report by which the action planning visit is
   * expected. Default 20: UNCONFIRMED (rule book §3.8 gives the visit but no period).
   *
   * @return 1 to 1000
   */
  public int actionPlanningVisitWorkingDays() {
    return v.actionPlanningVisitWorkingDays;
  }

  /**
   * Returns a policy with another action planning visit period.
   *
   * @param workingDays 1 to 1000
   * @return a new policy
   * @throws IllegalArgumentException when {@code workingDays} is outside 1 to 1000
   */
  public PathwayPolicy withActionPlanningVisitWorkingDays(int workingDays) {
    int n = within("withActionPlanningVisitWorkingDays", workingDays, 1, 1000);
    return with(x -> x.actionPlanningVisitWorkingDays = n);
  }

  /**
   * Returns the months between monitoring visits while inadequate. Default 3 (rule book §3.5,
   * §3.8: "quarterly").
   *
   * @return 1 to 24
   */
  public int monitoringIntervalMonths() {
    return v.monitoringIntervalMonths;
  }

  /**
   * Returns a policy with another monitoring interval.
   *
   * @param months 1 to 24
   * @return a new policy
   * @throws IllegalArgumentException when {@code months} is outside 1 to 24
   */
  public PathwayPolicy withMonitoringIntervalMonths(int months) {
    int m = within("withMonitoringIntervalMonths", months, 1, 24);
    return with(x -> x.monitoringIntervalMonths = m);
  }

  /**
   * Returns the weeks after the action plan deadline by which the first monitoring visit is
   * expected: its window runs from the deadline to this many weeks after it. Default 4 (rule
   * book §3.5, "within four weeks of the deadline", 2016 handbook, CONFIRMED for those rules).
   *
   * @return 0 to 52
   */
  public int firstMonitoringVisitWeeks() {
    return v.firstMonitoringVisitWeeks;
  }

  /**
   * Returns a policy with another first monitoring visit delay.
   *
   * @param weeks 0 to 52
   * @return a new policy
   * @throws IllegalArgumentException when {@code weeks} is outside 0 to 52
   */
  public PathwayPolicy withFirstMonitoringVisitWeeks(int weeks) {
    int w = within("withFirstMonitoringVisitWeeks", weeks, 0, 52);
    return with(x -> x.firstMonitoringVisitWeeks = w);
  }

  /**
   * Returns the most monitoring visits expected before re-inspection. Default 6 (rule book §3.5,
   * "up to six quarterly monitoring visits").
   *
   * @return 0 to 24
   */
  public int maxMonitoringVisits() {
    return v.maxMonitoringVisits;
  }

  /**
   * Returns a policy with another maximum number of monitoring visits.
   *
   * @param visits 0 to 24
   * @return a new policy
   * @throws IllegalArgumentException when {@code visits} is outside 0 to 24
   */
  public PathwayPolicy withMaxMonitoringVisits(int visits) {
    int n = within("withMaxMonitoringVisits", visits, 0, 24);
    return with(x -> x.maxMonitoringVisits = n);
  }

  /**
   * Returns the months either side of a monitoring visit's expected day that its window spans.
   * Default 1 (rule book §3.5: visits "may not be equally spaced"; figure UNCONFIRMED).
   *
   * @return 0 to 12
   */
  public int monitoringWindowMonths() {
    return v.monitoringWindowMonths;
  }

  /**
   * Returns a policy with another monitoring visit window.
   *
   * @param months 0 to 12
   * @return a new policy
   * @throws IllegalArgumentException when {@code months} is outside 0 to 12
   */
  public PathwayPolicy withMonitoringWindowMonths(int months) {
    int m = within("withMonitoringWindowMonths", months, 0, 12);
    return with(x -> x.monitoringWindowMonths = m);
  }

  /**
   * Returns the working days for the authority's action plan after a report or a focused-visit
   * letter with areas for priority action. Default 70 (rule book §3.7-§3.9, CONFIRMED through
   * Ofsted statements).
   *
   * @return 1 to 1000
   */
  public int actionPlanWorkingDays() {
    return v.actionPlanWorkingDays;
  }

  /**
   * Returns a policy with another action plan period.
   *
   * @param workingDays 1 to 1000
   * @return a new policy
   * @throws IllegalArgumentException when {@code workingDays} is outside 1 to 1000
   */
  public PathwayPolicy withActionPlanWorkingDays(int workingDays) {
    int n = within("withActionPlanWorkingDays", workingDays, 1, 1000);
    return with(x -> x.actionPlanWorkingDays = n);
  }

  /**
   * Returns the working days for an early draft of the action plan after a focused visit with
   * areas for priority action. Default 20 (rule book §3.7, CONFIRMED).
   *
   * @return 1 to 1000
   */
  public int earlyDraftWorkingDays() {
    return v.earlyDraftWorkingDays;
  }

  /**
   * Returns a policy with another early draft period.
   *
   * @param workingDays 1 to 1000
   * @return a new policy
   * @throws IllegalArgumentException when {@code workingDays} is outside 1 to 1000
   */
  public PathwayPolicy withEarlyDraftWorkingDays(int workingDays) {
    int n = within("withEarlyDraftWorkingDays", workingDays, 1, 1000);
    return with(x -> x.earlyDraftWorkingDays = n);
  }

  /**
   * Returns the working days within which the authority must publish an inspection report.
   * Default 30 (rule book §3.9, SI 2007/462 reg. 2, CONFIRMED).
   *
   * @return 1 to 1000
   */
  public int publicationWorkingDays() {
    return v.publicationWorkingDays;
  }

  /**
   * Returns a policy with another publication period.
   *
   * @param workingDays 1 to 1000
   * @return a new policy
   * @throws IllegalArgumentException when {@code workingDays} is outside 1 to 1000
   */
  public PathwayPolicy withPublicationWorkingDays(int workingDays) {
    int n = within("withPublicationWorkingDays", workingDays, 1, 1000);
    return with(x -> x.publicationWorkingDays = n);
  }

  /**
   * Returns the first letter date from which a focused visit with areas for priority action
   * requires an action plan. Default 1 September 2018 (rule book §3.7 and §3.10, CONFIRMED).
   *
   * @return the date, never null
   */
  public LocalDate priorityActionPlansFrom() {
    return v.priorityActionPlansFrom;
  }

  /**
   * Returns a policy with another start for action plans after focused visits.
   *
   * @param date the first letter date, not null
   * @return a new policy
   * @throws IllegalArgumentException when {@code date} is null
   */
  public PathwayPolicy withPriorityActionPlansFrom(LocalDate date) {
    LocalDate d = present("priorityActionPlansFrom", date);
    return with(x -> x.priorityActionPlansFrom = d);
  }

  /**
   * Returns the working-day calendar deadlines are counted on. Default {@link
   * WorkingDays#englandAndWales()}.
   *
   * @return the calendar, never null
   */
  public WorkingDays workingDays() {
    return v.workingDays;
  }

  /**
   * Returns a policy counting on another calendar, for instance one with announced holidays.
   *
   * @param workingDays the calendar, not null
   * @return a new policy
   * @throws IllegalArgumentException when {@code workingDays} is null
   */
  public PathwayPolicy withWorkingDays(WorkingDays workingDays) {
    WorkingDays w = present("workingDays", workingDays);
    return with(x -> x.workingDays = w);
  }

  /**
   * Returns the rule for graded inspections without an overall grade. Default {@link
   * PathwayRule#leadersPlusTwoOfThree()} (UNCONFIRMED).
   *
   * @return the rule, never null
   */
  public PathwayRule noOverallGradeRule() {
    return v.noOverallGradeRule;
  }

  /**
   * Returns a policy with another rule for graded inspections without an overall grade.
   *
   * @param rule the rule, not null
   * @return a new policy
   * @throws IllegalArgumentException when {@code rule} is null
   */
  public PathwayPolicy withNoOverallGradeRule(PathwayRule rule) {
    PathwayRule r = present("rule", rule);
    return with(x -> x.noOverallGradeRule = r);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof PathwayPolicy p)) {
      return false;
    }
    Values a = v;
    Values b = p.v;
    return a.cycleMonths == b.cycleMonths && a.monthsBefore == b.monthsBefore
        && a.monthsAfter == b.monthsAfter && a.anchor == b.anchor
        && a.reinspectionMonths == b.reinspectionMonths
        && a.reinspectionMonthsBefore == b.reinspectionMonthsBefore
        && a.reinspectionMonthsAfter == b.reinspectionMonthsAfter && a.pauses.equals(b.pauses)
        && a.interimVisits.equals(b.interimVisits)
        && a.engagementMeetingIntervalMonths == b.engagementMeetingIntervalMonths
        && a.actionPlanningVisitWorkingDays == b.actionPlanningVisitWorkingDays
        && a.monitoringIntervalMonths == b.monitoringIntervalMonths
        && a.firstMonitoringVisitWeeks == b.firstMonitoringVisitWeeks
        && a.maxMonitoringVisits == b.maxMonitoringVisits
        && a.monitoringWindowMonths == b.monitoringWindowMonths
        && a.actionPlanWorkingDays == b.actionPlanWorkingDays
        && a.earlyDraftWorkingDays == b.earlyDraftWorkingDays
        && a.publicationWorkingDays == b.publicationWorkingDays
        && a.priorityActionPlansFrom.equals(b.priorityActionPlansFrom)
        && a.workingDays.equals(b.workingDays)
        && a.noOverallGradeRule.equals(b.noOverallGradeRule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(v.cycleMonths, v.monthsBefore, v.monthsAfter, v.anchor,
        v.reinspectionMonths, v.pauses, v.interimVisits, v.actionPlanWorkingDays,
        v.publicationWorkingDays, v.noOverallGradeRule);
  }

  @Override
  public String toString() {
    return "PathwayPolicy[cycle " + v.cycleMonths + " months -" + v.monthsBefore + "/+"
        + v.monthsAfter + ", anchor " + v.anchor + ", re-inspection " + v.reinspectionMonths
        + " months -" + v.reinspectionMonthsBefore + "/+" + v.reinspectionMonthsAfter
        + ", pauses " + v.pauses + ", interim visits " + v.interimVisits + "]";
  }
}
