package io.github.ilacs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One local authority's inspection activity, with the queries apps need: the last full
 * inspection as of a date, activity between two dates, the grade trend per area and the themes
 * that keep being raised.
 *
 * <p>The inspections are kept in the order given, so that a validator can report a history
 * that is out of order or mixes authorities ({@code io.github.ilacs.rules}); every query works
 * on the inspections in date order ({@link #chronological()}). A history holds at most {@value
 * Limits#MAX_ITEMS} inspections. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class InspectionHistory implements WithInspectionHistory {
  /** Orders by first day on site, then last day, then kind. */
  public static final Comparator<Inspection> BY_DATE = Comparator.comparing(Inspection::start)
      .thenComparing(Inspection::end).thenComparing(Inspection::kind);

  InspectionHistory() {}

  /**
   * Returns the authority whose history this is.
   *
   * @return the authority, never null
   */
  public abstract LocalAuthority authority();

  /**
   * Returns what the history records: all activity (the default), published activity only, or
   * graded inspections only. Activity it does not cover is not known from it.
   *
   * @return the coverage, never null
   */
  @Value.Default
  public Coverage coverage() {
    return Coverage.ALL_ACTIVITY;
  }

  /**
   * Returns the last day up to which the history is known to be complete, such as the end of the
   * period a national table covers. Whether anything took place after it is not known from the
   * history, so answers asked for a later day never call an activity overdue for want of a
   * record (see {@code docs/domain.md}).
   *
   * @return the day, or empty when the history is complete up to any day asked about
   */
  public abstract Optional<LocalDate> recordedUntil();

  /**
   * Returns the inspections in the order given.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<Inspection> inspections();

  @Value.Check
  void check() {
    Checks.maxItems(inspections(), "inspections");
  }

  /**
   * Returns the inspections in date order ({@link #BY_DATE}).
   *
   * @return an unmodifiable list, possibly empty
   */
  @Value.Lazy
  public List<Inspection> chronological() {
    List<Inspection> sorted = new ArrayList<>(inspections());
    sorted.sort(BY_DATE);
    return List.copyOf(sorted);
  }

  /**
   * Returns the latest full inspection (one that sets the pathway) whose last day on site is
   * on or before the date.
   *
   * @param asOf the date, not null
   * @return the inspection, or empty when there was none by then
   */
  public Optional<Inspection> lastFullInspection(LocalDate asOf) {
    Inspection last = null;
    for (Inspection i : chronological()) {
      if (i.setsPathway() && !i.end().isAfter(asOf)) {
        last = i;
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * Returns the activity whose first day on site lies between two dates, both included, in date
   * order.
   *
   * @param from the first date, not null
   * @param to the last date, not null
   * @return an unmodifiable list, possibly empty (always empty when {@code to} is before
   *     {@code from})
   */
  public List<Inspection> activityBetween(LocalDate from, LocalDate to) {
    return chronological().stream()
        .filter(i -> !i.start().isBefore(from) && !i.start().isAfter(to))
        .toList();
  }

  /**
   * Returns the history as it was known on a date: the activity whose letter or report was
   * published on or before the date, or, where no publication date is recorded, whose last day
   * on site was. This is how {@code io.github.ilacs.pathway} counts a report.
   *
   * @param asOf the date, not null
   * @return a history of the same authority, possibly without inspections
   */
  public InspectionHistory knownOn(LocalDate asOf) {
    return of(authority(), inspections().stream()
        .filter(i -> !i.published().orElse(i.end()).isAfter(asOf)).toList());
  }

  /**
   * Follows the grades of an area across changes of framework: every grade given in the area
   * or in an area that judged the same ground before or after it ({@link AreaChain}), in date
   * order, with the trend of the last two and where the chain ends.
   *
   * @param area the area, not null
   * @return the trend, never null (without points when nothing in the chain was graded)
   */
  public AreaTrend areaTrend(JudgementArea area) {
    return AreaTrend.of(area, chronological());
  }

  /**
   * Returns how the grade of an area moved between the last two inspections that graded it or
   * an area of its chain: a shortcut for {@code areaTrend(area).trend()}. Nottinghamshire's care
   * leavers, for example, were judged to require improvement by the SIF in 2015 and good under
   * ILACS in 2024, which is {@link Trend#IMPROVED} for both {@link JudgementArea#CARE_LEAVERS}
   * and {@link JudgementArea#SIF_CARE_LEAVERS}.
   *
   * @param area the area, not null
   * @return the trend, or empty when fewer than two inspections graded the chain
   */
  public Optional<Trend> gradeTrend(JudgementArea area) {
    return areaTrend(area).trend();
  }

  /**
   * Returns the trend of every chain of areas graded by at least two inspections, keyed by the
   * area of the chain's latest grade ({@link AreaTrend#latest()}).
   *
   * @return an unmodifiable map in area order, possibly empty
   */
  public Map<JudgementArea, Trend> gradeTrends() {
    Map<JudgementArea, Trend> trends = new EnumMap<>(JudgementArea.class);
    for (AreaChain chain : AreaChain.all()) {
      AreaTrend t = areaTrend(chain.last());
      t.trend().ifPresent(trend -> trends.put(t.latest().orElseThrow().area(), trend));
    }
    return java.util.Collections.unmodifiableMap(trends);
  }

  /**
   * Returns the themes raised as needing improvement ({@link FindingKind#needsImprovement()})
   * by findings of more than one inspection, each with every finding that raised it, in date
   * order. Themes are listed in the order of their first occurrence.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<RecurringTheme> recurringThemes() {
    Map<Theme, List<RecurringTheme.Occurrence>> byTheme = new LinkedHashMap<>();
    for (Inspection i : chronological()) {
      for (Finding f : i.findings()) {
        if (f.kind().needsImprovement()) {
          for (Theme t : f.themes()) {
            byTheme.computeIfAbsent(t, k -> new ArrayList<>())
                .add(new RecurringTheme.Occurrence(i, f));
          }
        }
      }
    }
    List<RecurringTheme> out = new ArrayList<>();
    byTheme.forEach((theme, occurrences) -> {
      RecurringTheme r = new RecurringTheme(theme, occurrences);
      if (r.inspectionCount() > 1) {
        out.add(r);
      }
    });
    return List.copyOf(out);
  }

  /**
   * Creates a history.
   *
   * @param authority the authority, not null
   * @param inspections the inspections, none null
   * @return the history
   * @throws InvalidInspectionException when a value is null
   */
  public static InspectionHistory of(LocalAuthority authority, List<Inspection> inspections) {
    Checks.required(inspections, "inspections");
    return builder().authority(authority).addAllInspections(inspections).build();
  }

  /**
   * Returns a builder holding every value of this one, to change several at once; for one
   * value the generated {@code with...} methods return a checked copy directly.
   *
   * @return a new builder, independent of this value
   */
  public Builder toBuilder() {
    Builder b = builder();
    b.from(this);
    return b;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link InspectionHistory}; {@code build()} throws
   * {@link InvalidInspectionException} when a required value is missing. Setters and adders
   * throw {@link InvalidInspectionException} for a null value or element; like any Java
   * collection method, the {@code addAll} methods need a non-null iterable.
   */
  public static final class Builder extends ImmutableInspectionHistory.Builder {
    Builder() {}
  }
}
