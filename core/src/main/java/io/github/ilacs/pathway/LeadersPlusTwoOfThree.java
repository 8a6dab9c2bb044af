package io.github.ilacs.pathway;

import io.github.ilacs.Inspection;

/** The default rule without an overall grade; see {@link PathwayRule#leadersPlusTwoOfThree()}. */
final class LeadersPlusTwoOfThree implements PathwayRule {
  static final LeadersPlusTwoOfThree INSTANCE = new LeadersPlusTwoOfThree();

  private LeadersPlusTwoOfThree() {}

  @Override
  public Pathway pathwayOf(Inspection inspection) {
    return Pathway.ofGrade(inspection.leadersPlusTwoOfThree());
  }

  @Override
  public String toString() {
    return "PathwayRule.leadersPlusTwoOfThree()";
  }
}
