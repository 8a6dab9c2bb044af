package io.github.ilacs.reports;

import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.JudgementArea;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a table of judgements and grades, however the PDF orders its cells: the titles of the
 * judgements the framework makes, in the order written, take the grades found, in the order
 * written.
 */
final class GradeTable {
  private record Placed(JudgementArea area, int offset) {}

  private GradeTable() {}

  /** Reads the table text into the draft's judgements. */
  static void read(String tableText, Map<JudgementArea, Pattern> titles, Framework framework,
      Draft draft, Line where) {
    String table = TextDocument.fold(tableText);
    List<Placed> placed = new ArrayList<>();
    titles.forEach((area, p) -> {
      Matcher m = p.matcher(table);
      boolean judged = framework.gradedAreas().contains(area)
          || framework.optionalAreas().contains(area);
      if (judged && m.find()) {
        placed.add(new Placed(area, m.start()));
      }
    });
    placed.sort(Comparator.comparingInt(Placed::offset));
    List<Grades.Found> grades = Grades.in(table, framework);
    if (grades.size() < placed.size()) {
      draft.warn(where, "the table names " + placed.size() + " judgements but gives "
          + grades.size() + " grades; grades read in order as far as they go");
    }
    for (int i = 0; i < placed.size() && i < grades.size(); i++) {
      JudgementArea area = placed.get(i).area();
      Grade grade = grades.get(i).grade();
      draft.judgements.put(area, grade);
    }
  }
}
