package io.github.ilacs.examples;

import io.github.ilacs.Grade;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.compare.Comparison;
import io.github.ilacs.compare.Distribution;
import io.github.ilacs.compare.Group;
import io.github.ilacs.compare.LatestGrade;
import io.github.ilacs.compare.Position;
import io.github.ilacs.compare.Standing;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link Comparison} as plain text: the authority and its statistical neighbours with
 * their latest grades, then the grades among the neighbours, in the region and in England, with
 * how many stand ahead of the authority, level with it and behind it.
 */
public final class ComparisonTable {
  /** Short column headings; the areas' official titles are too long for a table. */
  private static final Map<JudgementArea, String> HEADINGS = new EnumMap<>(JudgementArea.class);

  static {
    HEADINGS.put(JudgementArea.OVERALL_EFFECTIVENESS, "overall");
    HEADINGS.put(JudgementArea.IMPACT_OF_LEADERS, "leaders");
    HEADINGS.put(JudgementArea.HELP_AND_PROTECTION, "help & protection");
    HEADINGS.put(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, "in care & leavers");
    HEADINGS.put(JudgementArea.CHILDREN_IN_CARE, "children in care");
    HEADINGS.put(JudgementArea.CARE_LEAVERS, "care leavers");
    HEADINGS.put(JudgementArea.CHILDREN_LOOKED_AFTER, "looked after");
    HEADINGS.put(JudgementArea.ADOPTION_PERFORMANCE, "adoption");
    HEADINGS.put(JudgementArea.SIF_CARE_LEAVERS, "care leavers");
    HEADINGS.put(JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE, "leadership");
    HEADINGS.put(JudgementArea.LSCB_REVIEW, "LSCB");
    HEADINGS.put(JudgementArea.SAFEGUARDING_SERVICES, "safeguarding");
    HEADINGS.put(JudgementArea.LOOKED_AFTER_CHILDREN_SERVICES, "looked after");
  }

  private static final int NAME_WIDTH = 42;
  private static final int CELL_WIDTH = 17;

  private ComparisonTable() {}

  /**
   * Renders a comparison.
   *
   * @param c the comparison, not null
   * @return the text, ending with a line break
   */
  public static String of(Comparison c) {
    StringBuilder sb = new StringBuilder();
    Standing me = c.authority();
    String name = me.authority().name();
    sb.append(name).append(" (").append(me.authority().code()).append("), ")
        .append(c.region().title()).append(", beside its statistical neighbours, as of ")
        .append(c.asOf()).append('\n');
    sb.append("Latest grade in each judgement area of ").append(c.framework())
        .append("; a report counts from its publication date.\n\n");

    row(sb, "code  authority", "last report", headings(c));
    standing(sb, me, c);
    sb.append("      statistical neighbours, closest first\n");
    for (Standing s : c.neighbours()) {
      standing(sb, s, c);
    }
    sb.append("  * graded in an earlier judgement of the same ground (such as children in care"
        + " and care leavers, 2018-2022)\n");
    sb.append("  not graded: the latest report did not judge it separately; no longer: not"
        + " graded since April 2026;\n  no report: no graded report in the data by then\n");

    for (Group group : Group.values()) {
      int total = c.distribution(c.areas().get(0), group).total();
      String title = switch (group) {
        case NEIGHBOURS -> "Statistical neighbours";
        case REGION -> c.region().title();
        case ENGLAND -> "England";
      };
      sb.append('\n');
      row(sb, title + " (" + total + " authorities)", "", headings(c));
      for (Grade g : Grade.values()) {
        List<String> cells = new ArrayList<>();
        for (JudgementArea a : c.areas()) {
          cells.add(Integer.toString(c.distribution(a, group).count(g)));
        }
        row(sb, "  " + word(g), "", cells);
      }
      List<String> none = new ArrayList<>();
      List<String> positions = new ArrayList<>();
      for (JudgementArea a : c.areas()) {
        Distribution d = c.distribution(a, group);
        none.add(Integer.toString(d.notGraded()));
        positions.add(c.position(a, group).map(ComparisonTable::position).orElse("-"));
      }
      row(sb, "  not graded", "", none);
      row(sb, "  " + name + " ahead/level/behind", "", positions);
    }
    sb.append("\nahead/level/behind: how many of the others held a better grade, the same, or a"
        + " worse one\n");
    return sb.toString();
  }

  private static List<String> headings(Comparison c) {
    return c.areas().stream().map(HEADINGS::get).toList();
  }

  private static void standing(StringBuilder sb, Standing s, Comparison c) {
    List<String> cells = new ArrayList<>();
    for (JudgementArea a : c.areas()) {
      cells.add(cell(s.grade(a).orElseThrow()));
    }
    String label = String.format(Locale.ROOT, "%-5s %s", s.authority().code(),
        s.authority().name());
    row(sb, label, s.latestInspection().map(i -> i.published().orElse(i.end()).toString())
        .orElse("none"), cells);
  }

  private static String cell(LatestGrade g) {
    return switch (g.status()) {
      case GRADED -> {
        String word = g.grade().map(ComparisonTable::word).orElseThrow();
        boolean earlier = g.point().map(p -> p.area() != g.area()).orElse(false);
        yield earlier ? word + "*" : word;
      }
      case NOT_INSPECTED -> "no report";
      case NOT_GRADED -> "not graded";
      case NO_LONGER_GRADED -> "no longer";
    };
  }

  private static String word(Grade g) {
    return g == Grade.REQUIRES_IMPROVEMENT ? "requires impr."
        : g.name().toLowerCase(Locale.ROOT);
  }

  private static String position(Position p) {
    return p.ahead() + "/" + p.level() + "/" + p.behind();
  }

  private static void row(StringBuilder sb, String label, String report, List<String> cells) {
    sb.append(String.format(Locale.ROOT, "%-" + NAME_WIDTH + "s %-11s", label, report));
    for (String cell : cells) {
      sb.append(' ').append(String.format(Locale.ROOT, "%-" + CELL_WIDTH + "s", cell));
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    sb.setLength(end);
    sb.append('\n');
  }
}
