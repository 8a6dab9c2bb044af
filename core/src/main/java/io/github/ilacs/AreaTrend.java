package io.github.ilacs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The grades one authority received in the ground of a judgement area, followed across changes
 * of framework along the area's {@link AreaChain}, in date order; how the last two compare; and
 * where the chain ends.
 *
 * <p>Grades on the scale used before November 2013 compare with later ones as the library reads
 * them ("adequate" is {@link Grade#REQUIRES_IMPROVEMENT}). Immutable and thread-safe; built by
 * {@link InspectionHistory#areaTrend(JudgementArea)}.
 */
public final class AreaTrend {
  private final JudgementArea area;
  private final AreaChain chain;
  private final List<Point> points;

  private AreaTrend(JudgementArea area, AreaChain chain, List<Point> points) {
    this.area = area;
    this.chain = chain;
    this.points = List.copyOf(points);
  }

  /**
   * Follows an area through inspections.
   *
   * @param area the area, not null
   * @param inspections the inspections in date order, none null
   * @return the trend, never null
   */
  static AreaTrend of(JudgementArea area, List<Inspection> inspections) {
    AreaChain chain = AreaChain.of(area);
    List<Point> points = new ArrayList<>();
    for (Inspection i : inspections) {
      for (Judgement j : i.judgements()) {
        JudgementArea judged = i.framework().followedAs(j.area());
        if (chain.contains(judged)) {
          points.add(new Point(i, judged, j.grade()));
        }
      }
    }
    return new AreaTrend(area, chain, points);
  }

  /**
   * Returns the area asked about.
   *
   * @return the area, never null
   */
  public JudgementArea area() {
    return area;
  }

  /**
   * Returns the chain the area belongs to.
   *
   * @return the chain, never null
   */
  public AreaChain chain() {
    return chain;
  }

  /**
   * Returns each grade given in the chain, in the date order of the inspections
   * ({@link InspectionHistory#BY_DATE}); an inspection grades at most one area of a chain.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Point> points() {
    return points;
  }

  /**
   * Returns the latest grade given in the chain.
   *
   * @return the point, or empty when no inspection graded the chain
   */
  public Optional<Point> latest() {
    return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
  }

  /**
   * Returns how the grade moved between the last two inspections that graded the chain,
   * whichever of its areas they graded.
   *
   * @return the trend, or empty when fewer than two inspections graded the chain
   */
  public Optional<Trend> trend() {
    int n = points.size();
    return n < 2 ? Optional.empty()
        : Optional.of(Trend.between(points.get(n - 2).grade(), points.get(n - 1).grade()));
  }

  /**
   * Tells whether the last two grades were given in different areas, that is across a change of
   * framework.
   *
   * @return true when {@link #trend()} is present and spans two areas of the chain
   */
  public boolean crossesFrameworks() {
    int n = points.size();
    return n >= 2 && points.get(n - 2).area() != points.get(n - 1).area();
  }

  /**
   * Returns where the chain ends ({@link AreaChain#end()}): after that no inspection grades it,
   * and {@link #latest()} stays the last grade there will be.
   *
   * @return the end, or empty while the chain goes on
   */
  public Optional<AreaChain.End> end() {
    return chain.end();
  }

  /**
   * One grade in a chain.
   *
   * @param inspection the inspection that gave it, not null
   * @param area the area of the chain it judges, read through
   *     {@link Framework#followedAs(JudgementArea)}, not null
   * @param grade the grade, not null
   */
  public record Point(Inspection inspection, JudgementArea area, Grade grade) {
    /**
     * Creates a point.
     *
     * @param inspection the inspection, not null
     * @param area the area it judges, not null
     * @param grade the grade, not null
     * @throws InvalidInspectionException when a value is null
     */
    public Point {
      Checks.required(inspection, "inspection");
      Checks.required(area, "area");
      Checks.required(grade, "grade");
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AreaTrend t && t.area == area && t.points.equals(points);
  }

  @Override
  public int hashCode() {
    return area.hashCode() * 31 + points.hashCode();
  }

  @Override
  public String toString() {
    return "AreaTrend[" + chain + ": " + points.stream()
        .map(p -> p.inspection().start() + " " + p.area() + " " + p.grade()).toList() + "]";
  }
}
