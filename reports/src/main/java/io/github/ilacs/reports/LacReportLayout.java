package io.github.ilacs.reports;

import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reports of the 2012-13 inspections of looked after children services: a title, the
 * authority, the dates and the publication date, graded sections, areas for improvement under
 * timescales ("immediately", "within three months"), and a closing record of the judgements.
 */
final class LacReportLayout implements Layout {
  private static final Pattern DATES = Pattern.compile("^inspection dates?\\b");
  private static final Pattern PUBLISHED = Pattern.compile("^published\\b");
  private static final Pattern RECORD = Pattern.compile("^record of main findings$");
  private static final Pattern OVERALL = Pattern.compile("^overall effectiveness\\b");
  private static final Pattern IMPROVE = Pattern.compile("^areas for improvement$");
  private static final Pattern AFTER_IMPROVE = Pattern.compile(
      "^(outcomes for|quality of provision|leadership and management|record of main findings|"
          + "capacity to improve|overall effectiveness|grade \\d)");
  private static final int HEAD_LINES = 40;

  @Override
  public boolean recognises(TextDocument doc, String head) {
    return head.contains("inspection of looked after children services");
  }

  @Override
  public void read(TextDocument doc, Draft draft) {
    int dates = Sections.readReportHead(doc, draft, DATES, PUBLISHED, HEAD_LINES);
    Line dateLine = Sections.at(doc, dates);
    draft.kind = InspectionKind.LAC_INSPECTION;
    Framework framework = draft.framework().orElse(Framework.LAC_2012);
    int record = doc.find(RECORD, 0);
    int overall = record < 0 ? -1 : doc.find(OVERALL, record, record + 10);
    if (overall >= 0) {
      Grades.first(doc.joined(overall, overall + 2), framework).ifPresent(
          g -> draft.judgements.put(JudgementArea.OVERALL_EFFECTIVENESS, g));
    }
    if (!draft.judgements.containsKey(JudgementArea.OVERALL_EFFECTIVENESS)) {
      int section = doc.find(OVERALL, Math.max(dates, 0));
      if (section >= 0) {
        Grades.first(doc.joined(section, section + 4), framework).ifPresent(
            g -> draft.judgements.put(JudgementArea.OVERALL_EFFECTIVENESS, g));
      }
    }
    if (!draft.judgements.containsKey(JudgementArea.OVERALL_EFFECTIVENESS)) {
      draft.warn(Sections.at(doc, record < 0 ? dates : record),
          "no overall effectiveness grade found in the record of main findings");
    }
    int improve = doc.find(IMPROVE, Math.max(dates, 0));
    if (improve < 0) {
      draft.warn(dateLine, "no areas for improvement heading found; no findings read");
      return;
    }
    int end = Sections.end(doc, improve, AFTER_IMPROVE);
    draft.addFindings(FindingKind.AREA_FOR_IMPROVEMENT,
        Items.collect(doc, improve + 1, end, Items.Mode.BULLETS));
  }
}
