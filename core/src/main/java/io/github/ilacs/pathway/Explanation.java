package io.github.ilacs.pathway;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.rules.Violation;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one place that turns an answer into English: a line per part, each ending with the codes
 * of its reasons, then every reason used with its statement and source.
 */
final class Explanation {
  private static final String[] MONTHS = {"January", "February", "March", "April", "May",
      "June", "July", "August", "September", "October", "November", "December"};

  private Explanation() {}

  static String of(InspectionPathway p) {
    StringBuilder sb = new StringBuilder(1024);
    Set<Reason> used = new LinkedHashSet<>();
    List<Violation> errors = p.errors();
    if (!errors.isEmpty()) {
      sb.append("The history has ").append(errors.size())
          .append(errors.size() == 1 ? " validation error" : " validation errors")
          .append(", so this answer may be wrong:\n");
      for (Violation v : errors) {
        sb.append("  ").append(v).append('\n');
      }
    }
    sb.append("Pathway: ").append(p.pathway().description());
    p.basis().ifPresent(b -> sb.append("; it rests on the ").append(describe(b))
        .append(b.overallEffectiveness().map(g -> ", overall effectiveness "
            + b.framework().label(g).toLowerCase(Locale.UK)).orElse("")));
    p.pending().ifPresent(b -> sb.append("; the ").append(describe(b))
        .append(b.end().isAfter(p.asOf()) ? " is under way" : " has taken place")
        .append(" and its report is awaited"));
    line(sb, p.reasons(), used);
    sb.append("Next full inspection: ").append(kinds(p.nextInspection().kinds()));
    activity(sb, p.nextInspection(), used);
    p.scheduled().ifPresent(s -> {
      Window w = s.window();
      sb.append("National schedule: window ").append(day(w.earliest())).append(" to ")
          .append(day(w.latest())).append(", expected ").append(day(w.expected()));
      if (s.backlogPlace() > 0) {
        sb.append(", place ").append(s.backlogPlace()).append(" in the backlog");
      }
      line(sb, s.reasons(), used);
    });
    for (ExpectedActivity a : p.interimActivities()) {
      sb.append(kinds(a.kinds()));
      activity(sb, a, used);
    }
    for (Deadline d : p.deadlines()) {
      sb.append(d.kind().title()).append(": due ").append(day(d.due())).append(", ")
          .append(d.workingDays()).append(" working days from ").append(day(d.from()))
          .append(" (").append(d.countedFrom().name().toLowerCase(Locale.ROOT))
          .append(", the ").append(describe(d.document())).append("), ")
          .append(d.status() == Deadline.Status.OPEN ? "open" : "passed");
      line(sb, d.reasons(), used);
    }
    sb.append("Reasons:\n");
    for (Reason r : used) {
      sb.append("  ").append(r.code()).append(' ').append(r.statement()).append(" Source: ")
          .append(r.sourceKind().title()).append(", ").append(r.source()).append(".\n");
    }
    return sb.toString();
  }

  private static void activity(StringBuilder sb, ExpectedActivity a, Set<Reason> used) {
    Window w = a.window();
    sb.append(", window ").append(day(w.earliest())).append(" to ").append(day(w.latest()))
        .append(", expected ").append(day(w.expected())).append(": ");
    switch (a.status()) {
      case SATISFIED -> sb.append("satisfied by the ").append(describe(a.satisfiedBy().get()));
      case PENDING -> sb.append("pending, the ").append(describe(a.satisfiedBy().get()))
          .append(" awaits its report");
      case ON_TRACK -> sb.append("not yet due");
      case DUE -> sb.append("due now");
      case OVERDUE -> sb.append("overdue since ").append(day(a.overdueSince().get()));
      case OWED -> sb.append("owed");
      case NOT_KNOWN -> sb.append("not known from this data");
      default -> throw new IllegalStateException(a.status().name());
    }
    line(sb, a.reasons(), used);
  }

  private static void line(StringBuilder sb, List<Reason> reasons, Set<Reason> used) {
    sb.append(" [");
    for (int i = 0; i < reasons.size(); i++) {
      sb.append(i == 0 ? "" : " ").append(reasons.get(i).code());
      used.add(reasons.get(i));
    }
    sb.append("]\n");
  }

  private static String kinds(List<InspectionKind> kinds) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < kinds.size(); i++) {
      sb.append(i == 0 ? "" : " or ").append(kinds.get(i).title().toLowerCase(Locale.UK));
    }
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }

  static String describe(Inspection i) {
    String when = i.start().equals(i.end()) ? day(i.start())
        : day(i.start()) + " to " + day(i.end());
    return i.kind().title().toLowerCase(Locale.UK) + " of " + when;
  }

  static String day(LocalDate date) {
    return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }
}
