package io.github.ilacs.rules;

import static io.github.ilacs.rules.Severity.ERROR;
import static io.github.ilacs.rules.Severity.WARNING;

import io.github.ilacs.Framework;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.rules.Checks.HistoryCheck;
import io.github.ilacs.rules.Checks.InspectionCheck;
import io.github.ilacs.rules.Checks.Sink;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of validation rules: one constant per rule, with its stable code, its
 * {@link Severity}, a one-line description and the frameworks it applies to.
 *
 * <p>Codes are grouped by subject: {@code R1xx} the framework and kind, {@code R2xx} which areas
 * are graded, {@code R3xx} how overall effectiveness agrees with the other grades, {@code R4xx}
 * dates, {@code R5xx} findings and focus, {@code R6xx} a history as a whole. A code never changes
 * meaning and is never reused. Each rule cites its section of {@code docs/domain.md}; rules
 * that record a pattern measured in published reports (not a written rule) are warnings.
 *
 * <p>The frameworks a rule applies to are derived from the framework data ({@link Framework})
 * where they can be. Rules about what a framework requires of a kind of activity are silent
 * when the framework does not have that kind ({@link #KIND_IN_FRAMEWORK} reports it).
 */
public enum Rule {
  /**
   * R101: the framework was in force on the first day on site (docs/domain.md §1, §3.3, §4, §5).
   */
  FRAMEWORK_IN_FORCE("R101", ERROR, "The framework was in force on the first day on site.",
      all(), InspectionRules::frameworkInForce),
  /** R102: the framework has the kind of activity (docs/domain.md §1, §3.2). */
  KIND_IN_FRAMEWORK("R102", ERROR, "The framework has this kind of activity.",
      all(), InspectionRules::kindInFramework),
  /**
   * R201: a graded inspection grades every area its framework requires (docs/domain.md §3.3, §5);
   * ERROR for every graded framework but the SIF, which has {@link #SIF_AREAS_GRADED}.
   */
  REQUIRED_AREAS_GRADED("R201", ERROR,
      "A graded inspection grades every judgement area its framework requires.",
      frameworksWhere(f -> !f.gradedAreas().isEmpty() && f != Framework.SIF_2013),
      whereKindInFramework(InspectionRules::requiredAreasGraded)),
  /**
   * R202: a SIF inspection grades every SIF judgement. A WARNING: SIF re-inspections could be
   * narrower (docs/domain.md §4), and 4 of the 166 SIF reports in the national outcomes file grade
   * fewer areas (two only overall effectiveness).
   */
  SIF_AREAS_GRADED("R202", WARNING,
      "A SIF inspection grades every SIF judgement (re-inspections could be narrower).",
      EnumSet.of(Framework.SIF_2013),
      whereKindInFramework(InspectionRules::requiredAreasGraded)),
  /**
   * R203: a graded inspection grades no area outside its framework's areas (docs/domain.md §3.3,
   * §4).
   */
  NO_AREA_OUTSIDE_FRAMEWORK("R203", ERROR,
      "A graded inspection grades no area outside its framework's graded and optional areas.",
      frameworksWhere(f -> f.kinds().stream().anyMatch(InspectionKind::isGraded)),
      whereKindInFramework(InspectionRules::noAreaOutsideFramework)),
  /**
   * R204: focused, monitoring and action planning visits, JTAIs, engagement meetings and the
   * 2009 unannounced inspections grade nothing (docs/domain.md §3.2, §5, §6).
   */
  UNGRADED_KIND_GRADES_NOTHING("R204", ERROR,
      "An ungraded activity (visit, meeting, JTAI, 2009 unannounced inspection) grades nothing.",
      all(), InspectionRules::ungradedKindGradesNothing),
  /**
   * R301: an inadequate practice judgement (ILACS) or key judgement (SIF) means overall
   * effectiveness is inadequate. A WARNING because it is a measured pattern (docs/domain.md §3.4):
   * no exception in the published reports, but the framework's wording could not be read.
   */
  INADEQUATE_DRIVER_MEANS_INADEQUATE_OVERALL("R301", WARNING,
      "An inadequate practice (ILACS) or key (SIF) judgement means overall effectiveness is"
          + " inadequate.",
      frameworksWhere(f -> !f.overallDrivers().isEmpty()),
      whereKindInFramework(InspectionRules::inadequateDriverMeansInadequateOverall)),
  /**
   * R302: overall effectiveness lies within the range of the component judgements (all of them
   * in ILACS, the key judgements in the SIF). A WARNING: a measured pattern, docs/domain.md §3.4.
   */
  OVERALL_WITHIN_RANGE("R302", WARNING,
      "Overall effectiveness lies between the best and worst of the judgements that bound it.",
      frameworksWhere(f -> !f.overallRangeAreas().isEmpty()),
      whereKindInFramework(InspectionRules::overallWithinRange)),
  /**
   * R303: overall effectiveness is not better than the leadership judgement unless leadership
   * is inadequate. A WARNING: a measured pattern, docs/domain.md §3.4.
   */
  OVERALL_NOT_BETTER_THAN_LEADERSHIP("R303", WARNING,
      "Overall effectiveness is not better than leadership unless leadership is inadequate.",
      frameworksWhere(f -> f.isOverallEffectivenessGraded()
          && f.gradedAreas().stream().anyMatch(InspectionRules.LEADERSHIP_AREAS::contains)),
      whereKindInFramework(InspectionRules::overallNotBetterThanLeadership)),
  /**
   * R401: the on-site length is usual for the kind ({@link InspectionKind#minOnSiteDays()} to
   * {@link InspectionKind#maxOnSiteDays()}), counted in working days on the England and Wales
   * calendar ({@link io.github.ilacs.calendar.WorkingDays}): weekends and bank holidays are not
   * on-site days. Silent for dates outside the years 1978 to 9999, which the calendar does not
   * cover (no framework was in force then: R101 reports them).
   */
  USUAL_ON_SITE_LENGTH("R401", WARNING,
      "The working days on site are usual for the kind (short 5, standard 10, focused visits 1"
          + " or 2, monitoring visits 2, SIF 15 to 20).",
      all(), InspectionRules::usualOnSiteLength),
  /** R402: a short or standard inspection starts on a Monday (docs/domain.md §3.2, measured). */
  STARTS_ON_MONDAY("R402", WARNING, "A short or standard inspection starts on a Monday.",
      frameworksHavingAnyOf(InspectionRules.MONDAY_START_KINDS),
      InspectionRules::startsOnMonday),
  /** R403: an activity Ofsted publishes ({@link InspectionKind#isPublished()}) has a date. */
  PUBLICATION_DATE_GIVEN("R403", WARNING,
      "An activity that Ofsted publishes has a publication date.",
      all(), InspectionRules::publicationDateGiven),
  /**
   * R501: findings are of kinds the letters or reports of the inspection's kind use under its
   * framework ({@link Framework#findingKinds(InspectionKind)}): an area for priority action on
   * an ILACS short or standard inspection is an error, since such areas belong to letters.
   */
  FINDING_KIND_IN_FRAMEWORK("R501", ERROR,
      "Each finding is of a kind the letters or reports of this kind of activity use (priority"
          + " actions only in letters that have them).",
      all(), whereKindInFramework(InspectionRules::findingKindInFramework)),
  /**
   * R502: a finding's judgement area is one its framework judges, and not overall effectiveness
   * on an ungraded letter, which makes no overall judgement.
   */
  FINDING_AREA_FITS_LETTER("R502", ERROR,
      "A finding's area is one the framework judges, and not overall effectiveness on an ungraded"
          + " letter.",
      all(), whereKindInFramework(InspectionRules::findingAreaFitsLetter)),
  /**
   * R503: only focused visits, JTAIs and monitoring visits name a focus (docs/domain.md §3.7, §6).
   */
  FOCUS_ONLY_WHERE_KIND_HAS_ONE("R503", WARNING,
      "Only focused visits, JTAIs and monitoring visits name a focus, and only JTAIs a deep-dive"
          + " theme.",
      all(), InspectionRules::focusOnlyWhereKindHasOne),
  /** R504: a focused visit or JTAI names its focus (docs/domain.md §3.7, §6). */
  FOCUS_GIVEN("R504", WARNING, "A focused visit or JTAI names its focus.",
      frameworksHavingAnyOf(InspectionRules.FOCUS_REQUIRED_KINDS),
      InspectionRules::focusGiven),
  /**
   * R505: a finding's timescale is one its framework's reports set
   * ({@link Framework#findingTimescales()}: the reports of 2009 to 2013). A WARNING: the
   * layouts of some reports of those years are not known to us.
   */
  FINDING_TIMESCALE_IN_FRAMEWORK("R505", WARNING,
      "A finding's timescale (immediately, within three or six months) is one its framework's"
          + " reports set.",
      all(), InspectionRules::findingTimescaleInFramework),
  /**
   * R506: a JTAI's focus and deep-dive theme are themes of a series of joint targeted area
   * inspections running when it began ({@link io.github.ilacs.JtaiSeries}); silent where no series is known to
   * have run then.
   */
  JTAI_THEME_OF_ITS_SERIES("R506", WARNING,
      "A JTAI's focus and deep-dive theme are those of a series running when it began.",
      frameworksHavingAnyOf(InspectionRules.DEEP_DIVE_KINDS),
      InspectionRules::jtaiThemeOfItsSeries),
  /** R601: every inspection of a history is of the history's authority (same DfE code). */
  ONE_AUTHORITY("R601", ERROR,
      "Every inspection in a history is of the history's authority (same DfE code).",
      HistoryRules::oneAuthority),
  /**
   * R602: a history lists its inspections in date order. A WARNING: every query of
   * {@link InspectionHistory} works on the inspections sorted by date, so the order given loses
   * no information and changes no answer; it still suggests a data-entry slip.
   */
  CHRONOLOGICAL_ORDER("R602", WARNING, "A history lists its inspections in date order.",
      HistoryRules::chronologicalOrder),
  /** R603: no two activities of one authority are on site on the same day. */
  NO_OVERLAPPING_ACTIVITY("R603", ERROR,
      "No two activities in a history are on site on the same day.",
      HistoryRules::noOverlappingActivity),
  /**
   * R604: monitoring and action planning visits follow a full inspection judged inadequate
   * (docs/domain.md §3.5, §3.8, §4). A WARNING: a history may start after the inadequate judgement.
   * The latest full inspection that ended before the visit began is judged by the pathway it
   * sets, {@link Inspection#pathwayGrade()} (overall effectiveness; without it, the default
   * April 2026 rule for ILACS or the worst grade for the 2009 inspections), the answer the
   * pathway forecast gives; a full inspection recorded without grades gives no verdict, and a
   * visit with no full inspection before it in the history is reported. The kinds are those
   * with the role {@link io.github.ilacs.InspectionKind.Role#WHILE_INADEQUATE}.
   */
  MONITORING_ONLY_WHILE_INADEQUATE("R604", WARNING,
      "Monitoring and action planning visits follow a full inspection judged inadequate.",
      HistoryRules::monitoringOnlyWhileInadequate),
  /**
   * R605: a short inspection follows a full inspection judged good or outstanding (docs/domain.md
   * §3.5, §3.6). A WARNING: Ofsted may choose otherwise. The earlier inspection is judged as for
   * {@link #MONITORING_ONLY_WHILE_INADEQUATE}: its pathway grade must be good or outstanding.
   */
  SHORT_ONLY_AFTER_GOOD("R605", WARNING,
      "A short inspection follows a full inspection judged good or outstanding.",
      HistoryRules::shortOnlyAfterGood);


  /** Where a rule looks. */
  public enum Scope {
    /** The rule looks at one inspection at a time. */
    INSPECTION,
    /** The rule looks across the inspections of a history. */
    HISTORY
  }

  private final String code;
  private final Severity severity;
  private final String description;
  private final Set<Framework> frameworks;
  private final @Nullable InspectionCheck inspectionCheck;
  private final @Nullable HistoryCheck historyCheck;

  Rule(String code, Severity severity, String description, Set<Framework> frameworks,
      InspectionCheck check) {
    this.code = code;
    this.severity = severity;
    this.description = description;
    this.frameworks = Collections.unmodifiableSet(EnumSet.copyOf(frameworks));
    this.inspectionCheck = check;
    this.historyCheck = null;
  }

  Rule(String code, Severity severity, String description, HistoryCheck check) {
    this.code = code;
    this.severity = severity;
    this.description = description;
    this.frameworks = Collections.unmodifiableSet(all());
    this.inspectionCheck = null;
    this.historyCheck = check;
  }

  /**
   * The check, run only for an inspection whose framework has its kind: a rule about what a
   * framework requires of a kind says nothing about a kind the framework lacks ({@link
   * #KIND_IN_FRAMEWORK} reports that).
   */
  private static InspectionCheck whereKindInFramework(InspectionCheck check) {
    return (inspection, out) -> {
      if (inspection.framework().hasKind(inspection.kind())) {
        check.check(inspection, out);
      }
    };
  }

    private static EnumSet<Framework> all() {
    return EnumSet.allOf(Framework.class);
  }

  private static EnumSet<Framework> frameworksHavingAnyOf(Set<InspectionKind> kinds) {
    return frameworksWhere(f -> f.kinds().stream().anyMatch(kinds::contains));
  }

  private static EnumSet<Framework> frameworksWhere(Predicate<Framework> test) {
    EnumSet<Framework> set = EnumSet.noneOf(Framework.class);
    for (Framework f : Framework.values()) {
      if (test.test(f)) {
        set.add(f);
      }
    }
    return set;
  }

  /**
   * Returns the stable code, such as {@code R201}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns how serious breaking the rule is.
   *
   * @return the severity, never null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns what the rule checks, in one line.
   *
   * @return the description, never null
   */
  public String description() {
    return description;
  }

  /**
   * Returns the frameworks whose inspections the rule checks; history rules apply to all.
   *
   * @return an unmodifiable set, never empty
   */
  public Set<Framework> frameworks() {
    return frameworks;
  }

  /**
   * Tells whether the rule checks inspections carried out under a framework.
   *
   * @param framework the framework, not null
   * @return true when {@link #frameworks()} contains it
   * @throws IllegalArgumentException when {@code framework} is null
   */
  public boolean appliesTo(Framework framework) {
    if (framework == null) {
      throw new IllegalArgumentException("framework: is required but was null");
    }
    return frameworks.contains(framework);
  }

  /**
   * Returns where the rule looks: at one inspection, or across a history.
   *
   * @return the scope, never null
   */
  public Scope scope() {
    return inspectionCheck != null ? Scope.INSPECTION : Scope.HISTORY;
  }

  /**
   * Finds a rule by its code, ignoring case and surrounding spaces.
   *
   * @param code the code, such as {@code R201}, not null
   * @return the rule, or empty when no rule has that code
   * @throws IllegalArgumentException when {@code code} is null
   */
  public static Optional<Rule> find(String code) {
    if (code == null) {
      throw new IllegalArgumentException("code: is required but was null");
    }
    String c = code.trim();
    return Arrays.stream(values()).filter(r -> r.code.equalsIgnoreCase(c)).findFirst();
  }

  /**
   * Returns the codes of the rules, in catalogue order, joined by commas.
   *
   * @param rules the rules, none null
   * @return the codes, such as {@code R101, R201}
   */
  static String codes(Set<Rule> rules) {
    return rules.stream().map(Rule::code).collect(Collectors.joining(", "));
  }

  /** Runs an inspection rule; does nothing for a history rule or a framework it skips. */
  void check(Inspection inspection, Sink out) {
    if (inspectionCheck != null && appliesTo(inspection.framework())) {
      inspectionCheck.check(inspection, out);
    }
  }

  /** Runs a history rule; does nothing for an inspection rule. */
  void check(InspectionHistory history, Sink out) {
    if (historyCheck != null) {
      historyCheck.check(history, out);
    }
  }
}
