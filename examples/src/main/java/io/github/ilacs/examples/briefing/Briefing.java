package io.github.ilacs.examples.briefing;

import io.github.ilacs.Coverage;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.RecurringTheme;
import io.github.ilacs.compare.Comparison;
import io.github.ilacs.compare.Distribution;
import io.github.ilacs.compare.Group;
import io.github.ilacs.compare.LatestGrade;
import io.github.ilacs.compare.Standing;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.directory.AuthorityEntry;
import io.github.ilacs.pathway.Deadline;
import io.github.ilacs.pathway.ExpectedActivity;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.plan.PlanProgress;
import io.github.ilacs.rules.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One authority's briefing as a self-contained HTML page: its timeline picture, every activity,
 * the next inspection, interim activity and running deadlines, where its improvement plan stands
 * (when one is given), recurring themes, and its latest grades beside its statistical neighbours
 * and its region.
 */
public final class Briefing {
  private Briefing() {}

  /**
   * Renders the briefing page.
   *
   * @param history the authority's history, not null
   * @param directory the directory its neighbours and region come from, not null
   * @param others the histories to compare with, one per authority (the authority's own is
   *     replaced by {@code history}), not null
   * @param asOf the date to answer for, not null
   * @param version the version of ilacs that made the page, for its footer, not null
   * @return the page
   * @throws IllegalArgumentException when the pathway cannot be worked out from the history
   */
  public static String html(InspectionHistory history, AuthorityDirectory directory,
      Collection<InspectionHistory> others, LocalDate asOf, String version) {
    return html(history, directory, others, asOf, version, Optional.empty());
  }

  /**
   * Renders the briefing page with where the authority's improvement plan stands.
   *
   * @param history the authority's history, not null
   * @param directory the directory its neighbours and region come from, not null
   * @param others the histories to compare with, one per authority (the authority's own is
   *     replaced by {@code history}), not null
   * @param asOf the date to answer for, not null
   * @param version the version of ilacs that made the page, for its footer, not null
   * @param plan the authority's improvement plan, if one is known, not null
   * @return the page
   * @throws IllegalArgumentException when the pathway cannot be worked out from the history, or
   *     the plan is of another authority
   */
  public static String html(InspectionHistory history, AuthorityDirectory directory,
      Collection<InspectionHistory> others, LocalDate asOf, String version,
      Optional<ImprovementPlan> plan) {
    InspectionPathway pathway = InspectionPathway.of(history, asOf);
    // the page shows what had begun by the date asked about, never later activity
    InspectionHistory begun = InspectionHistory.builder().from(history)
        .inspections(history.inspections().stream().filter(i -> !i.start().isAfter(asOf))
            .toList()).build();
    return render(begun, pathway, directory, others, asOf, version, plan);
  }

  private static String render(InspectionHistory history, InspectionPathway pathway,
      AuthorityDirectory directory, Collection<InspectionHistory> others, LocalDate asOf,
      String version, Optional<ImprovementPlan> plan) {
    String name = history.authority().name();
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("name", name);
    page.put("code", history.authority().code());
    page.put("asOf", Words.day(asOf));
    page.put("version", version);
    page.put("pathway", pathway.pathway().description());
    pathway.basis().ifPresent(b -> page.put("basis", b.kind().title() + " of "
        + Words.day(b.start()) + " to " + Words.day(b.end())));
    if (history.coverage() != Coverage.ALL_ACTIVITY) {
      page.put("coverage", "The record holds " + history.coverage().description()
          + ": other activity is not known from it, so none of it is shown or counted.");
    }
    List<String> errors = pathway.errors().stream().map(Violation::toString).toList();
    page.put("errors", errors);
    page.put("hasErrors", !errors.isEmpty());

    TimelineLayout layout = TimelineLayout.of(history, pathway);
    page.put("svg", TimelineSvg.draw(layout, "Timeline of " + name + "'s inspections, "
        + layout.from().getYear() + " to " + (layout.to().getYear() - 1),
        describe(history, pathway)));
    page.put("legend", Pages.legend());
    page.put("activities", activities(history));
    page.put("next", next(pathway));
    page.put("interim", interim(pathway));
    page.put("hasInterim", !pathway.interimActivities().isEmpty());
    List<Map<String, Object>> deadlines = deadlines(pathway);
    page.put("deadlines", deadlines);
    page.put("hasDeadlines", !deadlines.isEmpty());
    List<Map<String, Object>> themes = themes(history);
    page.put("themes", themes);
    page.put("hasThemes", !themes.isEmpty());

    page.put("hasPlan", plan.isPresent());
    plan.ifPresent(p -> page.put("plan", plan(PlanProgress.of(p, history, asOf))));

    Optional<AuthorityEntry> entry = directory.byCode(history.authority().code());
    if (entry.isPresent()) {
      List<InspectionHistory> compared = new ArrayList<>();
      for (InspectionHistory h : others) {
        if (!h.authority().code().equals(history.authority().code())) {
          compared.add(h);
        }
      }
      compared.add(history);
      try {
        page.put("comparison", comparison(Comparison.of(directory, entry.get(), compared,
            asOf)));
        page.put("region", entry.get().region().title());
      } catch (IllegalArgumentException e) {
        page.put("noComparison", "No comparison as of this date: " + e.getMessage());
      }
    } else {
      page.put("noComparison", "The directory does not list DfE code "
          + history.authority().code() + ", so its neighbours and region are not known.");
    }
    return Pages.briefing(page);
  }

  /** The picture's text alternative, in sentences. */
  private static String describe(InspectionHistory history, InspectionPathway pathway) {
    StringBuilder sb = new StringBuilder();
    List<Inspection> all = history.chronological();
    sb.append(all.size()).append(" activities from ")
        .append(all.isEmpty() ? "none" : Words.day(all.get(0).start())).append(". ");
    for (Inspection i : all) {
      if (!i.judgements().isEmpty()) {
        sb.append(i.kind().title()).append(' ').append(Words.monthYear(i.start()))
            .append(i.overallEffectiveness().map(g -> ", overall " + i.framework().label(g))
                .orElse(", graded")).append(". ");
      }
    }
    ExpectedActivity next = pathway.nextInspection();
    sb.append("Next ").append(next.kind().title().toLowerCase(Locale.UK)).append(" expected ")
        .append(Words.day(next.window().earliest())).append(" to ")
        .append(Words.day(next.window().latest())).append(", about ")
        .append(Words.day(next.window().expected())).append('.');
    return sb.toString();
  }

  private static List<Map<String, Object>> activities(InspectionHistory history) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Inspection i : history.chronological()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("start", i.start().toString());
      row.put("dates", Words.day(i.start()) + (i.end().equals(i.start()) ? ""
          : " to " + Words.day(i.end())));
      row.put("kind", i.kind().title());
      row.put("framework", i.framework().name().replace('_', ' '));
      row.put("published", i.published().map(Words::day).orElse(""));
      List<Map<String, Object>> grades = new ArrayList<>();
      i.judgements().forEach(j -> {
        Map<String, Object> cell = Pages.gradeCell(j.grade(), i.framework().label(j.grade()));
        cell.put("area", j.area().title());
        grades.add(cell);
      });
      row.put("grades", grades);
      row.put("findings", i.findings().size());
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, Object> next(InspectionPathway pathway) {
    ExpectedActivity next = pathway.nextInspection();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", next.kind().title());
    m.put("earliest", Words.day(next.window().earliest()));
    m.put("expected", Words.day(next.window().expected()));
    m.put("latest", Words.day(next.window().latest()));
    m.put("status", status(next));
    m.put("overdue", next.overdue());
    pathway.pending().ifPresent(p -> m.put("pending", "The " + p.kind().title().toLowerCase(
        Locale.UK) + " that began on " + Words.day(p.start()) + " awaits its report."));
    m.put("reasons", next.reasons().stream().map(r -> r.code() + " " + r.statement()).toList());
    return m;
  }

  private static String status(ExpectedActivity a) {
    String s = a.status().name().toLowerCase(Locale.UK).replace('_', ' ');
    return s + a.overdueSince().map(d -> " since " + Words.day(d)).orElse("")
        + a.satisfiedBy().map(i -> " by the " + i.kind().title().toLowerCase(Locale.UK) + " of "
            + Words.day(i.start())).orElse("");
  }

  private static List<Map<String, Object>> interim(InspectionPathway pathway) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ExpectedActivity a : pathway.interimActivities()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kinds", a.kinds().stream().map(k -> k.title()).collect(Collectors.joining(" or ")));
      m.put("window", Words.day(a.window().earliest()) + " to " + Words.day(a.window().latest()));
      m.put("status", status(a));
      m.put("overdue", a.overdue());
      rows.add(m);
    }
    return rows;
  }

  private static List<Map<String, Object>> deadlines(InspectionPathway pathway) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Deadline d : pathway.deadlines()) {
      if (d.status() != Deadline.Status.OPEN) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", d.kind().title());
      m.put("due", Words.day(d.due()));
      m.put("counted", d.workingDays() + " working days from " + Words.day(d.from()) + " ("
          + d.countedFrom().name().toLowerCase(Locale.UK) + " of the "
          + d.document().kind().title().toLowerCase(Locale.UK) + ")");
      rows.add(m);
    }
    return rows;
  }

  private static List<Map<String, Object>> themes(InspectionHistory history) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (RecurringTheme t : history.recurringThemes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("theme", t.theme().description());
      m.put("count", t.inspectionCount());
      m.put("where", t.occurrences().stream().map(o -> o.inspection().kind().title() + ", "
          + Words.monthYear(o.inspection().start()) + " (" + o.finding().kind().title()
          .toLowerCase(Locale.UK) + ")").distinct().toList());
      rows.add(m);
    }
    return rows;
  }

  private static Map<String, Object> plan(PlanProgress progress) {
    ImprovementPlan plan = progress.plan();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("answers", plan.answers().stream().map(i -> i.kind().title() + " of "
        + Words.monthYear(i.start())).collect(Collectors.joining(", ")));
    m.put("submitted", plan.submitted().map(Words::day).orElse("not recorded"));
    m.put("actions", plan.actions().size());
    m.put("complete", plan.actions().stream().filter(a -> a.completed()
        .filter(d -> !d.isAfter(progress.asOf())).isPresent()).count());
    m.put("overdue", progress.overdue().stream().map(o -> o.what() + " (due "
        + Words.day(o.due()) + ")").toList());
    m.put("hasOverdue", progress.hasOverdue());
    m.put("atRisk", progress.atRisk().stream().map(a -> a.id() + ": " + a.what()).toList());
    m.put("unanswered", progress.unanswered().size());
    m.put("recurring", progress.recurring().size());
    m.put("nextReport", progress.nextProgressReport().map(Words::day).orElse("none due"));
    return m;
  }

  private static Map<String, Object> comparison(Comparison c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("framework", c.framework().name().replace('_', ' '));
    m.put("areas", c.areas().stream().map(JudgementArea::title).toList());
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(standing(c, c.authority(), true));
    for (Standing s : c.neighbours()) {
      rows.add(standing(c, s, false));
    }
    m.put("rows", rows);
    List<Map<String, Object>> groups = new ArrayList<>();
    for (Group group : Group.values()) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("title", switch (group) {
        case NEIGHBOURS -> "Statistical neighbours";
        case REGION -> c.region().title();
        case ENGLAND -> "England";
      });
      List<Map<String, Object>> cells = new ArrayList<>();
      for (JudgementArea a : c.areas()) {
        Distribution d = c.distribution(a, group);
        StringBuilder sb = new StringBuilder();
        for (Grade grade : Grade.values()) {
          sb.append(Words.gradeMark(grade)).append(' ').append(d.count(grade)).append(", ");
        }
        sb.append("not graded ").append(d.notGraded());
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("text", sb.toString());
        cell.put("position", c.position(a, group).map(p -> p.ahead() + " ahead, " + p.level()
            + " level, " + p.behind() + " behind").orElse("no position"));
        cells.add(cell);
      }
      g.put("cells", cells);
      groups.add(g);
    }
    m.put("groups", groups);
    return m;
  }

  private static Map<String, Object> standing(Comparison c, Standing s, boolean self) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("code", s.authority().code());
    row.put("name", s.authority().name());
    row.put("self", self);
    row.put("report", s.latestInspection().map(i -> Words.day(i.published().orElse(i.end())))
        .orElse("none"));
    List<Map<String, Object>> cells = new ArrayList<>();
    for (JudgementArea a : c.areas()) {
      LatestGrade g = s.grade(a).orElseThrow();
      cells.add(g.grade().map(grade -> Pages.gradeCell(grade, c.framework().label(grade)))
          .orElseGet(() -> Pages.plainCell(switch (g.status()) {
            case GRADED, NOT_INSPECTED -> "no report";
            case NOT_GRADED -> "not graded";
            case NO_LONGER_GRADED -> "no longer graded";
          })));
    }
    row.put("cells", cells);
    return row;
  }
}
