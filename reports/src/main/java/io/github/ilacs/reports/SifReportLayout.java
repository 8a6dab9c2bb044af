package io.github.ilacs.reports;

import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Single inspection framework reports, November 2013 to 2018, with or without the review of the
 * Local Safeguarding Children Board, and the board-only reviews: a title naming the authority,
 * the on-site dates, the overall judgement in a sentence, a numbered table of key judgements,
 * then the recommendations, numbered, some under sub-headings.
 */
final class SifReportLayout implements Layout {
  private static final Pattern DATES = Pattern.compile("^(inspection|review) dates?\\b");
  private static final Pattern PUBLISHED = Pattern.compile("^report published\\b");
  private static final Pattern TABLE_START = Pattern.compile("children who need help and");
  private static final Pattern TABLE_LAST = Pattern.compile("leadership, management and");
  private static final Pattern BOARD = Pattern.compile("local safeguarding children board|lscb");
  private static final Pattern OVERALL = Pattern.compile(
      "overall judgement is|children's services in .{1,120}? (?=(are|is|requires?) )");
  private static final Pattern BOARD_GRADE = Pattern.compile(
      "(local safeguarding children board|lscb)\\)? (is |are |(?=requires? ))");
  private static final Pattern RECOMMENDATIONS = Pattern.compile(
      "^(what does the local authority need to improve\\??|recommendations)$");
  private static final Pattern AFTER_RECOMMENDATIONS = Pattern.compile(
      "^(summary for children|information about this|inspection judgements? about|"
          + "summary of key findings|section 2|the effectiveness of the local safeguarding|"
          + "inspection findings|key strengths and weaknesses|the experiences and progress|"
          + "what the inspection judgements mean|contents$|the local authority's strengths|"
          + "(areas? of |key )?strengths$|progress since the last inspection|executive summary)");
  private static final Map<JudgementArea, Pattern> AREAS = Map.of(
      JudgementArea.HELP_AND_PROTECTION, Pattern.compile("children who need help and protection"),
      JudgementArea.CHILDREN_LOOKED_AFTER, Pattern.compile("looked after and achieving"),
      JudgementArea.ADOPTION_PERFORMANCE, Pattern.compile("adoption performance"),
      JudgementArea.SIF_CARE_LEAVERS, Pattern.compile("progress of care leavers"),
      JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE,
      Pattern.compile("leadership, management and governance"));
  private static final int HEAD_LINES = 60;

  @Override
  public boolean recognises(TextDocument doc, String head) {
    return head.contains("inspection of services for children in need of help and protection")
        || head.contains("review of the effectiveness of the local safeguarding children board");
  }

  @Override
  public void read(TextDocument doc, Draft draft) {
    int dates = Sections.readReportHead(doc, draft, DATES, PUBLISHED, HEAD_LINES);
    Line dateLine = Sections.at(doc, dates);
    draft.kind = InspectionKind.SIF_INSPECTION;
    String head = TextDocument.fold(draft.title);
    boolean boardOnly = !head.contains("inspection of services for children");
    if (boardOnly) {
      draft.warn(dateLine, "a review of the Local Safeguarding Children Board alone: recorded as a "
          + "SIF inspection holding only the board's judgement");
    }
    Framework framework = draft.framework().orElse(Framework.SIF_2013);
    if (!boardOnly) {
      readOverall(doc, draft, framework, dates);
      readTable(doc, draft, framework, dates);
    }
    if (head.contains("local safeguarding children board") || boardOnly) {
      readBoard(doc, draft, framework, dates);
    }
    // the contents list the heading too, sometimes without a page number: the first heading
    // with items under it is the section
    for (int recs = doc.find(RECOMMENDATIONS, Math.max(dates, 0)); recs >= 0;
        recs = doc.find(RECOMMENDATIONS, recs + 1)) {
      int end = Sections.end(doc, recs, AFTER_RECOMMENDATIONS);
      List<Items.Item> items = Items.collect(doc, recs + 1, end, Items.Mode.AUTO);
      if (!items.isEmpty()) {
        draft.addFindings(FindingKind.RECOMMENDATION, items);
        return;
      }
    }
    draft.warn(dateLine, "no recommendations found under a heading; no findings read");
  }

  private static void readOverall(TextDocument doc, Draft draft, Framework framework,
      int dates) {
    String text = TextDocument.fold(doc.joined(Math.max(dates, 0), dates + HEAD_LINES));
    Matcher m = OVERALL.matcher(text);
    if (!m.find()) {
      draft.warn(Sections.at(doc, dates), "no sentence giving the overall judgement found");
      return;
    }
    Grades.first(text.substring(m.end(), Math.min(text.length(), m.end() + 60)), framework)
        .ifPresentOrElse(g -> draft.judgements.put(JudgementArea.OVERALL_EFFECTIVENESS, g),
            () -> draft.warn(Sections.at(doc, dates),
                "the overall judgement sentence gives no grade"));
  }

  private static void readTable(TextDocument doc, Draft draft, Framework framework, int dates) {
    int first = doc.find(TABLE_START, Math.max(dates, 0), dates + HEAD_LINES);
    int last = first < 0 ? -1 : doc.find(TABLE_LAST, first, first + HEAD_LINES);
    if (first < 0 || last < 0) {
      draft.warn(Sections.at(doc, dates), "no table of key judgements found");
      return;
    }
    int end = last + 1;
    while (end < doc.size() && end <= last + 4 && !BOARD.matcher(doc.get(end).lower()).find()) {
      end++;
    }
    GradeTable.read(doc.joined(first, end), AREAS, framework, draft, doc.get(first));
  }

  private static void readBoard(TextDocument doc, Draft draft, Framework framework,
      int dates) {
    String text = TextDocument.fold(doc.joined(0, doc.size()));
    Matcher m = BOARD_GRADE.matcher(text);
    while (m.find() && !draft.judgements.containsKey(JudgementArea.LSCB_REVIEW)) {
      List<Grades.Found> found = Grades.in(
          text.substring(m.end(), Math.min(text.length(), m.end() + 40)), framework);
      if (!found.isEmpty() && found.get(0).offset() == 0) {
        draft.judgements.put(JudgementArea.LSCB_REVIEW, found.get(0).grade());
      }
    }
    if (!draft.judgements.containsKey(JudgementArea.LSCB_REVIEW)) {
      draft.warn(Sections.at(doc, dates), "the board's judgement could not be read");
    }
  }
}
