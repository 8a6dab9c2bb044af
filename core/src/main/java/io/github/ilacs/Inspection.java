package io.github.ilacs;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * Changed copies come from {@link #toBuilder()}, the generated withers ({@code withStart(...)}
 * and one per value) and {@link #withGrade(JudgementArea, Grade)}, each checked the same way.
 * Equality compares the grades by area, not the order of the judgements. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Inspection implements WithInspection {
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
   * Returns the date Ofsted published the letter or report, on or after {@link #end()}; empty
   * for activities Ofsted does not publish, such as an action planning visit or an engagement
   * meeting (whose letter date is {@link #issued()}).
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> published();

  /**
   * Returns the date printed on the letter or report (for an engagement meeting, the date of
   * Ofsted's letter after it, which is not published), on or after {@link #end()}.
   *
   * @return the date, or empty when not recorded
   */
  public abstract Optional<LocalDate> issued();

  /**
   * Returns the date the authority received the letter or report, on or after {@link #end()}
   * and on or after {@link #issued()} when both are recorded. Statutory periods run from it.
   *
   * @return the date, or empty when not recorded
   */
  public abstract Optional<LocalDate> received();

  /**
   * Returns the judgements, at most one per area, in the order given (the document's order).
   * The order is kept for writing and display but does not take part in equality: two
   * inspections that grade the same areas alike are equal whatever the order of their
   * judgements ({@link #gradesByArea()} does).
   *
   * @return an unmodifiable list, empty for ungraded kinds
   */
  @Value.Auxiliary
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
   * Returns the deep-dive theme of a joint targeted area inspection, beside its focus (a
   * front-door inspection looks at the front door and at one theme in depth).
   *
   * @return the theme, or empty
   */
  public abstract Optional<Theme> deepDive();

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
   * Returns the grades by area. This map, not the order of {@link #judgements()}, is what
   * {@code equals} and {@code hashCode} compare.
   *
   * @return an unmodifiable map, empty for ungraded activity
   */
  @Value.Derived
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
  public boolean setsPathway() {
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
    checkLetterDate("issued", issued());
    checkLetterDate("received", received());
    if (issued().isPresent() && received().isPresent()
        && received().get().isBefore(issued().get())) {
      throw new InvalidInspectionException(Invariant.LETTER_DATES_IN_ORDER, "received",
          received().get(), received().get() + " is before issued " + issued().get());
    }
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

  private void checkLetterDate(String field, Optional<LocalDate> date) {
    if (date.isPresent() && date.get().isBefore(end())) {
      throw new InvalidInspectionException(Invariant.LETTER_DATES_IN_ORDER, field, date.get(),
          date.get() + " is before end " + end());
    }
  }

  /**
   * Returns the grade that sets the authority's pathway after this full inspection: overall
   * effectiveness when graded; for a graded inspection under a framework that grades the impact
   * of leaders but not overall effectiveness (ILACS from April 2026), the grade the default
   * rule gives ({@link #leadersPlusTwoOfThree()}); otherwise the worst graded area (the 2009
   * inspections of safeguarding and looked after children services had no single overall
   * grade). The validation rules and the pathway forecast both read this one answer.
   *
   * @return the grade, or empty when the activity graded nothing
   */
  public Optional<Grade> pathwayGrade() {
    if (gradesByArea().isEmpty()) {
      return Optional.empty();
    }
    Optional<Grade> overall = overallEffectiveness();
    if (overall.isPresent()) {
      return overall;
    }
    if (hasGradesButNoOverall()) {
      return Optional.of(leadersPlusTwoOfThree());
    }
    Grade worst = Grade.OUTSTANDING;
    for (Grade g : gradesByArea().values()) {
      worst = g.number() > worst.number() ? g : worst;
    }
    return Optional.of(worst);
  }

  /**
   * Tells whether this is a graded inspection under a framework that grades the impact of
   * leaders but not overall effectiveness, so that a rule decides its pathway.
   *
   * @return true for a graded ILACS inspection from April 2026 without an overall grade
   */
  public boolean hasGradesButNoOverall() {
    return !gradesByArea().isEmpty() && overallEffectiveness().isEmpty()
        && !framework().isOverallEffectivenessGraded()
        && framework().gradedAreas().contains(JudgementArea.IMPACT_OF_LEADERS);
  }

  /**
   * Returns the grade standing in for overall effectiveness under the default rule for
   * inspections without one, which is not Ofsted's published wording: {@link Grade#INADEQUATE}
   * when any practice judgement is inadequate ({@link #anyPracticeJudgementInadequate()}, as an
   * overall grade always was); otherwise {@link Grade#GOOD} when the impact of leaders and at
   * least two of the three practice judgements (help and protection, children in care, care
   * leavers) are good or better; {@link Grade#REQUIRES_IMPROVEMENT} otherwise.
   *
   * @return the grade, never null
   */
  public Grade leadersPlusTwoOfThree() {
    if (anyPracticeJudgementInadequate()) {
      return Grade.INADEQUATE;
    }
    int good = 0;
    for (JudgementArea area : PRACTICE) {
      if (grade(area).filter(g -> g.isAtLeast(Grade.GOOD)).isPresent()) {
        good++;
      }
    }
    boolean leadersGood = grade(JudgementArea.IMPACT_OF_LEADERS)
        .filter(g -> g.isAtLeast(Grade.GOOD)).isPresent();
    return leadersGood && good >= 2 ? Grade.GOOD : Grade.REQUIRES_IMPROVEMENT;
  }

  /**
   * Tells whether any practice judgement (help and protection, children in care, care leavers)
   * is inadequate.
   *
   * @return true when one is graded inadequate
   */
  public boolean anyPracticeJudgementInadequate() {
    for (JudgementArea area : PRACTICE) {
      if (grade(area).filter(g -> g == Grade.INADEQUATE).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static final List<JudgementArea> PRACTICE = List.of(JudgementArea.HELP_AND_PROTECTION,
      JudgementArea.CHILDREN_IN_CARE, JudgementArea.CARE_LEAVERS);

  /**
   * Returns a copy with {@code area} graded {@code grade}: the judgement for that area is
   * replaced where it stands in {@link #judgements()}, or added at the end when the area was not
   * graded. The copy is checked like any built inspection.
   *
   * @param area the area, not null
   * @param grade the grade, not null
   * @return the copy, or this inspection when the area already has that grade
   * @throws InvalidInspectionException when either is null
   */
  public Inspection withGrade(JudgementArea area, Grade grade) {
    Judgement replacement = Judgement.of(area, grade);
    List<Judgement> copy = new ArrayList<>(judgements());
    boolean replaced = false;
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i).area() == area) {
        copy.set(i, replacement);
        replaced = true;
      }
    }
    if (!replaced) {
      copy.add(replacement);
    }
    return withJudgements(copy);
  }

  /**
   * Returns a copy without the judgement of {@code area}.
   *
   * @param area the area, not null
   * @return the copy, or an equal inspection when the area was not graded
   * @throws InvalidInspectionException when {@code area} is null
   */
  public Inspection withoutGrade(JudgementArea area) {
    Checks.required(area, "area");
    return withJudgements(judgements().stream().filter(j -> j.area() != area).toList());
  }

  /**
   * Returns a builder holding every value of this inspection, to change several at once. Its
   * judgement methods add to the judgements already held, so giving an area graded here a
   * second grade fails on {@code build()}; change one area's grade with {@link
   * #withGrade(JudgementArea, Grade)}, or replace them all with {@code judgements(...)}.
   *
   * @return a new builder, independent of this inspection
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
   * Builds an {@link Inspection}. {@code build()} throws {@link InvalidInspectionException}
   * naming the code, field and value of the first invariant broken; no partly built inspection
   * can be observed. Setters and adders throw {@link InvalidInspectionException} for a null
   * value or element; like any Java collection method, the {@code addAll} methods need a
   * non-null iterable.
   *
   * <p>Its methods, each returning this builder: one setter per value, named like its
   * accessor ({@code authority}, {@code framework}, {@code kind}, {@code start}, {@code end});
   * for the optional values ({@code published}, {@code issued}, {@code received}, {@code focus},
   * {@code source}) a setter taking the value and one taking an {@code Optional}; for the lists,
   * {@code addJudgement(Judgement)}, {@code addJudgements(Judgement...)},
   * {@code addAllJudgements(Iterable)} and {@code judgements(Iterable)} (which replaces what
   * was added), the same four for findings, and {@link #judgement(JudgementArea, Grade)};
   * {@code from(Inspection)} copies every value of an inspection (see {@link
   * Inspection#toBuilder()}); {@code build()} checks and builds.
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
      addJudgement(Judgement.of(area, grade));
      return this;
    }
  }
}
