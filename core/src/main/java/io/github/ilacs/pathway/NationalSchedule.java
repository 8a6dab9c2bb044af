package io.github.ilacs.pathway;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.LocalAuthority;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every authority's history together shows about Ofsted's national programme on a date, and
 * the sharper windows it gives: the queue of authorities awaiting their next full inspection in
 * order of expected day, the backlog whose expected day has passed, the national rate of full
 * inspections per month and the short/standard mix after good or outstanding.
 *
 * <p>Built only from what was known on the date: a full inspection counts once its report is
 * published (its last day on site when no date is recorded), an authority with a full inspection
 * begun and its report awaited is left out of the queue, and pauses count once begun. For each
 * authority in the queue the expected day of the framework's cycle ({@link Reason#THREE_YEAR_CYCLE})
 * is moved by its grade ({@link Reason#NATIONAL_SCHEDULE}); the backlog takes places after the
 * date at the national rate ({@link Reason#BACKLOG_QUEUE}); and since the histories show no full
 * inspection begun by the date, the window opens no earlier than the next day ({@link
 * Reason#NOT_BEFORE_THE_DATE}). The numbers are the policy's {@link PathwayPolicy#schedule()}.
 * Pass a schedule to {@link InspectionPathway#of(InspectionHistory, NationalSchedule)}; a pathway
 * asked without one keeps the framework's plain window. Immutable and thread-safe.
 */
public final class NationalSchedule {
  private final LocalDate asOf;
  private final PathwayPolicy policy;
  private final List<LocalAuthority> queue;
  private final List<LocalAuthority> backlog;
  private final Map<String, ScheduledWindow> windows;
  /** The plain answers the schedule was built from, reused for the same history. */
  private final Map<String, InspectionPathway> answers;
  private final double ratePerMonth;
  private final int afterGood;
  private final int standardAfterGood;

  private NationalSchedule(LocalDate asOf, PathwayPolicy policy, List<LocalAuthority> queue,
      List<LocalAuthority> backlog, Map<String, ScheduledWindow> windows,
      Map<String, InspectionPathway> answers, double ratePerMonth, int afterGood,
      int standardAfterGood) {
    this.answers = answers;
    this.asOf = asOf;
    this.policy = policy;
    this.queue = queue;
    this.backlog = backlog;
    this.windows = windows;
    this.ratePerMonth = ratePerMonth;
    this.afterGood = afterGood;
    this.standardAfterGood = standardAfterGood;
  }

  /**
   * Builds the schedule of a set of histories as of a date under {@link
   * PathwayPolicy#defaults()}.
   *
   * @param histories one history per authority, none null, no authority code twice
   * @param asOf the date, within the supported dates of {@link InspectionPathway}
   * @return the schedule, never null
   * @throws IllegalArgumentException when an argument or history is null, an authority code
   *     appears twice, or as for {@link InspectionPathway#of(InspectionHistory, LocalDate)}
   */
  public static NationalSchedule of(Collection<InspectionHistory> histories, LocalDate asOf) {
    return of(histories, asOf, PathwayPolicy.defaults());
  }

  /**
   * Builds the schedule of a set of histories as of a date under a policy.
   *
   * @param histories one history per authority, none null, no authority code twice
   * @param asOf the date, within the supported dates of {@link InspectionPathway}
   * @param policy the numbers to use, not null
   * @return the schedule, never null
   * @throws IllegalArgumentException as for {@link #of(Collection, LocalDate)}
   */
  public static NationalSchedule of(Collection<InspectionHistory> histories, LocalDate asOf,
      PathwayPolicy policy) {
    if (histories == null || asOf == null || policy == null) {
      throw new IllegalArgumentException((histories == null ? "histories" : asOf == null
          ? "asOf" : "policy") + " must not be null");
    }
    PathwayPolicy.Schedule s = policy.schedule();
    List<Waiting> waiting = new ArrayList<>(histories.size());
    Map<String, InspectionHistory> byCode = new HashMap<>();
    Map<String, InspectionPathway> answers = new HashMap<>();
    int[] mix = new int[2];
    List<LocalDate> published = new ArrayList<>();
    int n = 0;
    for (InspectionHistory h : histories) {
      if (h == null) {
        throw new IllegalArgumentException("histories[" + n + "] must not be null");
      }
      n++;
      InspectionHistory twice = byCode.put(h.authority().code(), h);
      if (twice != null) {
        throw new IllegalArgumentException("histories hold authority code "
            + h.authority().code() + " twice (" + twice.authority().name() + " and "
            + h.authority().name() + "); rule: one history per authority");
      }
      countKnown(h, asOf, policy, published, mix);
      InspectionPathway plain = InspectionPathway.of(h, asOf, policy);
      answers.put(h.authority().code(), plain);
      if (plain.pending().isPresent() || plain.basis().isEmpty()) {
        continue;
      }
      LocalDate expected = plain.nextInspection().window().expected();
      expected = switch (plain.pathway()) {
        case GOOD_OR_OUTSTANDING -> expected.plusMonths(s.monthsLaterAfterGood());
        case REQUIRES_IMPROVEMENT -> expected.minusMonths(s.monthsSoonerAfterRequiresImprovement());
        default -> expected;
      };
      waiting.add(new Waiting(h.authority(), expected));
    }
    waiting.sort(Comparator.comparing((Waiting w) -> w.expected)
        .thenComparing(w -> w.authority.code()));
    double rate = rate(published, asOf, policy);
    List<LocalAuthority> queue = new ArrayList<>(waiting.size());
    List<LocalAuthority> backlog = new ArrayList<>();
    Map<String, ScheduledWindow> windows = new HashMap<>();
    for (Waiting w : waiting) {
      queue.add(w.authority);
      List<Reason> reasons = new ArrayList<>(3);
      reasons.add(Reason.NATIONAL_SCHEDULE);
      LocalDate expected = w.expected;
      int place = 0;
      if (!expected.isAfter(asOf)) {
        backlog.add(w.authority);
        place = backlog.size();
        if (rate > 0) {
          expected = asOf.plusDays(Math.round((place - 0.5) / rate * Window.DAYS_PER_MONTH));
        }
        reasons.add(Reason.BACKLOG_QUEUE);
      }
      LocalDate earliest = expected.minusMonths(s.monthsBefore());
      Window window = new Window(earliest, expected, expected.plusMonths(s.monthsAfter()));
      if (!earliest.isAfter(asOf)) {
        long days = ChronoUnit.DAYS.between(earliest, asOf) + 1;
        window = window.shiftedBy(days);
        reasons.add(Reason.NOT_BEFORE_THE_DATE);
      }
      windows.put(w.authority.code(), new ScheduledWindow(window, place, reasons));
    }
    return new NationalSchedule(asOf, policy, List.copyOf(queue), List.copyOf(backlog),
        Map.copyOf(windows), Map.copyOf(answers), rate, mix[0], mix[1]);
  }

  /** Records each full inspection's publication and the kind that followed good results. */
  private static void countKnown(InspectionHistory h, LocalDate asOf, PathwayPolicy policy,
      List<LocalDate> published, int[] mix) {
    Inspection previous = null;
    for (Inspection i : h.chronological()) {
      if (!i.isFullInspection()) {
        continue;
      }
      LocalDate out = i.published().orElse(i.end());
      if (out.isAfter(asOf)) {
        break;
      }
      published.add(out);
      if (previous != null && i.framework().hasKind(InspectionKind.SHORT_INSPECTION)
          && previous.pathwayGrade().isPresent()
          && Pathway.of(previous, policy.noOverallGradeRule()) == Pathway.GOOD_OR_OUTSTANDING) {
        mix[0]++;
        mix[1] += i.kind() == InspectionKind.STANDARD_INSPECTION ? 1 : 0;
      }
      previous = i;
    }
  }

  /** The plain answer worked out for this very history object, when the schedule holds it. */
  Optional<InspectionPathway> answerFor(InspectionHistory h) {
    InspectionPathway p = answers.get(h.authority().code());
    return p != null && p.history() == h ? Optional.of(p) : Optional.empty();
  }

  /**
   * Full inspections published per month over the policy's months of inspection before the
   * date; the months of a pause begun by then are left out and the count reaches back past them.
   */
  static double rate(List<LocalDate> published, LocalDate asOf, PathwayPolicy policy) {
    int months = policy.schedule().rateMonths();
    long remaining = ChronoUnit.DAYS.between(asOf.minusMonths(months), asOf);
    LocalDate cursor = asOf;
    List<PathwayPolicy.Pause> pauses = new ArrayList<>(policy.pauses());
    for (int i = pauses.size() - 1; i >= 0; i--) {
      PathwayPolicy.Pause p = pauses.get(i);
      if (p.suspended().isAfter(asOf) || !p.suspended().isBefore(cursor)) {
        continue;
      }
      LocalDate end = p.restarted().isBefore(cursor) ? p.restarted() : cursor;
      long active = ChronoUnit.DAYS.between(end, cursor);
      if (active >= remaining) {
        break;
      }
      remaining -= active;
      cursor = p.suspended();
    }
    LocalDate from = cursor.minusDays(remaining);
    int count = 0;
    for (LocalDate d : published) {
      if (d.isAfter(from) && !d.isAfter(asOf) && !inPause(d, asOf, policy)) {
        count++;
      }
    }
    return (double) count / months;
  }

  private static boolean inPause(LocalDate d, LocalDate asOf, PathwayPolicy policy) {
    for (PathwayPolicy.Pause p : policy.pauses()) {
      if (!p.suspended().isAfter(asOf) && !d.isBefore(p.suspended())
          && d.isBefore(p.restarted())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the date the schedule is for.
   *
   * @return the date, never null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the policy the schedule was built under.
   *
   * @return the policy, never null
   */
  public PathwayPolicy policy() {
    return policy;
  }

  /**
   * Returns the authorities awaiting a next full inspection with none begun, in order of their
   * expected day (ties by authority code).
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<LocalAuthority> queue() {
    return queue;
  }

  /**
   * Returns the authorities of the queue whose expected day had passed on the date, in the order
   * they are taken.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<LocalAuthority> backlog() {
    return backlog;
  }

  /**
   * Returns the national rate: full inspections published per month over the policy's months of
   * inspection before the date, pauses left out.
   *
   * @return zero or more
   */
  public double fullInspectionsPerMonth() {
    return ratePerMonth;
  }

  /**
   * Returns how many full inspections known on the date followed a good or outstanding result
   * under a framework with short inspections.
   *
   * @return zero or more
   */
  public int inspectionsAfterGood() {
    return afterGood;
  }

  /**
   * Returns how many of {@link #inspectionsAfterGood()} were standard rather than short
   * inspections; no published trigger says which, so the forecast kind stays short.
   *
   * @return zero to {@link #inspectionsAfterGood()}
   */
  public int standardAfterGood() {
    return standardAfterGood;
  }

  /**
   * Returns the scheduled window of an authority in the queue.
   *
   * @param authority the authority, not null
   * @return the window, or empty when the authority is not in the queue (unknown, not yet
   *     inspected, or with a full inspection begun and its report awaited)
   * @throws IllegalArgumentException when {@code authority} is null
   */
  public Optional<ScheduledWindow> windowOf(LocalAuthority authority) {
    if (authority == null) {
      throw new IllegalArgumentException("authority must not be null");
    }
    return Optional.ofNullable(windows.get(authority.code()));
  }

  @Override
  public String toString() {
    return "NationalSchedule[as of " + asOf + ": " + queue.size() + " in the queue, "
        + backlog.size() + " in the backlog, " + String.format(java.util.Locale.ROOT, "%.2f", ratePerMonth)
        + " full inspections a month, " + standardAfterGood + " of " + afterGood
        + " after good standard]";
  }

  /** An authority in the queue and its expected day. */
  private record Waiting(LocalAuthority authority, LocalDate expected) {}
}
