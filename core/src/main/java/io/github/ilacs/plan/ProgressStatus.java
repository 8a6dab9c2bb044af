package io.github.ilacs.plan;

/** The small closed scale a progress update reports an action's state on. */
public enum ProgressStatus {
  /** Work on the action has not begun. */
  NOT_STARTED("Not started", false),
  /** The action is expected to be done by its due date. */
  ON_TRACK("On track", false),
  /** The action may miss its due date unless something changes. */
  AT_RISK("At risk", true),
  /** The action will miss its due date as things stand. */
  OFF_TRACK("Off track", true),
  /** The action is done. */
  COMPLETE("Complete", false);

  private final String title;
  private final boolean atRisk;

  ProgressStatus(String title, boolean atRisk) {
    this.title = title;
    this.atRisk = atRisk;
  }

  /**
   * Returns the words a progress report uses for the status.
   *
   * @return the title, never null
   */
  public String title() {
    return title;
  }

  /**
   * Tells whether the status says the action is in danger of missing its due date.
   *
   * @return true for {@link #AT_RISK} and {@link #OFF_TRACK}
   */
  public boolean isAtRisk() {
    return atRisk;
  }
}
