package io.github.ilacs;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An area that a graded inspection judges, with its official title.
 *
 * <p>Which areas a graded inspection must grade depends on the framework: see
 * {@link Framework#gradedAreas()}. Whether an inadequate grade in an area forces overall
 * effectiveness to be inadequate is framework data too ({@link Framework#overallDrivers()}).
 *
 * <p>When a later framework judges an area's ground under another area, the area names that
 * area as its {@link #successor()}, with the documents that show it ({@link Succession}); the
 * successors link the areas into chains ({@link AreaChain}) that trends follow across changes
 * of framework ({@link InspectionHistory#areaTrend(JudgementArea)}).
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
      + " who need help and protection", "Children who need help and protection"),
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
  /**
   * SIF: the review of the effectiveness of the Local Safeguarding Children Board, graded in the
   * same report or published on its own ({@link InspectionKind#LSCB_REVIEW}).
   */
  LSCB_REVIEW("Review of the effectiveness of the Local Safeguarding Children Board",
      "Review of the Local Safeguarding Children Board"),
  /** SLAC 2009: overall effectiveness of safeguarding services. */
  SAFEGUARDING_SERVICES("Overall effectiveness of safeguarding services"),
  /** SLAC 2009: overall effectiveness of services for looked after children. */
  LOOKED_AFTER_CHILDREN_SERVICES("Overall effectiveness of services for looked after children",
      "Overall effectiveness of services for looked after children and young people"),
  /** SLAC 2009 and LAC 2012: the service's capacity to improve, graded beside overall. */
  CAPACITY_TO_IMPROVE("Capacity to improve", "Capacity for improvement"),
  /** SLAC 2009 and LAC 2012: outcomes for looked after children and young people. */
  OUTCOMES_FOR_LOOKED_AFTER_CHILDREN("Outcomes for looked after children and young people"),
  /** SLAC 2009 and LAC 2012: the quality of provision. */
  QUALITY_OF_PROVISION("Quality of provision"),
  /** SLAC 2009 and LAC 2012: leadership and management of the service. */
  LEADERSHIP_AND_MANAGEMENT("Leadership and management"),
  /**
   * 2009 to 2011: the annual children's services assessment's one rating of the council's
   * children's services (the library's name for it; the rating is on its own scale).
   */
  CHILDREN_SERVICES_RATING("Children's services assessment rating");

  private final String title;
  private final List<String> otherTitles;

  JudgementArea(String title, String... otherTitles) {
    this.title = title;
    this.otherTitles = List.of(otherTitles);
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
   * Returns where this area's ground is judged next, when a later framework judges it under
   * another area.
   *
   * @return the succession, or empty when no later framework took the area over (it is still
   *     judged, or it is no longer judged at all: see {@link AreaChain#end()})
   */
  public Optional<Succession> succession() {
    return Optional.ofNullable(Successions.NEXT.get(this));
  }

  /**
   * Returns the area that took over this area's ground in a later framework.
   *
   * @return the successor, or empty when there is none
   */
  public Optional<JudgementArea> successor() {
    return succession().map(Succession::successor);
  }

  /**
   * Returns the area whose ground this area took over from an earlier framework.
   *
   * @return the predecessor, or empty when there is none
   */
  public Optional<JudgementArea> predecessor() {
    return Arrays.stream(values()).filter(a -> a.successor().equals(Optional.of(this)))
        .findFirst();
  }

  /**
   * Returns the other titles reports print for this area, such as the SIF report tables'
   * "Children who need help and protection".
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<String> otherTitles() {
    return otherTitles;
  }

  /**
   * Finds an area by its constant name, its official title or another title reports print,
   * ignoring case and runs of spaces.
   *
   * @param text the name or title, not null
   * @return the area, or empty when none matches
   * @throws InvalidInspectionException when {@code text} is null
   */
  public static Optional<JudgementArea> find(String text) {
    String t = Checks.required(text, "text").trim().replaceAll("\\s+", " ");
    return Arrays.stream(values())
        .filter(a -> a.name().equalsIgnoreCase(t) || a.title.equalsIgnoreCase(t)
            || a.otherTitles.stream().anyMatch(t::equalsIgnoreCase))
        .findFirst();
  }

  /**
   * A later framework's area that judges the ground of an earlier one, with the documents that
   * show it.
   *
   * @param successor the later area, not null
   * @param source the Ofsted documents, by title and section, that set out both judgements
   */
  public record Succession(JudgementArea successor, String source) {
    /**
     * Creates a succession.
     *
     * @param successor the later area, not null
     * @param source the documents, not blank
     * @throws InvalidInspectionException when a value is null or the source is blank
     */
    public Succession {
      Checks.required(successor, "successor");
      Checks.notBlank(source, "source");
    }
  }

  /**
   * The successions, kept apart from the constants because an area may be succeeded by one
   * declared after it. The documents are described in {@code docs/domain.md}.
   */
  private static final class Successions {
    private static final String SLAC = "Ofsted, Inspections of safeguarding and looked after"
        + " children services (framework, ref. 090027, May 2009), the judgements";
    private static final String SIF = "Ofsted, Framework and evaluation schedule for the"
        + " inspections of services for children in need of help and protection, children"
        + " looked after and care leavers (ref. 130216, 2013; December 2014 edition), the"
        + " judgements inspectors will make";
    private static final String ILACS = "Ofsted, Inspecting local authority children's"
        + " services (framework first published November 2017), the judgements";
    private static final String CARE_LEAVERS_2023 = "Ofsted, A new ILACS judgement on the"
        + " experiences and progress of care leavers: report on the responses to the"
        + " consultation (2022)";

    static final Map<JudgementArea, Succession> NEXT = new EnumMap<>(JudgementArea.class);

    static {
      NEXT.put(SAFEGUARDING_SERVICES, new Succession(HELP_AND_PROTECTION,
          SLAC + "; " + SIF + ", key judgement 1"));
      NEXT.put(LOOKED_AFTER_CHILDREN_SERVICES, new Succession(CHILDREN_LOOKED_AFTER,
          SLAC + "; " + SIF + ", key judgement 2"));
      NEXT.put(CHILDREN_LOOKED_AFTER, new Succession(CHILDREN_IN_CARE_AND_CARE_LEAVERS,
          SIF + ", key judgement 2; " + ILACS));
      NEXT.put(LEADERSHIP_MANAGEMENT_GOVERNANCE, new Succession(IMPACT_OF_LEADERS,
          SIF + ", key judgement 3; " + ILACS));
      NEXT.put(CHILDREN_IN_CARE_AND_CARE_LEAVERS, new Succession(CHILDREN_IN_CARE,
          CARE_LEAVERS_2023));
      NEXT.put(SIF_CARE_LEAVERS, new Succession(CARE_LEAVERS,
          SIF + ", the experiences and progress of care leavers; " + CARE_LEAVERS_2023));
    }

    private Successions() {}
  }
}
