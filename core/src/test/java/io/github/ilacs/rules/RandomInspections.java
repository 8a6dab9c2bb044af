package io.github.ilacs.rules;

import io.github.ilacs.Finding;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.Judgement;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Theme;
import io.github.ilacs.calendar.WorkingDays;
import io.github.ilacs.pathway.Pathway;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded generator of valid inspections and histories: every record it builds satisfies every
 * rule of the catalogue, so a test can break one thing and expect exactly one code.
 *
 * <p>Inspections start on a Monday inside their framework's in-force period and last a usual
 * number of working days for their kind; graded kinds grade exactly the framework's areas
 * (sometimes an optional one too) with an overall grade chosen to agree with the others; findings use the
 * framework's kinds and areas; focused visits and JTAIs name a focus.
 */
final class RandomInspections {
  private static final List<LocalAuthority> AUTHORITIES = List.of(
      LocalAuthority.of("Nottinghamshire", "891"), LocalAuthority.of("Barnet", "302"),
      LocalAuthority.of("Cumbria", "909"), LocalAuthority.of("Isles of Scilly", "420"));

  private final Random random;

  RandomInspections(long seed) {
    this.random = new Random(seed);
  }

  /** Every framework and kind pair the catalogue knows. */
  static List<Object[]> frameworkKinds() {
    List<Object[]> pairs = new ArrayList<>();
    for (Framework f : Framework.values()) {
      for (InspectionKind k : f.kinds()) {
        pairs.add(new Object[] {f, k});
      }
    }
    return pairs;
  }

  /** A valid inspection of the kind under the framework. */
  Inspection inspection(Framework f, InspectionKind k) {
    LocalDate from = f.inForceFrom();
    LocalDate until = f.inForceUntil().orElse(from.plusYears(5));
    long span = ChronoUnit.DAYS.between(from, until);
    LocalDate start = from.plusDays((long) (random.nextDouble() * (span - 6)))
        .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    return inspection(pick(AUTHORITIES), f, k, start);
  }

  /** A valid inspection of the kind under the framework, starting on the given Monday. */
  Inspection inspection(LocalAuthority authority, Framework f, InspectionKind k,
      LocalDate monday) {
    int days = k.isOnSiteLengthKnown()
        ? k.minOnSiteDays() + random.nextInt(k.maxOnSiteDays() - k.minOnSiteDays() + 1) : 1;
    // the usual length in working days, as R401 counts them (bank holidays are not on site)
    LocalDate end = WorkingDays.englandAndWales().plus(monday.minusDays(1), days);
    Inspection.Builder b = Inspection.builder().authority(authority).framework(f).kind(k)
        .start(monday).end(end);
    if (k.isPublished() || random.nextBoolean()) {
      b.published(end.plusDays(1 + random.nextInt(80)));
    }
    if (k.isGraded()) {
      b.judgements(grades(f, k));
    }
    int findings = f.findingKinds(k).isEmpty() ? 0 : random.nextInt(4);
    for (int n = 0; n < findings; n++) {
      b.addFindings(finding(f, k));
    }
    if (InspectionRules.FOCUS_REQUIRED_KINDS.contains(k)
        || InspectionRules.FOCUS_ALLOWED_KINDS.contains(k) && random.nextBoolean()) {
      List<Theme> seriesThemes = io.github.ilacs.JtaiSeries.ranOnDay(monday).stream()
          .map(io.github.ilacs.JtaiSeries::theme).toList();
      boolean jtai = InspectionRules.DEEP_DIVE_KINDS.contains(k);
      b.focus(pick(jtai && !seriesThemes.isEmpty() ? seriesThemes : List.of(Theme.values())));
    }
    return b.build();
  }

  /**
   * A valid ILACS-era history of one authority: a first standard inspection, then what the
   * pathway of each result leads to (monitoring visits after inadequate, focused visits
   * otherwise, a short inspection only after good or outstanding), in date order, never
   * overlapping.
   */
  InspectionHistory history() {
    LocalAuthority authority = pick(AUTHORITIES);
    List<Inspection> list = new ArrayList<>();
    LocalDate monday = LocalDate.of(2018, 1, 8).plusWeeks(random.nextInt(40));
    Inspection full = fullInspection(authority, InspectionKind.STANDARD_INSPECTION, monday);
    list.add(full);
    for (int step = 0; step < 3; step++) {
      Pathway result = Pathway.of(full);
      LocalDate next = full.end().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
      InspectionKind interim = result == Pathway.INADEQUATE
          ? InspectionKind.MONITORING_VISIT : InspectionKind.FOCUSED_VISIT;
      int visits = 1 + random.nextInt(3);
      for (int v = 0; v < visits; v++) {
        next = next.plusWeeks(8 + random.nextInt(12));
        Framework f = Framework.inForceOn(next, interim).orElseThrow();
        Inspection visit = inspection(authority, f, interim, next);
        list.add(visit);
        next = visit.end().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
      }
      InspectionKind kind = result == Pathway.GOOD_OR_OUTSTANDING && random.nextBoolean()
          ? InspectionKind.SHORT_INSPECTION : InspectionKind.STANDARD_INSPECTION;
      full = fullInspection(authority, kind, next.plusWeeks(4 + random.nextInt(20)));
      list.add(full);
    }
    return InspectionHistory.of(authority, list);
  }

  private Inspection fullInspection(LocalAuthority authority, InspectionKind kind,
      LocalDate monday) {
    Framework f = Framework.inForceOn(monday, kind).orElseThrow();
    return inspection(authority, f, kind, monday);
  }

  private List<Judgement> grades(Framework f, InspectionKind k) {
    List<Judgement> judgements = new ArrayList<>();
    Grade worst = Grade.OUTSTANDING;
    Grade best = Grade.INADEQUATE;
    boolean driverInadequate = false;
    Grade leadership = null;
    for (JudgementArea a : f.gradedAreas(k)) {
      if (a == JudgementArea.OVERALL_EFFECTIVENESS) {
        continue;
      }
      Grade g = grade();
      judgements.add(Judgement.of(a, g));
      if (f.overallRangeAreas().contains(a)) {
        worst = g.isWorseThan(worst) ? g : worst;
        best = g.isBetterThan(best) ? g : best;
      }
      driverInadequate |= f.overallDrivers().contains(a) && g == Grade.INADEQUATE;
      if (InspectionRules.LEADERSHIP_AREAS.contains(a)) {
        leadership = g;
      }
    }
    if (f.gradedAreas(k).contains(JudgementArea.OVERALL_EFFECTIVENESS)) {
      List<Grade> allowed = new ArrayList<>();
      for (Grade g : Grade.values()) {
        boolean inRange = f.overallRangeAreas().isEmpty()
            || g.isAtLeast(worst) && best.isAtLeast(g);
        boolean leadershipOk = leadership == null || leadership == Grade.INADEQUATE
            || leadership.isAtLeast(g);
        if (inRange && leadershipOk && (!driverInadequate || g == Grade.INADEQUATE)) {
          allowed.add(g);
        }
      }
      judgements.add(Judgement.of(JudgementArea.OVERALL_EFFECTIVENESS, pick(allowed)));
    }
    for (JudgementArea a : f.optionalAreas(k)) {
      if (random.nextInt(3) == 0) {
        judgements.add(Judgement.of(a, grade()));
      }
    }
    Collections.shuffle(judgements, random);
    return judgements;
  }

  private Grade grade() {
    int r = random.nextInt(10);
    return r < 1 ? Grade.OUTSTANDING : r < 5 ? Grade.GOOD
        : r < 8 ? Grade.REQUIRES_IMPROVEMENT : Grade.INADEQUATE;
  }

  private Finding finding(Framework f, InspectionKind k) {
    Finding.Builder b = Finding.builder().kind(pick(List.copyOf(f.findingKinds(k))))
        .summary("Generated finding " + random.nextInt(1000) + ".");
    Set<JudgementArea> areas = EnumSet.noneOf(JudgementArea.class);
    areas.addAll(InspectionRules.allowedAreas(f));
    if (!k.isGraded()) {
      areas.remove(JudgementArea.OVERALL_EFFECTIVENESS);
    }
    if (!areas.isEmpty() && random.nextBoolean()) {
      b.area(pick(List.copyOf(areas)));
    }
    int themes = random.nextInt(3);
    for (int n = 0; n < themes; n++) {
      b.addThemes(pick(List.of(Theme.values())));
    }
    return b.build();
  }

  /** Picks one element at random. */
  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Returns a random int from 0 (included) to the bound (excluded). */
  int nextInt(int bound) {
    return random.nextInt(bound);
  }
}
