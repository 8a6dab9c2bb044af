package io.github.ilacs.reports;

import io.github.ilacs.FindingKind;
import io.github.ilacs.InspectionKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Letters after a visit under ILACS, 2018 on: focused visits (older ones list strengths as well
 * as areas for improvement), the Covid-period visits (recognised by the paragraph describing the
 * adapted method), assurance and monitoring visits, and the letters after an annual engagement
 * meeting (once "annual conversation"). A date, an address, a salutation, a heading
 * naming the authority, the days on site, then lists under headings.
 */
final class VisitLetterLayout implements Layout {
  private static final Pattern ADAPTED = Pattern.compile(
      "delivery model was adapted|adapted to reflect the (covid|coronavirus)");
  private static final Pattern LOOKED_AT = Pattern.compile(
      "^(inspectors|this visit|the visit) (looked at|considered|evaluated|focused on|reviewed)");
  private static final int FOCUS_SEARCH = 60;
  private static final Map<Pattern, FindingKind> HEADINGS = new LinkedHashMap<>();

  static {
    HEADINGS.put(Pattern.compile("^(areas? of strengths?|strengths)\\b"), FindingKind.STRENGTH);
    HEADINGS.put(Pattern.compile("^(areas? for priority action|priority actions?\\b)"),
        FindingKind.AREA_FOR_PRIORITY_ACTION);
    HEADINGS.put(Pattern.compile("^(areas? for (improvement|development)|what needs to improve)"),
        FindingKind.AREA_FOR_IMPROVEMENT);
  }

  @Override
  public boolean recognises(TextDocument doc, String head) {
    if (head.contains("unannounced inspection of contact")) {
      return false;
    }
    boolean named = head.contains("focused visit to") || head.contains("assurance visit to")
        || head.contains("monitoring visit to");
    return named || head.contains("dear ") && (head.contains("focused visit")
        || head.contains("assurance visit") || head.contains("monitoring visit")
        || head.contains("joint targeted area inspection") || head.contains("visit to")
        || head.contains("annual conversation") || head.contains("annual engagement meeting"));
  }

  @Override
  public void read(TextDocument doc, Draft draft) {
    int dear = LetterParts.salutation(doc);
    Line where = Sections.at(doc, dear);
    draft.issued = LetterParts.letterDate(doc, dear).orElse(null);
    if (draft.issued == null) {
      draft.warn(where, "no letter date found above the salutation");
    }
    draft.title = LetterParts.heading(doc, dear);
    String heading = TextDocument.fold(draft.title);
    String head = Sections.head(doc, dear + 60);
    draft.kind = kind(heading.isEmpty() ? head : heading, head);
    LetterParts.onSite(doc, dear, draft);
    LetterParts.findings(doc, dear, HEADINGS, draft);
    if (draft.kind == InspectionKind.FOCUSED_VISIT) {
      int looked = doc.find(LOOKED_AT, dear, dear + FOCUS_SEARCH);
      if (looked >= 0) {
        String text = doc.joined(looked, looked + 4);
        int stop = text.indexOf(". ");
        draft.focus = FocusTable.focus(stop < 0 ? text : text.substring(0, stop)).orElse(null);
      }
    }
  }

  private static InspectionKind kind(String heading, String head) {
    if (heading.contains("assurance visit") || ADAPTED.matcher(head).find()) {
      return InspectionKind.INTERIM_VISIT;
    }
    if (heading.contains("annual conversation") || heading.contains("annual engagement")) {
      return InspectionKind.ANNUAL_ENGAGEMENT_MEETING;
    }
    if (heading.contains("monitoring visit")) {
      return InspectionKind.MONITORING_VISIT;
    }
    if (heading.contains("joint targeted area inspection")) {
      return InspectionKind.JOINT_TARGETED_AREA_INSPECTION;
    }
    return InspectionKind.FOCUSED_VISIT;
  }
}
