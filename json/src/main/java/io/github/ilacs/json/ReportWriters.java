package io.github.ilacs.json;

import io.github.ilacs.plan.PlanReport;
import io.github.ilacs.plan.PlanViolation;
import io.github.ilacs.rules.Severity;
import io.github.ilacs.rules.ValidationReport;
import io.github.ilacs.rules.Violation;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writers for validation results, so an API can return them: a report (of an inspection or
 * history, or of an improvement plan) is {@code {"clean", "errors", "warnings", "violations"}}
 * (and {@code "omitted"}, the count of violations not listed per rule code, when a rule broke
 * more often than a report lists), a violation {@code {"code", "rule", "severity", "path",
 * "message"}}.
 */
final class ReportWriters {
  private ReportWriters() {}

  static void report(ValidationReport r, JsonOutput g) throws IOException {
    Map<String, Integer> omitted = new LinkedHashMap<>();
    r.omitted().forEach((rule, count) -> omitted.put(rule.code(), count));
    report(r.hasNoViolations(), r.errors().size(), r.warnings().size(), r.violations(), omitted,
        ReportWriters::violation, g);
  }

  static void violation(Violation v, JsonOutput g) throws IOException {
    violation(v.code(), v.rule().name(), v.severity(), v.path(), v.message(), g);
  }

  static void planReport(PlanReport r, JsonOutput g) throws IOException {
    report(r.isClean(), r.errors().size(), r.warnings().size(), r.violations(), Map.of(),
        ReportWriters::planViolation, g);
  }

  static void planViolation(PlanViolation v, JsonOutput g) throws IOException {
    violation(v.code(), v.rule().name(), v.severity(), v.path(), v.message(), g);
  }

  private static <V> void report(boolean clean, int errors, int warnings, List<V> violations,
      Map<String, Integer> omitted, ValueWriter.Body<V> writer, JsonOutput g)
      throws IOException {
    g.startObject();
    Writers.bool(g, PropertyName.CLEAN, clean);
    Writers.number(g, PropertyName.ERRORS, errors);
    Writers.number(g, PropertyName.WARNINGS, warnings);
    Writers.array(g, PropertyName.VIOLATIONS);
    for (V v : violations) {
      writer.write(v, g);
    }
    g.endArray();
    if (!omitted.isEmpty()) {
      Writers.object(g, PropertyName.OMITTED);
      for (Map.Entry<String, Integer> e : omitted.entrySet()) {
        g.name(e.getKey());
        g.number(e.getValue());
      }
      g.endObject();
    }
    g.endObject();
  }

  private static void violation(String code, String rule, Severity severity, String path,
      String message, JsonOutput g) throws IOException {
    g.startObject();
    Writers.field(g, PropertyName.CODE, code);
    Writers.field(g, PropertyName.RULE, rule);
    Writers.field(g, PropertyName.SEVERITY, severity.name());
    Writers.field(g, PropertyName.PATH, path);
    Writers.field(g, PropertyName.MESSAGE, message);
    g.endObject();
  }
}
