package io.github.ilacs.reports;

import io.github.ilacs.FindingKind;
import io.github.ilacs.InspectionKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Letters after the 2009-12 unannounced inspections of contact, referral and assessment: what
 * was delivered satisfactorily, strengths, areas for development and areas for priority action.
 */
final class UnannouncedLetterLayout implements Layout {
  private static final Map<Pattern, FindingKind> HEADINGS = new LinkedHashMap<>();

  static {
    HEADINGS.put(Pattern.compile("satisfactorily.*:$"), FindingKind.SATISFACTORY_AREA);
    HEADINGS.put(Pattern.compile("^(areas? of strengths?|strengths)$"), FindingKind.STRENGTH);
    HEADINGS.put(Pattern.compile("^areas? for development$"), FindingKind.AREA_FOR_DEVELOPMENT);
    HEADINGS.put(Pattern.compile("^areas? for priority action$"),
        FindingKind.AREA_FOR_PRIORITY_ACTION);
  }

  @Override
  public boolean recognises(TextDocument doc, String head) {
    return head.contains("unannounced inspection of contact");
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
    draft.kind = InspectionKind.UNANNOUNCED_INSPECTION;
    LetterParts.onSite(doc, dear, draft);
    LetterParts.findings(doc, dear, HEADINGS, draft);
  }
}
