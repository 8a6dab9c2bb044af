package io.github.ilacs;

/**
 * The kind of a formal finding in an inspection letter or report.
 *
 * <p>Which kinds a letter may use depends on the framework ({@link Framework#findingKinds()}).
 */
public enum FindingKind {
  /** Something the authority does well. */
  STRENGTH("Strength", false),
  /** Something to improve (SIF and ILACS "what needs to improve"). */
  AREA_FOR_IMPROVEMENT("Area for improvement", true),
  /** Something to develop (2009-2012 unannounced inspection letters). */
  AREA_FOR_DEVELOPMENT("Area for development", true),
  /** A serious concern that needs action now; after an ILACS focused visit it requires a plan. */
  AREA_FOR_PRIORITY_ACTION("Area for priority action", true),
  /** Something delivered satisfactorily in line with national guidance (2009-2012 letters). */
  SATISFACTORY_AREA("Satisfactory area", false),
  /** A recommendation of the report. */
  RECOMMENDATION("Recommendation", true);

  private final String title;
  private final boolean needsImprovement;

  FindingKind(String title, boolean needsImprovement) {
    this.title = title;
    this.needsImprovement = needsImprovement;
  }

  /**
   * Returns the heading letters use for this kind, in the singular.
   *
   * @return the title, never null
   */
  public String title() {
    return title;
  }

  /**
   * Tells whether a finding of this kind raises something as needing improvement.
   *
   * @return true for areas for improvement, development and priority action and for
   *     recommendations
   */
  public boolean needsImprovement() {
    return needsImprovement;
  }
}
