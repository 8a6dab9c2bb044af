package io.github.ilacs;

/**
 * A kind of inspection activity, with what Ofsted does with it.
 *
 * <p>A <em>full</em> inspection is one whose outcome sets the authority's pathway (standard,
 * short, SIF and SLAC inspections). Usual on-site lengths are in working days; they come from
 * the rule book (sections 3.2, 4 and 5) and are what the on-site length rule of the validator
 * checks against.
 */
public enum InspectionKind {
  /** ILACS standard inspection: two weeks on site, graded. */
  STANDARD_INSPECTION("Standard inspection", true, true, true, 10, 10),
  /** ILACS short inspection: one week on site, graded; the usual next step after good. */
  SHORT_INSPECTION("Short inspection", true, true, true, 5, 5),
  /**
   * ILACS focused visit: one or two days on site by two inspectors, a letter, no grades (most
   * visits take two days; one-day visits are published too, such as Nottinghamshire's of
   * 9 January 2019).
   */
  FOCUSED_VISIT("Focused visit", false, false, true, 1, 2),
  /** Monitoring visit to an authority judged inadequate: usually two days, a letter, no grades. */
  MONITORING_VISIT("Monitoring visit", false, false, true, 2, 2),
  /** Action planning visit after an inadequate judgement: a meeting, not published. */
  ACTION_PLANNING_VISIT("Action planning visit", false, false, false, 1, 1),
  /** Joint targeted area inspection with other inspectorates: a joint letter, no grades. */
  JOINT_TARGETED_AREA_INSPECTION("Joint targeted area inspection", false, false, true, 5, 5),
  /** Annual engagement meeting (once "annual conversation"): a meeting and an unpublished letter. */
  ANNUAL_ENGAGEMENT_MEETING("Annual engagement meeting", false, false, false, 1, 1),
  /** 2009-2012 unannounced inspection of contact, referral and assessment: two days, no grades. */
  UNANNOUNCED_INSPECTION("Unannounced inspection of contact, referral and assessment",
      false, false, true, 2, 2),
  /** Single inspection framework inspection (November 2013 to 2018): about four weeks, graded. */
  SIF_INSPECTION("Single inspection framework inspection", true, true, true, 15, 20),
  /** 2009-2012 inspection of safeguarding and looked after children services: two weeks, graded. */
  SLAC_INSPECTION("Inspection of safeguarding and looked after children services",
      true, true, true, 10, 10),
  /** 2012-2013 inspection of looked after children services: one week, graded, one service only. */
  LAC_INSPECTION("Inspection of looked after children services", true, false, true, 5, 5),
  /** Autumn 2020 interim (assurance) visit during the pandemic: no grades. */
  INTERIM_VISIT("Interim visit", false, false, true, 2, 5);

  private final String title;
  private final boolean graded;
  private final boolean full;
  private final boolean published;
  private final int minOnSiteDays;
  private final int maxOnSiteDays;

  InspectionKind(String title, boolean graded, boolean full, boolean published,
      int minOnSiteDays, int maxOnSiteDays) {
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
   * Returns the fewest working days on site that is usual for this kind.
   *
   * @return at least 1
   */
  public int minOnSiteDays() {
    return minOnSiteDays;
  }

  /**
   * Returns the most working days on site that is usual for this kind.
   *
   * @return at least {@link #minOnSiteDays()}
   */
  public int maxOnSiteDays() {
    return maxOnSiteDays;
  }
}
