package io.github.ilacs.reports;

import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reports of the inspection of local authority children's services (ILACS), 2018 on: a title
 * naming the authority, the on-site dates, a table of judgements and grades, one list of what
 * needs to improve, then a section per judgement.
 */
final class IlacsReportLayout implements Layout {
  private static final Pattern DATES = Pattern.compile("^inspection dates?\\b");
  private static final Pattern TABLE = Pattern.compile("^judgements?\\b");
  private static final Pattern IMPROVE = Pattern.compile("^what needs to improve");
  private static final Pattern AFTER_IMPROVE = Pattern.compile(
      "^(the experiences and progress of|the impact of leaders|overall effectiveness|"
          + "help and protection|children in care|care leavers|1\\.\\s)");
  /** Judgement titles, most specific first where one contains another. */
  private static final Map<JudgementArea, Pattern> AREAS = Map.of(
      JudgementArea.IMPACT_OF_LEADERS, Pattern.compile("impact of leaders"),
      JudgementArea.HELP_AND_PROTECTION, Pattern.compile("need help and protection"),
      JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS,
      Pattern.compile("children in care and care leavers"),
      JudgementArea.CHILDREN_IN_CARE, Pattern.compile("children in care(?! and care leavers)"),
      JudgementArea.CARE_LEAVERS, Pattern.compile("progress of care leavers"),
      JudgementArea.OVERALL_EFFECTIVENESS, Pattern.compile("overall effectiveness"));
  private static final int TABLE_LINES = 80;

  @Override
  public boolean recognises(TextDocument doc, String head) {
    return head.contains("impact of leaders on social work practice")
        && head.contains("inspection date");
  }

  @Override
  public void read(TextDocument doc, Draft draft) {
    int dates = Sections.datesLine(doc, DATES);
    Line dateLine = Sections.at(doc, dates);
    draft.title = doc.joined(0, Math.max(dates, 1));
    draft.onSite(Dates.run(doc.joined(dates, dates + 2)), dateLine);
    draft.kind = draft.weekdaysOnSite() <= 7 ? InspectionKind.SHORT_INSPECTION
        : InspectionKind.STANDARD_INSPECTION;
    draft.framework().ifPresentOrElse(f -> readGrades(doc, draft, f, dates),
        () -> draft.warn(dateLine, "no ILACS framework was in force on the start date; "
            + "judgements not read"));
    int improve = doc.find(IMPROVE, Math.max(dates, 0));
    if (improve < 0) {
      draft.warn(dateLine, "no 'what needs to improve' list found; no findings read");
      return;
    }
    int end = Sections.end(doc, improve, AFTER_IMPROVE);
    draft.addFindings(FindingKind.AREA_FOR_IMPROVEMENT,
        Items.collect(doc, improve + 1, end, Items.Mode.AUTO));
  }

  private static void readGrades(TextDocument doc, Draft draft, Framework framework,
      int dates) {
    int header = doc.find(TABLE, Math.max(dates, 0), dates + TABLE_LINES);
    Line where = Sections.at(doc, header < 0 ? dates : header);
    if (header < 0) {
      draft.warn(where, "no table of judgements found after the dates");
      return;
    }
    int end = header + 1;
    while (end < doc.size() && end < header + TABLE_LINES && !isProse(doc.get(end).text())) {
      end++;
    }
    GradeTable.read(doc.joined(header + 1, end), AREAS, framework, draft, where);
  }

  /** A line of running prose: long and ending a sentence. */
  private static boolean isProse(String text) {
    return text.length() > 50 && text.endsWith(".");
  }
}
