package io.github.ilacs.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ilacs.rules.ValidationReport;
import io.github.ilacs.rules.Violation;
import java.io.IOException;

/**
 * Writers for validation results, so an API can return them: a report is
 * {@code {"clean", "errors", "warnings", "violations"}} (and {@code "omitted"}, the count of
 * violations not listed per rule code, when a rule broke more often than a report lists), a
 * violation
 * {@code {"code", "rule", "severity", "path", "message"}}.
 */
final class ReportWriters {
  private ReportWriters() {}

  static void report(ValidationReport r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeBooleanField("clean", r.isClean());
    g.writeNumberField("errors", r.errors().size());
    g.writeNumberField("warnings", r.warnings().size());
    g.writeArrayFieldStart("violations");
    for (Violation v : r.violations()) {
      violation(v, g);
    }
    g.writeEndArray();
    if (!r.omitted().isEmpty()) {
      g.writeObjectFieldStart("omitted");
      for (var e : r.omitted().entrySet()) {
        g.writeNumberField(e.getKey().code(), e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  static void violation(Violation v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", v.code());
    g.writeStringField("rule", v.rule().name());
    g.writeStringField("severity", v.severity().name());
    g.writeStringField("path", v.path());
    g.writeStringField("message", v.message());
    g.writeEndObject();
  }
}
