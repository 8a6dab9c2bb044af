package io.github.ilacs;

import java.util.Arrays;
import java.util.Optional;

/**
 * An area that a graded inspection judges, with its official title.
 *
 * <p>Which areas a graded inspection must grade depends on the framework: see
 * {@link Framework#gradedAreas()}. Whether an inadequate grade in an area forces overall
 * effectiveness to be inadequate is framework data too ({@link Framework#overallDrivers()}).
 */
public enum JudgementArea {
  // Long official titles are split over two source lines: they are names, not prose from letters.
  /** Overall effectiveness (SIF and ILACS until March 2026). */
  OVERALL_EFFECTIVENESS("Overall effectiveness"),
  /** ILACS: how leaders affect social work practice. */
  IMPACT_OF_LEADERS("The impact of leaders on social work practice"
      + " with children and families"),
  /**
   * ILACS and SIF: children who need help and protection (in ILACS, "the experiences and
   * progress of" them).
   */
  HELP_AND_PROTECTION("The experiences and progress of children"
      + " who need help and protection"),
  /** ILACS January 2018 to December 2022: children in care and care leavers, judged together. */
  CHILDREN_IN_CARE_AND_CARE_LEAVERS("The experiences and progress of children"
      + " in care and care leavers"),
  /** ILACS from January 2023: children in care. */
  CHILDREN_IN_CARE("The experiences and progress of children in care"),
  /** ILACS from January 2023: care leavers, judged separately. */
  CARE_LEAVERS("The experiences and progress of care leavers"),
  /** SIF key judgement: children looked after and achieving permanence. */
  CHILDREN_LOOKED_AFTER("Children looked after and achieving permanence"),
  /** SIF graded sub-judgement: adoption performance. */
  ADOPTION_PERFORMANCE("Adoption performance"),
  /** SIF graded sub-judgement: experiences and progress of care leavers. */
  SIF_CARE_LEAVERS("Experiences and progress of care leavers"),
  /** SIF key judgement: leadership, management and governance. */
  LEADERSHIP_MANAGEMENT_GOVERNANCE("Leadership, management and governance"),
  /** SIF: the review of the Local Safeguarding Children Board, graded in the same report. */
  LSCB_REVIEW("Review of the Local Safeguarding Children Board"),
  /** SLAC 2009: overall effectiveness of safeguarding services. */
  SAFEGUARDING_SERVICES("Overall effectiveness of safeguarding services"),
  /** SLAC 2009: overall effectiveness of services for looked after children. */
  LOOKED_AFTER_CHILDREN_SERVICES("Overall effectiveness of services for looked after children");

  private final String title;

  JudgementArea(String title) {
    this.title = title;
  }

  /**
   * Returns the official title of the area.
   *
   * @return the title, never null
   */
  public String title() {
    return title;
  }

  /**
   * Finds an area by its constant name, ignoring case, or by its official title.
   *
   * @param text the name or title, not null
   * @return the area, or empty when none matches
   * @throws InvalidInspectionException when {@code text} is null
   */
  public static Optional<JudgementArea> find(String text) {
    String t = Checks.required(text, "text").trim();
    return Arrays.stream(values())
        .filter(a -> a.name().equalsIgnoreCase(t) || a.title.equalsIgnoreCase(t))
        .findFirst();
  }
}
