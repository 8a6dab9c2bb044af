package io.github.ilacs.reports;

import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds grade words in text, in the order written, and reads them on a framework's scale.
 * "To be good" is dropped first, so the label "Requires improvement to be good", however a table
 * splits it, counts once; "Requires" standing alone (a table cell broken before "Improvement")
 * counts as requires improvement.
 */
final class Grades {
  private static final Pattern TO_BE_GOOD = Pattern.compile("\\bto\\s+be\\s+good\\b");
  private static final Pattern WORD = Pattern.compile(
      "\\b(outstanding|good|requires?(?:\\s+improvement)?|inadequate|adequate)\\b");

  private Grades() {}

  /** A grade found at an offset of the text searched. */
  record Found(Grade grade, int offset) {}

  /** Returns the grades written in the text, in order; words the scale lacks are skipped. */
  static List<Found> in(String text, Framework framework) {
    String t = TO_BE_GOOD.matcher(TextDocument.fold(text)).replaceAll(" ".repeat(10));
    List<Found> out = new ArrayList<>();
    Matcher m = WORD.matcher(t);
    while (m.find()) {
      read(m.group(1), framework).ifPresent(g -> out.add(new Found(g, m.start())));
    }
    return out;
  }

  /** Returns the first grade written in the text. */
  static Optional<Grade> first(String text, Framework framework) {
    List<Found> all = in(text, framework);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).grade());
  }

  private static Optional<Grade> read(String word, Framework framework) {
    String w = word.startsWith("require") ? "requires improvement" : word;
    return framework.gradeScale().find(w);
  }
}
