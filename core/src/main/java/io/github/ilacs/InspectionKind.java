package io.github.ilacs;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A kind of inspection activity, with what Ofsted does with it.
 *
 * <p>A <em>full</em> inspection is one whose outcome sets the authority's pathway (standard,
 * short, SIF and SLAC inspections). Usual on-site lengths are in working days; they come from
 * the docs/domain.md (§3.2, §4 and §5) and are what the on-site length rule of the validator
 * checks against.
 */
public enum InspectionKind {
  /** ILACS standard inspection: two weeks on site, graded. */
  STANDARD_INSPECTION("Standard inspection", true, true, true, 10, 10, Set.of(),
      Notices.ILACS_CALL),
  /** ILACS short inspection: one week on site, graded; the usual next step after good. */
  SHORT_INSPECTION("Short inspection", true, true, true, 5, 5, Set.of(), Notices.ILACS_CALL),
  /**
   * ILACS focused visit: one or two days on site by two inspectors, a letter, no grades (most
   * visits take two days; one-day visits are published too, such as Nottinghamshire's of
   * 9 January 2019). Its notice is not published in any source we hold.
   */
  FOCUSED_VISIT("Focused visit", false, false, true, 1, 2,
      Set.of(Role.THEMED_VISIT, Role.INTERIM_ACTIVITY, Role.MAY_NAME_A_FOCUS), Notice.unknown()),
  /**
   * Monitoring visit to an authority judged inadequate: usually two days, a letter, no grades.
   * Its dates are agreed in advance; how far ahead is not known.
   */
  MONITORING_VISIT("Monitoring visit", false, false, true, 2, 2,
      Set.of(Role.MAY_NAME_A_FOCUS, Role.WHILE_INADEQUATE), Notice.unknown()),
  /** Action planning visit after an inadequate judgement: a meeting, not published. */
  ACTION_PLANNING_VISIT("Action planning visit", false, false, false, 1, 1,
      Set.of(Role.WHILE_INADEQUATE), Notice.unknown()),
  /**
   * Joint targeted area inspection with other inspectorates, a thematic one from 2022: a joint
   * letter, no grades. Ten working days' notice.
   */
  JOINT_TARGETED_AREA_INSPECTION("Joint targeted area inspection", false, false, true, 5, 5,
      Set.of(Role.THEMED_VISIT, Role.INTERIM_ACTIVITY, Role.MAY_NAME_A_FOCUS,
          Role.HAS_DEEP_DIVE), Notices.JTAI),
  /**
   * Joint targeted area inspection of the front door (the identification of initial need and
   * risk), from January 2022: a joint letter, no grades, a front-door focus and possibly a
   * deep-dive theme. Ten working days' notice.
   */
  FRONT_DOOR_JTAI("Joint targeted area inspection of the front door", false, false, true, 5, 5,
      Set.of(Role.THEMED_VISIT, Role.INTERIM_ACTIVITY, Role.MAY_NAME_A_FOCUS,
          Role.HAS_DEEP_DIVE), Notices.JTAI),
  /**
   * Annual engagement meeting (once "annual conversation"): a meeting and an unpublished letter.
   */
  ANNUAL_ENGAGEMENT_MEETING("Annual engagement meeting", false, false, false, 1, 1,
      Set.of(), Notice.unknown()),
  /** 2009-2012 unannounced inspection of contact, referral and assessment: two days, no grades. */
  UNANNOUNCED_INSPECTION("Unannounced inspection of contact, referral and assessment",
      false, false, true, 2, 2, Set.of(), Notices.UCRA),
  /**
   * Single inspection framework inspection (November 2013 to 2018): about four weeks, graded,
   * unannounced.
   */
  SIF_INSPECTION("Single inspection framework inspection", true, true, true, 15, 20,
      Set.of(), Notices.SIF),
  /**
   * 2009-2012 inspection of safeguarding and looked after children services: two weeks, graded,
   * ten working days' notice.
   */
  SLAC_INSPECTION("Inspection of safeguarding and looked after children services",
      true, true, true, 10, 10, Set.of(), Notices.SLAC),
  /** 2012-2013 inspection of looked after children services: one week, graded, one service only. */
  LAC_INSPECTION("Inspection of looked after children services", true, false, true, 5, 5,
      Set.of(), Notice.unknown()),
  /**
   * June 2012 to 2013 inspection of local authority arrangements for the protection of
   * children, graded on the adequate scale; its length on site and notice are not known.
   */
  CHILD_PROTECTION_INSPECTION("Inspection of local authority arrangements for the protection"
      + " of children", true, false, true, 0, 0, Set.of(), Notice.unknown()),
  /**
   * 2009-2011 annual children's services assessment: a published rating drawn from inspection
   * evidence, not a visit.
   */
  ANNUAL_ASSESSMENT("Annual children's services assessment", true, false, true, 0, 0, Set.of(),
      Notice.notAVisit()),
  /**
   * 2016 targeted local authority inspection, where a full SIF inspection would be
   * disproportionate (the front door and a deep dive). No grades are recorded for it: no source
   * we hold gives any. Length on site and notice are not known.
   */
  TARGETED_INSPECTION("Targeted local authority inspection", false, false, true, 0, 0, Set.of(),
      Notice.unknown()),
  /**
   * Review of the effectiveness of the Local Safeguarding Children Board published on its own
   * (such as Surrey's of August 2015), graded; usually reported with the SIF inspection instead.
   */
  LSCB_REVIEW("Review of the effectiveness of the Local Safeguarding Children Board", true,
      false, true, 0, 0, Set.of(), Notice.unknown()),
  /** Autumn 2020 interim (assurance) visit during the pandemic: no grades. */
  INTERIM_VISIT("Interim visit", false, false, true, 2, 5, Set.of(Role.INTERIM_ACTIVITY),
      Notice.unknown());

  /** The roles a kind of activity plays between full inspections, kept once as data. */
  public enum Role {
    /**
     * A visit between full inspections that looks at a chosen theme (focused visits and joint
     * targeted area inspections); it names its focus.
     */
    THEMED_VISIT,
    /**
     * Activity that meets the expectation of interim activity between full inspections: the
     * themed visits and the autumn 2020 interim visits that stood in for them.
     */
    INTERIM_ACTIVITY,
    /** Activity that may name a focus: the themed visits and monitoring visits. */
    MAY_NAME_A_FOCUS,
    /** Activity made only while an authority is judged inadequate. */
    WHILE_INADEQUATE,
    /** Activity that may name a deep-dive theme beside its focus: joint targeted area inspections. */
    HAS_DEEP_DIVE
  }

  /** The notices sources give, named once. */
  private static final class Notices {
    static final Notice ILACS_CALL = Notice.of(Notice.Type.CALL_IN_THE_WEEK_BEFORE,
        "Nottinghamshire County Council, one-minute guide to Ofsted inspections: a call to the"
            + " director, inspectors on site the following Monday");
    static final Notice JTAI = Notice.workingDays(10, "Ofsted, joint inspections of"
        + " arrangements and services for children in need of help and protection (gov.uk"
        + " collection): notification 10 working days before fieldwork");
    static final Notice UCRA = Notice.of(Notice.Type.UNANNOUNCED, "Ofsted, written evidence to"
        + " Parliament (JRR 04): short, unannounced two-day inspections");
    static final Notice SIF = Notice.of(Notice.Type.UNANNOUNCED, "Ofsted, single inspection"
        + " framework (November 2013): a no-notice inspection over four weeks");
    static final Notice SLAC = Notice.workingDays(10, "Care Appointments, 2009, on the first"
        + " inspections of safeguarding and looked after children services: two weeks' notice");

    private Notices() {}
  }

  private final String title;
  private final boolean graded;
  private final boolean full;
  private final boolean published;
  private final int minOnSiteDays;
  private final int maxOnSiteDays;
  private final Set<Role> roles;
  private final Notice notice;

  InspectionKind(String title, boolean graded, boolean full, boolean published,
      int minOnSiteDays, int maxOnSiteDays, Set<Role> roles, Notice notice) {
    this.roles = roles;
    this.notice = notice;
    this.title = title;
    this.graded = graded;
    this.full = full;
    this.published = published;
    this.minOnSiteDays = minOnSiteDays;
    this.maxOnSiteDays = maxOnSiteDays;
  }

  /**
   * Returns the name Ofsted uses for this kind.
   *
   * @return the title, never null
   */
  public String title() {
    return title;
  }

  /**
   * Tells whether this kind grades judgement areas.
   *
   * @return true for graded kinds
   */
  public boolean isGraded() {
    return graded;
  }

  /**
   * Tells whether this kind is a full inspection, one whose outcome sets the pathway.
   *
   * @return true for standard, short, SIF and SLAC inspections
   */
  public boolean isFullInspection() {
    return full;
  }

  /**
   * Tells whether Ofsted publishes the letter or report of this kind.
   *
   * @return true when the outcome is published
   */
  public boolean isPublished() {
    return published;
  }

  /**
   * Tells whether this kind plays a role between full inspections.
   *
   * @param role the role, not null
   * @return true when it does
   */
  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /**
   * Returns every kind that plays a role.
   *
   * @param role the role, not null
   * @return an unmodifiable set, in declaration order
   */
  public static Set<InspectionKind> withRole(Role role) {
    Set<InspectionKind> kinds = EnumSet.noneOf(InspectionKind.class);
    for (InspectionKind k : values()) {
      if (k.hasRole(role)) {
        kinds.add(k);
      }
    }
    return Collections.unmodifiableSet(kinds);
  }

  /**
   * Returns the notice Ofsted gave before this kind of activity, or
   * {@link Notice.Type#UNKNOWN} where no source we hold gives it.
   *
   * @return the notice, never null
   */
  public Notice notice() {
    return notice;
  }

  /**
   * Tells whether a usual length on site is known for this kind: not for an annual rating,
   * which is no visit, nor where no source gives one.
   *
   * @return true when {@link #minOnSiteDays()} and {@link #maxOnSiteDays()} are known
   */
  public boolean isOnSiteLengthKnown() {
    return minOnSiteDays > 0;
  }

  /**
   * Returns the fewest working days on site that is usual for this kind.
   *
   * @return at least 1, or 0 when the length is not known ({@link #isOnSiteLengthKnown()})
   */
  public int minOnSiteDays() {
    return minOnSiteDays;
  }

  /**
   * Returns the most working days on site that is usual for this kind.
   *
   * @return at least {@link #minOnSiteDays()}, 0 when the length is not known
   */
  public int maxOnSiteDays() {
    return maxOnSiteDays;
  }
}
