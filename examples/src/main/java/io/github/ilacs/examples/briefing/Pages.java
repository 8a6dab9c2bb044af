package io.github.ilacs.examples.briefing;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import io.github.ilacs.Grade;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the pages from their Mustache templates (on the class path, compiled once): the
 * templates escape every value unless it is marked as markup made by code, such as the picture.
 */
final class Pages {
  private static final MustacheFactory FACTORY =
      new DefaultMustacheFactory("io/github/ilacs/examples/briefing");
  private static final Mustache BRIEFING = FACTORY.compile("briefing.mustache");
  private static final Mustache OVERVIEW = FACTORY.compile("overview.mustache");

  private Pages() {}

  static String briefing(Map<String, Object> scope) {
    return render(BRIEFING, scope);
  }

  static String overview(Map<String, Object> scope) {
    return render(OVERVIEW, scope);
  }

  private static String render(Mustache template, Map<String, Object> scope) {
    StringWriter out = new StringWriter(32_768);
    try {
      template.execute(out, scope).flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A grade as a table cell: its class (for the colour) and its label (always written). */
  static Map<String, Object> gradeCell(Grade grade, String label) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cls", Words.gradeClass(grade));
    m.put("mark", Words.gradeMark(grade));
    m.put("label", label);
    return m;
  }

  /** A cell without a grade: a short word saying why. */
  static Map<String, Object> plainCell(String label) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cls", "none");
    m.put("label", label);
    return m;
  }

  /** The legend: the four grades with their colours and marks. */
  static List<Map<String, Object>> legend() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Grade g : Grade.values()) {
      Map<String, Object> m = gradeCell(g, switch (g) {
        case OUTSTANDING -> "Outstanding (1)";
        case GOOD -> "Good (2)";
        case REQUIRES_IMPROVEMENT -> "Requires improvement to be good, before 2013 adequate (3)";
        case INADEQUATE -> "Inadequate (4)";
      });
      out.add(m);
    }
    return out;
  }
}
