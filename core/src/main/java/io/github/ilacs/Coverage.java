package io.github.ilacs;

/**
 * What an {@link InspectionHistory} records of an authority's activity, so that answers never
 * claim more than the data holds: activity a history does not cover is not known from it, never
 * owed or overdue.
 */
public enum Coverage {
  /** Every activity: inspections, visits, meetings, published or not. */
  ALL_ACTIVITY("all activity"),
  /**
   * What Ofsted publishes (as collections of documents give it): inspections, focused and
   * monitoring visits, joint inspections; not engagement meetings or action planning visits.
   */
  PUBLISHED_ACTIVITY("published activity only"),
  /** Graded inspections only, as the national outcomes table gives them. */
  GRADED_INSPECTIONS("graded inspections only");

  private final String description;

  Coverage(String description) {
    this.description = description;
  }

  /**
   * Tells whether a history with this coverage records activity of a kind.
   *
   * @param kind the kind, not null
   * @return true when an activity of that kind would be in the history
   */
  public boolean covers(InspectionKind kind) {
    return switch (this) {
      case ALL_ACTIVITY -> true;
      case PUBLISHED_ACTIVITY -> kind.isPublished();
      case GRADED_INSPECTIONS -> kind.isGraded();
    };
  }

  /**
   * Returns a short description, such as "graded inspections only".
   *
   * @return the description, never null
   */
  public String description() {
    return description;
  }
}
