package io.github.ilacs.pathway;

import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.JudgementArea;
import java.util.List;
import java.util.Optional;

/** The UNCONFIRMED April 2026 default rule; see {@link PathwayRule#leadersPlusTwoOfThree()}. */
final class LeadersPlusTwoOfThree implements PathwayRule {
  static final LeadersPlusTwoOfThree INSTANCE = new LeadersPlusTwoOfThree();
  private static final List<JudgementArea> PRACTICE = List.of(JudgementArea.HELP_AND_PROTECTION,
      JudgementArea.CHILDREN_IN_CARE, JudgementArea.CARE_LEAVERS);

  private LeadersPlusTwoOfThree() {}

  @Override
  public Pathway pathwayOf(Inspection inspection) {
    int goodPractice = 0;
    for (JudgementArea area : PRACTICE) {
      Optional<Grade> grade = inspection.grade(area);
      if (grade.isPresent() && grade.get() == Grade.INADEQUATE) {
        return Pathway.INADEQUATE;
      }
      if (grade.isPresent() && grade.get().isAtLeast(Grade.GOOD)) {
        goodPractice++;
      }
    }
    boolean leadersGood = inspection.grade(JudgementArea.IMPACT_OF_LEADERS)
        .filter(g -> g.isAtLeast(Grade.GOOD)).isPresent();
    return leadersGood && goodPractice >= 2
        ? Pathway.GOOD_OR_OUTSTANDING : Pathway.REQUIRES_IMPROVEMENT;
  }

  @Override
  public String description() {
    return "the UNCONFIRMED April 2026 rule: leaders good or better and at least two of the "
        + "three practice judgements good or better means pathway 1, any practice judgement "
        + "inadequate means inadequate, otherwise requires improvement";
  }

  @Override
  public String toString() {
    return "PathwayRule.leadersPlusTwoOfThree()";
  }
}
