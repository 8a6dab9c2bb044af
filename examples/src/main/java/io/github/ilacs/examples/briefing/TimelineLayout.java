package io.github.ilacs.examples.briefing;

import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.Judgement;
import io.github.ilacs.pathway.ActivityStatus;
import io.github.ilacs.pathway.Deadline;
import io.github.ilacs.pathway.ExpectedActivity;
import io.github.ilacs.pathway.InspectionPathway;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Every coordinate of the timeline picture, computed in one place: the axis from the first
 * activity's year to the end of the next inspection's window, one lane for graded inspections
 * (a square per judgement), one for other activity and one for what is expected next, each
 * lane, with the running deadlines, split into as many rows as it needs so that no two labels overlap. {@link TimelineSvg}
 * only draws what this class places.
 */
public final class TimelineLayout {
  /** Width of the picture in user units (its viewBox). */
  static final double WIDTH = 1000;
  static final double LEFT = 132;
  static final double RIGHT = 16;
  static final double TOP = 8;
  static final double FRAMEWORK_ROW = 14;
  static final double SQUARE = 19;
  static final double SQUARE_GAP = 1;
  static final double TEXT_ROW = 15;
  static final double MARK_ROW = 19;
  static final double LANE_GAP = 10;
  static final double AXIS_HEIGHT = 20;
  /** Average width of one character of the 12-unit font, to keep labels apart. */
  static final double CHAR_WIDTH = 6.9;
  static final double MIN_GAP = 6;
  /** The label of the line marking the date asked about. */
  static final String AS_OF = "as of";

  /** A graded inspection: its squares, one per judgement, and its label below them. */
  record GradedMark(Inspection inspection, double x, double y, double width,
      List<Square> squares, String label, double labelY) {}

  /** One judgement's square: its grade, the short text written in it, and the full label. */
  record Square(double y, Grade grade, String text, String title) {}

  /** An activity without grades: a tick on the axis and a label beside it. */
  record TickMark(Inspection inspection, double x, double y, String label, double labelX) {}

  /** A window of expected activity: a bar from its first to its last day and its expected day. */
  record WindowMark(ExpectedActivity activity, double x, double width, double expectedX,
      double y, String label, double labelX, boolean next) {}

  /** A running deadline: a mark on its due day and a label. */
  record DeadlineMark(Deadline deadline, double x, double y, String label, double labelX) {}

  /** A framework coming into force: a dashed line and its name. */
  record FrameworkLine(Framework framework, double x, double labelY, String label) {}

  /** A period in which the authority was judged inadequate. */
  record Band(Inspection inspection, double x, double width, LocalDate from, LocalDate to) {}

  /** A year tick on the axis. */
  record YearTick(int year, double x) {}

  /** A lane's title and its top and bottom. */
  record Lane(String title, double top, double bottom) {}

  private final LocalDate from;
  private final LocalDate to;
  private final List<GradedMark> graded = new ArrayList<>();
  private final List<TickMark> ticks = new ArrayList<>();
  private final List<WindowMark> windows = new ArrayList<>();
  private final List<DeadlineMark> deadlines = new ArrayList<>();
  private final List<FrameworkLine> frameworks = new ArrayList<>();
  private final List<Band> bands = new ArrayList<>();
  private final List<YearTick> years = new ArrayList<>();
  private final List<Lane> lanes = new ArrayList<>();
  private final double asOfX;
  private final double asOfLabelX;
  private final double asOfLabelY;
  private final double axisY;
  private final double height;

  private TimelineLayout(InspectionHistory history, InspectionPathway pathway) {
    List<Inspection> all = history.chronological();
    LocalDate asOf = pathway.asOf();
    LocalDate first = all.isEmpty() ? asOf : all.get(0).start();
    LocalDate last = asOf;
    for (Inspection i : all) {
      last = later(last, i.end());
    }
    last = later(last, pathway.nextInspection().window().latest());
    for (ExpectedActivity a : pathway.interimActivities()) {
      if (a.satisfiedBy().isEmpty()) {
        last = later(last, a.window().latest());
      }
    }
    for (Deadline d : pathway.deadlines()) {
      last = later(last, d.due());
    }
    this.from = LocalDate.of(first.getYear(), 1, 1);
    this.to = LocalDate.of(last.getYear() + 1, 1, 1);

    double y = TOP;
    // framework changes: names on two alternating rows at the top
    int row = 0;
    double[] rowEnds = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    List<List<double[]>> taken = List.of(new ArrayList<>(), new ArrayList<>());
    for (Framework f : Framework.values()) {
      if (f.inForceFrom().isAfter(from) && f.inForceFrom().isBefore(to)) {
        double x = x(f.inForceFrom());
        String label = f.name().replace('_', ' ');
        row = rowEnds[0] <= x ? 0 : rowEnds[1] <= x ? 1 : 0;
        rowEnds[row] = x + textWidth(label) + MIN_GAP;
        taken.get(row).add(new double[] {x, rowEnds[row]});
        frameworks.add(new FrameworkLine(f, x, y + FRAMEWORK_ROW * (row + 1) - 3, label));
      }
    }
    // the label of the as-of line goes in a framework row where no name is in its way
    double asOfLine = x(asOf);
    this.asOfLabelX = asOfLine + 2 + textWidth(AS_OF) > WIDTH - RIGHT
        ? asOfLine - 2 - textWidth(AS_OF) : asOfLine + 2;
    int free = 1;
    for (int r = 1; r >= 0; r--) {
      boolean clear = true;
      for (double[] span : taken.get(r)) {
        clear &= span[1] <= asOfLabelX || span[0] >= asOfLabelX + textWidth(AS_OF) + MIN_GAP;
      }
      free = clear ? r : free;
    }
    this.asOfLabelY = y + FRAMEWORK_ROW * (free + 1) - 3;
    y += 2 * FRAMEWORK_ROW + LANE_GAP / 2;

    // graded inspections
    int deepest = 1;
    for (Inspection i : all) {
      if (!i.judgements().isEmpty()) {
        deepest = Math.max(deepest, i.judgements().size());
      }
    }
    double stack = deepest * (SQUARE + SQUARE_GAP);
    double laneTop = y;
    List<Double> ends = new ArrayList<>();
    for (Inspection i : all) {
      if (i.judgements().isEmpty()) {
        continue;
      }
      double x = x(i.start());
      String label = i.start().getYear() + " " + Words.shortKind(i.kind());
      double width = Math.max(SQUARE, textWidth(label));
      x = Math.min(x, WIDTH - RIGHT - width);
      int r = rowFor(ends, x, width);
      double top = laneTop + r * (stack + TEXT_ROW + 4);
      List<Square> squares = new ArrayList<>();
      double sy = top;
      for (Judgement j : i.judgements()) {
        squares.add(new Square(sy, j.grade(), Words.gradeMark(j.grade()),
            j.area().title() + ": " + i.framework().label(j.grade())));
        sy += SQUARE + SQUARE_GAP;
      }
      graded.add(new GradedMark(i, x, top, SQUARE, squares, label, top + stack + TEXT_ROW - 2));
    }
    y = laneTop + Math.max(1, ends.size()) * (stack + TEXT_ROW + 4);
    lanes.add(new Lane("Graded inspections", laneTop, y));
    y += LANE_GAP;

    // other activity
    laneTop = y;
    ends.clear();
    for (Inspection i : all) {
      if (!i.judgements().isEmpty()) {
        continue;
      }
      double x = x(i.start());
      String label = Words.shortKind(i.kind()) + " " + Words.monthYear(i.start());
      double labelX = labelX(x + 4, label);
      int r = rowFor(ends, Math.min(x, labelX), 4 + textWidth(label));
      ticks.add(new TickMark(i, x, laneTop + r * MARK_ROW, label, labelX));
    }
    y = laneTop + Math.max(1, ends.size()) * MARK_ROW;
    lanes.add(new Lane("Other activity", laneTop, y));
    y += LANE_GAP;

    // what is expected next
    laneTop = y;
    ends.clear();
    ExpectedActivity next = pathway.nextInspection();
    placeWindow(next, laneTop, ends, "Next: " + Words.shortKind(next.kind()) + ", about "
        + Words.monthYear(next.window().expected()), true);
    for (ExpectedActivity a : pathway.interimActivities()) {
      if (a.satisfiedBy().isEmpty() && a.status() != ActivityStatus.SATISFIED) {
        placeWindow(a, laneTop, ends, Words.shortKind(a.kind()) + " "
            + a.status().name().toLowerCase(java.util.Locale.UK).replace('_', ' '), false);
      }
    }
    for (Deadline d : pathway.deadlines()) {
      if (d.status() == Deadline.Status.OPEN) {
        double x = x(d.due());
        String label = Words.deadline(d.kind()) + " due " + Words.day(d.due());
        double labelX = labelX(x - 4, label);
        int r = rowFor(ends, Math.min(x - 4, labelX), textWidth(label) + 4);
        deadlines.add(new DeadlineMark(d, x, laneTop + r * (MARK_ROW + 14), label, labelX));
      }
    }
    y = laneTop + Math.max(1, ends.size()) * (MARK_ROW + 14);
    lanes.add(new Lane("Expected", laneTop, y));
    y += 4;

    // inadequate periods: from a full inspection judged inadequate (as published) to the next
    List<Inspection> full = all.stream().filter(Inspection::setsPathway)
        .filter(i -> i.pathwayGrade().isPresent()).toList();
    for (int k = 0; k < full.size(); k++) {
      Inspection i = full.get(k);
      if (i.pathwayGrade().orElseThrow() == Grade.INADEQUATE) {
        LocalDate start = i.published().orElse(i.end());
        LocalDate end = k + 1 < full.size()
            ? full.get(k + 1).published().orElse(full.get(k + 1).end()) : asOf;
        if (end.isAfter(start)) {
          bands.add(new Band(i, x(start), x(end) - x(start), start, end));
        }
      }
    }

    this.axisY = y;
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      years.add(new YearTick(year, x(LocalDate.of(year, 1, 1))));
    }
    this.asOfX = x(asOf);
    this.height = y + AXIS_HEIGHT;
  }

  /**
   * Lays out a history's picture as of its pathway's date.
   *
   * @param history the history, not null
   * @param pathway the history's pathway, not null
   * @return the layout
   */
  public static TimelineLayout of(InspectionHistory history, InspectionPathway pathway) {
    return new TimelineLayout(history, pathway);
  }

  private void placeWindow(ExpectedActivity a, double laneTop, List<Double> ends, String label,
      boolean isNext) {
    double x = x(a.window().earliest());
    double width = Math.max(2, x(a.window().latest()) - x);
    double labelX = labelX(x, label);
    int r = rowFor(ends, Math.min(x, labelX), Math.max(width, textWidth(label)));
    windows.add(new WindowMark(a, x, width, x(a.window().expected()),
        laneTop + r * (MARK_ROW + 14), label, labelX, isNext));
  }

  /** The first row whose last mark ends before x; a new row when none does. */
  private static int rowFor(List<Double> ends, double x, double width) {
    for (int r = 0; r < ends.size(); r++) {
      if (ends.get(r) <= x) {
        ends.set(r, x + width + MIN_GAP);
        return r;
      }
    }
    ends.add(x + width + MIN_GAP);
    return ends.size() - 1;
  }

  /** Where a label starts: at x, or further left so that it ends inside the picture. */
  private static double labelX(double x, String label) {
    return Math.max(LEFT, Math.min(x, WIDTH - RIGHT - textWidth(label)));
  }

  private static double textWidth(String text) {
    return text.length() * CHAR_WIDTH;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** The x coordinate of a day on the axis. */
  double x(LocalDate day) {
    double span = ChronoUnit.DAYS.between(from, to);
    double at = ChronoUnit.DAYS.between(from, day);
    return LEFT + (WIDTH - LEFT - RIGHT) * Math.max(0, Math.min(span, at)) / span;
  }

  /** The first day of the axis. */
  LocalDate from() {
    return from;
  }

  /** The day after the axis ends. */
  LocalDate to() {
    return to;
  }

  List<GradedMark> graded() {
    return graded;
  }

  List<TickMark> ticks() {
    return ticks;
  }

  List<WindowMark> windows() {
    return windows;
  }

  List<DeadlineMark> deadlines() {
    return deadlines;
  }

  List<FrameworkLine> frameworks() {
    return frameworks;
  }

  List<Band> bands() {
    return bands;
  }

  List<YearTick> years() {
    return years;
  }

  List<Lane> lanes() {
    return lanes;
  }

  double asOfX() {
    return asOfX;
  }

  double asOfLabelX() {
    return asOfLabelX;
  }

  double asOfLabelY() {
    return asOfLabelY;
  }

  double axisY() {
    return axisY;
  }

  double height() {
    return height;
  }
}
