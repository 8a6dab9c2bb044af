package io.github.ilacs.rules;

import static io.github.ilacs.Grade.GOOD;
import static io.github.ilacs.Grade.REQUIRES_IMPROVEMENT;
import static io.github.ilacs.JudgementArea.CARE_LEAVERS;
import static io.github.ilacs.JudgementArea.CHILDREN_IN_CARE;
import static io.github.ilacs.JudgementArea.HELP_AND_PROTECTION;
import static io.github.ilacs.JudgementArea.IMPACT_OF_LEADERS;
import static io.github.ilacs.JudgementArea.OVERALL_EFFECTIVENESS;

import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.Judgement;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small valid records to start test cases from; every summary is written for the tests. */
final class Fixtures {
  static final LocalAuthority AUTHORITY = LocalAuthority.of("Nottinghamshire", "891");

  private Fixtures() {}

  /** A valid ILACS 2023 standard inspection, 10 weekdays from Monday 10 July 2023. */
  static Inspection.Builder standard2023() {
    return Inspection.builder()
        .authority(AUTHORITY)
        .framework(Framework.ILACS_2023)
        .kind(InspectionKind.STANDARD_INSPECTION)
        .start(LocalDate.of(2023, 7, 10))
        .end(LocalDate.of(2023, 7, 21))
        .published(LocalDate.of(2023, 9, 4))
        .judgement(OVERALL_EFFECTIVENESS, GOOD)
        .judgement(IMPACT_OF_LEADERS, GOOD)
        .judgement(HELP_AND_PROTECTION, REQUIRES_IMPROVEMENT)
        .judgement(CHILDREN_IN_CARE, GOOD)
        .judgement(CARE_LEAVERS, GOOD)
        .addFindings(Finding.of(FindingKind.STRENGTH, "Leaders know their services well.",
            Theme.SELF_EVALUATION))
        .addFindings(Finding.of(FindingKind.AREA_FOR_IMPROVEMENT,
            "Plans for children in need are too vague to measure progress.", Theme.PLANNING));
  }

  /** A valid ILACS 2018 standard inspection graded as given, from Monday 7 October 2019. */
  static Inspection.Builder ilacs2018(Map<JudgementArea, Grade> grades) {
    List<Judgement> judgements = new ArrayList<>();
    grades.forEach((a, g) -> judgements.add(Judgement.of(a, g)));
    return Inspection.builder()
        .authority(AUTHORITY)
        .framework(Framework.ILACS_2018)
        .kind(InspectionKind.STANDARD_INSPECTION)
        .start(LocalDate.of(2019, 10, 7))
        .end(LocalDate.of(2019, 10, 18))
        .published(LocalDate.of(2019, 12, 19))
        .judgements(judgements);
  }

  /** A valid SIF inspection grading every SIF area good, 11 May to 4 June 2015. */
  static Inspection.Builder sif2015() {
    Inspection.Builder b = Inspection.builder()
        .authority(AUTHORITY)
        .framework(Framework.SIF_2013)
        .kind(InspectionKind.SIF_INSPECTION)
        .start(LocalDate.of(2015, 5, 11))
        .end(LocalDate.of(2015, 6, 4))
        .published(LocalDate.of(2015, 7, 20));
    for (JudgementArea a : Framework.SIF_2013.gradedAreas()) {
      b.judgement(a, GOOD);
    }
    return b;
  }

  /** A valid ILACS focused visit on children in need, two days from Tuesday 26 April 2022. */
  static Inspection.Builder focusedVisit2022() {
    return Inspection.builder()
        .authority(AUTHORITY)
        .framework(Framework.ILACS_2018)
        .kind(InspectionKind.FOCUSED_VISIT)
        .start(LocalDate.of(2022, 4, 26))
        .end(LocalDate.of(2022, 4, 27))
        .published(LocalDate.of(2022, 6, 1))
        .focus(Theme.CHILDREN_IN_NEED_AND_PROTECTION)
        .addFindings(Finding.of(FindingKind.AREA_FOR_IMPROVEMENT,
            "Oversight of children in need plans is uneven.",
            Theme.SUPERVISION_AND_MANAGEMENT_OVERSIGHT));
  }

  /** An ungraded visit or meeting of a kind from the date, as short as the kind usually is. */
  static Inspection visit(Framework framework, InspectionKind kind, LocalDate start) {
    return Inspection.builder()
        .authority(AUTHORITY)
        .framework(framework)
        .kind(kind)
        .start(start)
        .end(start.plusDays(kind.minOnSiteDays() - 1L))
        .published(start.plusDays(30))
        .build();
  }

  /** A full ILACS inspection of a kind with every area of the framework graded the same. */
  static Inspection full(Framework framework, InspectionKind kind, LocalDate monday, Grade grade) {
    Inspection.Builder b = Inspection.builder()
        .authority(AUTHORITY)
        .framework(framework)
        .kind(kind)
        .start(monday)
        .end(monday.plusDays(kind.minOnSiteDays() == 5 ? 4 : 11))
        .published(monday.plusDays(60));
    for (JudgementArea a : framework.gradedAreas()) {
      b.judgement(a, grade);
    }
    return b.build();
  }
}
