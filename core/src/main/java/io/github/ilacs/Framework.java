package io.github.ilacs;

import static io.github.ilacs.InspectionKind.ACTION_PLANNING_VISIT;
import static io.github.ilacs.InspectionKind.ANNUAL_ENGAGEMENT_MEETING;
import static io.github.ilacs.InspectionKind.FOCUSED_VISIT;
import static io.github.ilacs.InspectionKind.INTERIM_VISIT;
import static io.github.ilacs.InspectionKind.JOINT_TARGETED_AREA_INSPECTION;
import static io.github.ilacs.InspectionKind.LAC_INSPECTION;
import static io.github.ilacs.InspectionKind.MONITORING_VISIT;
import static io.github.ilacs.InspectionKind.SHORT_INSPECTION;
import static io.github.ilacs.InspectionKind.SIF_INSPECTION;
import static io.github.ilacs.InspectionKind.SLAC_INSPECTION;
import static io.github.ilacs.InspectionKind.STANDARD_INSPECTION;
import static io.github.ilacs.InspectionKind.UNANNOUNCED_INSPECTION;
import static io.github.ilacs.JudgementArea.ADOPTION_PERFORMANCE;
import static io.github.ilacs.JudgementArea.CARE_LEAVERS;
import static io.github.ilacs.JudgementArea.CHILDREN_IN_CARE;
import static io.github.ilacs.JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS;
import static io.github.ilacs.JudgementArea.CHILDREN_LOOKED_AFTER;
import static io.github.ilacs.JudgementArea.HELP_AND_PROTECTION;
import static io.github.ilacs.JudgementArea.IMPACT_OF_LEADERS;
import static io.github.ilacs.JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE;
import static io.github.ilacs.JudgementArea.LOOKED_AFTER_CHILDREN_SERVICES;
import static io.github.ilacs.JudgementArea.LSCB_REVIEW;
import static io.github.ilacs.JudgementArea.OVERALL_EFFECTIVENESS;
import static io.github.ilacs.JudgementArea.SAFEGUARDING_SERVICES;
import static io.github.ilacs.JudgementArea.SIF_CARE_LEAVERS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One version of an Ofsted framework for inspecting local authority children's services.
 *
 * <p>Each version knows its title, the period it was in force, the kinds of inspection it has,
 * the judgement areas its graded inspections must grade, whether overall effectiveness is
 * graded, the grade labels and the kinds of finding its letters use. Later versions are
 * written as the earlier version plus what changed, so a change of framework is data.
 *
 * <p>Dates come from the rule book ({@code shared/domain/rules.md}, sections 1, 3.3, 4 and 5).
 * Where the rule book marks a start or end date UNCONFIRMED (the 2009 unannounced inspections,
 * the end of the pre-2013 frameworks) the date here is a documented default.
 */
public enum Framework {
  /**
   * Annual unannounced inspections of contact, referral and assessment, 2009 to May 2012:
   * two-day visits, no grades, findings as strengths, areas for development and areas for
   * priority action. Start and end months are UNCONFIRMED defaults (June 2009, May 2012).
   */
  UCRA_2009(Specs.UCRA_2009),
  /**
   * Inspections of safeguarding and looked after children services, in force from 1 April 2009
   * until the 2012 programmes replaced them (end May 2012, UNCONFIRMED), on the adequate scale.
   */
  SLAC_2009(Specs.SLAC_2009),
  /** Inspections of looked after children services, June 2012 to October 2013, adequate scale. */
  LAC_2012(Specs.LAC_2012),
  /**
   * The single inspection framework, from 1 November 2013; new inspections until December 2017
   * and re-inspections of inadequate authorities until the end of August 2018.
   */
  SIF_2013(Specs.SIF_2013),
  /** Joint targeted area inspections, from February 2016, no grades. */
  JTAI_2016(Specs.JTAI_2016),
  /**
   * ILACS as first in force, January 2018 to December 2022: leaders, help and protection,
   * children in care and care leavers (together), and overall effectiveness.
   */
  ILACS_2018(Specs.ILACS_2018),
  /** ILACS from 1 January 2023: care leavers judged separately from children in care. */
  ILACS_2023(Specs.ILACS_2023),
  /** ILACS from 1 April 2026: the same four judgements and no overall effectiveness grade. */
  ILACS_2026(Specs.ILACS_2026);

  private final Spec spec;

  Framework(Spec spec) {
    this.spec = spec;
  }

  /**
   * Returns the framework's title.
   *
   * @return the title, never null
   */
  public String title() {
    return spec.title;
  }

  /**
   * Returns the first day on which inspections could be carried out under this version.
   *
   * @return the first day, never null
   */
  public LocalDate inForceFrom() {
    return spec.from;
  }

  /**
   * Returns the last day on which inspections could begin under this version, or empty while it
   * is still in force.
   *
   * @return the last day, inclusive
   */
  public Optional<LocalDate> inForceUntil() {
    return Optional.ofNullable(spec.until);
  }

  /**
   * Tells whether an inspection beginning on the date could be carried out under this version.
   *
   * @param date the start date, not null
   * @return true when the date lies within the in-force period, both ends included
   */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(spec.from) && (spec.until == null || !date.isAfter(spec.until));
  }

  /**
   * Returns the kinds of inspection activity this version has.
   *
   * @return an unmodifiable set, never null
   */
  public Set<InspectionKind> kinds() {
    return spec.kinds;
  }

  /**
   * Tells whether this version has a kind of inspection activity.
   *
   * @param kind the kind, not null
   * @return true when the kind belongs to this version
   */
  public boolean hasKind(InspectionKind kind) {
    return spec.kinds.contains(kind);
  }

  /**
   * Returns the judgement areas a graded inspection under this version must grade, in the order
   * reports list them, overall effectiveness first where it is graded.
   *
   * @return an unmodifiable list, empty for frameworks that grade nothing
   */
  public List<JudgementArea> gradedAreas() {
    return spec.areas;
  }

  /**
   * Returns the areas a graded inspection may grade in addition to {@link #gradedAreas()}, such
   * as the SIF's review of the Local Safeguarding Children Board.
   *
   * @return an unmodifiable set, possibly empty
   */
  public Set<JudgementArea> optionalAreas() {
    return spec.optionalAreas;
  }

  /**
   * Tells whether graded inspections under this version grade overall effectiveness.
   *
   * @return false for ILACS from April 2026 and for frameworks without an overall grade
   */
  public boolean isOverallEffectivenessGraded() {
    return spec.areas.contains(OVERALL_EFFECTIVENESS);
  }

  /**
   * Returns the areas in which an inadequate grade means overall effectiveness is inadequate:
   * the practice judgements in ILACS, the key judgements in the SIF (rule book 3.4, EMPIRICAL).
   *
   * @return an unmodifiable set, empty where overall effectiveness is not graded
   */
  public Set<JudgementArea> overallDrivers() {
    return spec.drivers;
  }

  /**
   * Returns the areas whose best and worst grades bound overall effectiveness: all component
   * judgements in ILACS, the key judgements in the SIF (rule book 3.4, EMPIRICAL).
   *
   * @return an unmodifiable set, empty where overall effectiveness is not graded
   */
  public Set<JudgementArea> overallRangeAreas() {
    return spec.range;
  }

  /**
   * Returns the area whose ground a grade recorded under an area of this version judges, for
   * following it across frameworks ({@link AreaChain}): the area itself, except where a version
   * records a narrower judgement under a general name. The 2012–13 looked-after-children
   * inspections record their one judgement as overall effectiveness; it judges the services for
   * looked after children ({@link JudgementArea#LOOKED_AFTER_CHILDREN_SERVICES}).
   *
   * @param recorded the area a judgement of this version is recorded under, not null
   * @return the area it judges, never null
   */
  public JudgementArea followedAs(JudgementArea recorded) {
    return spec.followedAs.getOrDefault(recorded, recorded);
  }

  /**
   * Tells whether graded inspections under this version judge an area's ground: the area is
   * among {@link #gradedAreas()} or {@link #optionalAreas()}, read through
   * {@link #followedAs(JudgementArea)}.
   *
   * @param area the area, not null
   * @return true when a graded inspection of this version can grade the area
   */
  public boolean judges(JudgementArea area) {
    return spec.areas.stream().anyMatch(a -> followedAs(a) == area)
        || spec.optionalAreas.stream().anyMatch(a -> followedAs(a) == area);
  }

  /**
   * Returns the grade scale this version uses.
   *
   * @return the scale, never null
   */
  public GradeScale gradeScale() {
    return spec.scale;
  }

  /**
   * Returns the official label of a grade under this version, such as "Adequate" before
   * November 2013 and "Requires improvement to be good" after.
   *
   * @param grade the grade, not null
   * @return the label, never null
   */
  public String label(Grade grade) {
    return spec.scale.label(grade);
  }

  /**
   * Reads a grade from its label under this version, tolerant of case, spacing and common
   * variants ("RI", "requires improvement"); "Adequate" only before November 2013.
   *
   * @param text the label, not null
   * @return the grade, never null
   * @throws InvalidInspectionException ({@link Invariant#GRADE_LABEL}) naming the text and the
   *     accepted labels when the text is not a grade of this version
   */
  public Grade parseGrade(String text) {
    return spec.scale.parse(text);
  }

  /**
   * Returns the kinds of finding this version's letters and reports use.
   *
   * @return an unmodifiable set, never null
   */
  public Set<FindingKind> findingKinds() {
    return spec.findingKinds;
  }

  /**
   * Picks the version under which an activity of the kind beginning on the date was carried
   * out. Where two versions overlap (SIF re-inspections ran into 2018 beside ILACS), the
   * version that has the kind is chosen; if both have it, the newer.
   *
   * @param date the start date, not null
   * @param kind the kind of activity, not null
   * @return the version, or empty when no version had that kind on that date
   */
  public static Optional<Framework> inForceOn(LocalDate date, InspectionKind kind) {
    Framework found = null;
    for (Framework f : values()) {
      if (f.hasKind(kind) && f.isInForceOn(date)
          && (found == null || f.inForceFrom().isAfter(found.inForceFrom()))) {
        found = f;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Finds a version by its constant name, ignoring case.
   *
   * @param name the name, such as {@code ILACS_2023}, not null
   * @return the version, or empty when none has that name
   * @throws InvalidInspectionException when {@code name} is null
   */
  public static Optional<Framework> find(String name) {
    String trimmed = Checks.required(name, "name").trim();
    return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(trimmed)).findFirst();
  }

  /** The data of one version; later versions are derived from earlier ones. */
  private static final class Spec {
    final String title;
    final LocalDate from;
    final LocalDate until;
    final Set<InspectionKind> kinds;
    final List<JudgementArea> areas;
    final Set<JudgementArea> optionalAreas;
    final Set<JudgementArea> drivers;
    final Set<JudgementArea> range;
    final GradeScale scale;
    final Set<FindingKind> findingKinds;
    final Map<JudgementArea, JudgementArea> followedAs;

    Spec(String title, LocalDate from, LocalDate until, Set<InspectionKind> kinds,
        List<JudgementArea> areas, Set<JudgementArea> optionalAreas, Set<JudgementArea> drivers,
        Set<JudgementArea> range, GradeScale scale, Set<FindingKind> findingKinds) {
      this(title, from, until, kinds, areas, optionalAreas, drivers, range, scale, findingKinds,
          Map.of());
    }

    Spec(String title, LocalDate from, LocalDate until, Set<InspectionKind> kinds,
        List<JudgementArea> areas, Set<JudgementArea> optionalAreas, Set<JudgementArea> drivers,
        Set<JudgementArea> range, GradeScale scale, Set<FindingKind> findingKinds,
        Map<JudgementArea, JudgementArea> followedAs) {
      this.title = title;
      this.from = from;
      this.until = until;
      this.kinds = Collections.unmodifiableSet(copy(kinds, InspectionKind.class));
      this.areas = List.copyOf(areas);
      this.optionalAreas = Collections.unmodifiableSet(copy(optionalAreas, JudgementArea.class));
      this.drivers = Collections.unmodifiableSet(copy(drivers, JudgementArea.class));
      this.range = Collections.unmodifiableSet(copy(range, JudgementArea.class));
      this.scale = scale;
      this.findingKinds = Collections.unmodifiableSet(copy(findingKinds, FindingKind.class));
      this.followedAs = Map.copyOf(followedAs);
    }

    private static <E extends Enum<E>> EnumSet<E> copy(Set<E> set, Class<E> type) {
      return set.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(set);
    }

    Spec titled(String newTitle) {
      return new Spec(newTitle, from, until, kinds, areas, optionalAreas, drivers, range, scale,
          findingKinds, followedAs);
    }

    Spec inForce(LocalDate newFrom, LocalDate newUntil) {
      return new Spec(title, newFrom, newUntil, kinds, areas, optionalAreas, drivers, range,
          scale, findingKinds, followedAs);
    }

    Spec withKinds(Set<InspectionKind> newKinds) {
      return new Spec(title, from, until, newKinds, areas, optionalAreas, drivers, range, scale,
          findingKinds, followedAs);
    }

    /** Records that a grade given under one area judges the ground of another. */
    Spec followingAs(JudgementArea recorded, JudgementArea judged) {
      Map<JudgementArea, JudgementArea> more = new EnumMap<>(JudgementArea.class);
      more.putAll(followedAs);
      more.put(recorded, judged);
      return new Spec(title, from, until, kinds, areas, optionalAreas, drivers, range, scale,
          findingKinds, more);
    }

    /** Replaces one area by others wherever it appears: in the graded list and the rule sets. */
    Spec replacingArea(JudgementArea old, JudgementArea... replacements) {
      return new Spec(title, from, until, kinds, replace(areas, old, replacements), optionalAreas,
          replaceSet(drivers, old, replacements), replaceSet(range, old, replacements), scale,
          findingKinds, followedAs);
    }

    /** Drops an area from the graded list and from the rules that relate overall to it. */
    Spec withoutArea(JudgementArea dropped) {
      List<JudgementArea> newAreas = new ArrayList<>(areas);
      newAreas.remove(dropped);
      boolean overallGone = dropped == OVERALL_EFFECTIVENESS;
      return new Spec(title, from, until, kinds, newAreas, optionalAreas,
          overallGone ? Set.of() : drivers, overallGone ? Set.of() : range, scale, findingKinds,
          followedAs);
    }

    private static List<JudgementArea> replace(List<JudgementArea> list, JudgementArea old,
        JudgementArea... replacements) {
      List<JudgementArea> out = new ArrayList<>();
      for (JudgementArea a : list) {
        if (a == old) {
          out.addAll(Arrays.asList(replacements));
        } else {
          out.add(a);
        }
      }
      return out;
    }

    private static Set<JudgementArea> replaceSet(Set<JudgementArea> set, JudgementArea old,
        JudgementArea... replacements) {
      Set<JudgementArea> out = EnumSet.noneOf(JudgementArea.class);
      out.addAll(set);
      if (out.remove(old)) {
        out.addAll(Arrays.asList(replacements));
      }
      return out;
    }
  }

  /** The framework data, kept apart so that each version can be derived from an earlier one. */
  private static final class Specs {
    static final Set<FindingKind> REPORT_FINDINGS = EnumSet.of(FindingKind.STRENGTH,
        FindingKind.AREA_FOR_IMPROVEMENT, FindingKind.RECOMMENDATION);

    static final Spec UCRA_2009 = new Spec(
        "Unannounced inspection of contact, referral and assessment arrangements",
        LocalDate.of(2009, 6, 1), LocalDate.of(2012, 5, 31), EnumSet.of(UNANNOUNCED_INSPECTION),
        List.of(), Set.of(), Set.of(), Set.of(), GradeScale.ADEQUATE_SCALE,
        EnumSet.of(FindingKind.STRENGTH, FindingKind.AREA_FOR_DEVELOPMENT,
            FindingKind.AREA_FOR_PRIORITY_ACTION, FindingKind.SATISFACTORY_AREA));

    static final Spec SLAC_2009 = new Spec(
        "Inspection of safeguarding and looked after children services",
        LocalDate.of(2009, 4, 1), LocalDate.of(2012, 5, 31), EnumSet.of(SLAC_INSPECTION),
        List.of(SAFEGUARDING_SERVICES, LOOKED_AFTER_CHILDREN_SERVICES), Set.of(), Set.of(),
        Set.of(), GradeScale.ADEQUATE_SCALE, REPORT_FINDINGS);

    static final Spec LAC_2012 = SLAC_2009
        .titled("Inspection of looked after children services")
        .inForce(LocalDate.of(2012, 6, 1), LocalDate.of(2013, 10, 31))
        .withKinds(EnumSet.of(LAC_INSPECTION))
        .replacingArea(SAFEGUARDING_SERVICES, OVERALL_EFFECTIVENESS)
        .withoutArea(LOOKED_AFTER_CHILDREN_SERVICES)
        // the one judgement of these inspections is the overall effectiveness of the services
        // for looked after children, so a trend follows it with those services
        .followingAs(OVERALL_EFFECTIVENESS, LOOKED_AFTER_CHILDREN_SERVICES);

    static final Spec SIF_2013 = new Spec(
        "Single inspection framework: inspection of services for children in need of help and "
            + "protection, children looked after and care leavers",
        LocalDate.of(2013, 11, 1), LocalDate.of(2018, 8, 31),
        EnumSet.of(SIF_INSPECTION, MONITORING_VISIT, ACTION_PLANNING_VISIT),
        List.of(OVERALL_EFFECTIVENESS, HELP_AND_PROTECTION, CHILDREN_LOOKED_AFTER,
            ADOPTION_PERFORMANCE, SIF_CARE_LEAVERS, LEADERSHIP_MANAGEMENT_GOVERNANCE),
        EnumSet.of(LSCB_REVIEW),
        EnumSet.of(HELP_AND_PROTECTION, CHILDREN_LOOKED_AFTER, LEADERSHIP_MANAGEMENT_GOVERNANCE),
        EnumSet.of(HELP_AND_PROTECTION, CHILDREN_LOOKED_AFTER, LEADERSHIP_MANAGEMENT_GOVERNANCE),
        GradeScale.REQUIRES_IMPROVEMENT_SCALE, REPORT_FINDINGS);

    static final Spec JTAI_2016 = new Spec("Joint targeted area inspection",
        LocalDate.of(2016, 2, 1), null, EnumSet.of(JOINT_TARGETED_AREA_INSPECTION),
        List.of(), Set.of(), Set.of(), Set.of(), GradeScale.REQUIRES_IMPROVEMENT_SCALE,
        EnumSet.of(FindingKind.STRENGTH, FindingKind.AREA_FOR_IMPROVEMENT));

    static final Spec ILACS_2018 = new Spec("Inspecting local authority children's services",
        LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31),
        EnumSet.of(STANDARD_INSPECTION, SHORT_INSPECTION, FOCUSED_VISIT, MONITORING_VISIT,
            ACTION_PLANNING_VISIT, ANNUAL_ENGAGEMENT_MEETING, INTERIM_VISIT),
        List.of(OVERALL_EFFECTIVENESS, IMPACT_OF_LEADERS, HELP_AND_PROTECTION,
            CHILDREN_IN_CARE_AND_CARE_LEAVERS),
        Set.of(),
        EnumSet.of(HELP_AND_PROTECTION, CHILDREN_IN_CARE_AND_CARE_LEAVERS),
        EnumSet.of(IMPACT_OF_LEADERS, HELP_AND_PROTECTION, CHILDREN_IN_CARE_AND_CARE_LEAVERS),
        GradeScale.REQUIRES_IMPROVEMENT_SCALE,
        EnumSet.of(FindingKind.STRENGTH, FindingKind.AREA_FOR_IMPROVEMENT,
            FindingKind.AREA_FOR_PRIORITY_ACTION));

    /** January 2023: care leavers judged separately; the 2020 interim visits are gone. */
    static final Spec ILACS_2023 = ILACS_2018
        .inForce(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 3, 31))
        .withKinds(EnumSet.of(STANDARD_INSPECTION, SHORT_INSPECTION, FOCUSED_VISIT,
            MONITORING_VISIT, ACTION_PLANNING_VISIT, ANNUAL_ENGAGEMENT_MEETING))
        .replacingArea(CHILDREN_IN_CARE_AND_CARE_LEAVERS, CHILDREN_IN_CARE, CARE_LEAVERS);

    /** April 2026: overall effectiveness is no longer graded. */
    static final Spec ILACS_2026 = ILACS_2023
        .inForce(LocalDate.of(2026, 4, 1), null)
        .withoutArea(OVERALL_EFFECTIVENESS);

    private Specs() {}
  }
}
