package io.github.ilacs;

/** An inspectorate that takes part in joint targeted area inspections. */
public enum Inspectorate {
  /** Ofsted, which leads. */
  OFSTED("Ofsted"),
  /** The Care Quality Commission. */
  CQC("Care Quality Commission"),
  /** His Majesty's Inspectorate of Constabulary and Fire and Rescue Services (HMIC until 2017). */
  HMICFRS("HM Inspectorate of Constabulary and Fire and Rescue Services"),
  /** His Majesty's Inspectorate of Probation. */
  HMI_PROBATION("HM Inspectorate of Probation");

  private final String title;

  Inspectorate(String title) {
    this.title = title;
  }

  /**
   * Returns the inspectorate's name.
   *
   * @return the name, never null
   */
  public String title() {
    return title;
  }
}
