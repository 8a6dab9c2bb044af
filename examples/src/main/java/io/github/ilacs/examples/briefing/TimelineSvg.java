package io.github.ilacs.examples.briefing;

import io.github.ilacs.Inspection;
import java.util.Locale;

/**
 * Draws a {@link TimelineLayout} as inline SVG: every position comes from the layout; only the
 * fixed offsets of a text inside its own mark are written here. Each activity is one {@code g.activity} element; the picture carries a title and a
 * description as its text alternative.
 */
final class TimelineSvg {
  private final StringBuilder sb = new StringBuilder(16_384);
  private final TimelineLayout layout;

  private TimelineSvg(TimelineLayout layout) {
    this.layout = layout;
  }

  /** The picture, with the given title and description as its text alternative. */
  static String draw(TimelineLayout layout, String title, String description) {
    return new TimelineSvg(layout).svg(title, description);
  }

  private String svg(String title, String description) {
    sb.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(n(TimelineLayout.WIDTH)).append(' ').append(n(layout.height()))
        .append("\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\">");
    sb.append("<title id=\"timeline-title\">").append(Html.escape(title)).append("</title>");
    sb.append("<desc id=\"timeline-desc\">").append(Html.escape(description)).append("</desc>");
    sb.append("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
        + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fbe3d6\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#D55E00\" stroke-width=\"1.5\"/>"
        + "</pattern></defs>");
    double top = TimelineLayout.TOP;
    double bottom = layout.axisY();
    for (TimelineLayout.Band b : layout.bands()) {
      sb.append("<g class=\"inadequate-band\"><rect x=\"").append(n(b.x())).append("\" y=\"")
          .append(n(top + 2 * TimelineLayout.FRAMEWORK_ROW)).append("\" width=\"")
          .append(n(b.width())).append("\" height=\"")
          .append(n(bottom - top - 2 * TimelineLayout.FRAMEWORK_ROW))
          .append("\" fill=\"url(#hatch)\" opacity=\"0.6\"/>")
          .append(text(b.x() + 3, bottom - 3, "judged inadequate", "band-label"))
          .append("<title>Judged inadequate from ").append(Words.day(b.from())).append(" to ")
          .append(Words.day(b.to())).append("</title></g>");
    }
    for (TimelineLayout.Lane lane : layout.lanes()) {
      sb.append("<line class=\"lane\" x1=\"0\" x2=\"").append(n(TimelineLayout.WIDTH))
          .append("\" y1=\"").append(n(lane.bottom() + TimelineLayout.LANE_GAP / 2))
          .append("\" y2=\"").append(n(lane.bottom() + TimelineLayout.LANE_GAP / 2))
          .append("\" stroke=\"#ccc\"/>");
      sb.append(text(2, lane.top() + 11, lane.title(), "lane-title"));
    }
    for (TimelineLayout.FrameworkLine f : layout.frameworks()) {
      sb.append("<g class=\"framework\"><line x1=\"").append(n(f.x())).append("\" x2=\"")
          .append(n(f.x())).append("\" y1=\"").append(n(f.labelY() + 2)).append("\" y2=\"")
          .append(n(bottom)).append("\" stroke=\"#555\" stroke-dasharray=\"3 3\"/>")
          .append(text(f.x() + 2, f.labelY(), f.label(), "framework-label")).append("</g>");
    }
    for (TimelineLayout.YearTick y : layout.years()) {
      sb.append("<line x1=\"").append(n(y.x())).append("\" x2=\"").append(n(y.x()))
          .append("\" y1=\"").append(n(bottom)).append("\" y2=\"").append(n(bottom + 4))
          .append("\" stroke=\"#000\"/>");
      if (y.year() % 2 == 0) {
        sb.append(text(y.x() - 14, bottom + 16, Integer.toString(y.year()), "year"));
      }
    }
    sb.append("<line x1=\"").append(n(TimelineLayout.LEFT)).append("\" x2=\"")
        .append(n(TimelineLayout.WIDTH - TimelineLayout.RIGHT)).append("\" y1=\"")
        .append(n(bottom)).append("\" y2=\"").append(n(bottom)).append("\" stroke=\"#000\"/>");
    for (TimelineLayout.GradedMark g : layout.graded()) {
      open(g.inspection());
      for (TimelineLayout.Square s : g.squares()) {
        sb.append("<rect class=\"grade ").append(Words.gradeClass(s.grade())).append("\" x=\"")
            .append(n(g.x())).append("\" y=\"").append(n(s.y())).append("\" width=\"")
            .append(n(TimelineLayout.SQUARE)).append("\" height=\"")
            .append(n(TimelineLayout.SQUARE)).append("\" fill=\"")
            .append(Words.gradeFill(s.grade())).append("\" stroke=\"#000\" stroke-width=\"0.5\">")
            .append("<title>").append(Html.escape(s.title())).append("</title></rect>");
        sb.append("<text x=\"").append(n(g.x() + TimelineLayout.SQUARE / 2)).append("\" y=\"")
            .append(n(s.y() + 14)).append("\" text-anchor=\"middle\" class=\"grade-text\" fill=\"")
            .append(Words.gradeInk(s.grade())).append("\">").append(s.text()).append("</text>");
      }
      sb.append(text(g.x(), g.labelY(), g.label(), "mark-label"));
      sb.append("</g>");
    }
    for (TimelineLayout.TickMark t : layout.ticks()) {
      open(t.inspection());
      sb.append("<rect x=\"").append(n(t.x() - 1)).append("\" y=\"").append(n(t.y() + 2))
          .append("\" width=\"3\" height=\"12\" fill=\"#333\"/>")
          .append(text(t.labelX(), t.y() + 13, t.label(), "mark-label")).append("</g>");
    }
    for (TimelineLayout.WindowMark w : layout.windows()) {
      sb.append("<g class=\"window").append(w.next() ? " next" : "").append("\"><rect x=\"")
          .append(n(w.x())).append("\" y=\"").append(n(w.y() + 2)).append("\" width=\"")
          .append(n(w.width())).append("\" height=\"10\" fill=\"#cfe3f3\" stroke=\"#0072B2\"/>")
          .append("<path d=\"M").append(n(w.expectedX())).append(' ').append(n(w.y()))
          .append(" l5 0 l-5 13 l-5 -13 z\" fill=\"#000\"/>")
          .append(text(w.labelX(), w.y() + 25, w.label(), "mark-label"))
          .append("<title>").append(Html.escape(w.label())).append(": from ")
          .append(Words.day(w.activity().window().earliest())).append(" to ")
          .append(Words.day(w.activity().window().latest())).append(", expected about ")
          .append(Words.day(w.activity().window().expected())).append("</title></g>");
    }
    for (TimelineLayout.DeadlineMark d : layout.deadlines()) {
      sb.append("<g class=\"deadline\"><path d=\"M").append(n(d.x())).append(' ')
          .append(n(d.y() + 1)).append(" l5 6 l-5 6 l-5 -6 z\" fill=\"#CC79A7\" stroke=\"#000\""
              + " stroke-width=\"0.5\"/>")
          .append(text(d.labelX(), d.y() + 25, d.label(), "mark-label"))
          .append("<title>").append(Html.escape(d.deadline().kind().title())).append(", due ")
          .append(Words.day(d.deadline().due())).append("</title></g>");
    }
    sb.append("<g class=\"as-of\"><line x1=\"").append(n(layout.asOfX())).append("\" x2=\"")
        .append(n(layout.asOfX())).append("\" y1=\"")
        .append(n(layout.asOfLabelY() + 2)).append("\" y2=\"").append(n(bottom))
        .append("\" stroke=\"#000\" stroke-width=\"1.5\"/>")
        .append(text(layout.asOfLabelX(), layout.asOfLabelY(),
            TimelineLayout.AS_OF,
            "as-of-label"))
        .append("</g>");
    sb.append("</svg>");
    return sb.toString();
  }

  private void open(Inspection i) {
    sb.append("<g class=\"activity\" data-start=\"").append(i.start()).append("\" data-kind=\"")
        .append(i.kind().name()).append("\"><title>").append(Html.escape(i.kind().title()))
        .append(", ").append(Words.day(i.start())).append(" to ").append(Words.day(i.end()))
        .append("</title>");
  }

  private static String text(double x, double y, String text, String cssClass) {
    return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" class=\"" + cssClass + "\">"
        + Html.escape(text) + "</text>";
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
