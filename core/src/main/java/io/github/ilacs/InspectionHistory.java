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
public abstract class InspectionHistory {
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
      if (i.isFullInspection() && !i.end().isAfter(asOf)) {
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
   * Returns how the grade of an area moved between the last two inspections that graded it.
   *
   * @param area the area, not null
   * @return the trend, or empty when fewer than two inspections graded the area
   */
  public Optional<Trend> gradeTrend(JudgementArea area) {
    Grade earlier = null;
    Grade later = null;
    for (Inspection i : chronological()) {
      Optional<Grade> g = i.grade(area);
      if (g.isPresent()) {
        earlier = later;
        later = g.get();
      }
    }
    return earlier == null ? Optional.empty() : Optional.of(Trend.between(earlier, later));
  }

  /**
   * Returns the trend of every area graded by at least two inspections.
   *
   * @return an unmodifiable map in area order, possibly empty
   */
  public Map<JudgementArea, Trend> gradeTrends() {
    Map<JudgementArea, Trend> trends = new EnumMap<>(JudgementArea.class);
    for (JudgementArea area : JudgementArea.values()) {
      gradeTrend(area).ifPresent(t -> trends.put(area, t));
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
