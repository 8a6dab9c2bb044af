package io.github.ilacs.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
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

  static void report(ValidationReport r, JsonGenerator g) throws IOException {
    Map<String, Integer> omitted = new LinkedHashMap<>();
    r.omitted().forEach((rule, count) -> omitted.put(rule.code(), count));
    report(r.hasNoViolations(), r.errors().size(), r.warnings().size(), r.violations(), omitted,
        ReportWriters::violation, g);
  }

  static void violation(Violation v, JsonGenerator g) throws IOException {
    violation(v.code(), v.rule().name(), v.severity(), v.path(), v.message(), g);
  }

  static void planReport(PlanReport r, JsonGenerator g) throws IOException {
    report(r.isClean(), r.errors().size(), r.warnings().size(), r.violations(), Map.of(),
        ReportWriters::planViolation, g);
  }

  static void planViolation(PlanViolation v, JsonGenerator g) throws IOException {
    violation(v.code(), v.rule().name(), v.severity(), v.path(), v.message(), g);
  }

  private static <V> void report(boolean clean, int errors, int warnings, List<V> violations,
      Map<String, Integer> omitted, IlacsModule.Writer<V> writer, JsonGenerator g)
      throws IOException {
    g.writeStartObject();
    g.writeBooleanField("clean", clean);
    g.writeNumberField("errors", errors);
    g.writeNumberField("warnings", warnings);
    g.writeArrayFieldStart("violations");
    for (V v : violations) {
      writer.write(v, g);
    }
    g.writeEndArray();
    if (!omitted.isEmpty()) {
      g.writeObjectFieldStart("omitted");
      for (Map.Entry<String, Integer> e : omitted.entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void violation(String code, String rule, Severity severity, String path,
      String message, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", code);
    g.writeStringField("rule", rule);
    g.writeStringField("severity", severity.name());
    g.writeStringField("path", path);
    g.writeStringField("message", message);
    g.writeEndObject();
  }
}
