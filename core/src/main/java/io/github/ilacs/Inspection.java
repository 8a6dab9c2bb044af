package io.github.ilacs;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One inspection activity of a local authority's children's services: a graded inspection, a
 * focused or monitoring visit, a joint targeted area inspection, an engagement meeting.
 *
 * <p>It records the authority, the framework and kind, the first and last days on site, the
 * date of the letter or report, the judgements (graded kinds only), the formal findings, the
 * focus of a focused visit or joint inspection, and where the facts come from.
 *
 * <p>Built with {@link #builder()}. {@code build()} checks the invariants ({@link Invariant}):
 * required values present, every date in the years {@value Limits#FIRST_YEAR} to {@value
 * Limits#LAST_YEAR}, at most {@value Limits#MAX_ITEMS} findings, {@code end} not before
 * {@code start}, {@code published} not before
 * {@code end}, one judgement per area. Rules that depend on the framework (which areas must be
 * graded, whether grades agree) are reported by the validator in {@code io.github.ilacs.rules}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Inspection {
  Inspection() {}

  /**
   * Returns the authority inspected.
   *
   * @return the authority, never null
   */
  public abstract LocalAuthority authority();

  /**
   * Returns the framework version the activity was carried out under.
   *
   * @return the framework, never null
   */
  public abstract Framework framework();

  /**
   * Returns the kind of activity.
   *
   * @return the kind, never null
   */
  public abstract InspectionKind kind();

  /**
   * Returns the first day on site.
   *
   * @return the date, never null
   */
  public abstract LocalDate start();

  /**
   * Returns the last day on site, on or after {@link #start()}.
   *
   * @return the date, never null
   */
  public abstract LocalDate end();

  /**
   * Returns the date of the letter or the publication date of the report, on or after
   * {@link #end()}; empty for activities with no letter, such as an action planning visit.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> published();

  /**
   * Returns the judgements, at most one per area, in the order given.
   *
   * @return an unmodifiable list, empty for ungraded kinds
   */
  public abstract List<Judgement> judgements();

  /**
   * Returns the formal findings of the letter or report, in the order given.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<Finding> findings();

  /**
   * Returns the focus of a focused visit or joint targeted area inspection.
   *
   * @return the theme, or empty
   */
  public abstract Optional<Theme> focus();

  /**
   * Returns the document the facts come from.
   *
   * @return the source, or empty
   */
  public abstract Optional<Source> source();

  /**
   * Returns the grade given to an area.
   *
   * @param area the area, not null
   * @return the grade, or empty when the area was not graded
   */
  public Optional<Grade> grade(JudgementArea area) {
    return Optional.ofNullable(gradesByArea().get(area));
  }

  /**
   * Returns the overall effectiveness grade.
   *
   * @return the grade, or empty when overall effectiveness was not graded
   */
  public Optional<Grade> overallEffectiveness() {
    return grade(JudgementArea.OVERALL_EFFECTIVENESS);
  }

  /**
   * Returns the grades by area.
   *
   * @return an unmodifiable map, empty for ungraded activity
   */
  @Value.Lazy
  public Map<JudgementArea, Grade> gradesByArea() {
    Map<JudgementArea, Grade> map = new EnumMap<>(JudgementArea.class);
    for (Judgement j : judgements()) {
      map.put(j.area(), j.grade());
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /**
   * Tells whether this activity is a full inspection, one that sets the pathway.
   *
   * @return {@code kind().isFullInspection()}
   */
  public boolean isFullInspection() {
    return kind().isFullInspection();
  }

  @Value.Check
  void check() {
    Checks.inRange(start(), "start");
    Checks.inRange(end(), "end");
    published().ifPresent(p -> Checks.inRange(p, "published"));
    Checks.maxItems(findings(), "findings");
    if (end().isBefore(start())) {
      throw new InvalidInspectionException(Invariant.END_NOT_BEFORE_START, "end", end(),
          end() + " is before start " + start());
    }
    published().ifPresent(p -> {
      if (p.isBefore(end())) {
        throw new InvalidInspectionException(Invariant.PUBLISHED_NOT_BEFORE_END, "published", p,
            p + " is before end " + end());
      }
    });
    Map<JudgementArea, Integer> seen = new EnumMap<>(JudgementArea.class);
    for (int i = 0; i < judgements().size(); i++) {
      JudgementArea area = judgements().get(i).area();
      Integer first = seen.putIfAbsent(area, i);
      if (first != null) {
        throw new InvalidInspectionException(Invariant.ONE_JUDGEMENT_PER_AREA,
            "judgements[" + i + "].area", area,
            area + " is graded twice, at judgements[" + first + "] and judgements[" + i + "]");
      }
    }
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
   * Builds an {@link Inspection}. {@code build()} throws {@link InvalidInspectionException}
   * naming the code, field and value of the first invariant broken; no partly built inspection
   * can be observed. Setters and adders throw {@link InvalidInspectionException} for a null
   * value or element; like any Java collection method, the {@code addAll} methods need a
   * non-null iterable.
   */
  public static final class Builder extends ImmutableInspection.Builder {
    Builder() {}

    /**
     * Adds a judgement.
     *
     * @param area the area, not null
     * @param grade the grade, not null
     * @return this builder
     * @throws InvalidInspectionException when either is null
     */
    public Builder judgement(JudgementArea area, Grade grade) {
      addJudgements(Judgement.of(area, grade));
      return this;
    }
  }
}
