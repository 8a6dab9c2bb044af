package io.github.ilacs.reports;

import io.github.ilacs.FindingKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts every inspection letter shares: the date above the salutation, the heading after
 * it, the sentence giving the days on site, and lists of findings under headings.
 */
final class LetterParts {
  private static final Pattern DEAR = Pattern.compile("^dear\\b");
  private static final Pattern ON_SITE = Pattern.compile(
      "(visit|inspection|inspected|visited)[^.]{0,300}?\\b(on|between|from|during)\\s+(?=\\d)");
  private static final Pattern NO_ITEMS = Pattern.compile(
      "\\b(there (are|were) no|no areas? for|did not identify any|none identified)\\b");
  private static final Pattern KNOWN_HEADINGS = Pattern.compile(
      "^(findings|main findings|headline findings|overview|summary|next steps|evaluation of "
          + "progress|ofsted will take|yours sincerely|areas? of strength|strengths$|areas? for "
          + "(priority action|improvement|development)|priority actions?$|what needs to improve|"
          + "the areas for priority action identified|this visit has identified|from the "
          + "evidence gathered|copy:)");
  private static final Pattern SERVICES = Pattern.compile("services|council");
  private static final Pattern HEADING = Pattern.compile(
      "^(focused visit|assurance visit|monitoring visit|joint targeted area inspection|annual "
          + "(unannounced )?inspection|annual conversation|annual engagement meeting|"
          + "social care annual|.{0,40}\\bvisit to\\b)");
  private static final int HEADING_SEARCH = 40;
  private static final int SHORT_LINE_WORDS = 5;

  private LetterParts() {}

  /** Returns the index of the salutation line, or -1. */
  static int salutation(TextDocument doc) {
    return doc.find(DEAR, 0, Math.min(doc.size(), 200));
  }

  /**
   * Returns the letter's date: the last whole-line date above the salutation, else the last
   * date on a short line there.
   */
  static Optional<LocalDate> letterDate(TextDocument doc, int dear) {
    Optional<LocalDate> lone = Optional.empty();
    Optional<LocalDate> onShortLine = Optional.empty();
    int to = dear < 0 ? Math.min(doc.size(), 40) : dear;
    for (int i = 0; i < to; i++) {
      String text = doc.get(i).text();
      Optional<LocalDate> d = Dates.lone(text);
      if (d.isPresent()) {
        lone = d;
      } else if (text.split(" ").length <= SHORT_LINE_WORDS) {
        List<LocalDate> run = Dates.run(text);
        if (!run.isEmpty()) {
          onShortLine = Optional.of(run.get(run.size() - 1));
        }
      }
    }
    return lone.isPresent() ? lone : onShortLine;
  }

  /**
   * Returns the heading that names the visit and the authority: the first line after the
   * salutation that names a visit, an inspection or a meeting, up to the line naming the
   * services; else the line after the salutation.
   */
  static String heading(TextDocument doc, int dear) {
    int from = doc.find(HEADING, dear + 1, dear + 1 + HEADING_SEARCH);
    if (from < 0) {
      from = dear + 1;
      while (from < doc.size() && doc.get(from).isBlank()) {
        from++;
      }
    }
    int to = from;
    while (to < doc.size() && to < from + 3) {
      to++;
      if (SERVICES.matcher(doc.get(to - 1).lower()).find()) {
        break;
      }
    }
    return doc.joined(from, to);
  }

  /** Reads the days on site from the sentence that gives them, after the salutation. */
  static void onSite(TextDocument doc, int dear, Draft draft) {
    int from = Math.max(dear, 0);
    String text = doc.joined(from, from + 25);
    Matcher m = ON_SITE.matcher(TextDocument.fold(text));
    List<LocalDate> dates = m.find() ? Dates.run(text.substring(m.end()), draft.issued)
        : Dates.run(text, draft.issued);
    draft.onSite(dates, Sections.at(doc, from));
  }

  /**
   * Reads every list of findings under the headings given, each heading pattern with the kind
   * its items take. A list that says there are none gives none.
   */
  static void findings(TextDocument doc, int from, Map<Pattern, FindingKind> headings,
      Draft draft) {
    for (int i = Math.max(from, 0); i < doc.size(); i++) {
      Line line = doc.get(i);
      if (line.isBlank() || line.text().endsWith(".") || Items.bulletLength(line.text()) > 0
          || !Character.isUpperCase(line.text().charAt(0))) {
        continue;
      }
      for (Map.Entry<Pattern, FindingKind> h : headings.entrySet()) {
        if (h.getKey().matcher(line.lower()).find()) {
          int end = sectionEnd(doc, i);
          if (!saysNone(doc, i + 1, end)) {
            draft.addFindings(h.getValue(), Items.collect(doc, i + 1, end, Items.Mode.AUTO));
          }
          i = end - 1;
          break;
        }
      }
    }
  }

  /** Tells whether a section opens by saying it has no items ("There are no priority actions"). */
  private static boolean saysNone(TextDocument doc, int from, int to) {
    for (int i = from; i < to; i++) {
      Line l = doc.get(i);
      if (!l.isBlank()) {
        return Items.bulletLength(l.text()) == 0 && NO_ITEMS.matcher(l.lower()).find();
      }
    }
    return false;
  }

  /** Returns the index of the next heading after a heading, or the end of the document. */
  static int sectionEnd(TextDocument doc, int heading) {
    for (int i = heading + 1; i < doc.size(); i++) {
      Line l = doc.get(i);
      if (l.isBlank()) {
        continue;
      }
      boolean capital = Character.isUpperCase(l.text().charAt(0));
      if (capital && KNOWN_HEADINGS.matcher(l.lower()).find()) {
        return i;
      }
    }
    return doc.size();
  }
}
