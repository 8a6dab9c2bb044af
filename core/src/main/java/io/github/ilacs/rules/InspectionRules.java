package io.github.ilacs.rules;

import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.Judgement;
import io.github.ilacs.JtaiSeries;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.Theme;
import io.github.ilacs.Timescale;
import io.github.ilacs.calendar.BankHolidays;
import io.github.ilacs.calendar.WorkingDays;
import io.github.ilacs.rules.Checks.Sink;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checking logic of the rules about one inspection. Each method belongs to one constant of
 * {@link Rule}; the catalogue decides which frameworks a rule applies to, so a method only runs
 * for an inspection under one of them.
 *
 * <p>Rules that read what a framework requires of a kind of activity (its areas, its overall
 * rules, its finding kinds) say nothing when the framework does not have that kind: rule R102
 * reports that, and the framework cannot say what such an activity should grade. The catalogue
 * runs them only for kinds the framework has ({@code Rule.whereKindInFramework}), so their
 * methods here need not check.
 */
final class InspectionRules {
  /** The leadership judgements: ILACS's impact of leaders and the SIF's key judgement. */
  static final Set<JudgementArea> LEADERSHIP_AREAS = EnumSet.of(JudgementArea.IMPACT_OF_LEADERS,
      JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE);

  /**
   * Kinds that start on a Monday: 255 of 256 short and standard ILACS reports in a sample of
   * published reports did (docs/domain.md §3.2, a measured pattern).
   */
  static final Set<InspectionKind> MONDAY_START_KINDS =
      EnumSet.of(InspectionKind.SHORT_INSPECTION, InspectionKind.STANDARD_INSPECTION);

  /**
   * Kinds whose letter is about a chosen theme and so must name it (docs/domain.md §3.2, §3.7,
   * §6): the
   * themed visits ({@link InspectionKind.Role#THEMED_VISIT}), which the pathway forecast counts
   * as interim activity.
   */
  static final Set<InspectionKind> FOCUS_REQUIRED_KINDS =
      InspectionKind.withRole(InspectionKind.Role.THEMED_VISIT);

  /** Kinds that may name a focus ({@link InspectionKind.Role#MAY_NAME_A_FOCUS}). */
  static final Set<InspectionKind> FOCUS_ALLOWED_KINDS =
      InspectionKind.withRole(InspectionKind.Role.MAY_NAME_A_FOCUS);

  /** Kinds that may name a deep-dive theme ({@link InspectionKind.Role#HAS_DEEP_DIVE}). */
  static final Set<InspectionKind> DEEP_DIVE_KINDS =
      InspectionKind.withRole(InspectionKind.Role.HAS_DEEP_DIVE);

  private InspectionRules() {}

  /** R101. */
  static void frameworkInForce(Inspection i, Sink out) {
    Framework f = i.framework();
    if (!f.isInForceOn(i.start())) {
      out.report("/start", f + " was in force " + period(f) + ", not on " + i.start());
    }
  }

  /** R102. */
  static void kindInFramework(Inspection i, Sink out) {
    Framework f = i.framework();
    if (!f.hasKind(i.kind())) {
      out.report("/kind", f + " has no " + i.kind() + "; its kinds are " + names(f.kinds()));
    }
  }

  /** R201 and R202: one violation per required area not graded. */
  static void requiredAreasGraded(Inspection i, Sink out) {
    if (!i.kind().isGraded()) {
      return;
    }
    Framework f = i.framework();
    for (JudgementArea area : f.gradedAreas(i.kind())) {
      if (i.grade(area).isEmpty()) {
        out.report("/judgements", f + " " + i.kind() + " does not grade " + area
            + " (graded: " + names(i.gradesByArea().keySet()) + ")");
      }
    }
  }

  /** R203: silent where no source gives the kind's areas. */
  static void noAreaOutsideFramework(Inspection i, Sink out) {
    Framework f = i.framework();
    if (!i.kind().isGraded() || !f.areGradedAreasKnown(i.kind())) {
      return;
    }
    Set<JudgementArea> allowed = EnumSet.noneOf(JudgementArea.class);
    allowed.addAll(f.gradedAreas(i.kind()));
    allowed.addAll(f.optionalAreas(i.kind()));
    List<Judgement> judgements = i.judgements();
    for (int n = 0; n < judgements.size(); n++) {
      JudgementArea area = judgements.get(n).area();
      if (!allowed.contains(area)) {
        out.report("/judgements/" + n + "/area", f + " does not grade " + area + " in a "
            + i.kind() + "; its areas are " + names(allowed));
      }
    }
  }

  /** R204. */
  static void ungradedKindGradesNothing(Inspection i, Sink out) {
    if (i.kind().isGraded()) {
      return;
    }
    List<Judgement> judgements = i.judgements();
    for (int n = 0; n < judgements.size(); n++) {
      Judgement j = judgements.get(n);
      out.report("/judgements/" + n, "a " + i.kind() + " is not graded, but this one grades "
          + j.area() + " " + j.grade());
    }
  }

  /** R301. */
  static void inadequateDriverMeansInadequateOverall(Inspection i, Sink out) {
    Optional<Grade> overall = i.overallEffectiveness();
    if (overall.isEmpty() || overall.get() == Grade.INADEQUATE) {
      return;
    }
    List<JudgementArea> inadequate = new ArrayList<>();
    for (JudgementArea area : i.framework().overallDrivers()) {
      if (i.grade(area).orElse(null) == Grade.INADEQUATE) {
        inadequate.add(area);
      }
    }
    if (!inadequate.isEmpty()) {
      out.report(overallPath(i), "overall effectiveness is " + overall.get() + ", but "
          + names(inadequate) + (inadequate.size() == 1 ? " is" : " are")
          + " INADEQUATE; under " + i.framework() + " an inadequate "
          + names(i.framework().overallDrivers()) + " means overall INADEQUATE");
    }
  }

  /** R302. */
  static void overallWithinRange(Inspection i, Sink out) {
    Optional<Grade> overall = i.overallEffectiveness();
    if (overall.isEmpty()) {
      return;
    }
    Map<JudgementArea, Grade> components = i.gradesByArea().entrySet().stream()
        .filter(e -> i.framework().overallRangeAreas().contains(e.getKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    if (components.isEmpty()) {
      return;
    }
    Grade best = Grade.INADEQUATE;
    Grade worst = Grade.OUTSTANDING;
    for (Grade g : components.values()) {
      best = g.isBetterThan(best) ? g : best;
      worst = g.isWorseThan(worst) ? g : worst;
    }
    Grade o = overall.get();
    if (o.isBetterThan(best) || o.isWorseThan(worst)) {
      out.report(overallPath(i), "overall effectiveness is " + o + ", outside the range "
          + best + " to " + worst + " of " + describe(i, components.keySet()));
    }
  }

  /** R303. */
  static void overallNotBetterThanLeadership(Inspection i, Sink out) {
    Optional<Grade> overall = i.overallEffectiveness();
    if (overall.isEmpty()) {
      return;
    }
    for (JudgementArea area : i.framework().gradedAreas()) {
      if (LEADERSHIP_AREAS.contains(area)) {
        Optional<Grade> leadership = i.grade(area);
        if (leadership.isPresent() && leadership.get() != Grade.INADEQUATE
            && overall.get().isBetterThan(leadership.get())) {
          out.report(overallPath(i), "overall effectiveness " + overall.get()
              + " is better than " + area + " " + leadership.get());
        }
      }
    }
  }

  /**
   * R401: silent for dates outside the years the bank holiday calendar covers, where no
   * framework was in force either (R101 reports those).
   */
  static void usualOnSiteLength(Inspection i, Sink out) {
    if (!i.kind().isOnSiteLengthKnown() || !inCalendar(i.start()) || !inCalendar(i.end())) {
      return;
    }
    int days = workingDaysOnSite(i.start(), i.end());
    InspectionKind k = i.kind();
    if (days < k.minOnSiteDays() || days > k.maxOnSiteDays()) {
      String usual = k.minOnSiteDays() == k.maxOnSiteDays()
          ? String.valueOf(k.minOnSiteDays())
          : k.minOnSiteDays() + " to " + k.maxOnSiteDays();
      out.report("/end", "on site " + days + (days == 1 ? " working day" : " working days")
          + " from " + i.start() + " to " + i.end() + "; a " + k + " usually lasts " + usual);
    }
  }

  /** Inspection dates end by 2199 ({@code Limits}), inside the calendar's last year. */
  private static boolean inCalendar(LocalDate d) {
    return d.getYear() >= BankHolidays.FIRST_YEAR;
  }

  /** R402. */
  static void startsOnMonday(Inspection i, Sink out) {
    DayOfWeek day = i.start().getDayOfWeek();
    if (MONDAY_START_KINDS.contains(i.kind()) && day != DayOfWeek.MONDAY) {
      out.report("/start", "the " + i.kind() + " starts on " + day + " " + i.start()
          + "; short and standard inspections start on a MONDAY");
    }
  }

  /** R403. */
  static void publicationDateGiven(Inspection i, Sink out) {
    if (i.kind().isPublished() && i.published().isEmpty()) {
      out.report("/published", "Ofsted publishes the outcome of a " + i.kind()
          + ", but no publication date is given (on site " + i.start() + " to " + i.end() + ")");
    }
  }

  /** R501. */
  static void findingKindInFramework(Inspection i, Sink out) {
    Framework f = i.framework();
    List<Finding> findings = i.findings();
    Set<FindingKind> used = f.findingKinds(i.kind());
    for (int n = 0; n < findings.size(); n++) {
      Finding finding = findings.get(n);
      if (!used.contains(finding.kind())) {
        out.report("/findings/" + n + "/kind", f + " " + i.kind() + " documents do not use "
            + finding.kind() + "; they use " + names(used));
      }
    }
  }

  /** R506. */
  static void jtaiThemeOfItsSeries(Inspection i, Sink out) {
    if (!DEEP_DIVE_KINDS.contains(i.kind())) {
      return;
    }
    List<JtaiSeries> running = JtaiSeries.ranOnDay(i.start());
    if (running.isEmpty()) {
      return;
    }
    Set<Theme> themes = running.stream().map(JtaiSeries::theme)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Theme.class)));
    check(i.focus(), "/focus", themes, running, i, out);
    check(i.deepDive(), "/deepDive", themes, running, i, out);
  }

  private static void check(Optional<Theme> theme, String path, Set<Theme> themes,
      List<JtaiSeries> running, Inspection i, Sink out) {
    if (theme.isPresent() && !themes.contains(theme.get())) {
      out.report(path, theme.get() + " is not the theme of a JTAI series running on "
          + i.start() + " (" + names(running) + ": " + names(themes) + ")");
    }
  }

  /** R505. */
  static void findingTimescaleInFramework(Inspection i, Sink out) {
    Framework f = i.framework();
    List<Finding> findings = i.findings();
    for (int n = 0; n < findings.size(); n++) {
      Optional<Timescale> due = findings.get(n).timescale();
      if (due.isPresent() && !f.findingTimescales().contains(due.get())) {
        out.report("/findings/" + n + "/timescale", f + " reports set no timescale "
            + due.get() + "; they set " + names(f.findingTimescales()));
      }
    }
  }

  /** R502: where the kind's areas are not known, any area may be the one a finding is tied to. */
  static void findingAreaFitsLetter(Inspection i, Sink out) {
    Framework f = i.framework();
    Set<JudgementArea> allowed = allowedAreas(f);
    List<Finding> findings = i.findings();
    for (int n = 0; n < findings.size(); n++) {
      Optional<JudgementArea> area = findings.get(n).area();
      if (area.isEmpty()) {
        continue;
      }
      JudgementArea a = area.get();
      String path = "/findings/" + n + "/area";
      if (!allowed.contains(a) && f.areGradedAreasKnown(i.kind())) {
        out.report(path, "the finding is tied to " + a + ", which " + f + " does not judge; its "
            + "areas are " + names(allowed));
      } else if (a == JudgementArea.OVERALL_EFFECTIVENESS && !i.kind().isGraded()) {
        out.report(path, "the finding is tied to " + a + ", but a " + i.kind()
            + " makes no overall judgement");
      }
    }
  }

  /** R503: a focus, and a deep-dive theme, only on kinds that have them. */
  static void focusOnlyWhereKindHasOne(Inspection i, Sink out) {
    if (i.focus().isPresent() && !FOCUS_ALLOWED_KINDS.contains(i.kind())) {
      out.report("/focus", "a " + i.kind() + " has no focus, but " + i.focus().get()
          + " is given; only " + names(FOCUS_ALLOWED_KINDS) + " have one");
    }
    if (i.deepDive().isPresent() && !DEEP_DIVE_KINDS.contains(i.kind())) {
      out.report("/deepDive", "a " + i.kind() + " has no deep-dive theme, but "
          + i.deepDive().get() + " is given; only " + names(DEEP_DIVE_KINDS) + " have one");
    }
  }

  /** R504. */
  static void focusGiven(Inspection i, Sink out) {
    if (i.focus().isEmpty() && FOCUS_REQUIRED_KINDS.contains(i.kind())) {
      out.report("/focus", "the " + i.kind() + " on site " + i.start() + " to " + i.end()
          + " names no focus");
    }
  }

  /**
   * Counts the working days on site from one date to another, both included, on the England and
   * Wales calendar ({@link WorkingDays#englandAndWales()}: weekends and bank holidays are not
   * on-site days), the same calendar statutory deadlines are counted on.
   *
   * @param start the first day, in the calendar's supported years
   * @param end the last day, in the calendar's supported years
   * @return the number of working days ({@code end} is never before {@code start}: IV02)
   */
  static int workingDaysOnSite(LocalDate start, LocalDate end) {
    return WorkingDays.englandAndWales().between(start.minusDays(1), end);
  }

  /** The areas any graded activity under the framework may grade. */
  static Set<JudgementArea> allowedAreas(Framework f) {
    Set<JudgementArea> areas = EnumSet.noneOf(JudgementArea.class);
    areas.addAll(f.gradedAreas());
    areas.addAll(f.optionalAreas());
    for (InspectionKind k : f.kinds()) {
      areas.addAll(f.gradedAreas(k));
      areas.addAll(f.optionalAreas(k));
    }
    return areas;
  }

  private static String overallPath(Inspection i) {
    List<Judgement> judgements = i.judgements();
    for (int n = 0; n < judgements.size(); n++) {
      if (judgements.get(n).area() == JudgementArea.OVERALL_EFFECTIVENESS) {
        return "/judgements/" + n + "/grade";
      }
    }
    return "/judgements";
  }

  private static String describe(Inspection i, Collection<JudgementArea> areas) {
    return EnumSet.copyOf(areas).stream()
        .map(a -> a + " " + i.grade(a).map(Grade::name).orElse("not graded"))
        .collect(Collectors.joining(", "));
  }

  private static String period(Framework f) {
    return "from " + f.inForceFrom() + f.inForceUntil().map(u -> " to " + u).orElse(" on");
  }

  static String names(Collection<? extends Enum<?>> values) {
    return values.isEmpty() ? "none"
        : values.stream().map(Enum::name).collect(Collectors.joining(", "));
  }
}
