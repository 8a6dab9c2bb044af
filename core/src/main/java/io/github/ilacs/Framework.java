package io.github.ilacs;

import static io.github.ilacs.InspectionKind.ACTION_PLANNING_VISIT;
import static io.github.ilacs.InspectionKind.ANNUAL_ASSESSMENT;
import static io.github.ilacs.InspectionKind.ANNUAL_ENGAGEMENT_MEETING;
import static io.github.ilacs.InspectionKind.CHILD_PROTECTION_INSPECTION;
import static io.github.ilacs.InspectionKind.FOCUSED_VISIT;
import static io.github.ilacs.InspectionKind.FRONT_DOOR_JTAI;
import static io.github.ilacs.InspectionKind.INTERIM_VISIT;
import static io.github.ilacs.InspectionKind.JOINT_TARGETED_AREA_INSPECTION;
import static io.github.ilacs.InspectionKind.LAC_INSPECTION;
import static io.github.ilacs.InspectionKind.MONITORING_VISIT;
import static io.github.ilacs.InspectionKind.SHORT_INSPECTION;
import static io.github.ilacs.InspectionKind.SIF_INSPECTION;
import static io.github.ilacs.InspectionKind.SLAC_INSPECTION;
import static io.github.ilacs.InspectionKind.STANDARD_INSPECTION;
import static io.github.ilacs.InspectionKind.TARGETED_INSPECTION;
import static io.github.ilacs.InspectionKind.UNANNOUNCED_INSPECTION;
import static io.github.ilacs.JudgementArea.ADOPTION_PERFORMANCE;
import static io.github.ilacs.JudgementArea.CAPACITY_TO_IMPROVE;
import static io.github.ilacs.JudgementArea.CARE_LEAVERS;
import static io.github.ilacs.JudgementArea.CHILDREN_IN_CARE;
import static io.github.ilacs.JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS;
import static io.github.ilacs.JudgementArea.CHILDREN_LOOKED_AFTER;
import static io.github.ilacs.JudgementArea.CHILDREN_SERVICES_RATING;
import static io.github.ilacs.JudgementArea.HELP_AND_PROTECTION;
import static io.github.ilacs.JudgementArea.IMPACT_OF_LEADERS;
import static io.github.ilacs.JudgementArea.LEADERSHIP_AND_MANAGEMENT;
import static io.github.ilacs.JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE;
import static io.github.ilacs.JudgementArea.LOOKED_AFTER_CHILDREN_SERVICES;
import static io.github.ilacs.JudgementArea.LSCB_REVIEW;
import static io.github.ilacs.JudgementArea.OUTCOMES_FOR_LOOKED_AFTER_CHILDREN;
import static io.github.ilacs.JudgementArea.OVERALL_EFFECTIVENESS;
import static io.github.ilacs.JudgementArea.QUALITY_OF_PROVISION;
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
import org.jspecify.annotations.Nullable;

/**
 * One version of an Ofsted framework for inspecting local authority children's services.
 *
 * <p>Each version knows its title, the period it was in force, the kinds of inspection it has,
 * the judgement areas its graded inspections must grade, whether overall effectiveness is
 * graded, the grade labels and the kinds of finding its letters use. Later versions are
 * written as the earlier version plus what changed, so a change of framework is data.
 *
 * <p>Dates come from {@code docs/domain.md} (§1, §3.3, §4 and §5).
 * Where no source gives a start or end date exactly (the 2009 unannounced inspections,
 * the end of the pre-2013 frameworks) the date here is a documented default.
 */
public enum Framework {
  /**
   * Annual unannounced inspections of contact, referral and assessment, 2009 to May 2012:
   * two-day visits, no grades, findings as strengths, areas for development and areas for
   * priority action. Start and end months are defaults no source fixes (June 2009, May 2012).
   */
  UCRA_2009(Specs.UCRA_2009),
  /**
   * Inspections of safeguarding and looked after children services, in force from 1 April 2009
   * until the 2012 programmes replaced them (end May 2012, a default), on the adequate scale;
   * capacity to improve and the sub-judgements may be graded beside the two services, and
   * areas for improvement carry timescales.
   */
  SLAC_2009(Specs.SLAC_2009),
  /**
   * The annual children's services assessment, 2009 to 2011: one published rating on its own
   * scale, drawn from inspections (the 2009 unannounced inspections fed it). The 2009 and 2010
   * ratings were announced in December; the in-force period is the calendar years.
   */
  CSA_2009(Specs.CSA_2009),
  /**
   * Inspections of looked after children services, June 2012 to October 2013, adequate scale:
   * the SLAC framework's looked-after half, with the same optional judgements and timescales.
   */
  LAC_2012(Specs.LAC_2012),
  /**
   * Inspections of local authority arrangements for the protection of children, from June 2012
   * (end October 2013, a default), adequate scale. Which areas they graded is not known:
   * {@link #areGradedAreasKnown(InspectionKind)} is false.
   */
  CP_2012(Specs.CP_2012),
  /**
   * The single inspection framework, from 1 November 2013; new inspections until December 2017
   * and re-inspections of inadequate authorities until the end of August 2018. The review of the
   * Local Safeguarding Children Board is graded with it or published on its own.
   */
  SIF_2013(Specs.SIF_2013),
  /**
   * Targeted local authority inspections, from January 2016, where a full SIF inspection would
   * be disproportionate; the end is the SIF's (a default). No grades recorded.
   */
  TLAI_2016(Specs.TLAI_2016),
  /**
   * Joint targeted area inspections, from February 2016 until routine inspection was suspended
   * on 17 March 2020, no grades; a deep-dive theme per series ({@link JtaiSeries}).
   */
  JTAI_2016(Specs.JTAI_2016),
  /**
   * Joint targeted area inspections from January 2022, after the Covid pause: front-door
   * inspections and thematic ones, no grades; HMI Probation took part in only some series.
   */
  JTAI_2022(Specs.JTAI_2022),
  /**
   * ILACS as first in force, January 2018 to December 2022: leaders, help and protection,
   * children in care and care leavers (together), and overall effectiveness.
   */
  ILACS_2018(Specs.ILACS_2018),
  /** ILACS from 1 January 2023: care leavers judged separately from children in care. */
  ILACS_2023(Specs.ILACS_2023),
  /**
   * ILACS from 1 April 2026: the same four judgements and no overall effectiveness grade. In
   * force until replaced ({@link #announcedChange()}).
   */
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
   * Returns the judgement areas a graded activity of a kind must grade under this version: the
   * version's {@link #gradedAreas()} unless the kind has its own (a standalone review of the
   * Local Safeguarding Children Board grades only that review).
   *
   * @param kind the kind, not null
   * @return an unmodifiable list, empty for a kind that grades nothing, that this version does
   *     not have, or whose areas are not known ({@link #areGradedAreasKnown(InspectionKind)})
   */
  public List<JudgementArea> gradedAreas(InspectionKind kind) {
    if (!kind.isGraded() || !hasKind(kind) || spec.kindsWithUnknownAreas.contains(kind)) {
      return List.of();
    }
    return spec.kindAreas.getOrDefault(kind, spec.areas);
  }

  /**
   * Returns the areas a graded activity of a kind may grade in addition to
   * {@link #gradedAreas(InspectionKind)}.
   *
   * @param kind the kind, not null
   * @return an unmodifiable set, empty where nothing more may be graded
   */
  public Set<JudgementArea> optionalAreas(InspectionKind kind) {
    if (!kind.isGraded() || !hasKind(kind) || spec.kindAreas.containsKey(kind)
        || spec.kindsWithUnknownAreas.contains(kind)) {
      return Set.of();
    }
    return spec.optionalAreas;
  }

  /**
   * Tells whether a source we hold gives the areas a graded kind grades under this version;
   * false for the 2012–13 child protection inspections, whose grades are therefore not
   * checked against a list.
   *
   * @param kind the kind, not null
   * @return false when the kind is graded here and its areas are not known
   */
  public boolean areGradedAreasKnown(InspectionKind kind) {
    return !spec.kindsWithUnknownAreas.contains(kind);
  }

  /**
   * Returns the kinds of finding the letters or reports of a kind use under this version:
   * the version's {@link #findingKinds()} unless the kind uses fewer (ILACS inspection reports
   * list what needs to improve, never areas for priority action, which belong to letters).
   *
   * @param kind the kind, not null
   * @return an unmodifiable set, never null
   */
  public Set<FindingKind> findingKinds(InspectionKind kind) {
    return spec.kindFindings.getOrDefault(kind, spec.findingKinds);
  }

  /**
   * Returns the timescales this version's reports set on areas for improvement.
   *
   * @return an unmodifiable set, empty where reports set none
   */
  public Set<Timescale> findingTimescales() {
    return spec.timescales;
  }

  /**
   * Returns the title this version's reports print for an area: the area's own title, except
   * where this version's reports print another (SIF reports: "Children who need help and
   * protection").
   *
   * @param area the area, not null
   * @return the title, never null
   */
  public String areaTitle(JudgementArea area) {
    return spec.areaTitles.getOrDefault(area, area.title());
  }

  /**
   * Returns what Ofsted has announced about replacing this version, where it has announced
   * something and no successor is yet in the catalogue; nothing is guessed about it.
   *
   * @return the announcement in a sentence with its source, or empty
   */
  public Optional<String> announcedChange() {
    return Optional.ofNullable(spec.announced);
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
   * the practice judgements in ILACS, the key judgements in the SIF (docs/domain.md §3.4,
   * measured).
   *
   * @return an unmodifiable set, empty where overall effectiveness is not graded
   */
  public Set<JudgementArea> overallDrivers() {
    return spec.drivers;
  }

  /**
   * Returns the areas whose best and worst grades bound overall effectiveness: all component
   * judgements in ILACS, the key judgements in the SIF (docs/domain.md §3.4, measured).
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
   * Returns the kinds of finding this version's letters and reports use, taken together;
   * {@link #findingKinds(InspectionKind)} gives those of one kind.
   *
   * @return an unmodifiable set, never null
   */
  public Set<FindingKind> findingKinds() {
    return spec.findingKinds;
  }

  /**
   * Tells whether this version has a kind of full inspection, one that sets the pathway.
   *
   * @return true for the SLAC, SIF and ILACS versions
   */
  public boolean hasFullInspections() {
    return spec.kinds.stream().anyMatch(InspectionKind::isFullInspection);
  }

  /**
   * Tells whether this version inspected each authority once and inspected again only those it
   * judged inadequate: so the single inspection framework (every authority inspected between
   * November 2013 and December 2017; in the published outcomes every one of the 20 authorities
   * it inspected twice had been judged inadequate the first time, and each of the 127 authorities
   * whose last SIF result was better waited for ILACS).
   *
   * @return true for {@link #SIF_2013}
   */
  public boolean reinspectsOnlyInadequate() {
    return spec.onlyInadequateReinspected;
  }

  /**
   * Returns the version that carries out a full inspection beginning on a day: among the versions
   * in force then that have full inspections, the oldest for the re-inspection of an inadequate
   * authority (the single inspection framework re-inspected inadequate authorities until the end
   * of August 2018, beside ILACS) and the newest otherwise.
   *
   * @param day the day, not null
   * @param reinspectionAfterInadequate whether it re-inspects an authority judged inadequate
   * @return the version, or empty when none with full inspections is in force on the day (June
   *     2012 to October 2013)
   */
  public static Optional<Framework> carryingOutFullInspection(LocalDate day,
      boolean reinspectionAfterInadequate) {
    Framework found = null;
    for (Framework f : FULL_INSPECTION_FRAMEWORKS) {
      if (f.isInForceOn(day)) {
        if (reinspectionAfterInadequate) {
          return Optional.of(f);
        }
        found = f;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns the first version with full inspections that comes into force after a day.
   *
   * @param day the day, not null
   * @return the version, or empty when none comes into force after it
   */
  public static Optional<Framework> nextWithFullInspectionsAfter(LocalDate day) {
    for (Framework f : FULL_INSPECTION_FRAMEWORKS) {
      if (f.inForceFrom().isAfter(day)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The versions with full inspections, in the order they came into force. */
  private static final List<Framework> FULL_INSPECTION_FRAMEWORKS =
      Arrays.stream(values()).filter(Framework::hasFullInspections)
          .sorted(java.util.Comparator.comparing(Framework::inForceFrom)).toList();

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

  /**
   * The data of one version; later versions are derived from earlier ones. Each {@code with}
   * method returns a changed copy; a spec is never changed once a framework holds it.
   */
  private static final class Spec {
    String title;
    LocalDate from;
    @Nullable LocalDate until;
    Set<InspectionKind> kinds;
    List<JudgementArea> areas;
    Set<JudgementArea> optionalAreas;
    Set<JudgementArea> drivers;
    Set<JudgementArea> range;
    GradeScale scale;
    Set<FindingKind> findingKinds;
    Map<JudgementArea, JudgementArea> followedAs = Map.of();
    /** Whether the framework inspected each authority once, again only after inadequate. */
    boolean onlyInadequateReinspected;
    /** Graded kinds whose areas differ from the framework's: the areas they must grade. */
    Map<InspectionKind, List<JudgementArea>> kindAreas = Map.of();
    /** Graded kinds whose areas no source we hold gives. */
    Set<InspectionKind> kindsWithUnknownAreas = Set.of();
    /** Kinds whose letters use fewer kinds of finding than the framework's. */
    Map<InspectionKind, Set<FindingKind>> kindFindings = Map.of();
    Set<Timescale> timescales = Set.of();
    @Nullable String announced;
    /** Areas whose reports under this version print another of their titles. */
    Map<JudgementArea, String> areaTitles = Map.of();

    Spec(String title, LocalDate from, @Nullable LocalDate until, Set<InspectionKind> kinds,
        List<JudgementArea> areas, Set<JudgementArea> optionalAreas, Set<JudgementArea> drivers,
        Set<JudgementArea> range, GradeScale scale, Set<FindingKind> findingKinds) {
      this.title = title;
      this.from = from;
      this.until = until;
      this.kinds = frozen(kinds, InspectionKind.class);
      this.areas = List.copyOf(areas);
      this.optionalAreas = frozen(optionalAreas, JudgementArea.class);
      this.drivers = frozen(drivers, JudgementArea.class);
      this.range = frozen(range, JudgementArea.class);
      this.scale = scale;
      this.findingKinds = frozen(findingKinds, FindingKind.class);
    }

    private Spec(Spec o) {
      this(o.title, o.from, o.until, o.kinds, o.areas, o.optionalAreas, o.drivers, o.range,
          o.scale, o.findingKinds);
      followedAs = o.followedAs;
      onlyInadequateReinspected = o.onlyInadequateReinspected;
      kindAreas = o.kindAreas;
      kindsWithUnknownAreas = o.kindsWithUnknownAreas;
      kindFindings = o.kindFindings;
      timescales = o.timescales;
      announced = o.announced;
      areaTitles = o.areaTitles;
    }

    private static <E extends Enum<E>> Set<E> frozen(Set<E> set, Class<E> type) {
      return Collections.unmodifiableSet(set.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(set));
    }

    /** Marks a framework that inspected each authority once, re-inspecting only inadequate. */
    Spec reinspectingOnlyInadequate() {
      Spec copy = new Spec(this);
      copy.onlyInadequateReinspected = true;
      return copy;
    }

    Spec titled(String newTitle) {
      Spec copy = new Spec(this);
      copy.title = newTitle;
      return copy;
    }

    Spec inForce(LocalDate newFrom, @Nullable LocalDate newUntil) {
      Spec copy = new Spec(this);
      copy.from = newFrom;
      copy.until = newUntil;
      return copy;
    }

    Spec withKinds(Set<InspectionKind> newKinds) {
      Spec copy = new Spec(this);
      copy.kinds = frozen(newKinds, InspectionKind.class);
      return copy;
    }

    Spec withOptionalAreas(Set<JudgementArea> newOptional) {
      Spec copy = new Spec(this);
      copy.optionalAreas = frozen(newOptional, JudgementArea.class);
      return copy;
    }

    /** Gives a graded kind its own areas to grade, none optional. */
    Spec withKindGrading(InspectionKind kind, JudgementArea... kindsAreas) {
      Spec copy = new Spec(this);
      Map<InspectionKind, List<JudgementArea>> more = new EnumMap<>(InspectionKind.class);
      more.putAll(kindAreas);
      more.put(kind, List.of(kindsAreas));
      copy.kindAreas = Collections.unmodifiableMap(more);
      return copy;
    }

    /** Records that no source gives the areas a graded kind grades. */
    Spec withUnknownAreas(InspectionKind kind) {
      Spec copy = new Spec(this);
      Set<InspectionKind> more = EnumSet.of(kind);
      more.addAll(kindsWithUnknownAreas);
      copy.kindsWithUnknownAreas = frozen(more, InspectionKind.class);
      return copy;
    }

    /** Gives a kind's letters fewer kinds of finding than the framework's. */
    Spec withKindFindings(InspectionKind kind, Set<FindingKind> kindsFindings) {
      Spec copy = new Spec(this);
      Map<InspectionKind, Set<FindingKind>> more = new EnumMap<>(InspectionKind.class);
      more.putAll(kindFindings);
      more.put(kind, frozen(kindsFindings, FindingKind.class));
      copy.kindFindings = Collections.unmodifiableMap(more);
      return copy;
    }

    Spec withTimescales(Set<Timescale> newTimescales) {
      Spec copy = new Spec(this);
      copy.timescales = frozen(newTimescales, Timescale.class);
      return copy;
    }

    /** Records the title this version's reports print for an area, one of its other titles. */
    Spec titling(JudgementArea area, String title) {
      if (!area.otherTitles().contains(title)) {
        throw new IllegalStateException(title + " is not a title of " + area);
      }
      Map<JudgementArea, String> more = new EnumMap<>(JudgementArea.class);
      more.putAll(areaTitles);
      more.put(area, title);
      Spec copy = new Spec(this);
      copy.areaTitles = Map.copyOf(more);
      return copy;
    }

    Spec announcing(@Nullable String note) {
      Spec copy = new Spec(this);
      copy.announced = note;
      return copy;
    }

    /** Records that a grade given under one area judges the ground of another. */
    Spec followingAs(JudgementArea recorded, JudgementArea judged) {
      Map<JudgementArea, JudgementArea> more = new EnumMap<>(JudgementArea.class);
      more.putAll(followedAs);
      more.put(recorded, judged);
      Spec copy = new Spec(this);
      copy.followedAs = Map.copyOf(more);
      return copy;
    }

    /** Replaces one area by others wherever it appears: in the graded list and the rule sets. */
    Spec replacingArea(JudgementArea old, JudgementArea... replacements) {
      Spec copy = new Spec(this);
      copy.areas = List.copyOf(replace(areas, old, replacements));
      copy.drivers = frozen(replaceSet(drivers, old, replacements), JudgementArea.class);
      copy.range = frozen(replaceSet(range, old, replacements), JudgementArea.class);
      return copy;
    }

    /** Drops an area from the graded list and from the rules that relate overall to it. */
    Spec withoutArea(JudgementArea dropped) {
      List<JudgementArea> newAreas = new ArrayList<>(areas);
      newAreas.remove(dropped);
      Spec copy = new Spec(this);
      copy.areas = List.copyOf(newAreas);
      if (dropped == OVERALL_EFFECTIVENESS) {
        copy.drivers = Set.of();
        copy.range = Set.of();
      }
      return copy;
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
    static final Set<FindingKind> INSPECTION_REPORT_FINDINGS =
        EnumSet.of(FindingKind.STRENGTH, FindingKind.AREA_FOR_IMPROVEMENT);

    static final Spec UCRA_2009 = new Spec(
        "Unannounced inspection of contact, referral and assessment arrangements",
        LocalDate.of(2009, 6, 1), LocalDate.of(2012, 5, 31), EnumSet.of(UNANNOUNCED_INSPECTION),
        List.of(), Set.of(), Set.of(), Set.of(), GradeScale.ADEQUATE_SCALE,
        EnumSet.of(FindingKind.STRENGTH, FindingKind.AREA_FOR_DEVELOPMENT,
            FindingKind.AREA_FOR_PRIORITY_ACTION, FindingKind.SATISFACTORY_AREA));

    /**
     * Two services judged; capacity to improve and the service sub-judgements may be graded
     * beside them, and areas for improvement carry timescales.
     */
    static final Spec SLAC_2009 = new Spec(
        "Inspection of safeguarding and looked after children services",
        LocalDate.of(2009, 4, 1), LocalDate.of(2012, 5, 31), EnumSet.of(SLAC_INSPECTION),
        List.of(SAFEGUARDING_SERVICES, LOOKED_AFTER_CHILDREN_SERVICES),
        EnumSet.of(CAPACITY_TO_IMPROVE, OUTCOMES_FOR_LOOKED_AFTER_CHILDREN, QUALITY_OF_PROVISION,
            LEADERSHIP_AND_MANAGEMENT), Set.of(),
        Set.of(), GradeScale.ADEQUATE_SCALE, REPORT_FINDINGS)
        .withTimescales(EnumSet.allOf(Timescale.class));

    /** The annual rating: one grade on its own scale, no visit, no findings. */
    static final Spec CSA_2009 = new Spec("Annual children's services assessment",
        LocalDate.of(2009, 1, 1), LocalDate.of(2011, 12, 31), EnumSet.of(ANNUAL_ASSESSMENT),
        List.of(CHILDREN_SERVICES_RATING), Set.of(), Set.of(), Set.of(),
        GradeScale.ASSESSMENT_SCALE, Set.of());

    static final Spec LAC_2012 = SLAC_2009
        .titled("Inspection of looked after children services")
        .inForce(LocalDate.of(2012, 6, 1), LocalDate.of(2013, 10, 31))
        .withKinds(EnumSet.of(LAC_INSPECTION))
        .replacingArea(SAFEGUARDING_SERVICES, OVERALL_EFFECTIVENESS)
        .withoutArea(LOOKED_AFTER_CHILDREN_SERVICES)
        // the one judgement of these inspections is the overall effectiveness of the services
        // for looked after children, so a trend follows it with those services
        .followingAs(OVERALL_EFFECTIVENESS, LOOKED_AFTER_CHILDREN_SERVICES);

    /** June 2012: the same scale; which areas were graded and what findings look like unknown. */
    static final Spec CP_2012 = SLAC_2009
        .titled("Inspection of local authority arrangements for the protection of children")
        .inForce(LocalDate.of(2012, 6, 1), LocalDate.of(2013, 10, 31))
        .withKinds(EnumSet.of(CHILD_PROTECTION_INSPECTION))
        .withoutArea(SAFEGUARDING_SERVICES).withoutArea(LOOKED_AFTER_CHILDREN_SERVICES)
        .withOptionalAreas(Set.of()).withUnknownAreas(CHILD_PROTECTION_INSPECTION)
        .withTimescales(Set.of());

    static final Spec SIF_2013 = new Spec(
        "Single inspection framework: inspection of services for children in need of help and "
            + "protection, children looked after and care leavers",
        LocalDate.of(2013, 11, 1), LocalDate.of(2018, 8, 31),
        EnumSet.of(SIF_INSPECTION, MONITORING_VISIT, ACTION_PLANNING_VISIT, InspectionKind.LSCB_REVIEW),
        List.of(OVERALL_EFFECTIVENESS, HELP_AND_PROTECTION, CHILDREN_LOOKED_AFTER,
            ADOPTION_PERFORMANCE, SIF_CARE_LEAVERS, LEADERSHIP_MANAGEMENT_GOVERNANCE),
        EnumSet.of(LSCB_REVIEW),
        EnumSet.of(HELP_AND_PROTECTION, CHILDREN_LOOKED_AFTER, LEADERSHIP_MANAGEMENT_GOVERNANCE),
        EnumSet.of(HELP_AND_PROTECTION, CHILDREN_LOOKED_AFTER, LEADERSHIP_MANAGEMENT_GOVERNANCE),
        GradeScale.REQUIRES_IMPROVEMENT_SCALE, REPORT_FINDINGS).reinspectingOnlyInadequate()
        .withKindGrading(InspectionKind.LSCB_REVIEW, LSCB_REVIEW)
        .titling(HELP_AND_PROTECTION, "Children who need help and protection");

    /**
     * January 2016: targeted inspections beside the SIF, on its scale, with the kinds of finding
     * of its reports; its end is the SIF's (a default). No grades recorded.
     */
    static final Spec TLAI_2016 = new Spec("Targeted local authority inspection",
        LocalDate.of(2016, 1, 1), LocalDate.of(2018, 8, 31), EnumSet.of(TARGETED_INSPECTION),
        List.of(), Set.of(), Set.of(), Set.of(), GradeScale.REQUIRES_IMPROVEMENT_SCALE,
        REPORT_FINDINGS);

    static final Spec JTAI_2016 = new Spec("Joint targeted area inspection",
        LocalDate.of(2016, 2, 1), LocalDate.of(2020, 3, 16),
        EnumSet.of(JOINT_TARGETED_AREA_INSPECTION),
        List.of(), Set.of(), Set.of(), Set.of(), GradeScale.REQUIRES_IMPROVEMENT_SCALE,
        EnumSet.of(FindingKind.STRENGTH, FindingKind.AREA_FOR_IMPROVEMENT));

    /** January 2022, after the Covid pause: front-door inspections beside thematic ones. */
    static final Spec JTAI_2022 = JTAI_2016
        .titled("Joint targeted area inspection: the front door and thematic inspections")
        .inForce(LocalDate.of(2022, 1, 1), null)
        .withKinds(EnumSet.of(JOINT_TARGETED_AREA_INSPECTION, FRONT_DOOR_JTAI));

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
            FindingKind.AREA_FOR_PRIORITY_ACTION))
        // areas for priority action belong to letters: reports of inspections list what needs
        // to improve
        .withKindFindings(STANDARD_INSPECTION, INSPECTION_REPORT_FINDINGS)
        .withKindFindings(SHORT_INSPECTION, INSPECTION_REPORT_FINDINGS);

    /** January 2023: care leavers judged separately; the 2020 interim visits are gone. */
    static final Spec ILACS_2023 = ILACS_2018
        .inForce(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 3, 31))
        .withKinds(EnumSet.of(STANDARD_INSPECTION, SHORT_INSPECTION, FOCUSED_VISIT,
            MONITORING_VISIT, ACTION_PLANNING_VISIT, ANNUAL_ENGAGEMENT_MEETING))
        .replacingArea(CHILDREN_IN_CARE_AND_CARE_LEAVERS, CHILDREN_IN_CARE, CARE_LEAVERS);

    /**
     * April 2026: overall effectiveness is no longer graded. In force until replaced: Ofsted
     * has announced a new framework for 2027, of which nothing more is known.
     */
    static final Spec ILACS_2026 = ILACS_2023
        .inForce(LocalDate.of(2026, 4, 1), null)
        .withoutArea(OVERALL_EFFECTIVENESS)
        .announcing("Ofsted has announced a consultation in 2026 and a renewed children and"
            + " families services framework planned for 2027 (Ofsted news, 27 November 2025);"
            + " its start date and content are not known");

    private Specs() {}
  }
}
